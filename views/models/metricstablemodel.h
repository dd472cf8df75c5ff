#pragma once

#include <QAbstractTableModel>

#include <vector>

namespace entente {

class KnowledgeGraph;

/** Computed metrics of every entity, one per column, for a sortable table. */
struct MetricsSnapshot
{
    std::vector<double> degree;
    std::vector<double> weightedDegree;
    std::vector<double> betweenness;
    std::vector<double> pageRank;
    std::vector<int> component;
    std::vector<int> community;
    bool sampledBetweenness = false;
};

/** Table of entities × metrics (name, kind, degree, weighted degree, betweenness, PageRank, component, community). */
class MetricsTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Kind, Degree, WeightedDegree, Betweenness, PageRank, Component, Community, ColumnCount };
    enum Roles { IdRole = Qt::UserRole + 1 };

    explicit MetricsTableModel(QObject* parent = nullptr);
    void setMetrics(const KnowledgeGraph* graph, MetricsSnapshot metrics);
    const MetricsSnapshot& metrics() const { return m_metrics; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    const KnowledgeGraph* m_graph = nullptr;
    MetricsSnapshot m_metrics;
};

} // namespace entente
