#pragma once

#include "importresult.h"

#include <QString>

namespace entente {

class ProgressReporter;
class RelationKindVocabulary;

/**
 * Reads GraphML, streamed: typed `<key>` attributes with defaults (keys are told apart by id
 * and domain, as igraph reuses ids across domains), directed and undirected graphs and edges,
 * nested graphs, and the yFiles extensions of yEd and yFiles for HTML (labels become names,
 * geometry and fill become layout hints; their styling is dropped). Hyperedges are skipped.
 */
class GraphmlReader
{
public:
    static ImportResult read(const QString& path, const RelationKindVocabulary& vocabulary,
                             ProgressReporter* progress = nullptr);
};

} // namespace entente
