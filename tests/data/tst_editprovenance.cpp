#include "graph/knowledgegraph.h"
#include "store/editapplier.h"
#include "store/editplanner.h"
#include "store/projectschema.h"
#include "store/sqlitedatabase.h"
#include "store/sqliteprojectstore.h"
#include "store/sqlitestatement.h"
#include "store/storeerror.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <functional>
#include <tuple>

using namespace entente;

/**
 * Provenance in the store: schema version 2 (quote, page and confidence on the source links)
 * reached from a version-1 file by migration, read-only opening of a version-1 file, citation
 * round trips, every citation edit done, undone and redone on a real file, the source library's
 * uses, tags, and the unsourced flag the graph carries.
 */
class TestEditProvenance : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;
    using Plan = std::function<EditStep(EditPlanner&)>;

    QString newPath() { return m_dir.filePath(QStringLiteral("p%1.entente").arg(++m_files)); }

    static RelationKind memberKind()
    {
        return RelationKind{"member_of",
                            "member of",
                            "has member",
                            true,
                            {EntityKind::Actor, EntityKind::Organisation},
                            {EntityKind::Organisation},
                            "#0072B2"};
    }

    /** A version-1 file written as Entente 1 wrote it: two states, an organisation, sources. */
    QString makeVersion1()
    {
        const QString path = newPath();
        SqliteDatabase db;
        db.open(path, SqliteDatabase::Mode::Create);
        ProjectSchema::initialise(db, 1);
        db.exec(
            "INSERT INTO relation_kind(id, label, inverse_label, directed, from_kinds, to_kinds, "
            "colour) VALUES ('member_of', 'member of', 'has member', 1, 'actor|organisation', "
            "'organisation', '#0072B2')");
        db.exec("INSERT INTO source(key, title, publisher) VALUES ('s1', 'Members', 'Org X')");
        db.exec("INSERT INTO entity(id, kind, name) VALUES ('state:A', 'actor', 'Alpha'), "
                "('state:B', 'actor', 'Beta'), ('org:X', 'organisation', 'Xorg')");
        db.exec("INSERT INTO relation(id, kind, source, target) VALUES ('r1', 1, 1, 3), ('r2', 1, "
                "2, 3)");
        db.exec("INSERT INTO relation_source(relation, source) VALUES (1, 1)");
        db.exec("INSERT INTO entity_source(entity, source) VALUES (3, 1)");
        return path;
    }

    static QByteArray digest(const QString& path)
    {
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
    }

    /** A current project with sources s1, s2, entities A, B, X and relations r1 (cites s1), r2. */
    QString makeProject()
    {
        const QString path = newPath();
        auto store = SqliteProjectStore::create(path);
        WriteBatch b;
        b.relationKinds << memberKind();
        b.sources << Source{"s1", "Members", "Org X", "https://example.org/m", "", "2026-11-01"}
                  << Source{"s2", "Yearbook", "Press", "", "", ""};
        for (auto [id, kind, name] : {std::tuple{"state:A", EntityKind::Actor, "Alpha"},
                                      std::tuple{"state:B", EntityKind::Actor, "Beta"},
                                      std::tuple{"org:X", EntityKind::Organisation, "Xorg"}}) {
            Entity e;
            e.id = id;
            e.kind = kind;
            e.name = name;
            b.entities << e;
        }
        Relation r1;
        r1.id = "r1";
        r1.kind = "member_of";
        r1.source = "state:A";
        r1.target = "org:X";
        r1.sources = {"s1"};
        r1.citations.insert("s1", Citation{"A joined in 1990.", "12", Citation::High});
        Relation r2 = r1;
        r2.id = "r2";
        r2.source = "state:B";
        r2.sources.clear();
        r2.citations.clear();
        b.relations << r1 << r2;
        store->write(b);
        return path;
    }

    /** "KEYS: [key quote page confidence]…" for one record's sources and citations. */
    static QString cited(const QStringList& keys, const QMap<QString, Citation>& citations)
    {
        QString out = QStringLiteral(" %1:").arg(keys.join(u','));
        for (auto it = citations.cbegin(); it != citations.cend(); ++it)
            out += QStringLiteral(" [%1 %2 %3 %4]")
                       .arg(it.key(), it->quote, it->page)
                       .arg(it->confidence);
        return out;
    }

    static QString describe(ProjectStore& store, const QString& relationId, const QString& entityId)
    {
        const auto r = store.relation(relationId);
        QString out = r ? QStringLiteral("R %1").arg(r->id) + cited(r->sources, r->citations)
                        : QStringLiteral("R %1 none").arg(relationId);
        if (const auto e = store.entity(entityId))
            out += QStringLiteral(" | E %1").arg(e->id) + cited(e->sources, e->citations);
        return out;
    }

    static bool graphUnsourced(const KnowledgeGraph& g, const QString& relationId)
    {
        const int r = g.relationIndexOf(relationId);
        return r >= 0 && g.relation(r).unsourced;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void version1OpensReadOnlyWithoutChange()
    {
        const QString path = makeVersion1();
        const QByteArray before = digest(path);
        auto store = SqliteProjectStore::open(path, true);
        QVERIFY(store->isReadOnly());
        const auto r = store->relation("r1");
        QVERIFY(r);
        QCOMPARE(r->sources, QStringList{"s1"});
        QVERIFY(r->citations.isEmpty());
        QCOMPARE(store->entity("org:X")->sources, QStringList{"s1"});
        KnowledgeGraph g;
        store->loadGraph(g);
        QVERIFY(!graphUnsourced(g, "r1"));
        QVERIFY(graphUnsourced(g, "r2"));
        QCOMPARE(store->sourceUses().size(), 2);
        store.reset();
        QCOMPARE(digest(path), before);
        SqliteDatabase db;
        db.open(path, SqliteDatabase::Mode::ReadOnly);
        QCOMPARE(db.queryInt("PRAGMA user_version"), 1);
    }

    void version1MigratesWhenOpenedForWriting()
    {
        const QString path = makeVersion1();
        {
            auto store = SqliteProjectStore::open(path);
            QVERIFY(!store->isReadOnly());
            QCOMPARE(store->database().queryInt("PRAGMA user_version"),
                     ProjectSchema::CurrentVersion);
            QCOMPARE(store->database().queryInt("SELECT count(*) FROM relation_source"), 1);
            QCOMPARE(store->relation("r1")->sources, QStringList{"s1"});
            // The migrated file takes citation details like a new one.
            Relation r = *store->relation("r2");
            r.sources = {"s1"};
            r.citations.insert("s1", Citation{"", "p. 4", Citation::Low});
            WriteBatch b;
            b.relations << r;
            store->write(b);
        }
        auto again = SqliteProjectStore::open(path, true); // the check accepts what migration made
        QCOMPARE(again->relation("r2")->citations.value("s1").page, QStringLiteral("p. 4"));
        QCOMPARE(again->relation("r2")->citations.value("s1").confidence, int(Citation::Low));
        SqliteStatement check(again->database(), "PRAGMA integrity_check");
        QVERIFY(check.step());
        QCOMPARE(check.text(0), QStringLiteral("ok"));
    }

    void version2WithoutItsColumnsIsRefused()
    {
        // A version-1 schema claiming to be version 2 (columns missing) is not what migrations
        // make, so the exact-schema check refuses it before anything reads a link.
        const QString path = makeVersion1();
        {
            SqliteDatabase db;
            db.open(path, SqliteDatabase::Mode::ReadWrite);
            db.exec("PRAGMA user_version = 2");
        }
        try {
            SqliteProjectStore::open(path, true);
            QFAIL("a schema that differs from its version was opened");
        } catch (const StoreError& e) {
            QCOMPARE(e.code(), StoreError::Code::Corrupt);
            QVERIFY2(e.message().contains(QLatin1String("entity_source")) ||
                         e.message().contains(QLatin1String("relation_source")),
                     qPrintable(e.message()));
        }
    }

    void confidenceOutOfRangeIsClamped()
    {
        const QString path = makeProject();
        auto store = SqliteProjectStore::open(path);
        Relation r = *store->relation("r1");
        r.citations["s1"].confidence = 9;
        WriteBatch b;
        b.relations << r;
        store->write(b);
        QCOMPARE(store->relation("r1")->citations.value("s1").confidence, int(Citation::High));
    }

    void usesTagsAndUnsourced()
    {
        const QString path = makeProject();
        auto store = SqliteProjectStore::open(path);
        const QList<SourceUse> uses = store->sourceUses();
        QCOMPARE(uses.size(), 1);
        QCOMPARE(uses[0].sourceKey, QStringLiteral("s1"));
        QVERIFY(uses[0].relation);
        QCOMPARE(uses[0].label, QStringLiteral("Alpha — member of — Xorg"));
        Entity a = *store->entity("state:A");
        a.attributes.insert("tags", QStringList{"story", "2026"});
        Relation r2 = *store->relation("r2");
        r2.attributes.insert("tags", QStringList{"story"});
        WriteBatch b;
        b.entities << a;
        b.relations << r2;
        store->write(b);
        const auto entityTags = store->tags(false);
        QCOMPARE(entityTags.value("story"), QSet<QString>{"state:A"});
        QCOMPARE(entityTags.value("2026"), QSet<QString>{"state:A"});
        QCOMPARE(store->tags(true).value("story"), QSet<QString>{"r2"});
        KnowledgeGraph g;
        store->loadGraph(g);
        QVERIFY(!graphUnsourced(g, "r1"));
        QVERIFY(graphUnsourced(g, "r2"));
    }

    void editsDoUndoRedo_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("after");
        QTest::addColumn<bool>("unsourcedAfter");
        QTest::newRow("add a citation to an unsourced relation")
            << 0 << "R r2 s2: [s2 “Beta joined.” 7 2] | E org:X :" << false;
        QTest::newRow("change quote, page and confidence")
            << 1 << "R r1 s1: [s1 Changed. 13 1] | E org:X :" << false;
        QTest::newRow("remove the only source") << 2 << "R r1 : | E org:X :" << true;
        QTest::newRow("new relation citing a new source")
            << 3 << "R edit:n1 s9: [s9 quoted  3] | E org:X :" << false;
        QTest::newRow("new relation without a source") << 4 << "R edit:n2 : | E org:X :" << true;
        QTest::newRow("cite a source on an entity")
            << 5 << "R r1 s1: [s1 A joined in 1990. 12 3] | E org:X s1,s2: [s2  ch. 2 0]" << false;
    }

    void editsDoUndoRedo()
    {
        QFETCH(int, which);
        QFETCH(QString, after);
        QFETCH(bool, unsourcedAfter);
        const QString path = makeProject();
        auto store = SqliteProjectStore::open(path);
        auto graph = std::make_shared<KnowledgeGraph>();
        store->loadGraph(*graph);

        QString relationId = which == 0   ? "r2"
                             : which == 3 ? "edit:n1"
                             : which == 4 ? "edit:n2"
                                          : "r1";
        const QString entityId = "org:X";
        auto plan = [&](EditPlanner& p) -> EditStep {
            switch (which) {
            case 0: {
                Relation r = *store->relation("r2");
                r.sources = {"s2"};
                r.citations.insert("s2", Citation{"“Beta joined.”", "7", Citation::Medium});
                return p.updateRelation(r);
            }
            case 1: {
                Relation r = *store->relation("r1");
                r.citations["s1"] = Citation{"Changed.", "13", Citation::Low};
                return p.updateRelation(r);
            }
            case 2: {
                Relation r = *store->relation("r1");
                r.sources.clear();
                r.citations.clear();
                return p.updateRelation(r);
            }
            case 3: {
                Relation r;
                r.id = relationId;
                r.kind = "member_of";
                r.source = "state:B";
                r.target = "org:X";
                r.sources = {"s9"};
                r.citations.insert("s9", Citation{"quoted", "", Citation::High});
                EditStep s = p.addRelation(r);
                s.redo.sources << Source{"s9", "New report", "", "", "", ""};
                return s;
            }
            case 4: {
                Relation r;
                r.id = relationId;
                r.kind = "member_of";
                r.source = "state:A";
                r.target = "org:X";
                return p.addRelation(r);
            }
            default: {
                Entity e = *store->entity(entityId);
                e.sources = {"s1", "s2"};
                e.citations.insert("s2", Citation{"", "ch. 2", Citation::Unstated});
                return p.updateEntity(e);
            }
            }
        };
        const QString before = describe(*store, relationId, entityId);
        EditStep step = [&] {
            EditPlanner planner(*store, *graph);
            return plan(planner);
        }();
        auto apply = [&](const WriteBatch& batch) {
            graph = EditApplier::apply(*store, *graph, batch).patch.graph;
        };
        apply(step.redo);
        QCOMPARE(describe(*store, relationId, entityId), after);
        QCOMPARE(graphUnsourced(*graph, relationId), unsourcedAfter);
        apply(step.undo);
        QCOMPARE(describe(*store, relationId, entityId), before);
        apply(step.redo);
        QCOMPARE(describe(*store, relationId, entityId), after);
        // The patched graph agrees with a fresh load of the file on every unsourced flag.
        KnowledgeGraph fresh;
        store->loadGraph(fresh);
        QCOMPARE(fresh.relationCount(), graph->relationCount());
        for (int r = 0; r < fresh.relationCount(); ++r)
            QCOMPARE(graphUnsourced(*graph, fresh.relationId(r)), fresh.relation(r).unsourced);
    }
};

QTEST_GUILESS_MAIN(TestEditProvenance)
#include "tst_editprovenance.moc"
