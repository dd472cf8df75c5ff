#include "metricstablemodel.h"

#include "graph/knowledgegraph.h"

namespace entente {

MetricsTableModel::MetricsTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void MetricsTableModel::setMetrics(const KnowledgeGraph* graph, MetricsSnapshot metrics)
{
    beginResetModel();
    m_graph = graph;
    m_metrics = std::move(metrics);
    endResetModel();
}

int MetricsTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_graph ? 0 : static_cast<int>(m_metrics.degree.size());
}

int MetricsTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MetricsTableModel::data(const QModelIndex& index, int role) const
{
    if (!m_graph || !index.isValid())
        return {};
    const auto v = static_cast<size_t>(index.row());
    const Entity& e = m_graph->entity(index.row());
    if (role == IdRole)
        return e.id;
    if (role == Qt::TextAlignmentRole && index.column() >= Degree)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Name:
        return e.name;
    case Kind:
        return QStringLiteral("%1 / %2").arg(entityKindName(e.kind), e.category);
    case Degree:
        return m_metrics.degree[v];
    case WeightedDegree:
        return m_metrics.weightedDegree[v];
    case Betweenness:
        return m_metrics.betweenness.empty() ? QVariant() : QVariant(std::round(m_metrics.betweenness[v] * 10) / 10);
    case PageRank:
        return m_metrics.pageRank.empty() ? QVariant() : QVariant(std::round(m_metrics.pageRank[v] * 1e5) / 1e5);
    case Component:
        return m_metrics.component[v] + 1;
    case Community:
        return m_metrics.community[v] + 1;
    default:
        return {};
    }
}

QVariant MetricsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Kind:
        return tr("Kind");
    case Degree:
        return tr("Ties");
    case WeightedDegree:
        return tr("Weighted");
    case Betweenness:
        return m_metrics.sampledBetweenness ? tr("Betweenness (est.)") : tr("Betweenness");
    case PageRank:
        return tr("PageRank");
    case Component:
        return tr("Component");
    case Community:
        return tr("Community");
    default:
        return {};
    }
}

} // namespace entente
