#include "timelinelanes.h"

#include "style/kindstyle.h"

#include <QHelpEvent>
#include <QLinearGradient>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>
#include <algorithm>
#include <map>

namespace entente {

namespace {
constexpr int HeaderTop = 22; // the markers' key

double fractionOfYear(const QDate& d)
{
    return d.year() + (d.dayOfYear() - 1) / static_cast<double>(d.daysInYear());
}
} // namespace

TimelineLanes::TimelineLanes(QWidget* parent) : QWidget(parent)
{
    setMouseTracking(true);
    setAccessibleName(tr("Timeline lanes"));
}

void TimelineLanes::setBars(const QList<TimeLaneBar>& bars)
{
    m_bars = bars;
    m_current = -1;
    m_multipleEntities = std::any_of(bars.begin(), bars.end(), [&bars](const TimeLaneBar& b) {
        return b.entity != bars.first().entity;
    });
    relayout();
}

void TimelineLanes::setGroupByKind(bool on)
{
    m_groupByKind = on;
    relayout();
}

void TimelineLanes::setYears(int first, int last)
{
    m_axis.setYears(first, last);
    update();
}

void TimelineLanes::setAsOf(int year)
{
    m_asOf = year;
    update();
}

void TimelineLanes::setCurrentRelation(int relation)
{
    m_current = relation;
    update();
}

QSize TimelineLanes::sizeHint() const
{
    return {700, HeaderTop + static_cast<int>(std::max<size_t>(m_rows.size(), 3)) * RowHeight + 8};
}

void TimelineLanes::relayout()
{
    m_rows.clear();
    std::vector<int> order(static_cast<size_t>(m_bars.size()));
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = static_cast<int>(i);
    auto earlier = [this](int a, int b) {
        const TimeLaneBar &x = m_bars[a], &y = m_bars[b];
        if (x.entity != y.entity)
            return x.entity < y.entity;
        if (x.start.isNull() != y.start.isNull())
            return y.start.isNull(); // dated first
        return x.start < y.start;
    };
    if (m_groupByKind) {
        std::map<QString, std::vector<int>> groups;
        for (int i : order)
            groups[m_bars[i].kindLabel].push_back(i);
        for (auto& [label, members] : groups) {
            std::stable_sort(members.begin(), members.end(), earlier);
            m_rows.push_back({QStringLiteral("%1 (%2)").arg(label).arg(members.size()), -1});
            for (int i : members)
                m_rows.push_back({QString(), i});
        }
    } else {
        std::stable_sort(order.begin(), order.end(), earlier);
        for (int i : order)
            m_rows.push_back({QString(), i});
    }
    setMinimumHeight(sizeHint().height());
    updateGeometry();
    update();
}

void TimelineLanes::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    m_axis.setWidth(width());
}

double TimelineLanes::startOf(const PartialDate& d) const
{
    return fractionOfYear(d.firstDay());
}

double TimelineLanes::endOf(const PartialDate& d) const
{
    return fractionOfYear(d.lastDay().addDays(1));
}

QRectF TimelineLanes::barRect(int relation) const
{
    for (size_t row = 0; row < m_rows.size(); ++row) {
        const int b = m_rows[row].bar;
        if (b < 0 || m_bars[b].relation != relation)
            continue;
        const TimeLaneBar& bar = m_bars[b];
        const double from = bar.start.isNull() ? m_axis.first() : startOf(bar.start);
        const double to = bar.end.isNull() ? m_axis.last() + 1 : endOf(bar.end);
        const double y = HeaderTop + row * RowHeight;
        const double x0 = std::max(m_axis.plotLeft(), m_axis.xFor(from));
        const double x1 = std::min(m_axis.plotRight(), std::max(x0 + 3, m_axis.xFor(to)));
        return QRectF(x0, y + 4, x1 - x0, RowHeight - 8);
    }
    return {};
}

int TimelineLanes::barAt(QPointF pos) const
{
    const int row = static_cast<int>((pos.y() - HeaderTop) / RowHeight);
    if (pos.y() < HeaderTop || row < 0 || row >= static_cast<int>(m_rows.size()))
        return -1;
    return m_rows[static_cast<size_t>(row)].bar;
}

