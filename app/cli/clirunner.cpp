#include "clirunner.h"

#include "time/timehistogram.h"

#include "core/partialdate.h"
#include "defaultdataset.h"
#include "formats/formaterror.h"
#include "formats/graphexporter.h"
#include "formats/graphformat.h"
#include "formats/graphimporter.h"
#include "formats/importcancelled.h"
#include "formats/importsummary.h"
#include "formats/exportoptions.h"
#include "diagramcommand.h"
#include "export/diagramwriter.h"
#include "graph/knowledgegraph.h"
#include "query/entityresolver.h"
#include "query/entitytimeline.h"
#include "query/neighbourhood.h"
#include "query/pathconstraints.h"
#include "query/pathfinder.h"
#include "query/pathsentence.h"
#include "query/searchquery.h"
#include "store/entitydetailsloader.h"
#include "store/sqliteprojectstore.h"
#include "store/storeerror.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSet>
#include <QJsonDocument>
#include <QJsonObject>

namespace entente {

struct CliRunner::Options
{
    QString command;
    QStringList positional;
    QString project;
    bool json = false;
    QString kind;
    int limit = 20;
    PartialDate at;
    bool hasAt = false;
    PartialDate betweenFrom, betweenTo;
    bool hasBetween = false;
    int k = 1;
    int depth = 1;
    QStringList relationKinds;
    QStringList avoid;
    QString weights;
    QString into;
    QString format;
    QString map; ///< import: CSV column mapping "Header=role,…"
    QString out;
    QString focus;
    QStringList kinds;
    QString title;
    QString subtitle;
    QString frame;
    QString theme; ///< light, dark or print (diagrams)
    QString deck;
    int scale = 1;
    int width = 0; ///< export: custom frame size (0: the frame's)
    int height = 0;
    bool footnotes = false;
    bool transparent = false;
    bool timeRespecting = false;
    bool directed = false;
};

namespace {

QJsonValue dateJson(PartialDate d)
{
    return d.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(d.toString());
}

QString usageText()
{
    return QStringLiteral(
        "usage: entente-cli COMMAND [ARGS] [--project FILE] [--json]\n"
        "\n"
        "commands:\n"
        "  info      [PROJECT] [--json]                    counts by kind and relation kind\n"
        "  search    QUERY [--kind K] [--limit N] [--json] full-text search over names, aliases, descriptions\n"
        "  show      ENTITY [--at DATE] [--json]           details, relations, sources\n"
        "  timeline  ENTITY [--json]                       its relations in time order\n"
        "  neighbours ENTITY [--depth N] [--at DATE] [--relations K,..] [--directed] [--json]\n"
        "  path      FROM TO [--k N] [--at DATE | --between D1 D2] [--relations K,..]\n"
        "            [--avoid ENTITY|KIND,..] [--weights KIND=W,..] [--time-respecting] [--directed] [--json]\n"
        "  import    FILE --into PROJECT [--format auto|csv|graphml|gexf|json|dot] [--json]\n"
        "            [--map COLUMN=ROLE,..]  CSV only; ROLE: id name kind category aliases description\n"
        "            start end source target relation_kind sources attribute ignore\n"
        "  export    --format graphml|gexf|csv|json|dot|svg|png|pdf --out FILE [--focus ENTITY --depth N]\n"
        "            [--at DATE] [--kinds KIND,..] [--title T] [--subtitle T]\n"
        "            [--frame 16:9|4:3|a4|a4-landscape] [--width W --height H] [--scale 1|2|4]\n"
        "            [--transparent] [--footnotes] [--theme light|dark|print]\n"
        "  export    --deck FILE.pdf | --deck DIR --format png|svg [--footnotes] [--theme T]   every saved view, in slide order\n"
        "\n"
        "ENTITY is an id (org:nato) or an exact name or alias (NATO), case-insensitive.\n"
        "Without --project the embedded default dataset is used.\n"
        "Exit codes: 0 ok, 1 nothing found, 2 usage error, 3 bad input, 4 I/O or storage error.\n");
}

} // namespace

void CliRunner::usage()
{
    m_err << usageText();
}

int CliRunner::run(const QStringList& arguments)
{
    Options o;
    QStringList args = arguments.mid(1);
    auto needValue = [&](qsizetype& i, const QString& name, QString* out) {
        if (i + 1 >= args.size()) {
            m_err << "entente-cli: " << name << " needs a value\n";
            return false;
        }
        *out = args[++i];
        return true;
    };
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString a = args[i];
        QString value;
        if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            m_out << usageText();
            return Ok;
        } else if (a == QLatin1String("--json")) {
            o.json = true;
        } else if (a == QLatin1String("--project")) {
            if (!needValue(i, a, &o.project))
                return Usage;
        } else if (a == QLatin1String("--kind")) {
            if (!needValue(i, a, &o.kind))
                return Usage;
            const auto k = entityKindFromName(o.kind);
            if (!k) {
                m_err << "entente-cli: --kind: \"" << o.kind << "\" is not a kind (actor, organisation, treaty, mechanism)\n";
                return Usage;
            }
            o.kind = entityKindName(*k);
        } else if (a == QLatin1String("--limit")) {
            if (!needValue(i, a, &value))
                return Usage;
            bool ok = false;
            o.limit = value.toInt(&ok);
            if (!ok || o.limit <= 0) {
                m_err << "entente-cli: --limit: \"" << value << "\" is not a positive number\n";
                return Usage;
            }
        } else if (a == QLatin1String("--at")) {
            if (!needValue(i, a, &value))
                return Usage;
            QString error;
            const auto d = PartialDate::parse(value, &error);
            if (!d || d->isNull()) {
                m_err << "entente-cli: --at: " << (error.isEmpty() ? QStringLiteral("a date is required") : error) << "\n";
                return Usage;
            }
            o.at = *d;
            o.hasAt = true;
        } else if (a == QLatin1String("--between")) {
            if (i + 2 >= args.size()) {
                m_err << "entente-cli: --between needs two dates\n";
                return Usage;
            }
            QString error;
            const auto from = PartialDate::parse(args[i + 1], &error);
            const auto to = from ? PartialDate::parse(args[i + 2], &error) : std::nullopt;
            if (!from || !to || from->isNull() || to->isNull()) {
                m_err << "entente-cli: --between: " << (error.isEmpty() ? QStringLiteral("two dates are required") : error) << "\n";
                return Usage;
            }
            if (PartialDate::compareCoarse(*from, *to) > 0) {
                m_err << "entente-cli: --between: the end " << to->toString() << " is before the start " << from->toString() << "\n";
                return Usage;
            }
            o.betweenFrom = *from;
            o.betweenTo = *to;
            o.hasBetween = true;
            i += 2;
        } else if (a == QLatin1String("--k") || a == QLatin1String("--depth")) {
            if (!needValue(i, a, &value))
                return Usage;
            bool ok = false;
            const int n = value.toInt(&ok);
            if (!ok || n <= 0 || n > 100) {
                m_err << "entente-cli: " << a << ": \"" << value << "\" is not a number from 1 to 100\n";
                return Usage;
            }
            (a == QLatin1String("--k") ? o.k : o.depth) = n;
        } else if (a == QLatin1String("--relations") || a == QLatin1String("--avoid")) {
            if (!needValue(i, a, &value))
                return Usage;
            QStringList& list = a == QLatin1String("--relations") ? o.relationKinds : o.avoid;
            for (const QString& part : value.split(u',', Qt::SkipEmptyParts))
                list << part.trimmed();
        } else if (a == QLatin1String("--into") || a == QLatin1String("--format") || a == QLatin1String("--out") ||
                   a == QLatin1String("--focus") || a == QLatin1String("--title") || a == QLatin1String("--subtitle") ||
                   a == QLatin1String("--frame") || a == QLatin1String("--deck")) {
            QString* target = a == QLatin1String("--into")       ? &o.into
                              : a == QLatin1String("--format")   ? &o.format
                              : a == QLatin1String("--out")      ? &o.out
                              : a == QLatin1String("--focus")    ? &o.focus
                              : a == QLatin1String("--subtitle") ? &o.subtitle
                              : a == QLatin1String("--frame")    ? &o.frame
                              : a == QLatin1String("--deck")     ? &o.deck
                                                                 : &o.title;
            if (!needValue(i, a, target))
                return Usage;
        } else if (a == QLatin1String("--theme")) {
            if (!needValue(i, a, &o.theme))
                return Usage;
        } else if (a == QLatin1String("--map")) {
            if (!needValue(i, a, &o.map))
                return Usage;
        } else if (a == QLatin1String("--kinds")) {
            if (!needValue(i, a, &value))
                return Usage;
            for (const QString& part : value.split(u',', Qt::SkipEmptyParts))
                o.kinds << part.trimmed();
        } else if (a == QLatin1String("--weights")) {
            if (!needValue(i, a, &o.weights))
                return Usage;
        } else if (a == QLatin1String("--scale")) {
            if (!needValue(i, a, &value))
                return Usage;
            o.scale = value.toInt();
            if (o.scale != 1 && o.scale != 2 && o.scale != 4) {
                m_err << "entente-cli: --scale: \"" << value << "\" is not 1, 2 or 4\n";
                return Usage;
            }
        } else if (a == QLatin1String("--width") || a == QLatin1String("--height")) {
            if (!needValue(i, a, &value))
                return Usage;
            (a == QLatin1String("--width") ? o.width : o.height) = DiagramCommand::parseLength(a, value, m_err);
            if ((a == QLatin1String("--width") ? o.width : o.height) == 0)
                return Usage;
        } else if (a == QLatin1String("--footnotes")) {
            o.footnotes = true;
        } else if (a == QLatin1String("--transparent")) {
            o.transparent = true;
        } else if (a == QLatin1String("--time-respecting")) {
            o.timeRespecting = true;
        } else if (a == QLatin1String("--directed")) {
            o.directed = true;
        } else if (a.startsWith(QLatin1String("--"))) {
            m_err << "entente-cli: unknown option " << a << "\n";
            usage();
            return Usage;
        } else if (o.command.isEmpty()) {
            o.command = a;
        } else {
            o.positional << a;
        }
    }
    try {
        if (o.command == QLatin1String("info"))
            return info(o);
        if (o.command == QLatin1String("search"))
            return search(o);
        if (o.command == QLatin1String("show"))
            return show(o);
        if (o.command == QLatin1String("timeline"))
            return timeline(o);
        if (o.command == QLatin1String("path"))
            return path(o);
        if (o.command == QLatin1String("neighbours") || o.command == QLatin1String("neighbors"))
            return neighbours(o);
        if (o.command == QLatin1String("import"))
            return importFile(o);
        if (o.command == QLatin1String("export"))
            return exportFile(o);
    } catch (const StoreError& e) {
        m_err << "entente-cli: " << e.message() << "\n";
        return StorageError;
    } catch (const FormatError& e) {
        m_err << "entente-cli: " << e.toString() << "\n";
        return BadInput;
    } catch (const ImportCancelled&) {
        m_err << "entente-cli: import cancelled; the project is unchanged\n";
        return StorageError;
    }
    if (o.command.isEmpty())
        m_err << "entente-cli: no command given\n";
    else
        m_err << "entente-cli: unknown command \"" << o.command << "\"\n";
    usage();
    return Usage;
}

