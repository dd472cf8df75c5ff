#include "benchcontext.h"

#include "graph/knowledgegraph.h"
#include "store/sqliteprojectstore.h"

#include <QElapsedTimer>
#include <algorithm>
#include <random>

namespace entente {

BenchContext::BenchContext(QString project, SyntheticGraph::Scale scale, quint64 seed,
                           QStringList args)
    : m_project(std::move(project)), m_scale(std::move(scale)), m_seed(seed),
      m_args(std::move(args))
{
}

BenchContext::~BenchContext() = default;

int BenchContext::runs(int fallback) const
{
    return std::max(1, option(QStringLiteral("--runs"), QString::number(fallback)).toInt());
}

QString BenchContext::option(const QString& name, const QString& fallback) const
{
    const qsizetype i = m_args.indexOf(name);
    return i >= 0 && i + 1 < m_args.size() ? m_args[i + 1] : fallback;
}

ProjectStore& BenchContext::store()
{
    if (!m_store)
        m_store = SqliteProjectStore::open(m_project, /*readOnly=*/true);
    return *m_store;
}

const KnowledgeGraph& BenchContext::graph()
{
    if (!m_graph) {
        m_graph = std::make_unique<KnowledgeGraph>();
        store().loadGraph(*m_graph);
        setCounts(m_graph->entityCount(), m_graph->relationCount());
    }
    return *m_graph;
}

std::vector<std::pair<int, int>> BenchContext::pairs(int count)
{
    const auto n = static_cast<quint64>(std::max<qint64>(1, graph().entityCount()));
    std::mt19937_64 rng(m_seed + 1);
    std::vector<std::pair<int, int>> result;
    for (int i = 0; i < count; ++i) {
        const int a = static_cast<int>(rng() % n);
        result.emplace_back(a, static_cast<int>(rng() % n));
    }
    return result;
}

void BenchContext::timed(const std::function<void()>& f)
{
    QElapsedTimer t;
    t.start();
    f();
    m_times.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
}

void BenchContext::setCounts(qint64 entities, qint64 relations)
{
    m_entities = entities;
    m_relations = relations;
}

BenchRegistry::Entry::Entry(const QString& name, const QString& description, Run run,
                            bool needsProject)
{
    all().push_back({name, description, std::move(run), needsProject});
}

const BenchRegistry::Scenario* BenchRegistry::find(const QString& name)
{
    for (const Scenario& s : all())
        if (s.name == name)
            return &s;
    return nullptr;
}

std::vector<BenchRegistry::Scenario>& BenchRegistry::all()
{
    static std::vector<Scenario> scenarios;
    return scenarios;
}

} // namespace entente
