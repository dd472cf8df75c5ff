#pragma once

#include "diagramoptions.h"
#include "diagramwriter.h"
#include "offscreendiagram.h"
#include "slide.h"

#include <QImage>
#include <QList>
#include <functional>
#include <memory>
#include <vector>

namespace entente {

class KnowledgeGraph;

/**
 * A deck of slides drawn offscreen, one after the other, into the same kind of diagram the
 * export dialog makes: as a multi-page PDF, a folder of PNG or SVG files, or images for the
 * presentation window. It never touches the canvas the user is looking at.
 */
class SlideDeck
{
public:
    SlideDeck(std::shared_ptr<const KnowledgeGraph> graph, QList<Slide> slides);

    /** The footnote lines for the relations (graph indexes) a slide draws, in their order. */
    using Footnotes = std::function<QStringList(const std::vector<int>& relations)>;
    /**
     * Gives every slide numbered footnotes: the sources of its own drawn relations. Views never
     * read the store, so the app says where the sources come from; unset, slides have none.
     */
    void setFootnotes(Footnotes footnotes) { m_footnotes = std::move(footnotes); }

    int count() const { return static_cast<int>(m_slides.size()); }
    const Slide& slide(int i) const { return m_slides.at(i); }
    /** Puts slide `i` on the offscreen scene and returns `base` with its title and framing. */
    DiagramOptions prepare(int i, const DiagramOptions& base);
    const DiagramRenderer& renderer() const { return m_diagram.renderer(); }
    QImage renderImage(int i, const DiagramOptions& base);

    /** One PDF page per slide; false with a message naming the file on failure. */
    bool writePdf(const QString& path, const DiagramOptions& base, QString* error);
    /** One file per slide in `directory` (01-title.png …); returns the files, or empty with a
     * message. */
    QStringList writeFiles(const QString& directory, DiagramWriter::Format format,
                           const DiagramOptions& base, QString* error);

private:
    std::shared_ptr<const KnowledgeGraph> m_graph;
    QList<Slide> m_slides;
    OffscreenDiagram m_diagram;
    Footnotes m_footnotes;
};

} // namespace entente
