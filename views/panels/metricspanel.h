#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace entente {

class MetricsTableModel;

/**
 * The metrics table: compute (off the GUI thread, by the window), sort by any column, double-
 * click to go to an entity, and choose the metric that sizes the nodes on the canvas.
 */
class MetricsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit MetricsPanel(MetricsTableModel* model, QWidget* parent = nullptr);

    void setBusy(bool busy, const QString& message = {});
    QTableView* table() const { return m_table; }
    QComboBox* sizeBy() const { return m_sizeBy; }

signals:
    void computeRequested();
    void cancelRequested();
    void entityActivated(const QString& id);
    /** "degree", "betweenness" or "pagerank". */
    void sizeByChanged(const QString& metric);
    void colourByCommunityChanged(bool on);

private:
    MetricsTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_table;
    QPushButton* m_compute;
    QPushButton* m_cancel;
    QComboBox* m_sizeBy;
    QCheckBox* m_communities;
    QLabel* m_status;
};

} // namespace entente
