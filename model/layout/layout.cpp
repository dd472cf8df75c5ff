#include "layout.h"

#include "core/progressreporter.h"

namespace entente {

bool Layout::run(const LayoutGraph& graph, std::vector<QPointF> start, int maxSteps,
                 ProgressReporter* progress)
{
    init(graph, std::move(start));
    for (int i = 0; i < maxSteps; ++i) {
        if (!reportProgress(progress, i, maxSteps))
            return false;
        if (!step())
            break;
    }
    finish();
    reportProgress(progress, maxSteps, maxSteps);
    return true;
}

} // namespace entente
