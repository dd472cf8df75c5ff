#pragma once

class QIODevice;

namespace entente {

struct ExportOptions;
struct GraphSnapshot;

/**
 * Writes GraphML with typed keys: every entity field (label, kind, category, aliases,
 * description, region, country, start, end, sources) and free attribute is a `<data>`;
 * edges of undirected kinds say directed="false". GraphmlReader reads it back unchanged.
 */
class GraphmlWriter
{
public:
    static void write(const GraphSnapshot& snapshot, QIODevice& device, const ExportOptions& options);
};

} // namespace entente
