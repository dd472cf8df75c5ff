#include "slidedeck.h"

#include "graph/graphdocument.h"
#include "graph/knowledgegraph.h"

#include <QDir>
#include <QRegularExpression>
#include <algorithm>

namespace entente {

SlideDeck::SlideDeck(std::shared_ptr<const KnowledgeGraph> graph, QList<Slide> slides)
    : m_graph(std::move(graph)), m_slides(std::move(slides))
{
}

DiagramOptions SlideDeck::prepare(int i, const DiagramOptions& base)
{
    const Slide& s = m_slides.at(i);
    std::vector<int> visible;
    for (const QString& id : s.entityIds)
        if (const int v = m_graph->indexOf(id); v >= 0)
            visible.push_back(v);
    std::sort(visible.begin(), visible.end()); // the order ViewController restores in
    m_diagram.show(m_graph, visible, s.filter);
    GraphDocument* doc = m_diagram.document();
    bool placed = !s.positions.isEmpty();
    if (placed) {
        std::vector<QPointF> pos;
        for (int v : doc->visibleVertices())
            pos.push_back(s.positions.value(m_graph->entity(v).id));
        doc->setVisiblePositions(pos);
    } else {
        m_diagram.layOut();
    }
    DiagramOptions o = base;
    o.title = s.title;
    o.subtitle = s.subtitle;
    o.scope = placed && s.viewport.isValid() ? DiagramOptions::Scope::Viewport
                                             : DiagramOptions::Scope::WholeGraph;
    o.viewport = s.viewport;
    if (m_footnotes)
        o.footnotes = m_footnotes(m_diagram.renderer().drawnRelations(o));
    return o;
}

QImage SlideDeck::renderImage(int i, const DiagramOptions& base)
{
    return DiagramWriter::renderImage(m_diagram.renderer(), prepare(i, base));
}

bool SlideDeck::writePdf(const QString& path, const DiagramOptions& base, QString* error)
{
    DiagramWriter pdf(path, base);
    for (int i = 0; i < count() && pdf.isOpen(); ++i)
        pdf.addPage(m_diagram.renderer(), prepare(i, base));
    const bool ok = pdf.close();
    if (!ok && error)
        *error = pdf.errorString();
    return ok;
}

QStringList SlideDeck::writeFiles(const QString& directory, DiagramWriter::Format format,
                                  const DiagramOptions& base, QString* error)
{
    if (!QDir().mkpath(directory)) {
        if (error)
            *error = QStringLiteral("%1: cannot create the folder").arg(directory);
        return {};
    }
    QStringList written;
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9]+"));
    for (int i = 0; i < count(); ++i) {
        const DiagramOptions o = prepare(i, base);
        QString stem = o.title.toLower().replace(unsafe, QStringLiteral("-")).left(40);
        stem = QStringLiteral("%1-%2")
                   .arg(i + 1, 2, 10, QLatin1Char('0'))
                   .arg(stem.isEmpty() ? QStringLiteral("slide") : stem);
        if (stem.endsWith(u'-'))
            stem.chop(1);
        const QString path = QDir(directory).filePath(stem + u'.' + DiagramWriter::suffix(format));
        if (!DiagramWriter::write(m_diagram.renderer(), o, format, path, error))
            return {};
        written << path;
    }
    return written;
}

} // namespace entente
