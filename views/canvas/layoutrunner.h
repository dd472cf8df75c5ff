#pragma once

#include "layout/layoutgraph.h"

#include <QObject>
#include <QPointF>
#include <atomic>
#include <memory>
#include <vector>

class QThread;

namespace entente {

class Layout;

/**
 * Runs a layout on a worker thread so the GUI never blocks: reports progress (0–100) and the
 * final positions through queued signals, and stops between two steps when cancelled.
 */
class LayoutRunner : public QObject
{
    Q_OBJECT
public:
    explicit LayoutRunner(QObject* parent = nullptr);
    ~LayoutRunner() override;

    bool isRunning() const;
    /** Starts `layout` (taking ownership); a running layout is cancelled first. */
    void start(std::unique_ptr<Layout> layout, LayoutGraph graph, std::vector<QPointF> start,
               int maxSteps);
    void cancel();
    /** Blocks until the current run has ended (for tests and the screenshot option). */
    void wait();

signals:
    void progress(int percent);
    void finished(const std::vector<QPointF>& positions);
    void cancelled();

private:
    QThread* m_thread = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace entente
