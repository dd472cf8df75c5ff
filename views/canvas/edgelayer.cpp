#include "edgelayer.h"

#include "edgeitem.h"
#include "style/theme.h"

#include <QHash>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <algorithm>
#include <cmath>
#include <limits>

namespace entente {

namespace {

/** Beyond this many lines in a frame antialiasing costs more than it shows (zoomed out). */
constexpr int AntialiasLimit = 20000;

struct Batch
{
    QColor colour;
    Qt::PenStyle style = Qt::SolidLine;
    QVector<QLineF> lines;
    QVector<QPolygonF> heads;
};

} // namespace

EdgeLayer::EdgeLayer(const std::vector<EdgeItem*>* edges) : m_edges(edges)
{
    setZValue(0);
    setAcceptedMouseButtons(Qt::NoButton);
    setAcceptHoverEvents(false);
    setFlag(ItemUsesExtendedStyleOption);
}

void EdgeLayer::setBounds(const QRectF& bounds)
{
    if (bounds == m_bounds)
        return;
    prepareGeometryChange();
    m_bounds = bounds;
}

void EdgeLayer::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*)
{
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const QRectF exposed = option->exposedRect.isEmpty() ? m_bounds : option->exposedRect;
    const double alpha = Theme::current().edgeAlpha * EdgeItem::fadeForZoom(lod);
    // Two ends within a tenth of a pixel of each other draw nothing visible.
    const double speck = 0.1 / std::max(lod, 1e-6);
    const bool dashes = lod >= 0.5;
    QHash<quint64, int> index; // colour, dash and opacity → batch
    std::vector<Batch> batches;
    std::vector<const EdgeItem*> emphasised;
    int lines = 0;
    int skipped = 0;
    // Edges crossing the view with neither end in it get a quarter of the budget.
    double inView = 0;
    double crossing = 0;
    const double budget = m_budget > 0 ? m_budget : std::numeric_limits<double>::infinity();
    const std::vector<EdgeItem*>& edges = m_order.size() == m_edges->size() ? m_order : *m_edges;
    for (const EdgeItem* e : edges) {
        if (!e->isVisible())
            continue;
        const double opacity = e->opacity();
        if (opacity < 0.01)
            continue;
        const QPointF a = e->from();
        const QPointF b = e->to();
        const QPointF c = e->controlPoint();
        // Cull by the box of the ends and the arc's control point (it bounds the arc).
        const double left = std::min({a.x(), b.x(), c.x()});
        const double right = std::max({a.x(), b.x(), c.x()});
        const double top = std::min({a.y(), b.y(), c.y()});
        const double bottom = std::max({a.y(), b.y(), c.y()});
        if (right < exposed.left() || left > exposed.right() || bottom < exposed.top() ||
            top > exposed.bottom())
            continue;
        if (!e->isPlain()) {
            emphasised.push_back(e);
            continue;
        }
        if (right - left < speck && bottom - top < speck)
            continue;
        // The part on screen is at most the box's diagonal clipped to the view.
        const double w = std::min(right, exposed.right()) - std::max(left, exposed.left());
        const double h = std::min(bottom, exposed.bottom()) - std::max(top, exposed.top());
        const double pixels = std::hypot(w, h) * lod;
        const bool anchored = exposed.contains(a) || exposed.contains(b);
        double& spent = anchored ? inView : crossing;
        if (spent + pixels > (anchored ? budget : budget / 4)) {
            ++skipped;
            continue;
        }
        spent += pixels;
        QColor colour = e->colour();
        // Opacity in sixteenths keeps fades smooth while batches stay few.
        const int level = std::clamp(static_cast<int>(std::lround(opacity * 16)), 1, 16);
        colour.setAlphaF(std::min(1.0, alpha * level / 16.0));
        const Qt::PenStyle style = dashes ? e->dash() : Qt::SolidLine;
        const quint64 key = (quint64(colour.rgba()) << 8) | quint64(style);
        auto it = index.constFind(key);
        if (it == index.constEnd()) {
            it = index.insert(key, static_cast<int>(batches.size()));
            batches.push_back({colour, style, {}, {}});
        }
        Batch& batch = batches[static_cast<size_t>(*it)];
        e->appendSegments(batch.lines, lod);
        const QPolygonF head = e->arrowHead(lod);
        if (!head.isEmpty())
            batch.heads.append(head);
        ++lines;
    }
    m_lastDrawn = lines + static_cast<int>(emphasised.size());
    m_lastSkipped = skipped;
    // Zoomed out over a dense view, aliased hairlines are several times cheaper and, at a
    // third of full strength, look the same.
    painter->setRenderHint(QPainter::Antialiasing, lines <= AntialiasLimit);
    const double pixels = std::clamp(0.6 + 0.4 * lod, 0.6, 1.0);
    for (const Batch& batch : batches) {
        QPen pen(batch.colour, lines <= AntialiasLimit ? pixels : 0.0, batch.style,
                 batch.style == Qt::SolidLine ? Qt::RoundCap : Qt::FlatCap);
        pen.setCosmetic(true);
        painter->setPen(pen);
        painter->drawLines(batch.lines);
        if (!batch.heads.isEmpty()) {
            painter->setPen(Qt::NoPen);
            painter->setBrush(batch.colour);
            for (const QPolygonF& head : batch.heads)
                painter->drawPolygon(head);
            painter->setBrush(Qt::NoBrush);
        }
    }
    const double saved = painter->opacity();
    for (const EdgeItem* e : emphasised) {
        painter->setOpacity(saved * e->opacity());
        e->paintEdge(painter, lod);
    }
    painter->setOpacity(saved);
}

} // namespace entente
