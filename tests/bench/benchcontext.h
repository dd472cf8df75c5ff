#pragma once

#include "syntheticgraph.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>
#include <utility>
#include <vector>

namespace entente {

class KnowledgeGraph;
class ProjectStore;

/**
 * What a benchmark scenario gets: the project file, the options of the command line, the
 * graph loaded once on demand, seeded query pairs, and where to put its timings and extra
 * figures. Scenarios time only their own work through timed(); loading is never counted.
 */
class BenchContext
{
public:
    BenchContext(QString project, SyntheticGraph::Scale scale, quint64 seed, QStringList args);
    ~BenchContext();

    const QString& project() const { return m_project; }
    const SyntheticGraph::Scale& scale() const { return m_scale; }
    quint64 seed() const { return m_seed; }
    /** --runs, at least 1; `fallback` when absent. */
    int runs(int fallback = 5) const;
    /** The value after `name` on the command line, or `fallback`. */
    QString option(const QString& name, const QString& fallback = {}) const;
    bool flag(const QString& name) const { return m_args.contains(name); }

    /** The project opened read-only (kept open). */
    ProjectStore& store();
    /** The project's graph, loaded once (untimed). */
    const KnowledgeGraph& graph();
    /** `count` pseudo-random vertex pairs, the same for a seed (and for the peer scripts). */
    std::vector<std::pair<int, int>> pairs(int count);

    /** Runs f once and records its wall time in milliseconds. */
    void timed(const std::function<void()>& f);
    /** Records a time measured by the scenario itself. */
    void record(double ms) { m_times.push_back(ms); }
    std::vector<double>& times() { return m_times; }
    /** Extra figures printed with the result ("queries", "found", …). */
    QJsonObject& extra() { return m_extra; }
    /** Entity and relation counts reported with the result; set from graph() when loaded. */
    void setCounts(qint64 entities, qint64 relations);
    qint64 entities() const { return m_entities; }
    qint64 relations() const { return m_relations; }

private:
    QString m_project;
    SyntheticGraph::Scale m_scale;
    quint64 m_seed;
    QStringList m_args;
    std::unique_ptr<ProjectStore> m_store;
    std::unique_ptr<KnowledgeGraph> m_graph;
    std::vector<double> m_times;
    QJsonObject m_extra;
    qint64 m_entities = 0;
    qint64 m_relations = 0;
};

/**
 * The scenarios entente-bench knows. Each scenario file registers itself with a static
 * BenchRegistry::Entry, so adding one never touches the others.
 */
class BenchRegistry
{
public:
    using Run = std::function<void(BenchContext&)>;
    struct Scenario
    {
        QString name;
        QString description;
        Run run;
        /** False for scenarios that work on files, not on a generated project (import). */
        bool needsProject = true;
    };
    struct Entry
    {
        Entry(const QString& name, const QString& description, Run run, bool needsProject = true);
    };
    static const Scenario* find(const QString& name);
    static std::vector<Scenario>& all();
};

} // namespace entente
