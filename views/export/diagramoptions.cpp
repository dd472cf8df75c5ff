#include "diagramoptions.h"

namespace entente {

namespace {
// A4 at 96 dpi: 210 mm × 297 mm = 793.7 × 1122.5 px.
constexpr double A4Short = 210.0 / 25.4 * 96.0;
constexpr double A4Long = 297.0 / 25.4 * 96.0;
} // namespace

QSizeF DiagramOptions::frameSize(Frame frame)
{
    switch (frame) {
    case Frame::Wide:
        return {1920, 1080};
    case Frame::Classic:
        return {1600, 1200};
    case Frame::A4Portrait:
        return {A4Short, A4Long};
    case Frame::A4Landscape:
        return {A4Long, A4Short};
    }
    return {1920, 1080};
}

QString DiagramOptions::footnoteText(const QString& title, const QString& publisher,
                                     const QString& url)
{
    QString line = title;
    if (!publisher.isEmpty())
        line += QStringLiteral(", ") + publisher;
    if (!url.isEmpty())
        line += QStringLiteral(" — ") + url;
    return line;
}

QString DiagramOptions::frameName(Frame frame)
{
    switch (frame) {
    case Frame::Wide:
        return QStringLiteral("16:9");
    case Frame::Classic:
        return QStringLiteral("4:3");
    case Frame::A4Portrait:
        return QStringLiteral("a4");
    case Frame::A4Landscape:
        return QStringLiteral("a4-landscape");
    }
    return {};
}

std::optional<DiagramOptions::Frame> DiagramOptions::frameFromName(const QString& name)
{
    for (Frame f : {Frame::Wide, Frame::Classic, Frame::A4Portrait, Frame::A4Landscape})
        if (name.compare(frameName(f), Qt::CaseInsensitive) == 0)
            return f;
    if (name.compare(QLatin1String("a4-portrait"), Qt::CaseInsensitive) == 0)
        return Frame::A4Portrait;
    return std::nullopt;
}

} // namespace entente
