#pragma once

#include <algorithm>
#include <cstddef>
#include <thread>
#include <vector>

namespace entente {

/**
 * Runs `work(chunk, begin, end)` over [0, count) split into `chunks` contiguous ranges, one
 * thread per range (the calling thread takes the first). Layout steps use it to spread their
 * per-node and per-edge loops over the cores: each chunk writes only its own slots or its own
 * buffer, so no locking is needed. Starting a thread costs tens of microseconds, far below one
 * step on a graph large enough to be worth splitting.
 */
template <typename Work> void parallelChunks(size_t count, int chunks, const Work& work)
{
    chunks = std::max(1, std::min<int>(chunks, static_cast<int>(std::max<size_t>(count, 1))));
    if (chunks == 1) {
        work(0, size_t(0), count);
        return;
    }
    std::vector<std::thread> threads;
    threads.reserve(static_cast<size_t>(chunks - 1));
    auto bound = [&](int c) {
        return count * static_cast<size_t>(c) / static_cast<size_t>(chunks);
    };
    for (int c = 1; c < chunks; ++c)
        threads.emplace_back([&work, &bound, c] { work(c, bound(c), bound(c + 1)); });
    work(0, bound(0), bound(1));
    for (std::thread& t : threads)
        t.join();
}

} // namespace entente
