#pragma once

class QIODevice;

namespace entente {

struct ExportOptions;
struct GraphSnapshot;

/**
 * Writes GEXF 1.3 for Gephi: a dynamic graph with `timeformat="date"` whose entity and relation
 * intervals are spells (so the file plays in Gephi's timeline), declared attributes for every
 * field and free attribute, relation kinds in the edges' `kind`, `viz:color` by entity kind and
 * `viz:position` from the view. GexfReader reads it back unchanged.
 */
class GexfWriter
{
public:
    static void write(const GraphSnapshot& snapshot, QIODevice& device, const ExportOptions& options);
};

} // namespace entente