std::unique_ptr<ProjectStore> CliRunner::openStore(const QString& project)
{
    if (project.isEmpty())
        return DefaultDataset::open();
    return SqliteProjectStore::open(project, /*readOnly=*/true);
}

int CliRunner::resolve(const KnowledgeGraph& graph, const QString& text, int* exitCode)
{
    const EntityResolver resolver(graph);
    const auto r = resolver.resolve(text);
    if (r.status == EntityResolver::Status::Found)
        return r.vertex;
    auto list = [&](const QList<int>& vs) {
        QStringList names;
        for (int v : vs)
            names << QStringLiteral("%1 (%2)").arg(graph.entity(v).name, graph.entity(v).id);
        return names.join(QStringLiteral(", "));
    };
    if (r.status == EntityResolver::Status::Ambiguous) {
        m_err << "entente-cli: \"" << text << "\" is ambiguous; it names " << list(r.candidates)
              << " — use an id\n";
        *exitCode = Usage;
    } else {
        m_err << "entente-cli: no entity \"" << text << "\"";
        if (!r.candidates.isEmpty())
            m_err << "; did you mean " << list(r.candidates) << "?";
        m_err << "\n";
        *exitCode = NothingFound;
    }
    return -1;
}

int CliRunner::openAndResolve(const Options& o, const QString& command, std::unique_ptr<ProjectStore>& store,
                              KnowledgeGraph& graph, int* exitCode)
{
    if (o.positional.size() != 1) {
        m_err << "entente-cli: " << command << " needs exactly one ENTITY (quote names with spaces)\n";
        *exitCode = Usage;
        return -1;
    }
    store = openStore(o.project);
    store->loadGraph(graph);
    const int vertex = resolve(graph, o.positional.first(), exitCode);
    if (vertex >= 0)
        noteTime(o, graph, vertex);
    return vertex;
}

