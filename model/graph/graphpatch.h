#pragma once

#include "core/relationkindvocabulary.h"
#include "graphchange.h"

#include <memory>
#include <vector>

namespace entente {

class KnowledgeGraph;

/**
 * Applies a GraphChange to a knowledge graph by building a new one next to it.
 *
 * The old graph is never touched: worker threads (metrics, layout) may still read it through
 * their shared pointer, so an edit is copy-on-write. Surviving entities and relations keep
 * their relative order, so the vertex map (old index → new index, -1 when removed) is all a
 * document needs to carry positions, visibility and selection over.
 */
class GraphPatch
{
public:
    struct Result
    {
        std::shared_ptr<KnowledgeGraph> graph;
        std::vector<int> vertexMap; ///< indexed by old vertex
    };

    /** Throws std::invalid_argument when a relation names an unknown kind or endpoint. */
    static Result apply(const KnowledgeGraph& graph, const GraphChange& change);

private:
    /**
     * The common edit (nothing deleted, no relation moved to other endpoints): copies the
     * containers and the Boost graph and adds the new vertices and arcs to the copy, instead
     * of rebuilding the compressed rows. Returns false, having done nothing, for other edits.
     */
    static bool applyInPlace(const KnowledgeGraph& graph, const GraphChange& change,
                             const RelationKindVocabulary& vocabulary, Result& out);
    static Result rebuild(const KnowledgeGraph& graph, const GraphChange& change,
                          const RelationKindVocabulary& vocabulary);
};

} // namespace entente
