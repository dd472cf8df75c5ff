#include "edgelayer.h"

#include "edgeitem.h"
#include "style/theme.h"

#include <QHash>
#include <QPaintEngine>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <algorithm>
#include <cmath>
#include <limits>

namespace entente {

namespace {

/**
 * From this many lines in a frame, on a raster device, lines are drawn by rasterise(): Qt's
 * raster engine hands every few hundred pixels of an antialiased line to its thread pool, which
 * costs more than the pixels on a busy machine.
 */
constexpr int RasterFrom = 3000;

} // namespace

struct EdgeLayer::Batch
{
    QColor colour;
    Qt::PenStyle style = Qt::SolidLine;
    QVector<QLineF> lines;
    QVector<QPolygonF> heads;
};

namespace {

/** Clips the segment to [0,w)×[0,h) (Liang–Barsky); false when nothing is left. */
bool clip(double& x0, double& y0, double& x1, double& y1, double w, double h)
{
    double t0 = 0;
    double t1 = 1;
    const double dx = x1 - x0;
    const double dy = y1 - y0;
    const double p[4] = {-dx, dx, -dy, dy};
    const double q[4] = {x0, w - 1 - x0, y0, h - 1 - y0};
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0) {
            if (q[i] < 0)
                return false;
            continue;
        }
        const double t = q[i] / p[i];
        if (p[i] < 0)
            t0 = std::max(t0, t);
        else
            t1 = std::min(t1, t);
        if (t0 > t1)
            return false;
    }
    x1 = x0 + t1 * dx;
    y1 = y0 + t1 * dy;
    x0 = x0 + t0 * dx;
    y0 = y0 + t0 * dy;
    return true;
}

/**
 * A one-pixel line blended into a premultiplied ARGB32 buffer, with the fraction of the pixel
 * the line covers on its minor axis shared between the two pixels it straddles (Wu-style), so
 * zoomed-out hairlines stay smooth.
 */
void blendLine(uchar* bits, qsizetype stride, int w, int h, double x0, double y0, double x1,
               double y1, const QColor& colour)
{
    if (!clip(x0, y0, x1, y1, w, h))
        return;
    const double alpha = colour.alphaF();
    const double r = colour.redF() * alpha;
    const double g = colour.greenF() * alpha;
    const double b = colour.blueF() * alpha;
    const auto plot = [&](int x, int y, double cover) {
        if (x < 0 || y < 0 || x >= w || y >= h || cover <= 0)
            return;
        auto* px = reinterpret_cast<QRgb*>(bits + y * stride) + x;
        const double a = alpha * cover;
        const double keep = 1.0 - a;
        const QRgb d = *px;
        const auto mix = [&](double src, int dst) {
            return std::min(255, static_cast<int>(src * cover * 255.0 + dst * keep + 0.5));
        };
        *px = qRgba(mix(r, qRed(d)), mix(g, qGreen(d)), mix(b, qBlue(d)),
                    std::min(255, static_cast<int>(a * 255.0 + qAlpha(d) * keep + 0.5)));
    };
    const double dx = x1 - x0;
    const double dy = y1 - y0;
    if (std::abs(dx) >= std::abs(dy)) {
        if (x1 < x0) {
            std::swap(x0, x1);
            std::swap(y0, y1);
        }
        const double slope = dx == 0 ? 0 : dy / dx;
        double y = y0 + slope * (std::round(x0) - x0);
        for (int x = static_cast<int>(std::round(x0)); x <= static_cast<int>(std::round(x1));
             ++x, y += slope) {
            const int iy = static_cast<int>(std::floor(y));
            const double f = y - iy;
            plot(x, iy, 1 - f);
            plot(x, iy + 1, f);
        }
    } else {
        if (y1 < y0) {
            std::swap(x0, x1);
            std::swap(y0, y1);
        }
        const double slope = dy == 0 ? 0 : dx / dy;
        double x = x0 + slope * (std::round(y0) - y0);
        for (int y = static_cast<int>(std::round(y0)); y <= static_cast<int>(std::round(y1));
             ++y, x += slope) {
            const int ix = static_cast<int>(std::floor(x));
            const double f = x - ix;
            plot(ix, y, 1 - f);
            plot(ix + 1, y, f);
        }
    }
}

} // namespace