void TimelineLanes::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), palette().base());
    const QFontMetrics fm(font());
    if (m_bars.isEmpty()) {
        p.setPen(palette().placeholderText().color());
        p.drawText(rect().adjusted(12, 0, -12, 0), Qt::AlignCenter | Qt::TextWordWrap,
                   tr("Select an entity on the canvas (Ctrl+click for several) to see its "
                      "relations in time."));
        return;
    }
    // The key to the markers and to the honest edges.
    p.setPen(palette().text().color());
    p.drawText(
        QPointF(8, fm.ascent() + 3),
        tr("◇ signed   ◆ ratified   ✕ withdrawn   ▸ in force   soft edge = year or month only"));

    for (int y = (m_axis.first() + 9) / 10 * 10; y <= m_axis.last(); y += 10) // decade grid
        p.fillRect(QRectF(m_axis.xFor(y), HeaderTop, 1, height() - HeaderTop), QColor(0, 0, 0, 16));

    for (size_t row = 0; row < m_rows.size(); ++row) {
        const double y = HeaderTop + row * RowHeight;
        const Row& r = m_rows[row];
        if (r.bar < 0) {
            QFont bold = font();
            bold.setBold(true);
            p.setFont(bold);
            p.setPen(palette().text().color());
            p.drawText(QPointF(8, y + RowHeight - 6), r.header);
            p.setFont(font());
            p.fillRect(QRectF(8, y + RowHeight - 1, width() - 16, 1), QColor(0, 0, 0, 40));
            continue;
        }
        const TimeLaneBar& bar = m_bars[r.bar];
        // Under a kind's header the kind goes without saying; with several entities, say whose.
        QString text = m_groupByKind && !bar.other.isEmpty() ? bar.other : bar.label;
        if (m_multipleEntities)
            text = QStringLiteral("%1: %2").arg(bar.entity, text);
        const QString name = fm.elidedText(text, Qt::ElideRight, TimeAxis::LabelColumn - 20);
        p.setPen(palette().text().color());
        p.drawText(QPointF(14, y + RowHeight - 6), name);

        const QRectF box = barRect(bar.relation);
        QColor c = KindStyle::relationColour(bar.colour);
        // Soft edges where the date is coarse or unknown: the bar fades over the span the date
        // may stand for, instead of pretending to a precise day.
        const double softStart =
            bar.start.isNull() ? 24.0 : std::max(0.0, m_axis.xFor(endOf(bar.start)) - box.left());
        const double softEnd = bar.end.isNull() ? 0.0
                               : bar.censored
                                   ? 24.0
                                   : std::max(0.0, box.right() - m_axis.xFor(startOf(bar.end)));
        const bool precise =
            !bar.start.isNull() && bar.start.precision() == PartialDate::Precision::Day;
        QLinearGradient g(box.left(), 0, box.right(), 0);
        QColor faint = c;
        faint.setAlphaF(0.1);
        const double w = std::max(1.0, box.width());
        g.setColorAt(0, precise ? c : faint);
        g.setColorAt(std::clamp(softStart / w, 0.0, 0.5), c);
        g.setColorAt(std::clamp(1 - softEnd / w, 0.5, 1.0), c);
        g.setColorAt(1, softEnd > 0 ? faint : c);
        p.setPen(Qt::NoPen);
        p.setBrush(g);
        p.drawRoundedRect(box, 3, 3);
        if (bar.relation == m_current) {
            p.setPen(QPen(KindStyle::selectionColour(), 2));
            p.setBrush(Qt::NoBrush);
            p.drawRoundedRect(box.adjusted(-1, -1, 1, 1), 3, 3);
        }
        for (const TimeLaneBar::Marker& m : bar.markers) {
            if (m.date.isNull())
                continue;
            const QPointF at(m_axis.xFor((startOf(m.date) + endOf(m.date)) / 2), box.center().y());
            p.setPen(QPen(QColor(0x22, 0x22, 0x22), 1.3));
            QPainterPath diamond;
            diamond.moveTo(at + QPointF(0, -5));
            diamond.lineTo(at + QPointF(5, 0));
            diamond.lineTo(at + QPointF(0, 5));
            diamond.lineTo(at + QPointF(-5, 0));
            diamond.closeSubpath();
            if (m.what == QLatin1String("signed")) {
                p.setBrush(Qt::white);
                p.drawPath(diamond);
            } else if (m.what == QLatin1String("ratified")) {
                p.setBrush(QColor(0x22, 0x22, 0x22));
                p.drawPath(diamond);
            } else if (m.what == QLatin1String("withdrawn")) {
                p.drawLine(at + QPointF(-4, -4), at + QPointF(4, 4));
                p.drawLine(at + QPointF(-4, 4), at + QPointF(4, -4));
            } else {
                QPainterPath tri;
                tri.moveTo(at + QPointF(-3, -5));
                tri.lineTo(at + QPointF(4, 0));
                tri.lineTo(at + QPointF(-3, 5));
                tri.closeSubpath();
                p.setBrush(QColor(0x22, 0x22, 0x22));
                p.drawPath(tri);
            }
        }
    }
    if (m_asOf) {
        const double x = m_axis.xFor(m_asOf + 0.5);
        p.setPen(QPen(QColor(0x22, 0x22, 0x22), 2));
        p.drawLine(QPointF(x, HeaderTop), QPointF(x, height()));
    }
}

bool TimelineLanes::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int b = barAt(help->pos());
        if (b >= 0)
            QToolTip::showText(help->globalPos(), m_bars[b].tooltip, this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void TimelineLanes::mousePressEvent(QMouseEvent* event)
{
    const int b = barAt(event->position());
    if (event->button() == Qt::LeftButton && b >= 0) {
        setCurrentRelation(m_bars[b].relation);
        emit relationClicked(m_bars[b].relation);
    }
}

} // namespace entente
