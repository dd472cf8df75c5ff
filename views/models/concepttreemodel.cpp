#include "concepttreemodel.h"

#include "graph/graphdocument.h"
#include "style/kindicon.h"

#include <QMap>
#include <algorithm>
#include <unordered_set>

namespace entente {

namespace {

/** The vocabulary indexes of the relation kinds a concept is defined by (-1 when absent). */
struct ConceptKinds
{
    explicit ConceptKinds(const RelationKindVocabulary& v)
        : isA(v.indexOf(QStringLiteral("is_a"))), uses(v.indexOf(QStringLiteral("uses"))),
          establishes(v.indexOf(QStringLiteral("establishes"))),
          participates(v.indexOf(QStringLiteral("participates_in"))),
          memberOf(v.indexOf(QStringLiteral("member_of"))),
          partyTo(v.indexOf(QStringLiteral("party_to")))
    {
    }
    /** A relation that says its source puts the target mechanism to use. */
    bool isUse(int k) const
    {
        return k >= 0 && (k == uses || k == establishes || k == participates);
    }
    bool isMembership(int k) const { return k >= 0 && (k == memberOf || k == partyTo); }
    int isA, uses, establishes, participates, memberOf, partyTo;
};

void sortByName(const KnowledgeGraph& g, std::vector<int>& v)
{
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end()); // parallel relations name one entity once
    std::sort(v.begin(), v.end(), [&g](int a, int b) {
        const int c = QString::compare(g.entity(a).name, g.entity(b).name, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : a < b;
    });
}

size_t kindSlot(const KnowledgeGraph& g, int v)
{
    return static_cast<size_t>(g.entity(v).kind);
}

} // namespace

ConceptTreeModel::Info ConceptTreeModel::info(const KnowledgeGraph& g, int vertex)
{
    Info info;
    if (vertex < 0 || vertex >= g.entityCount())
        return info;
    info.vertex = vertex;
    const ConceptKinds k(g.vocabulary());
    const bool mechanism = g.entity(vertex).kind == EntityKind::Mechanism;
    g.forEachIncident(vertex, [&](std::uint32_t r, std::uint32_t o, bool) {
        const int other = static_cast<int>(o);
        if (other == vertex)
            return;
        const RelationEdge& e = g.relation(static_cast<int>(r));
        const bool outgoing = static_cast<int>(e.source) == vertex;
        const bool otherIsMechanism = g.entity(other).kind == EntityKind::Mechanism;
        if (e.kind == k.isA && mechanism && otherIsMechanism)
            (outgoing ? info.broader : info.narrower).push_back(other);
        else if (mechanism && !outgoing && k.isUse(e.kind))
            info.users[kindSlot(g, other)].push_back(other);
        else if (!mechanism && outgoing && otherIsMechanism && k.isUse(e.kind))
            info.mechanisms.push_back(other);
        else if (!mechanism && !outgoing && k.isMembership(e.kind))
            info.members[kindSlot(g, other)].push_back(other);
    });
    if (mechanism && k.isA >= 0) {
        // Who uses a narrower concept is an example of the broader one too ("summit diplomacy
        // is a diplomacy"), so students see examples even for abstract concepts.
        std::unordered_set<int> seen{vertex};
        std::vector<int> queue = info.narrower;
        for (int n : queue)
            seen.insert(n);
        std::unordered_set<int> direct;
        for (const auto& list : info.users)
            direct.insert(list.begin(), list.end());
        for (size_t i = 0; i < queue.size(); ++i) {
            const int c = queue[i];
            g.forEachIncident(c, [&](std::uint32_t r, std::uint32_t o, bool) {
                const int other = static_cast<int>(o);
                const RelationEdge& e = g.relation(static_cast<int>(r));
                if (static_cast<int>(e.target) != c || other == c)
                    return;
                if (e.kind == k.isA && g.entity(other).kind == EntityKind::Mechanism) {
                    if (seen.insert(other).second)
                        queue.push_back(other);
                } else if (k.isUse(e.kind) && !direct.contains(other)) {
                    info.usersOfNarrower[kindSlot(g, other)].push_back(other);
                }
            });
        }
    }
    sortByName(g, info.broader);
    sortByName(g, info.narrower);
    sortByName(g, info.mechanisms);
    for (size_t i = 0; i < 4; ++i) {
        sortByName(g, info.users[i]);
        sortByName(g, info.usersOfNarrower[i]);
        sortByName(g, info.members[i]);
    }
    return info;
}

ConceptTreeModel::ConceptTreeModel(GraphDocument* document, QObject* parent)
    : QAbstractItemModel(parent), m_document(document)
{
    connect(document, &GraphDocument::graphReset, this, &ConceptTreeModel::onGraphReset);
    rebuild();
}

void ConceptTreeModel::onGraphReset()
{
    // Navigation re-sets the same graph with another visible set; only a new graph changes
    // concepts.
    if (m_document->sharedGraph() != m_graph)
        rebuild();
}

int ConceptTreeModel::addNode(int parent, int vertex, const QString& label)
{
    Node n;
    n.parent = parent;
    n.vertex = vertex;
    n.label = label;
    const int id = static_cast<int>(m_nodes.size());
    if (parent >= 0) {
        n.row = static_cast<int>(m_nodes[static_cast<size_t>(parent)].children.size());
        m_nodes[static_cast<size_t>(parent)].children.push_back(id);
    } else {
        n.row = id;
    }
    m_nodes.push_back(std::move(n));
    if (vertex >= 0 && m_firstNode[static_cast<size_t>(vertex)] < 0)
        m_firstNode[static_cast<size_t>(vertex)] = id;
    return id;
}

void ConceptTreeModel::addTaxonomy(int parent, int vertex, std::vector<int>& path,
                                   const QHash<int, std::vector<int>>& narrower)
{
    const int node = addNode(parent, vertex);
    // A taxonomy is a DAG: a concept with two broader ones shows under both. A cycle (bad
    // data) is cut where it would come back to an ancestor, and a cap keeps a pathological
    // DAG from multiplying rows.
    if (m_nodes.size() > 4 * m_firstNode.size() + 10000)
        return;
    path.push_back(vertex);
    for (int child : narrower.value(vertex))
        if (std::find(path.begin(), path.end(), child) == path.end())
            addTaxonomy(node, child, path, narrower);
    path.pop_back();
}

void ConceptTreeModel::addByCategory(int root, int kind)
{
    const KnowledgeGraph& g = *m_graph;
    QMap<QString, std::vector<int>> byCategory;
    for (int v = 0; v < g.entityCount(); ++v)
        if (static_cast<int>(g.entity(v).kind) == kind)
            byCategory[g.entity(v).category.isEmpty() ? tr("(no category)") : g.entity(v).category]
                .push_back(v);
    for (auto it = byCategory.begin(); it != byCategory.end(); ++it) {
        sortByName(g, *it);
        const int heading = addNode(root, -1, it.key());
        m_nodes[static_cast<size_t>(heading)].count = static_cast<int>(it->size());
        m_nodes[static_cast<size_t>(root)].count += static_cast<int>(it->size());
        for (int v : *it)
            addNode(heading, v);
    }
}

void ConceptTreeModel::rebuild()
{
    beginResetModel();
    m_graph = m_document->sharedGraph();
    m_nodes.clear();
    m_firstNode.assign(m_graph ? static_cast<size_t>(m_graph->entityCount()) : 0, -1);
    addNode(-1, -1, tr("Mechanisms"));
    addNode(-1, -1, tr("Organisations by category"));
    addNode(-1, -1, tr("Treaties by category"));
    if (m_graph) {
        const KnowledgeGraph& g = *m_graph;
        const ConceptKinds k(g.vocabulary());
        std::vector<int> mechanisms;
        QHash<int, std::vector<int>> narrower;
        std::vector<char> hasBroader(static_cast<size_t>(g.entityCount()), 0);
        for (int v = 0; v < g.entityCount(); ++v) {
            if (g.entity(v).kind != EntityKind::Mechanism)
                continue;
            mechanisms.push_back(v);
            g.forEachIncident(v, [&](std::uint32_t r, std::uint32_t o, bool) {
                const RelationEdge& e = g.relation(static_cast<int>(r));
                if (e.kind == k.isA && static_cast<int>(e.target) == v &&
                    static_cast<int>(o) != v &&
                    g.entity(static_cast<int>(o)).kind == EntityKind::Mechanism) {
                    narrower[v].push_back(static_cast<int>(o));
                    hasBroader[o] = 1;
                }
            });
        }
        for (auto& list : narrower)
            sortByName(g, list);
        sortByName(g, mechanisms);
        m_nodes[Mechanisms].count = static_cast<int>(mechanisms.size());
        std::vector<int> path;
        for (int v : mechanisms)
            if (!hasBroader[static_cast<size_t>(v)])
                addTaxonomy(Mechanisms, v, path, narrower);
        // Concepts only reachable through a cycle have no broadest member; list them at the top.
        for (int v : mechanisms)
            if (m_firstNode[static_cast<size_t>(v)] < 0)
                addTaxonomy(Mechanisms, v, path, narrower);
        addByCategory(Organisations, static_cast<int>(EntityKind::Organisation));
        addByCategory(Treaties, static_cast<int>(EntityKind::Treaty));
    }
    endResetModel();
}

QModelIndex ConceptTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < RootCount ? createIndex(row, 0, quintptr(row)) : QModelIndex();
    const Node& p = m_nodes[parent.internalId()];
    if (row >= static_cast<int>(p.children.size()))
        return {};
    return createIndex(row, 0, quintptr(p.children[static_cast<size_t>(row)]));
}