void CliRunner::noteTime(const Options& o, const KnowledgeGraph& graph, int vertex)
{
    if (!o.hasAt)
        return;
    // Not an error (what was in force then is still a fair answer), but a reader should know.
    const TimeHistogram h = TimeHistogram::compute(graph);
    if (!h.isEmpty() && o.at.year() < h.firstYear())
        m_err << "entente-cli: note: --at " << o.at.toString() << " is before the earliest date in the data (" << h.firstYear()
              << "); only undated relations can be in force then\n";
    else if (!h.isEmpty() && o.at.year() > h.lastYear())
        m_err << "entente-cli: note: --at " << o.at.toString() << " is after the latest date in the data (" << h.lastYear()
              << "); what is shown is what was still in force when the data ends\n";
    if (vertex >= 0 && !graph.entity(vertex).existence.contains(o.at)) {
        const Entity& e = graph.entity(vertex);
        m_err << "entente-cli: note: " << e.name << " did not exist as of " << o.at.toString() << " (it exists "
              << (e.existence.start().isNull() ? QStringLiteral("…") : e.existence.start().toString()) << " – "
              << (e.existence.end().isNull() ? QString() : e.existence.end().toString()) << ")\n";
    }
}

int CliRunner::info(const Options& o)
{
    QString project = o.project;
    if (project.isEmpty() && !o.positional.isEmpty())
        project = o.positional.first();
    if (o.positional.size() > 1 || (!o.project.isEmpty() && !o.positional.isEmpty())) {
        m_err << "entente-cli: info takes one project\n";
        return Usage;
    }
    auto store = openStore(project);
    const ProjectStatistics s = store->statistics();
    if (o.json) {
        auto toObject = [](const QMap<QString, qint64>& m) {
            QJsonObject obj;
            for (auto it = m.constBegin(); it != m.constEnd(); ++it)
                obj.insert(it.key(), it.value());
            return obj;
        };
        QJsonObject root{{"project", store->location()},
                         {"entities", s.entities},
                         {"relations", s.relations},
                         {"entity_kinds", toObject(s.entityKinds)},
                         {"relation_kinds", toObject(s.relationKinds)},
                         {"categories", toObject(s.categories)},
                         {"unsourced_relations", s.unsourcedRelations},
                         {"dated_relations", s.datedRelations},
                         {"sources", s.sources},
                         {"quality", QJsonObject{{"unsourced_relations", s.unsourcedRelations},
                                                 {"undated_relations", s.relations - s.datedRelations},
                                                 {"ended_relations", s.endedRelations},
                                                 {"censored_relations", s.censoredRelations},
                                                 {"entities_without_relations", s.entitiesWithoutRelations},
                                                 {"entities_without_description", s.entitiesWithoutDescription}}}};
        m_out << QJsonDocument(root).toJson(QJsonDocument::Indented);
        return Ok;
    }
    m_out << store->location() << "\n";
    m_out << "  entities:  " << s.entities << "\n";
    for (auto it = s.entityKinds.constBegin(); it != s.entityKinds.constEnd(); ++it)
        m_out << "    " << it.key() << ": " << it.value() << "\n";
    m_out << "  relations: " << s.relations << " (" << s.datedRelations << " dated, "
          << s.unsourcedRelations << " unsourced)\n";
    for (auto it = s.relationKinds.constBegin(); it != s.relationKinds.constEnd(); ++it)
        m_out << "    " << it.key() << ": " << it.value() << "\n";
    m_out << "  sources:   " << s.sources << "\n";
    m_out << "  quality:   " << s.unsourcedRelations << " unsourced, " << s.relations - s.datedRelations << " undated, "
          << s.endedRelations << " ended, " << s.censoredRelations << " open only because the data stops (observed_until), "
          << s.entitiesWithoutRelations << " entities without relations, " << s.entitiesWithoutDescription << " without description\n";
    return Ok;
}

