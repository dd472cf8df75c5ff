#pragma once

#include <QAbstractItemModel>
#include <QHash>
#include <array>
#include <memory>
#include <vector>

namespace entente {

class GraphDocument;
class KnowledgeGraph;

/**
 * The concepts of the open graph as a tree for the concept browser: "Mechanisms" (the `is_a`
 * taxonomy, broadest first; a concept with two broader ones appears under both), and
 * "Organisations" and "Treaties" grouped by category. Built from the document's in-memory
 * graph, and rebuilt only when the graph itself is replaced — focusing or expanding on the
 * canvas keeps the tree (and the reader's place in it) as it is.
 *
 * Also answers what the browser's detail pane shows about one concept (info()).
 */
class ConceptTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Roles
    {
        IdRole = Qt::UserRole + 1,
        VertexRole,
        CountRole
    };
    enum Root
    {
        Mechanisms,
        Organisations,
        Treaties,
        RootCount
    };

    /** What a concept means in the graph, every list as vertex indexes sorted by name. */
    struct Info
    {
        int vertex = -1;
        std::vector<int> broader;  ///< the concepts it `is_a`
        std::vector<int> narrower; ///< the concepts that `is_a` it
        /** For a mechanism, per EntityKind: who uses, establishes or takes part in it. */
        std::array<std::vector<int>, 4> users;
        /** Who uses one of its narrower concepts (at any depth) but not the concept itself. */
        std::array<std::vector<int>, 4> usersOfNarrower;
        /** For an organisation or treaty: the mechanisms it uses or establishes. */
        std::vector<int> mechanisms;
        /** For an organisation or treaty, per EntityKind: its members or parties. */
        std::array<std::vector<int>, 4> members;
    };
    static Info info(const KnowledgeGraph& graph, int vertex);

    explicit ConceptTreeModel(GraphDocument* document, QObject* parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;

    QModelIndex rootIndex(Root root) const;
    /** The first place the vertex appears in the tree (invalid if it is not a concept). */
    QModelIndex indexOfVertex(int vertex) const;
    const KnowledgeGraph* graph() const { return m_graph.get(); }

private:
    struct Node
    {
        int parent = -1;
        int row = 0;
        int vertex = -1; ///< -1 for a heading (root or category)
        QString label;   ///< headings only
        int count = 0;   ///< headings: the entities below
        std::vector<int> children;
    };
    void onGraphReset();
    void rebuild();
    int addNode(int parent, int vertex, const QString& label = {});
    void addTaxonomy(int parent, int vertex, std::vector<int>& path,
                     const QHash<int, std::vector<int>>& narrower);
    void addByCategory(int root, int kind);

    GraphDocument* m_document;
    std::shared_ptr<const KnowledgeGraph> m_graph; ///< the graph the tree was built from
    std::vector<Node> m_nodes;
    std::vector<int> m_firstNode; ///< per vertex: its first node, or -1
};

} // namespace entente
