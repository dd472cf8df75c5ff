#pragma once

#include "layoutgraph.h"

#include <QPointF>
#include <QString>
#include <vector>

namespace entente {

class ProgressReporter;

/**
 * A layout algorithm that runs step by step (init / step / finish), so a canvas can animate it
 * and a worker thread can stop it between steps. Positions belong to the caller; pinned nodes
 * are never moved.
 */
class Layout
{
public:
    virtual ~Layout() = default;
    virtual QString name() const = 0;
    /** Takes the graph and the starting positions (one per node; missing ones are seeded). */
    virtual void init(const LayoutGraph& graph, std::vector<QPointF> positions) = 0;
    /** One iteration; returns false once the layout has settled. */
    virtual bool step() = 0;
    virtual void finish() {}
    virtual const std::vector<QPointF>& positions() const = 0;

    /**
     * Why init() refused the graph (too large for the algorithm, no focus…), or empty. A refused
     * layout keeps the starting positions and steps no further.
     */
    QString problem() const { return m_problem; }

    /**
     * Live mode: holds `node` at `p` (the user is dragging it) until released, and wakes a
     * settled layout up so the rest follows. Only layouts that can keep running support it.
     */
    virtual bool supportsLive() const { return false; }
    virtual void holdNode(int node, QPointF p)
    {
        Q_UNUSED(node);
        Q_UNUSED(p);
    }
    virtual void releaseNode(int node) { Q_UNUSED(node); }

    /** Runs init → step… → finish until settled, `maxSteps`, or cancel; returns false if cancelled.
     */
    bool run(const LayoutGraph& graph, std::vector<QPointF> start, int maxSteps,
             ProgressReporter* progress = nullptr);

protected:
    void setProblem(const QString& problem) { m_problem = problem; }

private:
    QString m_problem;
};

} // namespace entente