int CliRunner::search(const Options& o)
{
    if (o.positional.isEmpty()) {
        m_err << "entente-cli: search needs a QUERY\n";
        return Usage;
    }
    const SearchQuery query = SearchQuery::parse(o.positional.join(u' '));
    if (query.isEmpty()) {
        m_err << "entente-cli: the query has no words to search for\n";
        return Usage;
    }
    auto store = openStore(o.project);
    const QStringList ids = store->search(query, o.kind, o.limit);
    QJsonArray results;
    for (const QString& id : ids) {
        const auto e = store->entity(id);
        if (!e)
            continue;
        results.append(QJsonObject{{"id", e->id}, {"name", e->name}, {"kind", entityKindName(e->kind)}, {"category", e->category}});
        if (!o.json)
            m_out << e->id << "\t" << e->name << "\t" << entityKindName(e->kind) << "/" << e->category << "\n";
    }
    if (o.json)
        m_out << QJsonDocument(QJsonObject{{"results", results}}).toJson(QJsonDocument::Indented);
    if (results.isEmpty()) {
        m_err << "entente-cli: nothing matches \"" << o.positional.join(u' ') << "\"\n";
        return NothingFound;
    }
    return Ok;
}

int CliRunner::show(const Options& o)
{
    std::unique_ptr<ProjectStore> store;
    KnowledgeGraph graph;
    int code = Ok;
    const int v = openAndResolve(o, QStringLiteral("show"), store, graph, &code);
    if (v < 0)
        return code;
    const auto details = EntityDetailsLoader::load(*store, graph, graph.entity(v).id);
    if (!details)
        return NothingFound;
    const Entity& e = details->entity;
    QJsonArray relations;
    QList<const EntityDetails::Tie*> shown;
    for (const auto& t : details->ties) {
        if (o.hasAt && !t.relation.interval.contains(o.at))
            continue;
        shown << &t;
        QJsonArray sources;
        for (const QString& k : t.relation.sources) {
            const Source s = details->sources.value(k);
            sources.append(QJsonObject{{"key", k}, {"title", s.title}, {"url", s.url}});
        }
        relations.append(QJsonObject{
            {"id", t.relation.id},
            {"kind", t.relation.kind},
            {"label", t.label},
            {"direction", t.outgoing ? "out" : "in"},
            {"other", QJsonObject{{"id", t.otherId}, {"name", t.otherName}, {"kind", entityKindName(t.otherKind)}}},
            {"start", dateJson(t.relation.interval.start())},
            {"end", dateJson(t.relation.interval.end())},
            {"attributes", QJsonObject::fromVariantMap(t.relation.attributes)},
            {"sources", sources}});
    }
    if (o.json) {
        QJsonArray entitySources;
        for (const QString& k : e.sources) {
            const Source s = details->sources.value(k);
            entitySources.append(QJsonObject{{"key", k}, {"title", s.title}, {"url", s.url}});
        }
        QJsonObject entity{{"id", e.id},
                           {"name", e.name},
                           {"kind", entityKindName(e.kind)},
                           {"category", e.category},
                           {"aliases", QJsonArray::fromStringList(e.aliases)},
                           {"description", e.description},
                           {"region", e.region},
                           {"country", e.country},
                           {"start", dateJson(e.existence.start())},
                           {"end", dateJson(e.existence.end())},
                           {"sources", entitySources}};
        QJsonObject root{{"entity", entity}, {"relations", relations}};
        if (o.hasAt)
            root.insert("at", o.at.toString());
        m_out << QJsonDocument(root).toJson(QJsonDocument::Indented);
        return Ok;
    }
    m_out << e.name << "  [" << e.id << "]\n";
    m_out << "  " << entityKindName(e.kind) << " / " << e.category;
    if (!e.existence.start().isNull() || !e.existence.end().isNull())
        m_out << "  " << e.existence.start().toString() << " – " << e.existence.end().toString();
    m_out << "\n";
    if (!e.aliases.isEmpty())
        m_out << "  also: " << e.aliases.join(QStringLiteral(", ")) << "\n";
    if (!e.description.isEmpty())
        m_out << "\n  " << e.description << "\n";
    m_out << "\nrelations" << (o.hasAt ? QStringLiteral(" as of %1").arg(o.at.toString()) : QString()) << " (" << shown.size() << "):\n";
    for (const auto* t : shown) {
        m_out << "  " << t->label << " " << t->otherName << " [" << t->otherId << "]";
        const QString s = t->relation.interval.start().toString(), en = t->relation.interval.end().toString();
        if (!s.isEmpty() || !en.isEmpty())
            m_out << "  " << (s.isEmpty() ? QStringLiteral("?") : s) << " – " << en;
        QStringList titles;
        for (const QString& k : t->relation.sources)
            titles << details->sources.value(k).title;
        if (!titles.isEmpty())
            m_out << "  (source: " << titles.join(QStringLiteral("; ")) << ")";
        m_out << "\n";
    }
    return Ok;
}

