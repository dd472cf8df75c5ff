#include "kindstyle.h"

#include "theme.h"

#include <QtMath>

namespace entente {

QColor KindStyle::colour(EntityKind kind)
{
    return Theme::current().kindColour(kind);
}

QColor KindStyle::tinted(EntityKind kind, const QString& category)
{
    const QColor base = colour(kind);
    if (category.isEmpty())
        return base;
    // A stable step per category name: -2..2 lightness steps of 7 %.
    const int step = static_cast<int>(qHash(category) % 5) - 2;
    return step >= 0 ? base.lighter(100 + 7 * step) : base.darker(100 - 7 * step);
}

QColor KindStyle::outline(const QColor& fill)
{
    return Theme::current().darkGround ? fill.darker(160) : fill.darker(140);
}

Qt::PenStyle KindStyle::dash(const QString& id)
{
    if (id == QLatin1String("allied_with") || id == QLatin1String("coalition_with"))
        return Qt::DashLine;
    if (id == QLatin1String("is_a"))
        return Qt::DotLine;
    if (id == QLatin1String("succeeded_by"))
        return Qt::DashDotLine;
    return Qt::SolidLine;
}

QColor KindStyle::background()
{
    return Theme::current().background;
}

QColor KindStyle::labelColour()
{
    return Theme::current().text;
}

QColor KindStyle::labelPlate()
{
    return Theme::current().labelPlate;
}

QColor KindStyle::selectionColour()
{
    return Theme::current().selection;
}

QColor KindStyle::addedColour()
{
    return Theme::current().added;
}

QColor KindStyle::removedColour()
{
    return Theme::current().removed;
}

QPainterPath KindStyle::shape(EntityKind kind, double r)
{
    QPainterPath p;
    switch (kind) {
    case EntityKind::Actor:
        p.addEllipse(QPointF(0, 0), r, r);
        break;
    case EntityKind::Organisation:
        p.addRoundedRect(QRectF(-r * 0.9, -r * 0.9, r * 1.8, r * 1.8), r * 0.3, r * 0.3);
        break;
    case EntityKind::Treaty: {
        QPolygonF diamond;
        diamond << QPointF(0, -r * 1.1) << QPointF(r * 1.1, 0) << QPointF(0, r * 1.1)
                << QPointF(-r * 1.1, 0);
        p.addPolygon(diamond);
        p.closeSubpath();
        break;
    }
    case EntityKind::Mechanism: {
        QPolygonF hexagon;
        for (int i = 0; i < 6; ++i) {
            const double a = M_PI / 3.0 * i;
            hexagon << QPointF(r * std::cos(a), r * std::sin(a));
        }
        p.addPolygon(hexagon);
        p.closeSubpath();
        break;
    }
    }
    return p;
}

QColor KindStyle::groupColour(int group)
{
    // Paul Tol's "bright" scheme plus two from "muted": distinct for colour-blind readers.
    static const QColor base[] = {QColor(0x44, 0x77, 0xaa), QColor(0xee, 0x66, 0x77),
                                  QColor(0x22, 0x88, 0x33), QColor(0xcc, 0xbb, 0x44),
                                  QColor(0x66, 0xcc, 0xee), QColor(0xaa, 0x33, 0x77),
                                  QColor(0x88, 0x22, 0x55), QColor(0x99, 0x99, 0x33)};
    if (group < 0)
        return QColor(0xbb, 0xbb, 0xbb);
    const QColor c = base[group % 8];
    return group < 8 ? c : c.lighter(100 + 25 * (group / 8 % 3));
}

QColor KindStyle::relationColour(const QString& hex)
{
    const QColor c = QColor::fromString(hex);
    return Theme::current().adaptRelationColour(c.isValid() ? c : QColor(0x8c, 0x8c, 0x8c));
}

} // namespace entente
