#include "legendwidget.h"

#include "graph/graphdocument.h"
#include "style/kindstyle.h"
#include "style/theme.h"

#include <QMouseEvent>
#include <QPainter>
#include <QSet>

namespace entente {

namespace {
constexpr int RowHeight = 20;
constexpr int Margin = 10;

QList<int> usedRelationKinds(const GraphDocument* doc)
{
    QList<int> kinds;
    const KnowledgeGraph* g = doc->graph();
    if (!g)
        return kinds;
    QSet<int> seen;
    for (int r : doc->visibleRelations())
        seen.insert(g->relation(r).kind);
    for (int k = 0; k < g->vocabulary().size(); ++k)
        if (seen.contains(k))
            kinds << k;
    return kinds;
}
} // namespace

LegendWidget::LegendWidget(GraphDocument* document, QWidget* parent)
    : QWidget(parent), m_document(document)
{
    setAccessibleName(tr("Legend"));
    setToolTip(tr("Click a kind to hide it, click again to show it"));
    setCursor(Qt::PointingHandCursor);
    // Which relation kinds are drawn changes only with the graph: count them once, not per paint.
    connect(document, &GraphDocument::graphReset, this, [this] {
        m_kinds = usedRelationKinds(m_document);
        m_filter = FilterCriteria();
        updateGeometry();
        update();
    });
    connect(document, &GraphDocument::relationChangesChanged, this, [this] {
        updateGeometry();
        update();
    });
    m_kinds = usedRelationKinds(document);
}

QSize LegendWidget::sizeHint() const
{
    const int rows = 2 + static_cast<int>(allEntityKinds.size()) +
                     static_cast<int>(m_kinds.size()) + (m_document->hasRelationChanges() ? 3 : 0);
    return QSize(200, Margin * 2 + rows * RowHeight + 8);
}

void LegendWidget::setFilter(const FilterCriteria& criteria)
{
    m_filter = criteria;
    update();
}

QRect LegendWidget::entityKindRow(EntityKind kind) const
{
    for (const auto& [rect, k] : m_entityRows)
        if (k == kind)
            return rect;
    return {};
}

QRect LegendWidget::relationKindRow(const QString& id) const
{
    for (const auto& [rect, k] : m_relationRows)
        if (k == id)
            return rect;
    return {};
}

void LegendWidget::mousePressEvent(QMouseEvent* event)
{
    const QPoint at = event->position().toPoint();
    for (const auto& [rect, k] : m_entityRows)
        if (rect.contains(at))
            return emit entityKindToggled(k);
    for (const auto& [rect, k] : m_relationRows)
        if (rect.contains(at))
            return emit relationKindToggled(k);
    QWidget::mousePressEvent(event);
}

void LegendWidget::paintEvent(QPaintEvent*)
{
    m_entityRows.clear();
    m_relationRows.clear();
    // The legend is the canvas's key: it follows the canvas theme, not the widget palette.
    const Theme& theme = Theme::current();
    const QColor ink = theme.text;
    const QColor off = theme.mutedText;
    QFont struck = font();
    struck.setStrikeOut(true);
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), theme.background);
    int y = Margin;
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.setPen(ink);
    p.drawText(QRect(Margin, y, width() - 2 * Margin, RowHeight), Qt::AlignVCenter, tr("Entities"));
    y += RowHeight;
    p.setFont(font());
    for (EntityKind k : allEntityKinds) {
        const bool shown = m_filter.entityKinds.isEmpty() || m_filter.entityKinds.contains(k);
        m_entityRows.emplace_back(QRect(0, y, width(), RowHeight), k);
        p.save();
        p.translate(Margin + 8, y + RowHeight / 2.0);
        p.setOpacity(shown ? 1.0 : 0.3);
        const QColor c = KindStyle::colour(k);
        p.setPen(QPen(KindStyle::outline(c), 1.2));
        p.setBrush(c);
        p.drawPath(KindStyle::shape(k, 6));
        p.restore();
        p.setPen(shown ? ink : off);
        p.setFont(shown ? font() : struck);
        p.drawText(QRect(Margin + 24, y, width() - Margin - 24, RowHeight), Qt::AlignVCenter,
                   entityKindLabel(k));
        p.setFont(font());
        y += RowHeight;
    }
    const QList<int>& kinds = m_kinds;
    if (kinds.isEmpty())
        return;
    y += 4;
    p.setFont(bold);
    p.drawText(QRect(Margin, y, width() - 2 * Margin, RowHeight), Qt::AlignVCenter,
               tr("Relations"));
    y += RowHeight;
    p.setFont(font());
    const KnowledgeGraph* g = m_document->graph();
    for (int k : kinds) {
        const RelationKind& rk = g->vocabulary().at(k);
        const bool shown =
            m_filter.relationKinds.isEmpty() || m_filter.relationKinds.contains(rk.id);
        m_relationRows.emplace_back(QRect(0, y, width(), RowHeight), rk.id);
        QColor c = KindStyle::relationColour(rk.colour);
        if (!shown)
            c.setAlphaF(0.3);
        const Qt::PenStyle dash = KindStyle::dash(rk.id);
        p.setPen(QPen(c, dash == Qt::SolidLine ? 3 : 2, dash, Qt::FlatCap));
        p.drawLine(QPointF(Margin + 2, y + RowHeight / 2.0),
                   QPointF(Margin + 16, y + RowHeight / 2.0));
        p.setPen(shown ? ink : off);
        p.setFont(shown ? font() : struck);
        p.drawText(QRect(Margin + 24, y, width() - Margin - 24, RowHeight), Qt::AlignVCenter,
                   rk.label);
        p.setFont(font());
        y += RowHeight;
    }
    if (!m_document->hasRelationChanges())
        return;
    // While two dates are compared, colour means change, not kind: say so.
    y += 4;
    p.setFont(bold);
    p.drawText(QRect(Margin, y, width() - 2 * Margin, RowHeight), Qt::AlignVCenter,
               tr("Compared dates"));
    y += RowHeight;
    p.setFont(font());
    const std::pair<QColor, QString> changes[] = {
        {KindStyle::addedColour(), tr("began in between")},
        {KindStyle::removedColour(), tr("ended in between")}};
    for (int i = 0; i < 2; ++i) {
        p.setPen(QPen(changes[i].first, 3, i == 0 ? Qt::SolidLine : Qt::DashLine, Qt::FlatCap));
        p.drawLine(QPointF(Margin + 2, y + RowHeight / 2.0),
                   QPointF(Margin + 20, y + RowHeight / 2.0));
        p.setPen(ink);
        p.drawText(QRect(Margin + 24, y, width() - Margin - 24, RowHeight), Qt::AlignVCenter,
                   changes[i].second);
        y += RowHeight;
    }
}

} // namespace entente
