#include "kindstyle.h"

#include <QtMath>

namespace entente {

QColor KindStyle::colour(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Actor:
        return QColor(0x00, 0x72, 0xb2); // blue
    case EntityKind::Organisation:
        return QColor(0xe6, 0x9f, 0x00); // orange
    case EntityKind::Treaty:
        return QColor(0x00, 0x9e, 0x73); // bluish green
    case EntityKind::Mechanism:
        break;
    }
    return QColor(0xcc, 0x79, 0xa7); // reddish purple
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
        diamond << QPointF(0, -r * 1.1) << QPointF(r * 1.1, 0) << QPointF(0, r * 1.1) << QPointF(-r * 1.1, 0);
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
    static const QColor base[] = {QColor(0x44, 0x77, 0xaa), QColor(0xee, 0x66, 0x77), QColor(0x22, 0x88, 0x33),
                                  QColor(0xcc, 0xbb, 0x44), QColor(0x66, 0xcc, 0xee), QColor(0xaa, 0x33, 0x77),
                                  QColor(0x88, 0x22, 0x55), QColor(0x99, 0x99, 0x33)};
    if (group < 0)
        return QColor(0xbb, 0xbb, 0xbb);
    const QColor c = base[group % 8];
    return group < 8 ? c : c.lighter(100 + 25 * (group / 8 % 3));
}

QColor KindStyle::relationColour(const QString& hex)
{
    const QColor c = QColor::fromString(hex);
    return c.isValid() ? c : QColor(0x8c, 0x8c, 0x8c);
}

} // namespace entente
