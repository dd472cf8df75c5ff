#include "graphpatch.h"

#include "knowledgegraph.h"

#include <QHash>
#include <QSet>
#include <algorithm>
#include <stdexcept>

namespace entente {

namespace {

/** The summary fields the graph keeps; the rest stays in the store (see Entity). */
Entity summaryOf(const Entity& e)
{
    Entity s = e;
    s.description.clear();
    s.attributes.clear();
    s.sources.clear();
    s.citations.clear();
    return s;
}

/** What happens to an old relation. */
enum class Fate : char
{
    Keep,
    Gone,
    Replaced,
    Moved
};

/** An arc that is not copied from an old row: a new relation's, or a moved one's. */
struct ExtraArc
{
    std::uint32_t vertex;   ///< new index of the row it goes to
    std::uint32_t relation; ///< new relation index
    std::uint32_t other;
    bool forward;
    bool operator<(const ExtraArc& o) const
    {
        return vertex != o.vertex ? vertex < o.vertex : relation < o.relation;
    }
};

using Column = std::vector<GraphAdapter::Vertex>;
using Rows = std::vector<std::uint32_t>;
using Props = std::vector<ArcProperty>;

} // namespace

/** Everything an edit does to the graph, worked out before anything is changed. */
struct GraphPatch::Plan
{
    RelationKindVocabulary vocabulary;
    int oldV = 0;
    int oldE = 0;
    int newV = 0;
    int firstShifted = 0; ///< first deleted vertex (oldV when none)
    bool relationsRemoved = false;
    int firstGone = 0; ///< lowest removed relation index (oldE when none)
    int lastKept = -1; ///< highest surviving relation index
    std::vector<char> vertexGone;
    QHash<int, const Entity*> replacedEntities; ///< by old vertex
    QList<const Entity*> addedEntities;
    QHash<QString, int> addedVertex;
    std::vector<Fate> fate;
    QHash<int, RelationEdge> replacedEdges; ///< by old relation index
    QList<QPair<QString, RelationEdge>> appended;
    std::vector<int> vertexMap;
    std::vector<int> relationMap;
    std::vector<ExtraArc> extras;
};

GraphPatch::Plan GraphPatch::plan(const KnowledgeGraph& graph, const GraphChange& change)
{
    Plan p;
    p.vocabulary = graph.vocabulary();
    for (const RelationKind& k : change.relationKinds)
        p.vocabulary.add(k);
    p.oldV = graph.entityCount();
    p.oldE = graph.relationCount();

    // Entities: which old vertices go, which are replaced, which ids are new.
    p.vertexGone.assign(static_cast<size_t>(p.oldV), 0);
    const QSet<QString> deletedEntityIds(change.deletedEntities.cbegin(),
                                         change.deletedEntities.cend());
    for (const QString& id : change.deletedEntities)
        if (const int v = graph.indexOf(id); v >= 0)
            p.vertexGone[static_cast<size_t>(v)] = 1;
    for (const Entity& e : change.entities) {
        if (deletedEntityIds.contains(e.id))
            continue;
        if (const int v = graph.indexOf(e.id); v >= 0) {
            p.replacedEntities.insert(v, &e);
            continue;
        }
        auto same = std::find_if(p.addedEntities.begin(), p.addedEntities.end(),
                                 [&](const Entity* a) { return a->id == e.id; });
        if (same != p.addedEntities.end())
            *same = &e; // the last upsert of an id wins, as in the store
        else
            p.addedEntities << &e;
    }
    p.vertexMap.assign(static_cast<size_t>(p.oldV), -1);
    p.firstShifted = p.oldV;
    for (int v = 0; v < p.oldV; ++v) {
        if (p.vertexGone[static_cast<size_t>(v)]) {
            p.firstShifted = std::min(p.firstShifted, v);
            continue;
        }
        p.vertexMap[static_cast<size_t>(v)] = p.newV++;
    }
    for (const Entity* e : p.addedEntities)
        p.addedVertex.insert(e->id, p.newV++);
    auto newVertexOf = [&](const QString& id) -> int {
        if (const int v = graph.indexOf(id); v >= 0)
            return p.vertexMap[static_cast<size_t>(v)];
        return p.addedVertex.value(id, -1);
    };

    // Relations: one scan finds the old index of every id the change names (compared by
    // length first, so it is cheap), and the arcs of deleted entities take their relations.
    p.fate.assign(static_cast<size_t>(p.oldE), Fate::Keep);
    QHash<QString, int> named;
    for (const Relation& r : change.relations)
        named.insert(r.id, -1);
    for (const QString& id : change.deletedRelations)
        named.insert(id, -1);
    if (!named.isEmpty()) {
        QSet<qsizetype> lengths;
        for (auto it = named.cbegin(); it != named.cend(); ++it)
            lengths.insert(it.key().size());
        for (int r = 0; r < p.oldE; ++r) {
            const QString& id = graph.relationId(r);
            if (lengths.contains(id.size()))
                if (auto it = named.find(id); it != named.end())
                    *it = r;
        }
    }
    for (int v = 0; v < p.oldV; ++v)
        if (p.vertexGone[static_cast<size_t>(v)])
            graph.forEachIncident(
                v, [&](std::uint32_t r, std::uint32_t, bool) { p.fate[r] = Fate::Gone; });
    for (const QString& id : change.deletedRelations)
        if (const int r = named.value(id, -1); r >= 0)
            p.fate[static_cast<size_t>(r)] = Fate::Gone;
    const QSet<QString> deletedRelationIds(change.deletedRelations.cbegin(),
                                           change.deletedRelations.cend());

    // The new edges of upserted relations, resolved against the new vertex numbering.
    for (const Relation& r : change.relations) {
        if (deletedRelationIds.contains(r.id))
            continue;
        if (deletedEntityIds.contains(r.source) || deletedEntityIds.contains(r.target)) {
            // The store deletes entities after upserts, taking such a relation along.
            if (const int at = named.value(r.id, -1); at >= 0)
                p.fate[static_cast<size_t>(at)] = Fate::Gone;
            continue;
        }
        const int kind = p.vocabulary.indexOf(r.kind);
        if (kind < 0)
            throw std::invalid_argument("relation " + r.id.toStdString() + " has unknown kind " +
                                        r.kind.toStdString());
        const int s = newVertexOf(r.source);
        const int t = newVertexOf(r.target);
        if (s < 0 || t < 0)
            throw std::invalid_argument("relation " + r.id.toStdString() +
                                        " joins an entity that does not exist");
        RelationEdge e;
        e.source = static_cast<std::uint32_t>(s);
        e.target = static_cast<std::uint32_t>(t);
        e.kind = static_cast<std::uint16_t>(kind);
        e.start = r.interval.start();
        e.end = r.interval.end();
        e.unsourced = r.sources.isEmpty();
        if (const int at = named.value(r.id, -1); at >= 0) {
            // Explicit deletions were skipped above, so a Gone here only went with a deleted
            // endpoint; moved away from it (a merge), it survives, as it does in the store.
            const RelationEdge& old = graph.relation(at);
            const bool moved = p.vertexMap[old.source] != s || p.vertexMap[old.target] != t;
            p.fate[static_cast<size_t>(at)] = moved ? Fate::Moved : Fate::Replaced;
            p.replacedEdges.insert(at, e);
        } else {
            auto same = std::find_if(p.appended.begin(), p.appended.end(),
                                     [&](const auto& a) { return a.first == r.id; });
            if (same != p.appended.end())
                same->second = e;
            else
                p.appended.append({r.id, e});
        }
    }

    // New relation indexes: survivors compacted in order, new ones at the end; the arcs that
    // are not copied from old rows (new and moved relations) sorted by row and relation.
    p.relationMap.assign(static_cast<size_t>(p.oldE), -1);
    int next = 0;
    auto addArcs = [&](const RelationEdge& e, std::uint32_t index) {
        p.extras.push_back({e.source, index, e.target, true});
        p.extras.push_back({e.target, index, e.source, false});
    };
    p.firstGone = p.oldE;
    for (int r = 0; r < p.oldE; ++r) {
        const Fate f = p.fate[static_cast<size_t>(r)];
        if (f == Fate::Gone) {
            p.relationsRemoved = true;
            p.firstGone = std::min(p.firstGone, r);
            continue;
        }
        p.lastKept = r;
        if (f == Fate::Moved)
            addArcs(p.replacedEdges[r], static_cast<std::uint32_t>(next));
        p.relationMap[static_cast<size_t>(r)] = next++;
    }
    for (const auto& a : std::as_const(p.appended))
        addArcs(a.second, static_cast<std::uint32_t>(next++));
    std::sort(p.extras.begin(), p.extras.end());
    return p;
}

void GraphPatch::buildRows(const KnowledgeGraph& graph, const Plan& p, Rows& rows, Column& column,
                           Props& props)
{
    // Each surviving row is copied without its dropped arcs, with the extra arcs merged in by
    // relation index (rows are ordered by relation, as a fresh build makes them).
    const auto& old = graph.m_adapter.m_graph.m_forward;
    const bool identity = p.firstShifted == p.oldV;
    std::vector<int> oldOf(static_cast<size_t>(p.newV), -1);
    for (int v = 0; v < p.oldV; ++v)
        if (const int nv = p.vertexMap[static_cast<size_t>(v)]; nv >= 0)
            oldOf[static_cast<size_t>(nv)] = v;
    const size_t arcs = (static_cast<size_t>(p.oldE) + static_cast<size_t>(p.appended.size())) * 2;
    rows.assign(static_cast<size_t>(p.newV) + 1, 0);
    column.clear();
    props.clear();
    column.reserve(arcs);
    props.reserve(arcs);
    size_t x = 0;
    auto pushExtra = [&] {
        column.push_back(p.extras[x].other);
        props.push_back({p.extras[x].relation, p.extras[x].forward});
        ++x;
    };
    for (int nv = 0; nv < p.newV; ++nv) {
        rows[static_cast<size_t>(nv)] = static_cast<std::uint32_t>(column.size());
        const auto row = static_cast<std::uint32_t>(nv);
        if (const int ov = oldOf[static_cast<size_t>(nv)]; ov >= 0) {
            const auto end = old.m_rowstart[static_cast<size_t>(ov) + 1];
            for (auto a = old.m_rowstart[static_cast<size_t>(ov)]; a < end; ++a) {
                const ArcProperty& arc = old.m_edge_properties[a];
                const Fate f = p.fate[arc.relation];
                if (f == Fate::Gone || f == Fate::Moved)
                    continue;
                const auto nr = static_cast<std::uint32_t>(p.relationMap[arc.relation]);
                while (x < p.extras.size() && p.extras[x].vertex == row &&
                       p.extras[x].relation < nr)
                    pushExtra();
                const auto other = old.m_column[a];
                column.push_back(identity ? other : static_cast<std::uint32_t>(p.vertexMap[other]));
                props.push_back({nr, arc.forward});
            }
        }
        while (x < p.extras.size() && p.extras[x].vertex == row)
            pushExtra();
    }
    rows[static_cast<size_t>(p.newV)] = static_cast<std::uint32_t>(column.size());
}

void GraphPatch::appendArcs(const Plan& p, Rows& rows, Column& column, Props& props)
{
    rows.resize(static_cast<size_t>(p.newV) + 1, rows.back()); // new vertices: empty rows
    const size_t k = p.extras.size();
    if (k == 0)
        return;
    column.resize(column.size() + k);
    props.resize(props.size() + k);
    size_t shift = k; // extras in this row and the rows after it
    size_t x = k;
    for (int v = p.newV - 1; v >= 0 && shift > 0; --v) {
        const auto row = static_cast<std::uint32_t>(v);
        size_t c = 0;
        while (c < x && p.extras[x - 1 - c].vertex == row)
            ++c;
        const size_t begin = rows[static_cast<size_t>(v)];
        const size_t end = rows[static_cast<size_t>(v) + 1];
        if (shift > c) {
            std::move_backward(column.begin() + static_cast<std::ptrdiff_t>(begin),
                               column.begin() + static_cast<std::ptrdiff_t>(end),
                               column.begin() + static_cast<std::ptrdiff_t>(end + shift - c));
            std::move_backward(props.begin() + static_cast<std::ptrdiff_t>(begin),
                               props.begin() + static_cast<std::ptrdiff_t>(end),
                               props.begin() + static_cast<std::ptrdiff_t>(end + shift - c));
        }
        for (size_t i = 0; i < c; ++i) {
            const ExtraArc& a = p.extras[x - c + i];
            column[end + shift - c + i] = a.other;
            props[end + shift - c + i] = {a.relation, a.forward};
        }
        rows[static_cast<size_t>(v) + 1] = static_cast<std::uint32_t>(end + shift);
        x -= c;
        shift -= c;
    }
}

GraphPatch::Result GraphPatch::apply(const KnowledgeGraph& graph, const GraphChange& change)
{
    Plan p = plan(graph, change);
    Result out;
    out.graph = std::make_shared<KnowledgeGraph>();
    KnowledgeGraph& g = *out.graph;

    GraphAdapter::BoostGraph csr(static_cast<GraphAdapter::Vertex>(p.newV));
    buildRows(graph, p, csr.m_forward.m_rowstart, csr.m_forward.m_column,
              csr.m_forward.m_edge_properties);
    g.m_adapter.m_graph = std::move(csr);

    // Entities and the id → vertex map: an edit that deletes nothing keeps every index, so
    // the map is shared and only extended.
    g.m_entities.reserve(static_cast<size_t>(p.newV));
    for (int v = 0; v < p.oldV; ++v)
        if (!p.vertexGone[static_cast<size_t>(v)]) {
            const auto up = p.replacedEntities.constFind(v);
            g.m_entities.push_back(up == p.replacedEntities.constEnd() ? graph.entity(v)
                                                                       : summaryOf(**up));
        }
    for (const Entity* e : std::as_const(p.addedEntities))
        g.m_entities.push_back(summaryOf(*e));
    g.m_adapter.m_vertexOf = graph.m_adapter.m_vertexOf;
    updateVertexIds(graph, p, change, g.m_adapter.m_vertexOf);

    const bool identity = p.firstShifted == p.oldV;
    const size_t newE = static_cast<size_t>(p.oldE) + static_cast<size_t>(p.appended.size());
    g.m_relations.reserve(newE);
    g.m_relationIds.reserve(newE);
    for (int r = 0; r < p.oldE; ++r) {
        const Fate f = p.fate[static_cast<size_t>(r)];
        if (f == Fate::Gone)
            continue;
        RelationEdge e = f == Fate::Keep ? graph.relation(r) : p.replacedEdges.value(r);
        if (f == Fate::Keep && !identity) {
            e.source = static_cast<std::uint32_t>(p.vertexMap[e.source]);
            e.target = static_cast<std::uint32_t>(p.vertexMap[e.target]);
        }
        g.m_relations.push_back(e);
        g.m_relationIds.push_back(graph.relationId(r));
    }
    for (const auto& [id, e] : std::as_const(p.appended)) {
        g.m_relations.push_back(e);
        g.m_relationIds.push_back(id);
    }
    g.m_vocabulary = std::move(p.vocabulary);
    out.vertexMap = std::move(p.vertexMap);
    out.relationMap = std::move(p.relationMap);
    return out;
}

void GraphPatch::updateVertexIds(const KnowledgeGraph& before, const Plan& p,
                                 const GraphChange& change,
                                 QHash<QString, GraphAdapter::Vertex>& map)
{
    if (p.firstShifted < p.oldV) {
        for (const QString& id : change.deletedEntities)
            map.remove(id);
        for (int v = p.firstShifted; v < p.oldV; ++v)
            if (const int nv = p.vertexMap[static_cast<size_t>(v)]; nv >= 0)
                map[before.entity(v).id] = static_cast<GraphAdapter::Vertex>(nv);
    }
    for (auto it = p.addedVertex.cbegin(); it != p.addedVertex.cend(); ++it)
        map.insert(it.key(), static_cast<GraphAdapter::Vertex>(it.value()));
}

void GraphPatch::check(const KnowledgeGraph& graph, const GraphChange& change)
{
    plan(graph, change);
}

GraphPatch::Result GraphPatch::applyInPlace(std::shared_ptr<KnowledgeGraph> graph,
                                            const GraphChange& change)
{
    KnowledgeGraph& g = *graph;
    Plan p = plan(g, change);
    // The id → relation index, if someone built it, follows appends; after a removal every
    // later index shifts, so such an edit takes the copying path, which starts a fresh index.
    if (p.relationsRemoved && !g.m_relationIndex.isEmpty())
        return apply(g, change);

    // The rows go to buffers kept from the previous edit and are swapped in: the graph's old
    // row arrays become the buffers of the next one, so no graph-sized memory is allocated
    // (and faulted in) per edit.
    auto& csr = g.m_adapter.m_graph.m_forward;
    const bool movesArcs =
        std::any_of(p.fate.cbegin(), p.fate.cend(), [](Fate f) { return f == Fate::Moved; });
    if (!p.relationsRemoved && p.firstShifted == p.oldV && !movesArcs) {
        // The common edit only adds (or changes a record in place): every old arc keeps its
        // place and number, and new relations, having the highest indexes, go at the ends of
        // their rows. The rows are opened from the back, one shift per row, with no copy.
        appendArcs(p, csr.m_rowstart, csr.m_column, csr.m_edge_properties);
    } else if (p.firstShifted == p.oldV && !movesArcs && p.extras.empty() &&
               p.firstGone > p.lastKept) {
        // Only the newest relations go (the undo of an add): no other arc changes its number,
        // so the rows are closed up in place, touching only the rows after the first gap.
        std::vector<char> dirty(static_cast<size_t>(p.oldV), 0);
        for (int r = p.firstGone; r < p.oldE; ++r) {
            dirty[g.m_relations[static_cast<size_t>(r)].source] = 1;
            dirty[g.m_relations[static_cast<size_t>(r)].target] = 1;
        }
        auto& rows = csr.m_rowstart;
        auto& column = csr.m_column;
        auto& props = csr.m_edge_properties;
        size_t w = 0;
        size_t readBegin = 0;
        for (int v = 0; v < p.oldV; ++v) {
            const size_t readEnd = rows[static_cast<size_t>(v) + 1];
            rows[static_cast<size_t>(v)] = static_cast<std::uint32_t>(w);
            if (!dirty[static_cast<size_t>(v)]) {
                if (w != readBegin) {
                    std::move(column.begin() + static_cast<std::ptrdiff_t>(readBegin),
                              column.begin() + static_cast<std::ptrdiff_t>(readEnd),
                              column.begin() + static_cast<std::ptrdiff_t>(w));
                    std::move(props.begin() + static_cast<std::ptrdiff_t>(readBegin),
                              props.begin() + static_cast<std::ptrdiff_t>(readEnd),
                              props.begin() + static_cast<std::ptrdiff_t>(w));
                }
                w += readEnd - readBegin;
            } else {
                for (size_t a = readBegin; a < readEnd; ++a)
                    if (p.fate[props[a].relation] != Fate::Gone) {
                        column[w] = column[a];
                        props[w] = props[a];
                        ++w;
                    }
            }
            readBegin = readEnd;
        }
        rows[static_cast<size_t>(p.oldV)] = static_cast<std::uint32_t>(w);
        rows.resize(static_cast<size_t>(p.newV) + 1, static_cast<std::uint32_t>(w));
        column.resize(w);
        props.resize(w);
    } else {
        thread_local Rows rows;
        thread_local Column column;
        thread_local Props props;
        buildRows(g, p, rows, column, props);
        csr.m_rowstart.swap(rows);
        csr.m_column.swap(column);
        csr.m_edge_properties.swap(props);
    }

    updateVertexIds(g, p, change, g.m_adapter.m_vertexOf); // reads ids at their old indexes
    int w = 0;
    for (int v = 0; v < p.oldV; ++v) {
        if (p.vertexGone[static_cast<size_t>(v)])
            continue;
        auto& slot = g.m_entities[static_cast<size_t>(w)];
        if (const auto up = p.replacedEntities.constFind(v); up != p.replacedEntities.constEnd())
            slot = summaryOf(**up);
        else if (w != v)
            slot = std::move(g.m_entities[static_cast<size_t>(v)]);
        ++w;
    }
    g.m_entities.resize(static_cast<size_t>(w));
    for (const Entity* e : std::as_const(p.addedEntities))
        g.m_entities.push_back(summaryOf(*e));

    const bool identity = p.firstShifted == p.oldV;
    // With vertex numbers kept, relations before the first removal stay where they are: only
    // replaced ones are written there, and compaction starts at the first gap.
    const int from = identity ? std::min(p.firstGone, p.oldE) : 0;
    for (auto it = p.replacedEdges.cbegin(); it != p.replacedEdges.cend(); ++it)
        if (it.key() < from)
            g.m_relations[static_cast<size_t>(it.key())] = it.value();
    w = from;
    for (int r = from; r < p.oldE; ++r) {
        const Fate f = p.fate[static_cast<size_t>(r)];
        if (f == Fate::Gone)
            continue;
        RelationEdge e =
            f == Fate::Keep ? g.m_relations[static_cast<size_t>(r)] : p.replacedEdges.value(r);
        if (f == Fate::Keep && !identity) {
            e.source = static_cast<std::uint32_t>(p.vertexMap[e.source]);
            e.target = static_cast<std::uint32_t>(p.vertexMap[e.target]);
        }
        g.m_relations[static_cast<size_t>(w)] = e;
        if (w != r)
            g.m_relationIds[static_cast<size_t>(w)] =
                std::move(g.m_relationIds[static_cast<size_t>(r)]);
        ++w;
    }
    g.m_relations.resize(static_cast<size_t>(w));
    g.m_relationIds.resize(static_cast<size_t>(w));
    const bool indexed = !g.m_relationIndex.isEmpty();
    for (const auto& [id, e] : std::as_const(p.appended)) {
        if (indexed)
            g.m_relationIndex.insert(id, static_cast<int>(g.m_relations.size()));
        g.m_relations.push_back(e);
        g.m_relationIds.push_back(id);
    }
    g.m_vocabulary = std::move(p.vocabulary);

    Result out;
    out.graph = std::move(graph);
    out.vertexMap = std::move(p.vertexMap);
    out.relationMap = std::move(p.relationMap);
    return out;
}

} // namespace entente