void EdgeLayer::rasterise(QPainter* painter, const std::vector<Batch>& batches) const
{
    // Lines are drawn into a transparent buffer the size of the device and laid on in one
    // drawImage; the look matches the vector path (one-pixel, smoothed), dashes aside.
    const QTransform world = painter->worldTransform();
    QPaintDevice* device = painter->device();
    const qreal dpr = device->devicePixelRatioF();
    const int w = static_cast<int>(std::ceil(device->width() * dpr));
    const int h = static_cast<int>(std::ceil(device->height() * dpr));
    if (w <= 0 || h <= 0)
        return;
    QImage buffer(w, h, QImage::Format_ARGB32_Premultiplied);
    buffer.fill(Qt::transparent);
    uchar* bits = buffer.bits();
    const qsizetype stride = buffer.bytesPerLine();
    const QTransform toPixels = world * QTransform::fromScale(dpr, dpr);
    for (const Batch& batch : batches)
        for (const QLineF& line : batch.lines) {
            const QPointF a = toPixels.map(line.p1());
            const QPointF b = toPixels.map(line.p2());
            blendLine(bits, stride, w, h, a.x(), a.y(), b.x(), b.y(), batch.colour);
        }
    buffer.setDevicePixelRatio(dpr);
    painter->save();
    painter->setWorldTransform(QTransform());
    painter->drawImage(QPointF(0, 0), buffer);
    painter->restore();
}

EdgeLayer::EdgeLayer(const std::vector<EdgeItem*>* edges) : CanvasLayer(0), m_edges(edges) {}

void EdgeLayer::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*)
{
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const QRectF exposed = exposedPart(option);
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
        if (!e->isShown())
            continue;
        const double opacity = e->shownOpacity();
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
        // Highlighted and compared edges are drawn one by one; the (often many) edges at a
        // selected node only stand out in strength, so they stay in the batches.
        const bool atSelection = !e->isPlain() && !e->isHighlighted() && e->change() == 0;
        if (!e->isPlain() && !atSelection) {
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
        if (!atSelection && spent + pixels > (anchored ? budget : budget / 4)) {
            ++skipped;
            continue;
        }
        spent += pixels;
        QColor colour = e->colour();
        // Opacity in sixteenths keeps fades smooth while batches stay few.
        const int level = std::clamp(static_cast<int>(std::lround(opacity * 16)), 1, 16);
        colour.setAlphaF(std::min(1.0, (atSelection ? 0.95 : alpha) * level / 16.0));
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
    const double pixels = std::clamp(0.6 + 0.4 * lod, 0.6, 1.0);
    const bool raster = painter->paintEngine() &&
                        painter->paintEngine()->type() == QPaintEngine::Raster &&
                        painter->worldTransform().type() <= QTransform::TxScale;
    if (raster && lines > RasterFrom) {
        rasterise(painter, batches);
    } else {
        painter->setRenderHint(QPainter::Antialiasing, true);
        for (const Batch& batch : batches) {
            QPen pen(batch.colour, pixels, batch.style,
                     batch.style == Qt::SolidLine ? Qt::RoundCap : Qt::FlatCap);
            pen.setCosmetic(true);
            painter->setPen(pen);
            painter->drawLines(batch.lines);
        }
    }
    painter->setRenderHint(QPainter::Antialiasing, true);
    for (const Batch& batch : batches) {
        if (batch.heads.isEmpty())
            continue;
        painter->setPen(Qt::NoPen);
        painter->setBrush(batch.colour);
        for (const QPolygonF& head : batch.heads)
            painter->drawPolygon(head);
        painter->setBrush(Qt::NoBrush);
    }
    const double saved = painter->opacity();
    for (const EdgeItem* e : emphasised) {
        painter->setOpacity(saved * e->shownOpacity());
        e->paintEdge(painter, lod);
    }
    painter->setOpacity(saved);
}

} // namespace entente