int CliRunner::timeline(const Options& o)
{
    std::unique_ptr<ProjectStore> store;
    KnowledgeGraph graph;
    int code = Ok;
    const int v = openAndResolve(o, QStringLiteral("timeline"), store, graph, &code);
    if (v < 0)
        return code;
    const EntityTimeline tl(graph, v);
    QJsonArray events;
    for (const auto& ev : tl.events()) {
        const RelationKind& k = graph.relationKind(ev.relation);
        const bool outgoing = static_cast<int>(graph.relation(ev.relation).source) == v;
        const QString label = outgoing || !k.directed ? k.label : k.inverseLabel;
        const Entity& other = graph.entity(ev.other);
        const QString text = QStringLiteral("%1 %2 %3").arg(ev.isStart ? QStringLiteral("begins:") : QStringLiteral("ends:"), label, other.name);
        events.append(QJsonObject{{"date", dateJson(ev.date)},
                                  {"event", ev.isStart ? "start" : "end"},
                                  {"text", text},
                                  {"relation", QJsonObject{{"id", graph.relationId(ev.relation)},
                                                           {"kind", k.id},
                                                           {"other", QJsonObject{{"id", other.id}, {"name", other.name}}}}}});
        if (!o.json)
            m_out << (ev.date.isNull() ? QStringLiteral("(undated)") : ev.date.toString()) << "\t" << text << "\n";
    }
    if (o.json)
        m_out << QJsonDocument(QJsonObject{{"entity", graph.entity(v).id}, {"events", events}}).toJson(QJsonDocument::Indented);
    return Ok;
}

} // namespace entente

