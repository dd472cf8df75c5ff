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

    /** Runs init → step… → finish until settled, `maxSteps`, or cancel; returns false if cancelled. */
    bool run(const LayoutGraph& graph, std::vector<QPointF> start, int maxSteps,
             ProgressReporter* progress = nullptr);
};

} // namespace entente
