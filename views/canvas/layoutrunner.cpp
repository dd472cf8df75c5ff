#include "layoutrunner.h"

#include "layout/layout.h"

#include <QElapsedTimer>
#include <QMetaObject>
#include <QPointer>
#include <QThread>
#include <atomic>
#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>
#endif
#include <chrono>
#include <condition_variable>
#include <mutex>

namespace entente {

struct LayoutRunner::Shared
{
    std::atomic_bool cancel{false};
    std::atomic_bool stop{false};
    /** Set while a frame is queued and not yet delivered: the worker never floods the GUI. */
    std::atomic_bool framePending{false};
    std::mutex mutex;
    std::condition_variable wake;
    struct Drag
    {
        int node;
        QPointF at;
        bool release;
    };
    std::vector<Drag> drags; // guarded by mutex
};

namespace {

/** The worker's side of a run: stepping, throttled frames, live drags, the glide. */
class RunLoop
{
public:
    RunLoop(LayoutRunner* runner, std::shared_ptr<LayoutRunner::Shared> shared)
        : m_runner(runner), m_shared(std::move(shared))
    {
    }

    void run(Layout& layout, const LayoutGraph& graph, std::vector<QPointF> start, int maxSteps,
             const LayoutRunner::Options& options)
    {
        layout.init(graph, std::move(start));
        if (!layout.problem().isEmpty()) {
            post([message = layout.problem()](LayoutRunner* r) { emit r->failed(message); });
            return;
        }
        const std::vector<QPointF> initial = layout.positions();
        const bool live = options.live && layout.supportsLive();
        QElapsedTimer clock;
        clock.start();
        qint64 lastFrame = 0;
        int frames = 0, steps = 0, lastPercent = -1;
        for (;;) {
            if (m_shared->cancel) {
                post([](LayoutRunner* r) { emit r->cancelled(); });
                return;
            }
            if (m_shared->stop)
                break;
            const bool dragged = applyDrags(layout);
            bool more = false;
            if (live || steps < maxSteps) {
                more = layout.step() || dragged;
                ++steps;
            }
            if (!live && maxSteps > 0) {
                const int percent = std::min(100, steps * 100 / maxSteps);
                if (percent != lastPercent) {
                    lastPercent = percent;
                    post([percent](LayoutRunner* r) { emit r->progress(percent); });
                }
            }
            if (options.frameMs > 0 && clock.elapsed() - lastFrame >= options.frameMs &&
                sendFrame(layout.positions())) {
                lastFrame = clock.elapsed();
                ++frames;
            }
            if (!more) {
                if (!live)
                    break;
                // Settled in live mode: sleep until the user drags, stops or cancels.
                if (options.frameMs > 0 && sendFrame(layout.positions()))
                    lastFrame = clock.elapsed();
                std::unique_lock lock(m_shared->mutex);
                m_shared->wake.wait_for(lock, std::chrono::milliseconds(100), [this] {
                    return !m_shared->drags.empty() || m_shared->stop || m_shared->cancel;
                });
            }
        }
        layout.finish();
        std::vector<QPointF> result = layout.positions();
        // A layout that was done before it could show a frame glides from the old picture,
        // by the clock: a slow GUI sees fewer frames, never a longer glide.
        if (frames < 2 && options.glideMs > 0 && options.frameMs > 0 &&
            initial.size() == result.size()) {
            QElapsedTimer glide;
            glide.start();
            while (glide.elapsed() < options.glideMs && !m_shared->cancel && !m_shared->stop) {
                const double t = static_cast<double>(glide.elapsed()) / options.glideMs;
                const double ease = t * t * (3 - 2 * t);
                std::vector<QPointF> between(result.size());
                for (size_t i = 0; i < result.size(); ++i)
                    between[i] = initial[i] + (result[i] - initial[i]) * ease;
                sendFrame(between);
                QThread::msleep(static_cast<unsigned long>(std::max(5, options.frameMs / 2)));
            }
        }
        if (m_shared->cancel) {
            post([](LayoutRunner* r) { emit r->cancelled(); });
            return;
        }
        post([result = std::move(result)](LayoutRunner* r) { emit r->finished(result); });
    }

private:
    template <typename F> void post(F f)
    {
        QPointer<LayoutRunner> r = m_runner;
        QMetaObject::invokeMethod(
            m_runner,
            [r, f = std::move(f)] {
                if (r)
                    f(r.data());
            },
            Qt::QueuedConnection);
    }

    /** Queues a frame unless the last one is still waiting for the GUI; true when queued. */
    bool sendFrame(const std::vector<QPointF>& positions)
    {
        if (m_shared->framePending.exchange(true))
            return false;
        post([positions, shared = m_shared](LayoutRunner* r) {
            shared->framePending = false;
            if (!shared->cancel)
                emit r->frame(positions);
        });
        return true;
    }

    bool applyDrags(Layout& layout)
    {
        std::vector<LayoutRunner::Shared::Drag> drags;
        {
            std::lock_guard lock(m_shared->mutex);
            drags.swap(m_shared->drags);
        }
        for (const auto& d : drags) {
            if (d.release)
                layout.releaseNode(d.node);
            else
                layout.holdNode(d.node, d.at);
        }
        return !drags.empty();
    }

    LayoutRunner* m_runner;
    std::shared_ptr<LayoutRunner::Shared> m_shared;
};

} // namespace

LayoutRunner::LayoutRunner(QObject* parent) : QObject(parent) {}

LayoutRunner::~LayoutRunner()
{
    cancel();
    wait();
}

bool LayoutRunner::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void LayoutRunner::start(std::unique_ptr<Layout> layout, LayoutGraph graph,
                         std::vector<QPointF> start, int maxSteps, Options options)
{
    cancel();
    wait();
    m_shared = std::make_shared<Shared>();
    m_live = options.live;
    std::shared_ptr<Layout> owned(std::move(layout));
    m_thread = QThread::create([this, owned, shared = m_shared, graph = std::move(graph),
                                start = std::move(start), maxSteps, options]() mutable {
#ifdef Q_OS_LINUX
        // Nice the worker (Linux nices threads one by one): when the cores are busy the GUI
        // thread gets them first, so drawing and input never wait for a layout step.
        setpriority(PRIO_PROCESS, static_cast<id_t>(gettid()), 10);
#endif
        RunLoop(this, shared).run(*owned, graph, std::move(start), maxSteps, options);
    });
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    connect(m_thread, &QObject::destroyed, this, [this, t = m_thread] {
        if (m_thread == t)
            m_thread = nullptr;
    });
    m_thread->start();
}

void LayoutRunner::cancel()
{
    if (!m_shared)
        return;
    m_shared->cancel = true;
    m_shared->wake.notify_all();
}

void LayoutRunner::stop()
{
    if (!m_shared)
        return;
    m_shared->stop = true;
    m_shared->wake.notify_all();
}

void LayoutRunner::wait()
{
    if (m_thread)
        m_thread->wait();
}

void LayoutRunner::holdNode(int node, QPointF p)
{
    if (!m_shared)
        return;
    {
        std::lock_guard lock(m_shared->mutex);
        m_shared->drags.push_back({node, p, false});
    }
    m_shared->wake.notify_all();
}

void LayoutRunner::releaseNode(int node)
{
    if (!m_shared)
        return;
    {
        std::lock_guard lock(m_shared->mutex);
        m_shared->drags.push_back({node, {}, true});
    }
    m_shared->wake.notify_all();
}

} // namespace entente