namespace entente {

bool CliRunner::buildConstraints(const Options& o, const KnowledgeGraph& graph, PathConstraints& c, int* exitCode,
                                 unsigned facets)
{
    if (o.hasAt && o.hasBetween) {
        m_err << "entente-cli: use either --at or --between, not both\n";
        *exitCode = Usage;
        return false;
    }
    if ((facets & KindsFacet) && !o.relationKinds.isEmpty()) {
        std::vector<int> kinds;
        for (const QString& k : o.relationKinds) {
            const int index = graph.vocabulary().indexOf(k);
            if (index < 0) {
                QStringList known;
                for (const RelationKind& rk : graph.vocabulary().kinds())
                    known << rk.id;
                m_err << "entente-cli: --relations: unknown relation kind \"" << k << "\"; known kinds: " << known.join(QStringLiteral(", ")) << "\n";
                *exitCode = Usage;
                return false;
            }
            kinds.push_back(index);
        }
        c.allowRelationKinds(kinds);
    }
    if (facets & AvoidFacet)
        for (const QString& a : o.avoid) {
            if (const auto kind = entityKindFromName(a)) {
                c.avoidEntityKind(*kind);
                continue;
            }
            const int v = resolve(graph, a, exitCode);
            if (v < 0)
                return false;
            c.avoidVertex(v);
        }
    if ((facets & TimeFacet) && o.hasAt)
        c.setAsOf(o.at);
    if ((facets & TimeFacet) && o.hasBetween)
        c.setWindow(o.betweenFrom, o.betweenTo);
    if (facets & DirectedFacet)
        c.setDirected(o.directed);
    QString weightError;
    if (!c.setKindWeights(o.weights, &weightError)) {
        m_err << "entente-cli: --weights: " << weightError << "\n";
        *exitCode = Usage;
        return false;
    }
    return true;
}

int CliRunner::path(const Options& o)
{
    if (o.positional.size() != 2) {
        m_err << "entente-cli: path needs FROM and TO (quote names with spaces)\n";
        return Usage;
    }
    auto store = openStore(o.project);
    KnowledgeGraph graph;
    store->loadGraph(graph);
    noteTime(o, graph);
    int code = Ok;
    const int from = resolve(graph, o.positional[0], &code);
    if (from < 0)
        return code;
    const int to = resolve(graph, o.positional[1], &code);
    if (to < 0)
        return code;
    PathConstraints c(graph);
    if (!buildConstraints(o, graph, c, &code, AllFacets))
        return code;
    const PathFinder finder(graph);
    auto search = [&](const PathConstraints& pc, bool timeRespecting, int k) {
        if (timeRespecting) {
            auto p = finder.timeRespectingPath(from, to, pc);
            return p ? std::vector<Path>{*p} : std::vector<Path>{};
        }
        return finder.kShortestPaths(from, to, k, pc, pc.isWeighted());
    };
    const std::vector<Path> paths = search(c, o.timeRespecting, o.k);
    if (paths.empty()) {
        m_err << "entente-cli: no path from " << graph.entity(from).name << " to " << graph.entity(to).name;
        // Say which constraint cut the graph: drop each one in turn and look again.
        PathConstraints none(graph);
        if (!finder.shortestPath(from, to, none)) {
            m_err << ": they are not connected at all in this project\n";
            return NothingFound;
        }
        QStringList culprits;
        const struct
        {
            unsigned facet;
            const char* name;
            bool active;
        } facets[] = {{KindsFacet, "--relations", !o.relationKinds.isEmpty()},
                      {AvoidFacet, "--avoid", !o.avoid.isEmpty()},
                      {TimeFacet, o.hasAt ? "--at" : "--between", o.hasAt || o.hasBetween},
                      {DirectedFacet, "--directed", o.directed}};
        for (const auto& f : facets) {
            if (!f.active)
                continue;
            PathConstraints relaxed(graph);
            int ignored = Ok;
            buildConstraints(o, graph, relaxed, &ignored, AllFacets & ~f.facet);
            if (!search(relaxed, o.timeRespecting, 1).empty())
                culprits << QString::fromLatin1(f.name);
        }
        if (o.timeRespecting && !search(c, false, 1).empty())
            culprits << QStringLiteral("--time-respecting (a path exists, but not in time order)");
        m_err << " under " << c.describe().join(QStringLiteral("; "));
        if (o.timeRespecting)
            m_err << "; in time order";
        if (!culprits.isEmpty())
            m_err << ". Without " << culprits.join(QStringLiteral(" or without ")) << " there is a path.\n";
        else
            m_err << ". Only the constraints together cut every path.\n";
        return NothingFound;
    }

    QHash<int, Relation> full;
    auto details = [&](int r) -> const Relation& {
        auto it = full.find(r);
        if (it == full.end())
            it = full.insert(r, store->relation(graph.relationId(r)).value_or(Relation{}));
        return *it;
    };
    auto attributes = [&](int r) { return details(r).attributes; };
    QJsonArray jsonPaths;
    int n = 0;
    for (const Path& p : paths) {
        QJsonArray hops;
        for (int i = 0; i < p.length(); ++i) {
            const int r = p.relations[static_cast<size_t>(i)];
            const Relation& rel = details(r);
            const Entity& a = graph.entity(p.vertices[static_cast<size_t>(i)]);
            const Entity& b = graph.entity(p.vertices[static_cast<size_t>(i) + 1]);
            QJsonArray sources;
            for (const Source& s : store->sources(rel.sources))
                sources.append(QJsonObject{{"key", s.key}, {"title", s.title}, {"url", s.url}});
            hops.append(QJsonObject{
                {"from", QJsonObject{{"id", a.id}, {"name", a.name}}},
                {"relation", QJsonObject{{"id", rel.id},
                                         {"kind", rel.kind},
                                         {"direction", rel.source == a.id ? "forward" : "backward"},
                                         {"start", dateJson(rel.interval.start())},
                                         {"end", dateJson(rel.interval.end())},
                                         {"attributes", QJsonObject::fromVariantMap(rel.attributes)},
                                         {"sources", sources}}},
                {"to", QJsonObject{{"id", b.id}, {"name", b.name}}}});
        }
        const QString sentence = PathSentence::describe(graph, p, attributes);
        jsonPaths.append(QJsonObject{{"length", p.length()}, {"cost", p.cost}, {"sentence", sentence}, {"hops", hops}});
        if (!o.json) {
            m_out << ++n << ". " << sentence << "  (" << p.length() << (p.length() == 1 ? " hop" : " hops") << ")\n";
            for (int i = 0; i < p.length(); ++i) {
                QStringList titles;
                for (const Source& s : store->sources(details(p.relations[static_cast<size_t>(i)]).sources))
                    titles << s.title;
                m_out << "     " << graph.entity(p.vertices[static_cast<size_t>(i)]).name
                      << PathSentence::hop(graph, p, i, attributes) << "  [source: "
                      << (titles.isEmpty() ? QStringLiteral("none") : titles.join(QStringLiteral("; "))) << "]\n";
            }
        }
    }
    if (o.json)
        m_out << QJsonDocument(QJsonObject{{"paths", jsonPaths}, {"constraints", QJsonArray::fromStringList(c.describe())}})
                     .toJson(QJsonDocument::Indented);
    return Ok;
}

int CliRunner::neighbours(const Options& o)
{
    std::unique_ptr<ProjectStore> store;
    KnowledgeGraph graph;
    int code = Ok;
    const int v = openAndResolve(o, QStringLiteral("neighbours"), store, graph, &code);
    if (v < 0)
        return code;
    PathConstraints c(graph);
    if (!buildConstraints(o, graph, c, &code, AllFacets))
        return code;
    const Neighbourhood hood(graph, v, o.depth, c);
    QJsonArray entities, relations;
    for (size_t i = 0; i < hood.vertices().size(); ++i) {
        const Entity& e = graph.entity(hood.vertices()[i]);
        entities.append(QJsonObject{{"id", e.id}, {"name", e.name}, {"kind", entityKindName(e.kind)}, {"depth", hood.depths()[i]}});
        if (!o.json && i > 0)
            m_out << hood.depths()[i] << "\t" << e.id << "\t" << e.name << "\n";
    }
    for (int r : hood.relations()) {
        const RelationEdge& e = graph.relation(r);
        relations.append(QJsonObject{{"id", graph.relationId(r)},
                                     {"kind", graph.relationKind(r).id},
                                     {"source", graph.entity(static_cast<int>(e.source)).id},
                                     {"target", graph.entity(static_cast<int>(e.target)).id}});
    }
    if (o.json)
        m_out << QJsonDocument(QJsonObject{{"entities", entities}, {"relations", relations}}).toJson(QJsonDocument::Indented);
    if (hood.vertices().size() <= 1) {
        m_err << "entente-cli: " << graph.entity(v).name << " has no neighbours"
              << (c.isUnconstrained() ? QString() : QStringLiteral(" under ") + c.describe().join(QStringLiteral("; "))) << "\n";
        return NothingFound;
    }
    return Ok;
}

} // namespace entente

