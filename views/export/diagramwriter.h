#pragma once

#include "diagramoptions.h"

#include <QImage>
#include <QString>
#include <memory>
#include <optional>

class QPainter;
class QPdfWriter;

namespace entente {

class DiagramRenderer;

/**
 * Writes a rendered diagram to a file: SVG (QSvgGenerator) and PDF (QPdfWriter) as vectors
 * with text kept as text, PNG as pixels at 1×, 2× or 4×. A PDF may hold several pages (a
 * slide deck): open it, add one page per prepared scene, close it.
 */
class DiagramWriter
{
public:
    enum class Format
    {
        Svg,
        Pdf,
        Png
    };

    /** "svg", "pdf", "png" (case-insensitive); nullopt otherwise. */
    static std::optional<Format> formatFromName(const QString& name);
    static QString suffix(Format format);

    /** The frame as pixels: frame size × scale, background unless transparent, 96·scale dpi. */
    static QImage renderImage(const DiagramRenderer& renderer, const DiagramOptions& options);
    /** Writes one diagram; false with a message naming the file on failure. */
    static bool write(const DiagramRenderer& renderer, const DiagramOptions& options, Format format,
                      const QString& path, QString* error);

    /** Starts a multi-page PDF; every page has the frame of `options`. */
    explicit DiagramWriter(const QString& pdfPath, const DiagramOptions& options);
    ~DiagramWriter();
    bool isOpen() const;
    QString errorString() const { return m_error; }
    /** Adds a page drawn by `renderer` with `options` (its frame must match the deck's). */
    void addPage(const DiagramRenderer& renderer, const DiagramOptions& options);
    /** Finishes the file; false with a message if it could not be written. */
    bool close();
    int pageCount() const { return m_pages; }

private:
    std::unique_ptr<QPdfWriter> m_pdf;
    std::unique_ptr<QPainter> m_painter;
    QSizeF m_frame;
    QString m_path;
    QString m_error;
    int m_pages = 0;
};

} // namespace entente
