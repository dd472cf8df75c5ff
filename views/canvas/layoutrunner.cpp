#include "layoutrunner.h"

#include "core/progressreporter.h"
#include "layout/layout.h"

#include <QMetaObject>
#include <QPointer>
#include <QThread>

namespace entente {

namespace {

/** Forwards progress to the runner's thread and reads the cancel flag. */
class ThreadProgress : public ProgressReporter
{
public:
    ThreadProgress(LayoutRunner* runner, std::shared_ptr<std::atomic_bool> cancel)
        : m_runner(runner), m_cancel(std::move(cancel))
    {
    }
    bool report(std::int64_t done, std::int64_t total) override
    {
        const int percent = total > 0 ? static_cast<int>(done * 100 / total) : 0;
        if (percent != m_last) {
            m_last = percent;
            QPointer<LayoutRunner> r = m_runner;
            QMetaObject::invokeMethod(
                m_runner,
                [r, percent] {
                    if (r)
                        emit r->progress(percent);
                },
                Qt::QueuedConnection);
        }
        return !m_cancel->load();
    }

private:
    LayoutRunner* m_runner;
    std::shared_ptr<std::atomic_bool> m_cancel;
    int m_last = -1;
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
                         std::vector<QPointF> start, int maxSteps)
{
    cancel();
    wait();
    m_cancel = std::make_shared<std::atomic_bool>(false);
    auto cancelFlag = m_cancel;
    std::shared_ptr<Layout> shared(std::move(layout));
    m_thread = QThread::create([this, shared, graph = std::move(graph), start = std::move(start),
                                maxSteps, cancelFlag]() mutable {
        ThreadProgress progress(this, cancelFlag);
        const bool done = shared->run(graph, std::move(start), maxSteps, &progress);
        std::vector<QPointF> result = shared->positions();
        QPointer<LayoutRunner> self = this;
        QMetaObject::invokeMethod(
            this,
            [self, done, result = std::move(result)] {
                if (!self)
                    return;
                if (done)
                    emit self->finished(result);
                else
                    emit self->cancelled();
            },
            Qt::QueuedConnection);
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
    if (m_cancel)
        m_cancel->store(true);
}

void LayoutRunner::wait()
{
    if (m_thread)
        m_thread->wait();
}

} // namespace entente
