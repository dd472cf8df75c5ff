#include "entitylistmodel.h"

#include "graph/graphdocument.h"
#include "style/kindicon.h"

#include <algorithm>
#include <numeric>

namespace entente {

EntityListModel::EntityListModel(GraphDocument* document, QObject* parent)
    : QAbstractListModel(parent), m_document(document)
{
    connect(document, &GraphDocument::graphReset, this, &EntityListModel::rebuild);
    rebuild();
}

void EntityListModel::rebuild()
{
    beginResetModel();
    m_order.clear();
    if (const KnowledgeGraph* g = m_document->graph()) {
        m_order.resize(static_cast<size_t>(g->entityCount()));
        std::iota(m_order.begin(), m_order.end(), 0);
        std::stable_sort(m_order.begin(), m_order.end(), [g](int a, int b) {
            if (g->degree(a) != g->degree(b))
                return g->degree(a) > g->degree(b);
            return g->entity(a).name < g->entity(b).name;
        });
    }
    endResetModel();
}

int EntityListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_order.size());
}

QVariant EntityListModel::data(const QModelIndex& index, int role) const
{
    const KnowledgeGraph* g = m_document->graph();
    if (!g || !index.isValid() || index.row() >= rowCount())
        return {};
    return entityData(*g, m_order[static_cast<size_t>(index.row())], role);
}

QVariant EntityListModel::entityData(const KnowledgeGraph& graph, int v, int role)
{
    const Entity& e = graph.entity(v);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return e.aliases.isEmpty() ? e.name : QStringLiteral("%1 (%2)").arg(e.name, e.aliases.join(QStringLiteral(", ")));
    case Qt::DecorationRole: // the completer shows each name with its kind's icon
        return KindIcon::icon(e.kind, e.category);
    case Qt::ToolTipRole:
        return QStringLiteral("%1 · %2").arg(entityKindName(e.kind), e.category);
    case IdRole:
        return e.id;
    case VertexRole:
        return v;
    case KindRole:
        return entityKindName(e.kind);
    default:
        return {};
    }
}

} // namespace entente
