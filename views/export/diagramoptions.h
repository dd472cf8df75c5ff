#pragma once

#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>
#include <optional>

namespace entente {

/**
 * What a diagram export looks like: the frame (page shape), which part of the canvas it shows,
 * the text around the drawing and the raster settings. Plain values, shared by the export
 * dialog, the slides and entente-cli so that all three draw the same picture.
 */
struct DiagramOptions
{
    enum class Frame
    {
        Wide,
        Classic,
        A4Portrait,
        A4Landscape
    };
    enum class Scope
    {
        Viewport,
        Selection,
        WholeGraph
    };

    Frame frame = Frame::Wide;
    /** A frame of this many logical pixels instead of `frame`'s (entente-cli --width/--height). */
    QSizeF customSize;
    Scope scope = Scope::WholeGraph;
    /** The canvas viewport in scene coordinates, for Scope::Viewport. */
    QRectF viewport;
    QString title;
    QString subtitle;
    /** "As of" stamp, e.g. "As of 1995" or the export date; empty leaves it out. */
    QString asOf;
    /** Credit line at the foot, e.g. the project and its sources. */
    QString credit;
    /** Numbered footnotes (the sources of the drawn relations); empty leaves them out. */
    QStringList footnotes;
    bool legend = true;
    /** PNG only: 1, 2 or 4 device pixels per frame pixel. */
    int scale = 1;
    /** PNG only: no background fill. */
    bool transparent = false;

    /** The frame's size in logical pixels at 96 dpi (16:9 is 1920×1080; A4 is 210×297 mm). */
    static QSizeF frameSize(Frame frame);
    /** The size drawn into: customSize when set, else the frame's. */
    QSizeF size() const { return customSize.isEmpty() ? frameSize(frame) : customSize; }
    /** Whether the page is an A4 sheet (a custom size never is). */
    bool isA4() const
    {
        return customSize.isEmpty() && (frame == Frame::A4Portrait || frame == Frame::A4Landscape);
    }
    /** One numbered footnote's text for a source: title, publisher — url. */
    static QString footnoteText(const QString& title, const QString& publisher, const QString& url);
    static QString frameName(Frame frame);
    /** Parses "16:9", "4:3", "a4" (portrait), "a4-landscape"; nullopt for anything else. */
    static std::optional<Frame> frameFromName(const QString& name);
};

} // namespace entente