QModelIndex ConceptTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    const Node& n = m_nodes[child.internalId()];
    if (n.parent < 0)
        return {};
    return createIndex(m_nodes[static_cast<size_t>(n.parent)].row, 0, quintptr(n.parent));
}

int ConceptTreeModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return RootCount;
    if (parent.column() != 0)
        return 0;
    return static_cast<int>(m_nodes[parent.internalId()].children.size());
}

int ConceptTreeModel::columnCount(const QModelIndex&) const
{
    return 1;
}

QVariant ConceptTreeModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const Node& n = m_nodes[index.internalId()];
    const Entity* e = n.vertex >= 0 && m_graph ? &m_graph->entity(n.vertex) : nullptr;
    switch (role) {
    case Qt::DisplayRole:
        return e ? e->name : QStringLiteral("%1 (%2)").arg(n.label).arg(n.count);
    case Qt::DecorationRole: {
        if (e)
            return KindIcon::icon(e->kind, e->category);
        // Headings carry the icon of what they hold (a category heading: that category's).
        int root = static_cast<int>(index.internalId());
        while (m_nodes[static_cast<size_t>(root)].parent >= 0)
            root = m_nodes[static_cast<size_t>(root)].parent;
        const EntityKind kind = root == Mechanisms      ? EntityKind::Mechanism
                                : root == Organisations ? EntityKind::Organisation
                                                        : EntityKind::Treaty;
        return KindIcon::icon(kind, n.parent >= 0 ? n.label : QString());
    }
    case Qt::ToolTipRole:
        return e ? QStringLiteral("%1 · %2 — %3").arg(entityKindName(e->kind), e->category, e->id)
                 : QVariant();
    case IdRole:
        return e ? e->id : QVariant();
    case VertexRole:
        return n.vertex;
    case CountRole:
        return e ? QVariant() : QVariant(n.count);
    default:
        return {};
    }
}

QModelIndex ConceptTreeModel::rootIndex(Root root) const
{
    return index(static_cast<int>(root), 0);
}

QModelIndex ConceptTreeModel::indexOfVertex(int vertex) const
{
    if (vertex < 0 || vertex >= static_cast<int>(m_firstNode.size()) ||
        m_firstNode[static_cast<size_t>(vertex)] < 0)
        return {};
    const int node = m_firstNode[static_cast<size_t>(vertex)];
    return createIndex(m_nodes[static_cast<size_t>(node)].row, 0, quintptr(node));
}

} // namespace entente
