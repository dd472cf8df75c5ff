#include "diagramrenderer.h"

#include "canvas/edgeitem.h"
#include "canvas/graphscene.h"
#include "canvas/nodeitem.h"
#include "graph/graphdocument.h"
#include "style/kindstyle.h"
#include "style/theme.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QSet>
#include <algorithm>
#include <cmath>

namespace entente {

namespace {

/** One row of the legend: an entity kind's shape or a relation kind's line, and its name. */
struct LegendEntry
{
    bool isEntity = true;
    EntityKind kind = EntityKind::Actor;
    QColor colour;
    QString text;
};

QFont pixelFont(double px, bool bold = false)
{
    QFont f;
    f.setPixelSize(std::max(1, static_cast<int>(std::lround(px))));
    f.setBold(bold);
    return f;
}

/**
 * Puts the scene back as it was after an export: each label as it was for the canvas zoom,
 * items shown that a selection scope hid, the canvas background and the item index.
 */
class SceneRestorer
{
public:
    explicit SceneRestorer(GraphScene* scene)
        : m_scene(scene), m_zoom(scene->labelZoom()), m_background(scene->backgroundBrush()),
          m_index(scene->itemIndexMethod())
    {
        // Re-placing labels moves every node's bounding box; with the BSP index on, each move
        // re-files the item (seconds for thousands of nodes). A linear scan for one render is
        // cheaper.
        m_scene->setItemIndexMethod(QGraphicsScene::NoIndex);
        for (QGraphicsItem* item : m_scene->items())
            if (item->type() == NodeItem::Type)
                m_labels.emplace_back(static_cast<NodeItem*>(item),
                                      static_cast<NodeItem*>(item)->isLabelVisible());
    }
    ~SceneRestorer()
    {
        for (QGraphicsItem* item : m_hidden)
            item->setVisible(true);
        m_scene->setBackgroundBrush(m_background);
        // Put each label back as it was rather than placing them all again (that is quadratic).
        for (const auto& [node, labelled] : m_labels) {
            node->setZoom(m_zoom);
            node->setLabelVisible(labelled);
        }
        m_scene->setLabelZoom(m_zoom);
        m_scene->setItemIndexMethod(m_index);
    }
    void hide(QGraphicsItem* item)
    {
        if (item->isVisible()) {
            item->setVisible(false);
            m_hidden.push_back(item);
        }
    }

private:
    GraphScene* m_scene;
    double m_zoom;
    QBrush m_background;
    QGraphicsScene::ItemIndexMethod m_index;
    std::vector<std::pair<NodeItem*, bool>> m_labels;
    std::vector<QGraphicsItem*> m_hidden;
};

} // namespace

DiagramRenderer::DiagramRenderer(GraphDocument* document, GraphScene* scene)
    : m_document(document), m_scene(scene)
{
}

DiagramRenderer::Drawn DiagramRenderer::drawnItems(const DiagramOptions& options) const
{
    Drawn out;
    const KnowledgeGraph* g = m_document->graph();
    if (!g)
        return out;
    QSet<int> chosen;
    const bool selection = options.scope == DiagramOptions::Scope::Selection;
    if (selection)
        for (int v : m_scene->selectedVertices())
            chosen.insert(v);
    for (int v : m_document->visibleVertices()) {
        NodeItem* n = m_scene->nodeFor(v);
        if (!n || !n->isVisible())
            continue;
        if (selection && !chosen.contains(v))
            continue;
        if (options.scope == DiagramOptions::Scope::Viewport &&
            !options.viewport.intersects(n->sceneBoundingRect()))
            continue;
        out.nodes.push_back(n);
    }
    QSet<const NodeItem*> drawnNodes(out.nodes.begin(), out.nodes.end());
    // Large views keep their edges out of the scene (an edge layer paints them): ask the scene.
    for (EdgeItem* e : m_scene->edgeItems()) {
        if (!e->isVisible())
            continue;
        if (selection &&
            !(drawnNodes.contains(e->sourceNode()) && drawnNodes.contains(e->targetNode())))
            continue;
        if (options.scope == DiagramOptions::Scope::Viewport &&
            !options.viewport.intersects(e->sceneBoundingRect()))
            continue;
        if (options.scope == DiagramOptions::Scope::WholeGraph &&
            !(e->sourceNode()->isVisible() && e->targetNode()->isVisible()))
            continue;
        out.edges.push_back(e);
    }
    std::sort(out.edges.begin(), out.edges.end(),
              [](EdgeItem* a, EdgeItem* b) { return a->relation() < b->relation(); });
    return out;
}

QRectF DiagramRenderer::nodeBounds(const std::vector<NodeItem*>& nodes, double zoom) const
{
    QRectF box;
    for (NodeItem* n : nodes) {
        const double r = n->radius() * 1.2 + 3;
        box |= QRectF(n->pos().x() - r, n->pos().y() - r, 2 * r, 2 * r);
        if (zoom > 0 && n->isLabelVisible())
            box |= n->labelRect(zoom);
    }
    return box;
}

QRectF DiagramRenderer::sourceRect(const DiagramOptions& options) const
{
    const Drawn drawn = drawnItems(options);
    if (drawn.nodes.empty())
        return {};
    if (options.scope == DiagramOptions::Scope::Viewport && !options.viewport.isEmpty())
        return options.viewport;
    QRectF box = nodeBounds(drawn.nodes, 0);
    const double pad = 0.04 * std::max(box.width(), box.height()) + 12;
    return box.adjusted(-pad, -pad, pad, pad);
}

std::vector<int> DiagramRenderer::drawnRelations(const DiagramOptions& options) const
{
    std::vector<int> out;
    for (EdgeItem* e : drawnItems(options).edges)
        out.push_back(e->relation());
    return out;
}

int DiagramRenderer::drawnNodeCount(const DiagramOptions& options) const
{
    return static_cast<int>(drawnItems(options).nodes.size());
}

namespace {

std::vector<LegendEntry> legendEntries(const GraphDocument* document,
                                       const std::vector<NodeItem*>& nodes,
                                       const std::vector<EdgeItem*>& edges)
{
    std::vector<LegendEntry> out;
    const KnowledgeGraph* g = document->graph();
    QSet<EntityKind> entityKinds;
    for (NodeItem* n : nodes)
        entityKinds.insert(g->entity(n->vertex()).kind);
    QSet<int> relationKinds;
    for (EdgeItem* e : edges)
        relationKinds.insert(g->relation(e->relation()).kind);
    for (EntityKind k : allEntityKinds)
        if (entityKinds.contains(k))
            out.push_back({true, k, KindStyle::colour(k), entityKindLabel(k)});
    for (int k = 0; k < g->vocabulary().size(); ++k)
        if (relationKinds.contains(k)) {
            const RelationKind& rk = g->vocabulary().at(k);
            out.push_back(
                {false, EntityKind::Actor, KindStyle::relationColour(rk.colour), rk.label});
        }
    return out;
}

void paintEntry(QPainter& p, const LegendEntry& entry, const QRectF& row, double unit)
{
    const double icon = row.height() * 0.36;
    const QPointF centre(row.left() + icon + 1, row.center().y());
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    if (entry.isEntity) {
        p.translate(centre);
        p.setPen(QPen(entry.colour.darker(140), 1.2));
        p.setBrush(entry.colour);
        p.drawPath(KindStyle::shape(entry.kind, icon * 0.8));
    } else {
        p.setPen(QPen(entry.colour, std::max(2.0, unit * 0.35), Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(row.left(), centre.y()), QPointF(row.left() + 2 * icon + 2, centre.y()));
    }
    p.restore();
    p.setPen(KindStyle::labelColour());
    const QRectF text = row.adjusted(2 * icon + unit * 1.2, 0, 0, 0);
    p.drawText(text, Qt::AlignVCenter | Qt::AlignLeft,
               QFontMetricsF(p.font()).elidedText(entry.text, Qt::ElideRight, text.width()));
}

} // namespace

double DiagramRenderer::legendRowsHeight(const Drawn& drawn, double width, double unit) const
{
    const auto entries = legendEntries(m_document, drawn.nodes, drawn.edges);
    if (entries.empty())
        return 0;
    const int columns = std::max(1, static_cast<int>(width / (unit * 24)));
    const int rows = (static_cast<int>(entries.size()) + columns - 1) / columns;
    return rows * unit * 2.6;
}

void DiagramRenderer::paintLegend(QPainter& p, const QRectF& area, const Drawn& drawn, double unit,
                                  bool columns) const
{
    const auto entries = legendEntries(m_document, drawn.nodes, drawn.edges);
    if (entries.empty())
        return;
    p.setFont(pixelFont(unit * 1.7));
    const double rowHeight = unit * 2.6;
    const int perRow = columns ? std::max(1, static_cast<int>(area.width() / (unit * 24))) : 1;
    const double columnWidth = area.width() / perRow;
    for (size_t i = 0; i < entries.size(); ++i) {
        const int row = static_cast<int>(i) / perRow;
        const int column = static_cast<int>(i) % perRow;
        const QRectF box(area.left() + column * columnWidth, area.top() + row * rowHeight,
                         columnWidth - unit, rowHeight);
        if (box.bottom() > area.bottom() + 0.5)
            break; // a legend longer than the page stops rather than running over the footer
        paintEntry(p, entries[i], box, unit);
    }
}

void DiagramRenderer::paint(QPainter& p, const DiagramOptions& options) const
{
    const QSizeF frame = options.size();
    const double unit = std::min(frame.width(), frame.height()) / 100.0;
    const double margin = unit * 4;
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    if (!options.transparent)
        p.fillRect(QRectF(QPointF(0, 0), frame), KindStyle::background());

    QRectF free(margin, margin, frame.width() - 2 * margin, frame.height() - 2 * margin);
    // Title block.
    p.setPen(KindStyle::labelColour());
    for (const auto& [text, px, bold] : {std::tuple{options.title, unit * 4.2, true},
                                         std::tuple{options.subtitle, unit * 2.4, false}}) {
        if (text.isEmpty())
            continue;
        p.setFont(pixelFont(px, bold));
        const QFontMetricsF fm(p.font());
        p.drawText(QRectF(free.left(), free.top(), free.width(), fm.height()),
                   Qt::AlignLeft | Qt::AlignVCenter,
                   fm.elidedText(text, Qt::ElideRight, free.width()));
        free.setTop(free.top() + fm.height() + unit * 0.6);
    }
    if (!options.title.isEmpty() || !options.subtitle.isEmpty())
        free.setTop(free.top() + unit * 1.4);

    // Footer: credit on the left, the "as of" stamp on the right.
    const QFont footerFont = pixelFont(unit * 1.45);
    const double footerHeight = QFontMetricsF(footerFont).height();
    if (!options.credit.isEmpty() || !options.asOf.isEmpty()) {
        const QRectF footer(free.left(), free.bottom() - footerHeight, free.width(), footerHeight);
        p.setFont(footerFont);
        p.setPen(Theme::current().mutedText);
        const QFontMetricsF fm(footerFont);
        const double stampWidth = fm.horizontalAdvance(options.asOf);
        p.drawText(footer, Qt::AlignRight | Qt::AlignVCenter, options.asOf);
        p.drawText(
            footer.adjusted(0, 0, -stampWidth - unit * 2, 0), Qt::AlignLeft | Qt::AlignVCenter,
            fm.elidedText(options.credit, Qt::ElideRight, footer.width() - stampWidth - unit * 2));
        free.setBottom(footer.top() - unit);
    }

    // Footnotes above the footer, in two columns on wide frames, never more than a quarter of the
    // page.
    if (!options.footnotes.isEmpty()) {
        const QFont noteFont = pixelFont(unit * 1.3);
        const QFontMetricsF fm(noteFont);
        const double line = fm.height();
        const int columns = frame.width() > frame.height() ? 2 : 1;
        const int maxLines = std::max(1, static_cast<int>(frame.height() * 0.25 / line));
        const int count = static_cast<int>(options.footnotes.size());
        int perColumn = (count + columns - 1) / columns;
        const bool cut = perColumn > maxLines;
        perColumn = std::min(perColumn, maxLines);
        const int shown = std::min(count, perColumn * columns - (cut ? 1 : 0));
        const double height = perColumn * line;
        const QRectF area(free.left(), free.bottom() - height, free.width(), height);
        p.setFont(noteFont);
        p.setPen(Theme::current().mutedText);
        const double columnWidth = area.width() / columns;
        for (int i = 0; i <= shown && i < count; ++i) {
            const bool more = i == shown;
            if (more && !cut)
                break;
            const QString text =
                more ? QStringLiteral("… and %1 more sources").arg(count - shown)
                     : QStringLiteral("%1. %2").arg(i + 1).arg(options.footnotes[i]);
            const QRectF row(area.left() + (i / perColumn) * columnWidth,
                             area.top() + (i % perColumn) * line, columnWidth - unit * 2, line);
            p.drawText(row, Qt::AlignLeft | Qt::AlignVCenter,
                       fm.elidedText(text, Qt::ElideRight, row.width()));
        }
        p.setPen(Theme::current().mutedText.lighter(Theme::current().darkGround ? 60 : 250));
        p.drawLine(QPointF(area.left(), area.top() - unit * 0.8),
                   QPointF(area.right(), area.top() - unit * 0.8));
        free.setBottom(area.top() - unit * 1.6);
    }

    SceneRestorer restore(m_scene);
    const Drawn drawn = drawnItems(options);
    if (options.scope == DiagramOptions::Scope::Selection) {
        QSet<QGraphicsItem*> keep(drawn.nodes.begin(), drawn.nodes.end());
        for (EdgeItem* e : drawn.edges)
            keep.insert(e);
        for (NodeItem* n : m_scene->nodesByImportance())
            if (!keep.contains(n))
                restore.hide(n);
        for (EdgeItem* e : m_scene->edgeItems())
            if (!keep.contains(e))
                restore.hide(e);
    }

    // Legend: a column on the right of landscape frames, rows under the drawing on portrait ones.
    QRectF drawing = free;
    if (options.legend) {
        if (frame.width() >= frame.height()) {
            const QRectF column(free.right() - unit * 24, free.top(), unit * 24, free.height());
            paintLegend(p, column, drawn, unit, false);
            drawing.setRight(column.left() - unit * 2);
        } else {
            const double h = legendRowsHeight(drawn, free.width(), unit);
            const QRectF band(free.left(), free.bottom() - h, free.width(), h);
            paintLegend(p, band, drawn, unit, true);
            drawing.setBottom(band.top() - unit * 2);
        }
    }

    QRectF source = sourceRect(options);
    if (source.isEmpty() || drawing.isEmpty())
        return;
    // Labels are drawn at a constant size on the page: choose them for the page's zoom, then
    // let the whole-graph and selection frames grow to hold the labels at the edges.
    double zoom = std::min(drawing.width() / source.width(), drawing.height() / source.height());
    m_scene->placeLabels(zoom);
    if (options.scope != DiagramOptions::Scope::Viewport) {
        const double pad = 8 / zoom;
        source |= nodeBounds(drawn.nodes, zoom).adjusted(-pad, -pad, pad, pad);
        zoom = std::min(drawing.width() / source.width(), drawing.height() / source.height());
        m_scene->placeLabels(zoom);
    }
    if (options.transparent)
        m_scene->setBackgroundBrush(Qt::NoBrush);
    // QGraphicsScene::render scales from the target's corner and clips to it: centre the
    // drawing ourselves. A viewport shows exactly its rectangle; a whole graph or a selection
    // is given the whole drawing area, so a long label at the edge is not cut.
    const QSizeF fitted = source.size() * zoom;
    QRectF target(drawing.center() - QPointF(fitted.width() / 2, fitted.height() / 2), fitted);
    if (options.scope != DiagramOptions::Scope::Viewport) {
        const QSizeF room = drawing.size() / zoom;
        source = QRectF(source.center() - QPointF(room.width() / 2, room.height() / 2), room);
        target = drawing;
    }
    p.save();
    p.setClipRect(target);
    m_scene->render(&p, target, source, Qt::KeepAspectRatio);
    p.restore();
}

} // namespace entente
