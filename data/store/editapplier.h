#pragma once

#include "graph/graphpatch.h"
#include "writebatch.h"

namespace entente {

class KnowledgeGraph;
class ProjectStore;

/**
 * Makes one batch real: patches a new graph beside the current one, then writes the batch to
 * the store as one transaction. The patch comes first because it can still refuse (an unknown
 * kind) at no cost; if the write then fails, the store rolled back and the new graph is simply
 * dropped — either both change or neither does.
 */
class EditApplier
{
public:
    struct Result
    {
        GraphPatch::Result patch;
        QStringList addedEntities; ///< ids new to the graph (a view shows them)
    };

    /** Throws StoreError; then neither the store nor `graph` has changed. */
    static Result apply(ProjectStore& store, const KnowledgeGraph& graph, const WriteBatch& batch);
    /**
     * The same for a graph only the caller holds: checked first, written, then patched in
     * place (GraphPatch::applyInPlace), so a refused or failed write leaves the graph as it was.
     */
    static Result applyInPlace(ProjectStore& store, std::shared_ptr<KnowledgeGraph> graph,
                               const WriteBatch& batch);
    static GraphChange graphChangeOf(const WriteBatch& batch);
};

} // namespace entente
