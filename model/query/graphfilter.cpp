#include "graphfilter.h"

#include "graph/knowledgegraph.h"
#include "neighbourhood.h"
#include "pathconstraints.h"

#include <thread>

namespace entente {

GraphFilter::Result GraphFilter::apply(const KnowledgeGraph& graph, const FilterCriteria& f,
                                       const QHash<QString, std::vector<double>>& metrics,
                                       const FilterFacts* facts)
{
    const auto n = static_cast<size_t>(graph.entityCount());
    const auto m = static_cast<size_t>(graph.relationCount());
    Result out;
    out.vertexPasses.assign(n, 1);
    out.relationPasses.assign(m, 1);

    std::vector<char> kindPasses(static_cast<size_t>(graph.vocabulary().size()), 1);
    if (!f.relationKinds.isEmpty())
        for (int k = 0; k < graph.vocabulary().size(); ++k)
            kindPasses[static_cast<size_t>(k)] = f.relationKinds.contains(graph.vocabulary().at(k).id);

    const QString text = f.text.trimmed();
    for (size_t v = 0; v < n; ++v) {
        const Entity& e = graph.entity(static_cast<int>(v));
        bool ok = (f.entityKinds.isEmpty() || f.entityKinds.contains(e.kind)) &&
                  (f.categories.isEmpty() || f.categories.contains(e.category)) &&
                  (f.regions.isEmpty() || f.regions.contains(e.region));
        if (ok && !f.asOf.isNull())
            ok = e.existence.contains(f.asOf);
        if (ok && f.hasWindow)
            ok = e.existence.overlaps(f.windowFrom, f.windowTo);
        if (ok && !text.isEmpty()) {
            ok = e.name.contains(text, Qt::CaseInsensitive) || e.id.contains(text, Qt::CaseInsensitive);
            for (qsizetype a = 0; !ok && a < e.aliases.size(); ++a)
                ok = e.aliases[a].contains(text, Qt::CaseInsensitive);
        }
        for (auto it = f.metricMin.constBegin(); ok && it != f.metricMin.constEnd(); ++it) {
            const auto values = metrics.constFind(it.key());
            ok = values != metrics.constEnd() && v < values->size() && (*values)[v] >= it.value();
        }
        out.vertexPasses[v] = ok;
    }
    // Tags: an entity passes when it carries one, or when a relation carrying one joins it.
    if (!f.tags.isEmpty()) {
        std::vector<char> tagged(n, 0);
        if (facts) {
            QSet<QString> relationIds;
            for (const QString& tag : f.tags) {
                for (const QString& id : facts->entitiesByTag.value(tag))
                    if (const int v = graph.indexOf(id); v >= 0)
                        tagged[static_cast<size_t>(v)] = 1;
                relationIds.unite(facts->relationsByTag.value(tag));
            }
            if (!relationIds.isEmpty()) {
                for (size_t r = 0; r < m; ++r)
                    if (relationIds.contains(graph.relationId(static_cast<int>(r)))) {
                        const RelationEdge& e = graph.relation(static_cast<int>(r));
                        tagged[e.source] = tagged[e.target] = 1;
                    }
            }
        }
        for (size_t v = 0; v < n; ++v)
            out.vertexPasses[v] = out.vertexPasses[v] && tagged[v];
    }
    if (!f.egoId.isEmpty()) {
        const int centre = graph.indexOf(f.egoId);
        std::vector<char> near(n, 0);
        if (centre >= 0) {
            PathConstraints c(graph);
            std::vector<int> kinds;
            for (int k = 0; k < graph.vocabulary().size(); ++k)
                if (kindPasses[static_cast<size_t>(k)] && !f.relationKinds.isEmpty())
                    kinds.push_back(k);
            c.allowRelationKinds(kinds);
            c.setAsOf(f.asOf);
            if (f.hasWindow)
                c.setWindow(f.windowFrom, f.windowTo);
            const Neighbourhood hood(graph, centre, f.egoDepth, c);
            for (int v : hood.vertices())
                near[static_cast<size_t>(v)] = 1;
        }
        for (size_t v = 0; v < n; ++v)
            out.vertexPasses[v] = out.vertexPasses[v] && near[v];
    }
    // The relation pass is the hot loop of playback (a million relations per as-of step on
    // a large project); it is split across two threads when the graph is big enough to pay
    // for one. Degrees are only counted when a degree range asks for them.
    const bool byDegree = f.minDegree > 0 || f.maxDegree != INT_MAX;
    auto relationPass = [&](size_t from, size_t to) {
        for (size_t r = from; r < to; ++r) {
            const RelationEdge& e = graph.relation(static_cast<int>(r));
            bool ok = kindPasses[e.kind] && out.vertexPasses[e.source] && out.vertexPasses[e.target];
            if (ok && !f.asOf.isNull())
                ok = e.interval().contains(f.asOf);
            if (ok && f.hasWindow)
                ok = e.interval().overlaps(f.windowFrom, f.windowTo);
            out.relationPasses[r] = ok;
        }
    };
    if (m >= 200000 && std::thread::hardware_concurrency() > 1) {
        std::thread other(relationPass, m / 2, m);
        relationPass(0, m / 2);
        other.join();
    } else {
        relationPass(0, m);
    }
    // Unsourced only: the relations that cite nothing, and the entities they join.
    if (f.unsourcedOnly) {
        std::vector<char> touched(n, 0);
        for (size_t r = 0; r < m; ++r) {
            const RelationEdge& e = graph.relation(static_cast<int>(r));
            out.relationPasses[r] = out.relationPasses[r] && e.unsourced;
            if (out.relationPasses[r]) {
                touched[e.source] = touched[e.target] = 1;
            }
        }
        for (size_t v = 0; v < n; ++v)
            out.vertexPasses[v] = out.vertexPasses[v] && touched[v];
    }
    if (byDegree) {
        std::vector<int> degree(n, 0);
        for (size_t r = 0; r < m; ++r)
            if (out.relationPasses[r]) {
                const RelationEdge& e = graph.relation(static_cast<int>(r));
                ++degree[e.source];
                ++degree[e.target];
            }
        for (size_t v = 0; v < n; ++v)
            out.vertexPasses[v] = out.vertexPasses[v] && degree[v] >= f.minDegree && degree[v] <= f.maxDegree;
        for (size_t r = 0; r < m; ++r) {
            const RelationEdge& e = graph.relation(static_cast<int>(r));
            out.relationPasses[r] = out.relationPasses[r] && out.vertexPasses[e.source] && out.vertexPasses[e.target];
        }
    }
    for (char c : out.vertexPasses)
        out.vertices += c;
    for (char c : out.relationPasses)
        out.relations += c;
    return out;
}

} // namespace entente
