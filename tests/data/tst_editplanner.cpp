#include "graph/graphpatch.h"
#include "graph/knowledgegraph.h"
#include "store/editapplier.h"
#include "store/editplanner.h"
#include "store/sqliteprojectstore.h"
#include "store/storeerror.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <functional>
#include <memory>

using namespace entente;

/**
 * The edit layer against real project files: every kind of edit done, undone and redone with
 * the store and the patched graph checked against each other, merge semantics, refused edits
 * that change nothing, and a writer killed mid-transaction.
 */
class TestEditPlanner : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

    using Plan = std::function<EditStep(EditPlanner&)>;

    /** A small project: three states, an organisation, a treaty, four relations, one source. */
    QString makeProject()
    {
        const QString file = m_dir.filePath(QStringLiteral("p%1.entente").arg(++m_files));
        auto store = SqliteProjectStore::create(file);
        WriteBatch b;
        RelationKind member{"member_of",
                            "member of",
                            "has member",
                            true,
                            {EntityKind::Actor, EntityKind::Organisation},
                            {EntityKind::Organisation},
                            "#0072B2"};
        RelationKind party{"party_to",
                           "party to",
                           "has party",
                           true,
                           {EntityKind::Actor, EntityKind::Organisation},
                           {EntityKind::Treaty},
                           "#009E73"};
        RelationKind allied{"allied_with",       "allied with",       "allied with", false,
                            {EntityKind::Actor}, {EntityKind::Actor}, "#D55E00"};
        b.relationKinds << member << party << allied;
        b.sources << Source{"src1", "Membership page", "X", "https://example.org/x",
                            "",     "2026-11-23"};
        auto entity = [](const char* id, EntityKind kind, const char* name,
                         QStringList aliases = {}) {
            Entity e;
            e.id = id;
            e.kind = kind;
            e.name = name;
            e.aliases = aliases;
            e.category = kind == EntityKind::Actor ? "state" : "igo";
            return e;
        };
        b.entities << entity("state:A", EntityKind::Actor, "Alpha", {"ALP"})
                   << entity("state:B", EntityKind::Actor, "Beta")
                   << entity("state:C", EntityKind::Actor, "Gamma")
                   << entity("org:X", EntityKind::Organisation, "Xorg")
                   << entity("treaty:T", EntityKind::Treaty, "Tee Treaty");
        b.entities[0].description = "The first state.";
        b.entities[0].sources = {"src1"};
        auto relation = [](const char* id, const char* kind, const char* s, const char* t,
                           int year) {
            Relation r;
            r.id = id;
            r.kind = kind;
            r.source = s;
            r.target = t;
            r.interval = DateInterval(PartialDate::ofYear(year), {});
            return r;
        };
        b.relations << relation("r1", "member_of", "state:A", "org:X", 1990)
                    << relation("r2", "member_of", "state:B", "org:X", 1991)
                    << relation("r3", "allied_with", "state:A", "state:B", 1992)
                    << relation("r4", "party_to", "state:C", "treaty:T", 1993);
        b.relations[0].sources = {"src1"};
        b.relations[0].note = "founding member";
        b.relations[0].attributes = {{"role", "founding"}};
        store->write(b);
        return file;
    }

    /** Everything in the store, in a canonical order, so two states compare with ==. */
    static QString snapshot(ProjectStore& store)
    {
        QList<Entity> es = store.allEntities();
        std::sort(es.begin(), es.end(),
                  [](const Entity& a, const Entity& b) { return a.id < b.id; });
        QList<Relation> rs = store.allRelations();
        std::sort(rs.begin(), rs.end(),
                  [](const Relation& a, const Relation& b) { return a.id < b.id; });
        QString out;
        for (const Entity& e : es)
            out += QStringLiteral("E %1|%2|%3|%4|%5|%6|%7|%8|%9\n")
                       .arg(e.id, entityKindName(e.kind), e.category, e.name, e.aliases.join(u','),
                            e.description,
                            e.existence.start().toString() + u'/' + e.existence.end().toString(),
                            e.sources.join(u','),
                            QJsonDocument(QJsonObject::fromVariantMap(e.attributes))
                                .toJson(QJsonDocument::Compact));
        for (const Relation& r : rs)
            out += QStringLiteral("R %1|%2|%3|%4|%5|%6|%7|%8\n")
                       .arg(r.id, r.kind, r.source, r.target,
                            r.interval.start().toString() + u'/' + r.interval.end().toString(),
                            r.sources.join(u','), r.note,
                            QJsonDocument(QJsonObject::fromVariantMap(r.attributes))
                                .toJson(QJsonDocument::Compact));
        return out;
    }

    /** The patched graph, described by ids (indexes differ from a fresh load after deletes). */
    static QStringList describe(const KnowledgeGraph& g)
    {
        QStringList out;
        for (int v = 0; v < g.entityCount(); ++v) {
            const Entity& e = g.entity(v);
            out << QStringLiteral("E %1 %2 %3 %4 %5")
                       .arg(e.id, e.name, e.category, e.aliases.join(u','), entityKindName(e.kind));
        }
        for (int r = 0; r < g.relationCount(); ++r) {
            const RelationEdge& e = g.relation(r);
            out << QStringLiteral("R %1 %2 %3 %4 %5 %6")
                       .arg(g.relationId(r), g.relationKind(r).id,
                            g.entity(static_cast<int>(e.source)).id,
                            g.entity(static_cast<int>(e.target)).id, e.start.toString(),
                            e.end.toString());
            if (g.indexOf(g.entity(static_cast<int>(e.source)).id) != static_cast<int>(e.source))
                out << QStringLiteral("broken vertex index");
        }
        // Every relation is reachable through the Boost graph from both of its ends.
        int arcs = 0;
        for (int v = 0; v < g.entityCount(); ++v)
            g.forEachIncident(v, [&](std::uint32_t, std::uint32_t, bool) { ++arcs; });
        out << QStringLiteral("arcs %1").arg(arcs);
        out.sort();
        return out;
    }

    static void expectGraphMatchesStore(const KnowledgeGraph& patched, ProjectStore& store)
    {
        KnowledgeGraph fresh;
        store.loadGraph(fresh);
        QCOMPARE(describe(patched), describe(fresh));
    }

    static QList<Plan> plans()
    {
        auto entity = [](const char* id, const char* name) {
            Entity e;
            e.id = id;
            e.name = name;
            e.category = "person";
            e.aliases = {QStringLiteral("%1 alias").arg(name)};
            e.existence = DateInterval(PartialDate::ofMonth(1970, 5), {});
            e.attributes = {{"tags", QStringList{"story"}}};
            return e;
        };
        return {
            [=](EditPlanner& p) { return p.addEntity(entity("actor:jane", "Jane Doe")); },
            [](EditPlanner& p) {
                Entity e;
                e.id = "state:A";
                e.name = "Alpha Republic";
                e.category = "state";
                e.aliases = {"ALP", "AR"};
                e.description = "Changed.";
                e.existence = DateInterval(PartialDate::ofDay(1920, 1, 2), {});
                return p.updateEntity(e);
            },
            [](EditPlanner& p) { return p.deleteEntity("state:A"); },
            [](EditPlanner& p) {
                Relation r;
                r.id = "edit:new";
                r.kind = "party_to";
                r.source = "state:A";
                r.target = "treaty:T";
                r.interval =
                    DateInterval(PartialDate::ofDay(2001, 2, 3), PartialDate::ofYear(2010));
                r.note = "from the story";
                return p.addRelation(r);
            },
            [](EditPlanner& p) {
                Relation r;
                r.id = "r1";
                r.kind = "member_of";
                r.source = "state:C";
                r.target = "org:X";
                r.interval = DateInterval(PartialDate::ofYear(1999), {});
                return p.updateRelation(r);
            },
            [](EditPlanner& p) { return p.deleteRelation("r1"); },
            [](EditPlanner& p) { return p.mergeEntities("state:B", "state:A"); },
            [](EditPlanner& p) {
                return p.setCategory({"state:A", "state:B"}, "microstate");
            },
            [](EditPlanner& p) {
                return p.addTag({"state:A", "org:X"}, "investigation");
            },
        };
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void doUndoRedo_data()
    {
        QTest::addColumn<int>("plan");
        QTest::newRow("add entity") << 0;
        QTest::newRow("update entity") << 1;
        QTest::newRow("delete entity with relations") << 2;
        QTest::newRow("add relation") << 3;
        QTest::newRow("update relation endpoints") << 4;
        QTest::newRow("delete relation") << 5;
        QTest::newRow("merge entities") << 6;
        QTest::newRow("bulk set category") << 7;
        QTest::newRow("bulk add tag") << 8;
    }

    void doUndoRedo()
    {
        QFETCH(int, plan);
        const QString file = makeProject();
        auto store = SqliteProjectStore::open(file);
        std::shared_ptr<KnowledgeGraph> graph = std::make_shared<KnowledgeGraph>();
        store->loadGraph(*graph);
        const QString before = snapshot(*store);
        const QStringList graphBefore = describe(*graph);

        EditPlanner planner(*store, *graph);
        const EditStep step = plans()[plan](planner);
        QVERIFY(!step.text.isEmpty());

        auto apply = [&](const WriteBatch& b) {
            EditApplier::Result r = EditApplier::apply(*store, *graph, b);
            graph = r.patch.graph;
        };
        apply(step.redo);
        const QString after = snapshot(*store);
        QVERIFY(after != before);
        expectGraphMatchesStore(*graph, *store);

        apply(step.undo);
        QCOMPARE(snapshot(*store), before);
        expectGraphMatchesStore(*graph, *store);
        QCOMPARE(describe(*graph), graphBefore);

        apply(step.redo);
        QCOMPARE(snapshot(*store), after);
        expectGraphMatchesStore(*graph, *store);

        // Reopening the file (a later session) sees the same committed state.
        store.reset();
        auto reopened = SqliteProjectStore::open(file);
        QCOMPARE(snapshot(*reopened), after);
    }

    void mergeMovesRelationsAndAliases()
    {
        auto store = SqliteProjectStore::open(makeProject());
        auto graph = std::make_shared<KnowledgeGraph>();
        store->loadGraph(*graph);
        const EditStep step = EditPlanner(*store, *graph).mergeEntities("state:B", "state:A");
        EditApplier::apply(*store, *graph, step.redo);

        QVERIFY(!store->entity("state:A"));
        const Entity b = *store->entity("state:B");
        QCOMPARE(b.aliases, (QStringList{"Alpha", "ALP"}));
        QCOMPARE(b.description, QString("The first state.")); // Beta had none: Alpha's is kept
        QCOMPARE(b.sources, QStringList{"src1"});
        // A's membership moved with its source, note and attributes; the A–B alliance is gone.
        const Relation r1 = *store->relation("r1");
        QCOMPARE(r1.source, QString("state:B"));
        QCOMPARE(r1.sources, QStringList{"src1"});
        QCOMPARE(r1.note, QString("founding member"));
        QCOMPARE(r1.attributes.value("role").toString(), QString("founding"));
        QVERIFY(!store->relation("r3"));
        QCOMPARE(store->relationsOf("state:B").size(), 2);
    }

    void mergeRefusesDifferentKinds()
    {
        auto store = SqliteProjectStore::open(makeProject());
        KnowledgeGraph graph;
        store->loadGraph(graph);
        QVERIFY_THROWS_EXCEPTION(StoreError,
                                 EditPlanner(*store, graph).mergeEntities("org:X", "state:A"));
    }

    void refusedEditsName_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("needle");
        QTest::newRow("duplicate id") << 0 << "already used by Alpha";
        QTest::newRow("alias naming another entity") << 1 << "already names Beta";
        QTest::newRow("kind not allowed") << 2 << "cannot join";
        QTest::newRow("end before start") << 3 << "before the start";
        QTest::newRow("unknown entity") << 4 << "no entity";
    }

    void refusedEditsName()
    {
        QFETCH(int, which);
        QFETCH(QString, needle);
        auto store = SqliteProjectStore::open(makeProject());
        KnowledgeGraph graph;
        store->loadGraph(graph);
        const QString before = snapshot(*store);
        EditPlanner p(*store, graph);
        Entity e;
        e.id = "state:A";
        e.name = "Another";
        Relation r;
        r.id = "edit:x";
        r.kind = "member_of";
        r.source = "org:X";
        r.target = "state:A";
        try {
            switch (which) {
            case 0:
                p.addEntity(e);
                break;
            case 1:
                e.id = "actor:new";
                e.aliases = {"beta"};
                p.addEntity(e);
                break;
            case 2:
                p.addRelation(r);
                break;
            case 3:
                e.existence = DateInterval(PartialDate::ofYear(2000), PartialDate::ofYear(1999));
                p.updateEntity(e);
                break;
            case 4:
                p.deleteEntity("state:nowhere");
                break;
            }
            QFAIL("the edit was not refused");
        } catch (const StoreError& err) {
            QVERIFY2(err.message().contains(needle, Qt::CaseInsensitive),
                     qPrintable(err.message()));
        }
        QCOMPARE(snapshot(*store), before);
    }

    void failedWriteChangesNothing()
    {
        // The batch is valid for the graph it was planned on, but another writer removed an
        // endpoint meanwhile: the write fails inside its transaction and nothing lands.
        const QString file = makeProject();
        auto store = SqliteProjectStore::open(file);
        auto graph = std::make_shared<KnowledgeGraph>();
        store->loadGraph(*graph);
        const EditStep step = EditPlanner(*store, *graph).deleteEntity("state:A");
        EditApplier::apply(*store, *graph, step.redo);
        {
            auto other = SqliteProjectStore::open(file);
            WriteBatch b;
            b.deletedEntities << "org:X";
            other->write(b);
        }
        const QString before = snapshot(*store);
        QVERIFY_THROWS_EXCEPTION(StoreError, EditApplier::apply(*store, *graph, step.undo));
        QCOMPARE(snapshot(*store), before);
        QVERIFY(
            !store->entity("state:A")); // the entity of the undo did not land without its relations
    }

    void readOnlyIsRefused()
    {
        const QString file = makeProject();
        auto store = SqliteProjectStore::open(file, true);
        KnowledgeGraph graph;
        store->loadGraph(graph);
        WriteBatch b;
        b.deletedRelations << "r1";
        try {
            EditApplier::apply(*store, graph, b);
            QFAIL("read-only write accepted");
        } catch (const StoreError& e) {
            QCOMPARE(e.code(), StoreError::Code::ReadOnly);
        }
    }

    void killedWriterLeavesLastCommit()
    {
        // A child process writes batches of 2,000 entities, each one transaction, and is killed
        // without warning; the file must hold whole batches only, and open cleanly.
        const QString file = makeProject();
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("ENTENTE_EDIT_CHILD", file);
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForStarted());
        QVERIFY(child.waitForReadyRead(20000)); // the first batch is committed
        QTest::qWait(150);
        child.kill();
        QVERIFY(child.waitForFinished());

        auto store = SqliteProjectStore::open(file);
        int added = 0;
        for (const QString& id : store->entityIds())
            added += id.startsWith("crash:");
        QVERIFY(added >= 2000);
        QCOMPARE(added % 2000, 0);
        KnowledgeGraph graph;
        store->loadGraph(graph);
        QCOMPARE(graph.entityCount(), added + 5);
    }
};

/** The child of killedWriterLeavesLastCommit: writes batch after batch until killed. */
static int writeUntilKilled(const QString& file)
{
    auto store = SqliteProjectStore::open(file);
    for (int batch = 0;; ++batch) {
        WriteBatch b;
        for (int i = 0; i < 2000; ++i) {
            Entity e;
            e.id = QStringLiteral("crash:%1:%2").arg(batch).arg(i);
            e.name = QStringLiteral("Crash %1").arg(i);
            b.entities << e;
        }
        store->write(b);
        fputs("committed\n", stdout);
        fflush(stdout);
    }
}

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (const QByteArray child = qgetenv("ENTENTE_EDIT_CHILD"); !child.isEmpty())
        return writeUntilKilled(QString::fromLocal8Bit(child));
    TestEditPlanner t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_editplanner.moc"