namespace entente {

int CliRunner::importFile(const Options& o)
{
    if (o.positional.size() != 1 || o.into.isEmpty()) {
        m_err << "entente-cli: import needs FILE and --into PROJECT\n";
        return Usage;
    }
    GraphFormat format = GraphFormat::Auto;
    if (!o.format.isEmpty()) {
        const auto f = graphFormatFromName(o.format);
        if (!f) {
            m_err << "entente-cli: --format: \"" << o.format << "\" is not auto, csv, graphml, gexf, json or dot\n";
            return Usage;
        }
        format = *f;
    }
    CsvColumnMapping mapping;
    if (!o.map.isEmpty()) {
        QString error;
        const auto parsed = CsvColumnMapping::parse(o.map, &error);
        if (!parsed) {
            m_err << "entente-cli: --map: " << error << "\n";
            return Usage;
        }
        mapping = *parsed;
    }
    const QString file = o.positional.first();
    if (!QFileInfo::exists(file)) {
        m_err << "entente-cli: " << file << ": no such file\n";
        return StorageError;
    }
    // DESIGN.md: import creates the project if it does not exist yet; a failed import into a
    // project it just created leaves no empty file behind.
    const bool creating = !QFileInfo::exists(o.into);
    bool created =
        false; // only a file this process made may be removed (another may have won the race)
    std::unique_ptr<SqliteProjectStore> store;
    try {
        store = creating ? SqliteProjectStore::create(o.into) : SqliteProjectStore::open(o.into);
        created = creating;
        const ImportSummary summary = GraphImporter::importInto(*store, file, format, nullptr, mapping);
        if (o.json) {
            m_out << QJsonDocument(summary.toJson()).toJson(QJsonDocument::Indented);
        } else {
            m_out << "imported " << file << " into " << o.into << ": added " << summary.entitiesAdded << " entities and "
                  << summary.relationsAdded << " relations, updated " << summary.updated << ", skipped " << summary.skipped << "\n";
            for (const QString& w : summary.warnings)
                m_out << "  warning: " << w << "\n";
        }
        return Ok;
    } catch (...) {
        if (created) {
            store.reset();
            for (const char* suffix : {"", "-wal", "-shm"})
                QFile::remove(o.into + QLatin1String(suffix));
        }
        throw;
    }
}

int CliRunner::exportFile(const Options& o)
{
    if (!o.deck.isEmpty())
        return exportDeck(o);
    if (o.out.isEmpty() || o.format.isEmpty()) {
        m_err << "entente-cli: export needs --format and --out\n";
        return Usage;
    }
    if (DiagramWriter::formatFromName(o.format))
        return exportDiagram(o);
    const auto format = graphFormatFromName(o.format);
    if (!format || *format == GraphFormat::Auto) {
        m_err << "entente-cli: --format: \"" << o.format << "\" is not graphml, gexf, csv, json, dot, svg, png or pdf\n";
        return Usage;
    }
    auto store = openStore(o.project);
    ExportOptions options;
    options.title = o.title;
    if (!o.focus.isEmpty() || o.hasAt || !o.kinds.isEmpty()) {
        KnowledgeGraph graph;
        store->loadGraph(graph);
        std::vector<int> chosen;
        if (const int code = chooseEntities(o, graph, chosen, nullptr); code != Ok)
            return code;
        for (int v : chosen)
            options.entityIds << graph.entity(v).id;
    }
    const QStringList written = GraphExporter::exportProject(*store, *format, o.out, options);
    for (const QString& f : written)
        m_out << "wrote " << f << "\n";
    return Ok;
}

int CliRunner::chooseEntities(const Options& o, const KnowledgeGraph& graph, std::vector<int>& out, QStringList* relationKindIds)
{
    noteTime(o, graph);
    // --kinds names entity kinds to keep, or relation kinds to walk for --focus.
    QSet<EntityKind> entityKinds;
    std::vector<int> relationKinds;
    for (const QString& k : o.kinds) {
        if (const auto ek = entityKindFromName(k))
            entityKinds.insert(*ek);
        else if (const int rk = graph.vocabulary().indexOf(k); rk >= 0) {
            relationKinds.push_back(rk);
            if (relationKindIds)
                *relationKindIds << k;
        } else {
            m_err << "entente-cli: --kinds: \"" << k << "\" is neither an entity kind nor a relation kind\n";
            return Usage;
        }
    }
    std::vector<int> chosen;
    if (!o.focus.isEmpty()) {
        int code = Ok;
        const int centre = resolve(graph, o.focus, &code);
        if (centre < 0)
            return code;
        PathConstraints c(graph);
        c.allowRelationKinds(relationKinds);
        if (o.hasAt)
            c.setAsOf(o.at);
        const Neighbourhood hood(graph, centre, o.depth, c);
        chosen = hood.vertices();
    } else {
        for (int v = 0; v < graph.entityCount(); ++v)
            chosen.push_back(v);
    }
    for (int v : chosen) {
        const Entity& e = graph.entity(v);
        if (!entityKinds.isEmpty() && !entityKinds.contains(e.kind))
            continue;
        if (o.hasAt && !e.existence.contains(o.at))
            continue;
        out.push_back(v);
    }
    if (out.empty()) {
        m_err << "entente-cli: nothing to export under these options\n";
        return NothingFound;
    }
    return Ok;
}

bool CliRunner::needsGui(const QStringList& arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments[i] == QLatin1String("--deck"))
            return true;
        if (arguments[i] == QLatin1String("--format") && i + 1 < arguments.size() && DiagramWriter::formatFromName(arguments[i + 1]))
            return true;
    }
    return false;
}

