#pragma once

#include "core/entitykind.h"

#include <QColor>
#include <QPainterPath>
#include <QString>

namespace entente {

/**
 * How entity kinds look: a shape and a colour each, from the Okabe–Ito palette so the four
 * kinds stay distinct for colour-blind readers, and the light theme's canvas colours. One
 * place, so canvas, legend and exports never disagree.
 */
class KindStyle
{
public:
    static QColor colour(EntityKind kind);
    /** A shape of the given radius centred on the origin. */
    static QPainterPath shape(EntityKind kind, double radius);
    /** Parses "#RRGGBB", falling back to grey. */
    static QColor relationColour(const QString& hex);

    /** A colour per group (communities): eight distinct colour-blind-safe hues, then lighter rounds. */
    static QColor groupColour(int group);

    static QColor background() { return QColor(0xfa, 0xfa, 0xf7); }
    static QColor labelColour() { return QColor(0x22, 0x22, 0x22); }
    static QColor selectionColour() { return QColor(0xd5, 0x5e, 0x00); }
    /** Comparing two dates: relations that appeared (Okabe–Ito bluish green) and ended (vermillion). */
    static QColor addedColour() { return QColor(0x00, 0x9e, 0x73); }
    static QColor removedColour() { return QColor(0xd5, 0x5e, 0x00); }
};

} // namespace entente
