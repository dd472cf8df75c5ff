#pragma once

#include <QAbstractListModel>

#include <vector>

namespace entente {

class GraphDocument;
class KnowledgeGraph;

/**
 * The document's entities as a list model — the most connected first — for completion and
 * pickers. Display text carries the aliases so typing "NATO" finds the North Atlantic Treaty
 * Organization. Rebuilt when the document's graph is replaced.
 */
class EntityListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Roles { IdRole = Qt::UserRole + 1, VertexRole, KindRole };

    explicit EntityListModel(GraphDocument* document, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    /** What every entity list shows for vertex `v` in `role`, so all lists agree. */
    static QVariant entityData(const KnowledgeGraph& graph, int v, int role);
    QVariant data(const QModelIndex& index, int role) const override;

private:
    void rebuild();

    GraphDocument* m_document;
    std::vector<int> m_order;
};

} // namespace entente
