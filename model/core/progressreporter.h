#pragma once

#include <cstdint>

namespace entente {

/**
 * How long work (loading, import, layout) tells how far it is and learns that it should stop.
 * Free of UI code: the GUI adapts it to a progress bar, the CLI ignores it, tests count calls.
 */
class ProgressReporter
{
public:
    virtual ~ProgressReporter() = default;
    /** Reports `done` of `total` units; returns false when the user asked to cancel. */
    virtual bool report(std::int64_t done, std::int64_t total) = 0;
};

/** Reports to `reporter` when it is non-null; always "go on" otherwise. */
inline bool reportProgress(ProgressReporter* reporter, std::int64_t done, std::int64_t total)
{
    return reporter == nullptr || reporter->report(done, total);
}

} // namespace entente
