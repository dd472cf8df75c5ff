#pragma once

#include <QObject>

#include <atomic>
#include <memory>

class QThread;

namespace entente {

class FilterController;
class FilterPanel;
class GraphCanvas;
class GraphDocument;
class MetricsPanel;
class MetricsTableModel;

/**
 * Computes metrics on a worker thread when the panel asks (with progress and Cancel), fills
 * the table, offers the values to the filter's thresholds, and sizes the canvas nodes by the
 * metric the user picks. Betweenness is exact up to a work budget and sampled beyond it.
 */
class MetricsController : public QObject
{
    Q_OBJECT
public:
    MetricsController(GraphDocument* document, MetricsPanel* panel, MetricsTableModel* model, GraphCanvas* canvas,
                      FilterController* filter, FilterPanel* filterPanel, QObject* parent = nullptr);
    ~MetricsController() override;

    void compute();
    void cancel();
    void wait();

signals:
    void computed();

private:
    GraphDocument* m_document;
    MetricsPanel* m_panel;
    MetricsTableModel* m_model;
    GraphCanvas* m_canvas;
    FilterController* m_filter;
    FilterPanel* m_filterPanel;
    QThread* m_thread = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace entente
