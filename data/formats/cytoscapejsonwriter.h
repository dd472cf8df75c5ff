#pragma once

class QIODevice;

namespace entente {

struct ExportOptions;
struct GraphSnapshot;

/**
 * Writes Cytoscape.js JSON (`elements: {nodes, edges}`, also what Cytoscape desktop imports
 * as .cyjs): every field and free attribute in `data` with its JSON type, a `color` by entity
 * kind for styling, `directed` per edge, and positions from the view. JsonGraphReader reads
 * it back unchanged.
 */
class CytoscapeJsonWriter
{
public:
    static void write(const GraphSnapshot& snapshot, QIODevice& device, const ExportOptions& options);
};

} // namespace entente