namespace {

/** Frame, scale and background shared by single diagrams and decks; false on a bad --frame. */
bool diagramOptions(const QString& frame, int scale, bool transparent, DiagramOptions* options, QTextStream& err)
{
    if (!frame.isEmpty()) {
        const auto f = DiagramOptions::frameFromName(frame);
        if (!f) {
            err << "entente-cli: --frame: \"" << frame << "\" is not 16:9, 4:3, a4 or a4-landscape\n";
            return false;
        }
        options->frame = *f;
    }
    options->scale = scale;
    options->transparent = transparent;
    return true;
}

QString creditLine(const QString& project, const KnowledgeGraph& graph)
{
    const QString name = project.isEmpty() ? QStringLiteral("Entente default dataset") : QFileInfo(project).fileName();
    return QStringLiteral("Drawn with Entente from %1 (%2 entities, %3 relations, every relation sourced in the project)")
        .arg(name)
        .arg(graph.entityCount())
        .arg(graph.relationCount());
}

} // namespace

int CliRunner::exportDiagram(const Options& o)
{
    if (!DiagramCommand::applyTheme(o.theme, m_err))
        return Usage;
    const auto format = DiagramWriter::formatFromName(o.format);
    DiagramOptions options;
    if (!diagramOptions(o.frame, o.scale, o.transparent, &options, m_err) ||
        !DiagramCommand::setSize(o.width, o.height, &options, m_err))
        return Usage;
    auto store = openStore(o.project);
    auto graph = std::make_shared<KnowledgeGraph>();
    store->loadGraph(*graph);
    std::vector<int> chosen;
    FilterCriteria filter;
    QStringList relationKinds;
    if (const int code = chooseEntities(o, *graph, chosen, &relationKinds); code != Ok)
        return code;
    // The diagram draws what the data export would write: relations as of --at, of the --kinds named.
    filter.relationKinds = QSet<QString>(relationKinds.begin(), relationKinds.end());
    if (o.hasAt)
        filter.asOf = o.at;
    options.title = o.title;
    options.subtitle = o.subtitle;
    options.asOf = o.hasAt ? QStringLiteral("As of %1").arg(o.at.toString()) : QStringLiteral("All dates");
    options.credit = creditLine(o.project, *graph);
    QString error;
    if (!DiagramCommand::draw(graph, std::move(chosen), filter, options, *format, o.out, &error,
                              o.footnotes ? store.get() : nullptr)) {
        m_err << "entente-cli: " << error << "\n";
        return StorageError;
    }
    m_out << "wrote " << o.out << "\n";
    return Ok;
}

int CliRunner::exportDeck(const Options& o)
{
    if (!DiagramCommand::applyTheme(o.theme, m_err))
        return Usage;
    // A deck is a PDF unless --format asks for a folder of PNG or SVG files.
    auto format = o.format.isEmpty() ? std::optional(DiagramWriter::Format::Pdf) : DiagramWriter::formatFromName(o.format);
    if (!format) {
        m_err << "entente-cli: --deck: --format \"" << o.format << "\" is not pdf, png or svg\n";
        return Usage;
    }
    DiagramOptions options;
    if (!diagramOptions(o.frame, o.scale, o.transparent, &options, m_err) ||
        !DiagramCommand::setSize(o.width, o.height, &options, m_err))
        return Usage;
    auto store = openStore(o.project);
    const QList<SavedView> views = store->savedViews();
    if (views.isEmpty()) {
        m_err << "entente-cli: --deck: the project has no saved views to make slides of\n";
        return NothingFound;
    }
    auto graph = std::make_shared<KnowledgeGraph>();
    store->loadGraph(*graph);
    options.credit = creditLine(o.project, *graph);
    QString error;
    const QStringList written = DiagramCommand::deck(graph, views, options, *format, o.deck, &error,
                                                     o.footnotes ? store.get() : nullptr);
    if (written.isEmpty()) {
        m_err << "entente-cli: " << error << "\n";
        return StorageError;
    }
    for (const QString& f : written)
        m_out << "wrote " << f << "\n";
    return Ok;
}

} // namespace entente
