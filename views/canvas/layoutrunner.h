#pragma once

#include "layout/layout.h"

#include <QObject>
#include <QPointF>
#include <QString>
#include <memory>
#include <vector>

class QThread;

namespace entente {

/**
 * Runs a layout on a worker thread so the GUI never blocks: reports progress (0–100),
 * intermediate positions at most every `frameMs` (so the canvas animates into place) and the
 * final positions through queued signals, and stops between two steps when cancelled. A layout
 * that settles in one go glides from the old picture to the new one instead of jumping.
 *
 * In live mode a layout that supports it keeps running after it settles: a node the user drags
 * is held at the pointer (holdNode) and the others follow until it is released; stop() ends
 * the run and keeps the picture.
 */
class LayoutRunner : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        bool live = false;
        int frameMs = 50;  ///< shortest time between two `frame` signals; 0 sends none
        int glideMs = 400; ///< how long a one-shot layout glides into place; 0 jumps
    };

    explicit LayoutRunner(QObject* parent = nullptr);
    ~LayoutRunner() override;

    bool isRunning() const;
    bool isLive() const { return m_live && isRunning(); }
    /** Starts `layout` (taking ownership); a running layout is cancelled first. */
    void start(std::unique_ptr<Layout> layout, LayoutGraph graph, std::vector<QPointF> start,
               int maxSteps, Options options);
    void start(std::unique_ptr<Layout> layout, LayoutGraph graph, std::vector<QPointF> from,
               int maxSteps)
    {
        start(std::move(layout), std::move(graph), std::move(from), maxSteps, Options());
    }
    /** Stops and discards the run (emits cancelled). */
    void cancel();
    /** Ends the run keeping where the nodes are now (emits finished); what ends live mode. */
    void stop();
    /** Blocks until the current run has ended (for tests and the screenshot option). */
    void wait();

    /** Live mode: holds layout node `node` at `p` (while dragged); thread-safe. */
    void holdNode(int node, QPointF p);
    void releaseNode(int node);

    struct Shared; // the state the worker thread and the GUI thread share

signals:
    void progress(int percent);
    /** Intermediate positions, one per layout node. */
    void frame(const std::vector<QPointF>& positions);
    void finished(const std::vector<QPointF>& positions);
    void cancelled();
    /** The layout refused the graph (Layout::problem()). */
    void failed(const QString& message);

private:
    QThread* m_thread = nullptr;
    std::shared_ptr<Shared> m_shared;
    bool m_live = false;
};

} // namespace entente
