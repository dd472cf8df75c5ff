#pragma once

#include "core/entitykind.h"

#include <QColor>
#include <QPainterPath>
#include <QString>
#include <Qt>

namespace entente {

/**
 * How entity kinds look: a shape and a colour each, from the current Theme (Okabe–Ito based, so
 * the four kinds stay distinct for colour-blind readers), a tint per category, a dash per
 * relation kind, and the theme's canvas colours. One place, so canvas, legend and exports never
 * disagree.
 */
class KindStyle
{
public:
    static QColor colour(EntityKind kind);
    /** A shape of the given radius centred on the origin. */
    static QPainterPath shape(EntityKind kind, double radius);
    /** Parses "#RRGGBB", falling back to grey. */
    static QColor relationColour(const QString& hex);

    /** A colour per group (communities): eight distinct colour-blind-safe hues, then lighter
     * rounds. */
    static QColor groupColour(int group);

    /**
     * The kind's colour tinted by category: categories of one kind (state, party, person…)
     * share the hue and differ a little in lightness, so the kind still reads first.
     */
    static QColor tinted(EntityKind kind, const QString& category);
    /** The outline drawn around a node of the given fill. */
    static QColor outline(const QColor& fill);
    /**
     * The line style of a relation kind: solid for most, dashed or dotted for kinds that are
     * not ties of membership or participation (alliances, taxonomy, succession, coalitions),
     * so they stay apart in greyscale prints.
     */
    static Qt::PenStyle dash(const QString& relationKindId);

    static QColor background();
    static QColor labelColour();
    static QColor labelPlate();
    static QColor selectionColour();
    /** Comparing two dates: relations that appeared (Okabe–Ito bluish green) and ended
     * (vermillion). */
    static QColor addedColour();
    static QColor removedColour();
};

} // namespace entente
