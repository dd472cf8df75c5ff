#pragma once

#include "core/partialdate.h"

#include <QList>
#include <QString>

namespace entente {

/**
 * One bar of the timeline's lanes: a relation of a selected entity drawn from its start to its
 * end, in its kind's colour, with dated markers (signature, ratification, withdrawal …) and
 * the text shown on hover. The app fills it from the store; the lanes widget only draws it.
 */
struct TimeLaneBar
{
    struct Marker
    {
        PartialDate date;
        QString what; ///< "signed", "ratified", "withdrawn", "in force" …
    };

    int relation = -1; ///< index in the KnowledgeGraph
    QString kindId;
    QString kindLabel;     ///< lanes group by it
    QString colour;        ///< the kind's colour name from the vocabulary
    QString entity;        ///< whose lane (the selected entity's name)
    QString label;         ///< the other end, read from the entity's side: "member of NATO"
    QString other;         ///< just the other end's name, for rows under a kind header
    PartialDate start;     ///< null: since an unknown time (drawn from the left edge, faded)
    PartialDate end;       ///< null: ongoing (drawn to the right edge)
    bool censored = false; ///< the end is where the data stops, not a real end
    QList<Marker> markers;
    QString tooltip;
};

} // namespace entente
