#pragma once

#include "core/dateinterval.h"

#include <cstdint>

namespace entente {

/**
 * The compact in-memory form of a relation: endpoints as vertex indexes, kind as a vocabulary
 * index, its interval and whether it cites a source. Twenty bytes, so ten million fit; the rest of
 * a relation (attributes, sources, note) stays in the store until someone asks.
 */
struct RelationEdge
{
    std::uint32_t source = 0;
    std::uint32_t target = 0;
    std::uint16_t kind = 0;
    PartialDate start;
    PartialDate end;
    bool unsourced = false; ///< cites no source (fits the padding: the struct stays 20 bytes)

    DateInterval interval() const { return {start, end}; }
};

} // namespace entente
