#include "pathcontroller.h"

#include "filtercontroller.h"
#include "graph/graphdocument.h"
#include "panels/pathpanel.h"
#include "projectsession.h"
#include "query/entityresolver.h"
#include "query/pathfinder.h"
#include "query/pathsentence.h"

#include <QHash>

namespace entente {

PathController::PathController(ProjectSession* session, GraphDocument* document, FilterController* filter, PathPanel* panel,
                               QObject* parent)
    : QObject(parent), m_session(session), m_document(document), m_filter(filter), m_panel(panel)
{
    connect(panel, &PathPanel::findRequested, this, &PathController::find);
    connect(panel, &PathPanel::pathActivated, this, [this](int row) {
        const auto& rows = m_panel->results();
        if (row < 0 || row >= rows.size())
            return;
        m_document->setHighlight(rows[row].vertices, rows[row].relations);
    });
    connect(document, &GraphDocument::graphReset, this, [this] { m_panel->setResults({}, QString()); });
}

void PathController::find(const QString& fromText, const QString& toText, int k, bool timeRespecting, bool useFilter,
                          const QString& weights)
{
    const KnowledgeGraph* g = m_document->graph();
    if (!g)
        return;
    const EntityResolver resolver(*g);
    auto resolve = [&](const QString& text, QString* problem) {
        const auto r = resolver.resolve(text);
        if (r.status == EntityResolver::Status::Found)
            return r.vertex;
        QStringList names;
        for (int v : r.candidates)
            names << g->entity(v).name;
        *problem = r.status == EntityResolver::Status::Ambiguous
                       ? tr("“%1” names several entities: %2.").arg(text, names.join(QStringLiteral(", ")))
                       : tr("No entity “%1”.%2").arg(text, names.isEmpty() ? QString() : tr(" Did you mean %1?").arg(names.join(QStringLiteral(", "))));
        return -1;
    };
    QString problem;
    const int from = resolve(fromText, &problem);
    const int to = from < 0 ? -1 : resolve(toText, &problem);
    if (from < 0 || to < 0) {
        m_panel->setResults({}, problem);
        m_document->setHighlight({}, {});
        return;
    }
    PathConstraints c(*g);
    if (useFilter) {
        const FilterCriteria& f = m_filter->criteria();
        if (!f.relationKinds.isEmpty()) {
            std::vector<int> kinds;
            for (const QString& id : f.relationKinds)
                if (const int k2 = g->vocabulary().indexOf(id); k2 >= 0)
                    kinds.push_back(k2);
            c.allowRelationKinds(kinds.empty() ? std::vector<int>{-1} : kinds);
        }
        c.setAsOf(f.asOf);
        if (f.hasWindow)
            c.setWindow(f.windowFrom, f.windowTo);
    }
    QString weightError;
    if (!c.setKindWeights(weights, &weightError)) {
        m_panel->setResults({}, tr("Weights: %1.").arg(weightError));
        return;
    }
    const PathFinder finder(*g);
    std::vector<Path> paths;
    if (timeRespecting) {
        if (auto p = finder.timeRespectingPath(from, to, c))
            paths.push_back(*p);
    } else {
        paths = finder.kShortestPaths(from, to, k, c, c.isWeighted());
    }
    if (paths.empty()) {
        QString why = tr("No path from %1 to %2").arg(g->entity(from).name, g->entity(to).name);
        if (!c.isUnconstrained())
            why += tr(" under %1").arg(c.describe().join(QStringLiteral("; ")));
        if (timeRespecting)
            why += tr(" in time order");
        why += u'.';
        if (!finder.shortestPath(from, to, PathConstraints(*g)))
            why += tr(" They are not connected at all in this project.");
        else
            why += tr(" Without these constraints there is one.");
        m_panel->setResults({}, why);
        m_document->setHighlight({}, {});
        return;
    }
    QHash<int, Relation> details;
    auto relationOf = [&](int r) -> const Relation& {
        auto it = details.find(r);
        if (it == details.end())
            it = details.insert(r, m_session->relation(g->relationId(r)).value_or(Relation{}));
        return *it;
    };
    auto attributes = [&](int r) { return relationOf(r).attributes; };
    QList<PathRow> rows;
    for (const Path& p : paths) {
        PathRow row;
        row.sentence = PathSentence::describe(*g, p, attributes);
        row.vertices = p.vertices;
        row.relations = p.relations;
        for (int i = 0; i < p.length(); ++i) {
            const int r = p.relations[static_cast<size_t>(i)];
            const Relation& rel = relationOf(r);
            const Entity& a = g->entity(p.vertices[static_cast<size_t>(i)]);
            const Entity& b = g->entity(p.vertices[static_cast<size_t>(i) + 1]);
            row.hops << a.name + PathSentence::hop(*g, p, i, attributes);
            QStringList cited;
            for (const Source& s : m_session->sources(rel.sources))
                cited << (s.url.isEmpty() ? s.title : QStringLiteral("%1 <%2>").arg(s.title, s.url));
            const QString sources = cited.isEmpty() ? tr("unsourced") : cited.join(QStringLiteral("; "));
            row.hopSources << sources;
            row.evidence << QStringList{a.id, a.name, rel.id, rel.kind, rel.interval.start().toString(), rel.interval.end().toString(), b.id, b.name, sources};
        }
        rows << row;
    }
    QString message = tr("%n path(s) from %1 to %2", nullptr, static_cast<int>(rows.size())).arg(g->entity(from).name, g->entity(to).name);
    if (!c.isUnconstrained())
        message += tr(" — %1").arg(c.describe().join(QStringLiteral("; ")));
    m_panel->setResults(rows, message + u'.');
    m_document->setHighlight(rows.first().vertices, rows.first().relations);
}

} // namespace entente
