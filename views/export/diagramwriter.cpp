#include "diagramwriter.h"

#include "diagramrenderer.h"

#include <QFile>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>
#include <algorithm>
#include <cmath>

namespace entente {

namespace {
constexpr double Dpi = 96.0;

QString cannotWrite(const QString& path, const QString& why)
{
    return QStringLiteral("%1: cannot write: %2").arg(path, why);
}

/** Checks that `path` can be created before a generator silently fails on it. */
bool writable(const QString& path, QString* error)
{
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        return true;
    if (error)
        *error = cannotWrite(path, f.errorString());
    return false;
}
} // namespace

std::optional<DiagramWriter::Format> DiagramWriter::formatFromName(const QString& name)
{
    for (Format f : {Format::Svg, Format::Pdf, Format::Png})
        if (name.compare(suffix(f), Qt::CaseInsensitive) == 0)
            return f;
    return std::nullopt;
}

QString DiagramWriter::suffix(Format format)
{
    switch (format) {
    case Format::Svg:
        return QStringLiteral("svg");
    case Format::Pdf:
        return QStringLiteral("pdf");
    case Format::Png:
        return QStringLiteral("png");
    }
    return {};
}

QImage DiagramWriter::renderImage(const DiagramRenderer& renderer, const DiagramOptions& options)
{
    const QSizeF frame = options.size();
    const int scale = std::clamp(options.scale, 1, 4);
    QImage image(QSize(static_cast<int>(std::ceil(frame.width() * scale)),
                       static_cast<int>(std::ceil(frame.height() * scale))),
                 QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter p(&image);
        p.scale(scale, scale);
        renderer.paint(p, options);
    }
    // Stamped after painting: fonts are sized for 96 dpi while drawing, and a 2× image then
    // prints at the same physical size as the 1× one, only sharper.
    const int dotsPerMeter = static_cast<int>(std::lround(Dpi * scale / 0.0254));
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    return image;
}

bool DiagramWriter::write(const DiagramRenderer& renderer, const DiagramOptions& options,
                          Format format, const QString& path, QString* error)
{
    if (!writable(path, error))
        return false;
    switch (format) {
    case Format::Png: {
        const QImage image = renderImage(renderer, options);
        if (!image.save(path, "PNG")) {
            if (error)
                *error = cannotWrite(path, QStringLiteral("the PNG encoder failed"));
            return false;
        }
        return true;
    }
    case Format::Svg: {
        const QSizeF frame = options.size();
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(frame.toSize());
        svg.setViewBox(QRectF(QPointF(0, 0), frame));
        svg.setResolution(static_cast<int>(Dpi));
        svg.setTitle(options.title.isEmpty() ? QStringLiteral("Entente diagram") : options.title);
        svg.setDescription(options.subtitle);
        QPainter p;
        if (!p.begin(&svg)) {
            if (error)
                *error = cannotWrite(path, QStringLiteral("the SVG generator could not start"));
            return false;
        }
        renderer.paint(p, options);
        p.end();
        return true;
    }
    case Format::Pdf: {
        DiagramWriter deck(path, options);
        if (deck.isOpen())
            deck.addPage(renderer, options);
        const bool ok = deck.close();
        if (!ok && error)
            *error = deck.errorString();
        return ok;
    }
    }
    return false;
}

DiagramWriter::DiagramWriter(const QString& pdfPath, const DiagramOptions& options)
    : m_frame(options.size()), m_path(pdfPath)
{
    if (!writable(pdfPath, &m_error))
        return;
    m_pdf = std::make_unique<QPdfWriter>(pdfPath);
    m_pdf->setCreator(QStringLiteral("Entente"));
    m_pdf->setTitle(options.title);
    // 96 dpi, so a frame pixel is a PDF device unit and fonts sized in pixels match the PNG.
    m_pdf->setResolution(static_cast<int>(Dpi));
    const bool a4 = options.isA4();
    m_pdf->setPageLayout(QPageLayout(
        a4 ? QPageSize(QPageSize::A4)
           : QPageSize(QSizeF(m_frame.width() * 72 / Dpi, m_frame.height() * 72 / Dpi),
                       QPageSize::Point,
                       options.customSize.isEmpty()
                           ? DiagramOptions::frameName(options.frame)
                           : QStringLiteral("%1x%2").arg(m_frame.width()).arg(m_frame.height()),
                       QPageSize::ExactMatch),
        a4 && options.frame == DiagramOptions::Frame::A4Landscape ? QPageLayout::Landscape
                                                                  : QPageLayout::Portrait,
        QMarginsF(0, 0, 0, 0)));
}

DiagramWriter::~DiagramWriter()
{
    close();
}

bool DiagramWriter::isOpen() const
{
    return m_pdf != nullptr;
}

void DiagramWriter::addPage(const DiagramRenderer& renderer, const DiagramOptions& options)
{
    if (!m_pdf)
        return;
    if (!m_painter) {
        m_painter = std::make_unique<QPainter>();
        if (!m_painter->begin(m_pdf.get())) {
            m_error = cannotWrite(m_path, QStringLiteral("the PDF writer could not start"));
            m_painter.reset();
            m_pdf.reset();
            return;
        }
    } else {
        m_pdf->newPage();
    }
    m_painter->save();
    // The page in device units may round the frame (A4 is not a whole number of pixels).
    m_painter->scale(m_pdf->width() / m_frame.width(), m_pdf->height() / m_frame.height());
    renderer.paint(*m_painter, options);
    m_painter->restore();
    ++m_pages;
}

bool DiagramWriter::close()
{
    if (m_painter) {
        m_painter->end();
        m_painter.reset();
    }
    m_pdf.reset();
    if (m_error.isEmpty() && m_pages == 0 && !m_path.isEmpty())
        m_error = cannotWrite(m_path, QStringLiteral("no page to write"));
    return m_error.isEmpty();
}

} // namespace entente
