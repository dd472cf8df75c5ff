#pragma once

#include "filtercriteria.h"
#include "filterfacts.h"

#include <QHash>
#include <QString>
#include <vector>

namespace entente {

class KnowledgeGraph;

/**
 * Evaluates FilterCriteria on a graph in one pass over entities and one over relations (plus
 * a breadth-first search for the ego part). A relation passes when its kind and time pass and
 * both its ends pass; the degree range counts the relations that pass.
 */
class GraphFilter
{
public:
    struct Result
    {
        std::vector<char> vertexPasses;
        std::vector<char> relationPasses;
        int vertices = 0;
        int relations = 0;
    };

    /**
     * `metrics` maps a metric name to one value per vertex (for metric thresholds); `facts`
     * answers the tag part (without it a tag filter lets nothing through).
     */
    static Result apply(const KnowledgeGraph& graph, const FilterCriteria& criteria,
                        const QHash<QString, std::vector<double>>& metrics = {},
                        const FilterFacts* facts = nullptr);
};

} // namespace entente
