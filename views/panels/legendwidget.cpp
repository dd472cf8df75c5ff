#include "legendwidget.h"

#include "graph/graphdocument.h"
#include "style/kindstyle.h"

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

LegendWidget::LegendWidget(GraphDocument* document, QWidget* parent) : QWidget(parent), m_document(document)
{
    setAccessibleName(tr("Legend"));
    // Which relation kinds are drawn changes only with the graph: count them once, not per paint.
    connect(document, &GraphDocument::graphReset, this, [this] {
        m_kinds = usedRelationKinds(m_document);
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
    const int rows = 2 + static_cast<int>(allEntityKinds.size()) + static_cast<int>(m_kinds.size()) +
                     (m_document->hasRelationChanges() ? 3 : 0);
    return QSize(200, Margin * 2 + rows * RowHeight + 8);
}

void LegendWidget::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), palette().window());
    int y = Margin;
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.setPen(palette().color(QPalette::WindowText));
    p.drawText(QRect(Margin, y, width() - 2 * Margin, RowHeight), Qt::AlignVCenter, tr("Entities"));
    y += RowHeight;
    p.setFont(font());
    for (EntityKind k : allEntityKinds) {
        p.save();
        p.translate(Margin + 8, y + RowHeight / 2.0);
        const QColor c = KindStyle::colour(k);
        p.setPen(QPen(c.darker(140), 1.2));
        p.setBrush(c);
        p.drawPath(KindStyle::shape(k, 6));
        p.restore();
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(QRect(Margin + 24, y, width() - Margin - 24, RowHeight), Qt::AlignVCenter, entityKindLabel(k));
        y += RowHeight;
    }
    const QList<int>& kinds = m_kinds;
    if (kinds.isEmpty())
        return;
    y += 4;
    p.setFont(bold);
    p.drawText(QRect(Margin, y, width() - 2 * Margin, RowHeight), Qt::AlignVCenter, tr("Relations"));
    y += RowHeight;
    p.setFont(font());
    const KnowledgeGraph* g = m_document->graph();
    for (int k : kinds) {
        const RelationKind& rk = g->vocabulary().at(k);
        p.setPen(QPen(KindStyle::relationColour(rk.colour), 3, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(Margin + 2, y + RowHeight / 2.0), QPointF(Margin + 16, y + RowHeight / 2.0));
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(QRect(Margin + 24, y, width() - Margin - 24, RowHeight), Qt::AlignVCenter, rk.label);
        y += RowHeight;
    }
    if (!m_document->hasRelationChanges())
        return;
    // While two dates are compared, colour means change, not kind: say so.
    y += 4;
    p.setFont(bold);
    p.drawText(QRect(Margin, y, width() - 2 * Margin, RowHeight), Qt::AlignVCenter, tr("Compared dates"));
    y += RowHeight;
    p.setFont(font());
    const std::pair<QColor, QString> changes[] = {{KindStyle::addedColour(), tr("began in between")},
                                                  {KindStyle::removedColour(), tr("ended in between")}};
    for (int i = 0; i < 2; ++i) {
        p.setPen(QPen(changes[i].first, 3, i == 0 ? Qt::SolidLine : Qt::DashLine, Qt::FlatCap));
        p.drawLine(QPointF(Margin + 2, y + RowHeight / 2.0), QPointF(Margin + 20, y + RowHeight / 2.0));
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(QRect(Margin + 24, y, width() - Margin - 24, RowHeight), Qt::AlignVCenter, changes[i].second);
        y += RowHeight;
    }
}

} // namespace entente
