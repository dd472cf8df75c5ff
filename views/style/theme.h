#pragma once

#include "core/entitykind.h"

#include <QColor>
#include <QString>
#include <QStringList>

namespace entente {

/**
 * One set of canvas colours: background, text, label plates, the four entity kinds, how
 * strongly edges show, and the selection and compare colours. The current theme is process-wide
 * (KindStyle reads it), so the canvas, the legend and diagram exports always agree.
 *
 * Kinds use the Okabe–Ito palette (Okabe & Ito 2008), chosen because its eight hues stay
 * distinguishable under protanopia, deuteranopia and tritanopia and are printable; the dark theme
 * uses lighter tints of the same hues so they keep their contrast on a dark ground, and the print
 * theme darker ones plus black text on white, so a greyscale copy still separates kinds by
 * lightness and shape.
 */
class Theme
{
public:
    enum class Id
    {
        Light,
        Dark,
        Print
    };

    Id id = Id::Light;
    QColor background;
    QColor text;
    QColor mutedText;   ///< footers, credits, secondary captions
    QColor labelPlate;  ///< the rounded box behind a node's label
    QColor nodeOutline; ///< mixed into the outline of every node (darker on light grounds)
    QColor kinds[4];    ///< actor, organisation, treaty, mechanism
    QColor selection;
    QColor added;
    QColor removed;
    double edgeAlpha = 0.45; ///< opacity of an ordinary relation at full zoom
    bool darkGround = false;

    static Theme light();
    static Theme dark();
    static Theme print();
    static Theme forId(Id id);

    /** "light", "dark" or "print". */
    static QString name(Id id);
    static bool fromName(const QString& name, Id* out);
    static QStringList names();

    /** The theme everything draws with now (light until set). */
    static const Theme& current();
    static void setCurrent(Id id);

    QColor kindColour(EntityKind kind) const;
    /**
     * A relation kind's colour adjusted to the ground: the vocabulary's colours are chosen for a
     * light background, so on the dark theme they are lifted, on print deepened.
     */
    QColor adaptRelationColour(const QColor& colour) const;
};

} // namespace entente
