#include "metricscontroller.h"

#include "canvas/graphcanvas.h"
#include "canvas/graphscene.h"
#include "core/progressreporter.h"
#include "filtercontroller.h"
#include "graph/graphdocument.h"
#include "models/metricstablemodel.h"
#include "panels/filterpanel.h"
#include "panels/metricspanel.h"
#include "query/graphmetrics.h"
#include "query/pathconstraints.h"

#include <QPointer>
#include <QThread>

namespace entente {

namespace {

/** Exact betweenness costs about n·m steps; past this budget it is estimated from samples. */
constexpr double ExactBetweennessBudget = 2e9;

class CancelFlag : public ProgressReporter
{
public:
    explicit CancelFlag(std::shared_ptr<std::atomic_bool> flag) : m_flag(std::move(flag)) {}
    bool report(std::int64_t, std::int64_t) override { return !m_flag->load(); }

private:
    std::shared_ptr<std::atomic_bool> m_flag;
};

} // namespace

MetricsController::MetricsController(GraphDocument* document, MetricsPanel* panel, MetricsTableModel* model, GraphCanvas* canvas,
                                     FilterController* filter, FilterPanel* filterPanel, QObject* parent)
    : QObject(parent), m_document(document), m_panel(panel), m_model(model), m_canvas(canvas), m_filter(filter),
      m_filterPanel(filterPanel)
{
    connect(panel, &MetricsPanel::computeRequested, this, &MetricsController::compute);
    connect(panel, &MetricsPanel::cancelRequested, this, &MetricsController::cancel);
    connect(panel, &MetricsPanel::sizeByChanged, this, [this](const QString& metric) {
        const MetricsSnapshot& m = m_model->metrics();
        m_canvas->graphScene()->setNodeSizes(metric == QLatin1String("betweenness") ? m.betweenness
                                             : metric == QLatin1String("pagerank")  ? m.pageRank
                                                                                    : std::vector<double>{});
    });
    connect(panel, &MetricsPanel::colourByCommunityChanged, this, [this](bool on) {
        m_canvas->graphScene()->setNodeGroups(on ? m_model->metrics().community : std::vector<int>{});
    });
    connect(document, &GraphDocument::graphReset, this, [this] {
        cancel();
        wait();
        m_model->setMetrics(nullptr, {});
    });
}

MetricsController::~MetricsController()
{
    cancel();
    wait();
}

void MetricsController::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void MetricsController::wait()
{
    if (m_thread)
        m_thread->wait();
}

void MetricsController::compute()
{
    auto graph = m_document->sharedGraph();
    if (!graph || (m_thread && m_thread->isRunning()))
        return;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_panel->setBusy(true, tr("Computing metrics for %1 entities…").arg(graph->entityCount()));
    auto flag = m_cancel;
    m_thread = QThread::create([this, graph, flag] {
        CancelFlag progress(flag);
        const PathConstraints all(*graph);
        const GraphMetrics metrics(*graph, all);
        MetricsSnapshot s;
        s.degree = metrics.degree();
        s.weightedDegree = metrics.weightedDegree();
        const double work = static_cast<double>(graph->entityCount()) * std::max(1, graph->relationCount());
        s.sampledBetweenness = work > ExactBetweennessBudget;
        s.betweenness = metrics.betweenness(&progress, s.sampledBetweenness ? 256 : 0);
        const bool cancelled = flag->load() || s.betweenness.empty();
        if (!cancelled) {
            s.pageRank = metrics.pageRank();
            s.component = metrics.components();
            s.community = metrics.communities();
        }
        QPointer<MetricsController> self = this;
        QMetaObject::invokeMethod(this, [self, graph, cancelled, s = std::move(s)]() mutable {
            if (!self)
                return;
            if (cancelled || self->m_document->graph() != graph.get()) {
                self->m_panel->setBusy(false, tr("Cancelled."));
                return;
            }
            QHash<QString, std::vector<double>> values{{QStringLiteral("ties"), s.degree},
                                                       {QStringLiteral("betweenness"), s.betweenness},
                                                       {QStringLiteral("pagerank"), s.pageRank}};
            const bool sampled = s.sampledBetweenness;
            self->m_model->setMetrics(graph.get(), std::move(s));
            self->m_filter->setMetrics(values);
            self->m_filterPanel->setMetricNames({QStringLiteral("ties"), QStringLiteral("betweenness"), QStringLiteral("pagerank")});
            self->m_panel->setBusy(false, sampled ? tr("Done. Betweenness is estimated from 256 sampled sources.") : tr("Done."));
            emit self->computed();
        }, Qt::QueuedConnection);
    });
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    connect(m_thread, &QObject::destroyed, this, [this, t = m_thread] {
        if (m_thread == t)
            m_thread = nullptr;
    });
    m_thread->start();
}

} // namespace entente
