#pragma once

#include "core/entitydetails.h"

#include <optional>

namespace entente {

class KnowledgeGraph;
class ProjectStore;

/** Assembles EntityDetails from the store (full records, sources) and the graph (names). */
class EntityDetailsLoader
{
public:
    static std::optional<EntityDetails> load(ProjectStore& store, const KnowledgeGraph& graph,
                                             const QString& entityId);
};

} // namespace entente
