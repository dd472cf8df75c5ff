#include "graph/knowledgegraph.h"
#include "query/searchquery.h"
#include "store/projectschema.h"
#include "store/sqlitedatabase.h"
#include "store/sqliteprojectstore.h"
#include "store/storeerror.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <sqlite3.h>

using namespace entente;

/** The SQLite project file: round trip, transactions, FTS, migration and defensive open. */
class TestSqliteProjectStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    static QByteArray digest(const QString& file)
    {
        QFile f(file);
        f.open(QIODevice::ReadOnly);
        return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
    }

    /** A project with sampleBatch() in a rollback journal: the file is complete on its own. */
    static void makeSampleProject(const QString& file)
    {
        auto s = SqliteProjectStore::create(file);
        s->write(sampleBatch());
        s->finishForDistribution();
    }

    static WriteBatch sampleBatch()
    {
        WriteBatch b;
        RelationKind member;
        member.id = "member_of";
        member.label = "member of";
        member.inverseLabel = "has member";
        member.fromKinds = {EntityKind::Actor};
        member.toKinds = {EntityKind::Organisation};
        member.colour = "#0072B2";
        b.relationKinds << member;
        b.sources << Source{"nato", "NATO member countries", "NATO", "https://www.nato.int/", "", "2026-11-23"};
        Entity fra;
        fra.id = "state:FRA";
        fra.name = "France";
        fra.aliases = {"French Republic"};
        fra.description = "Un état européen — république.";
        fra.region = "Europe";
        Entity nato;
        nato.id = "org:nato";
        nato.kind = EntityKind::Organisation;
        nato.category = "alliance";
        nato.name = "North Atlantic Treaty Organization";
        nato.aliases = {"NATO", "OTAN"};
        nato.description = "A defence alliance.";
        nato.existence = DateInterval(PartialDate::ofDay(1949, 4, 4), {});
        nato.attributes = {{"headquarters", "Brussels"}};
        nato.sources = {"nato"};
        b.entities << fra << nato;
        Relation r;
        r.id = "rel:fra-nato";
        r.kind = "member_of";
        r.source = "state:FRA";
        r.target = "org:nato";
        r.interval = DateInterval(PartialDate::ofDay(1949, 8, 24), {});
        r.attributes = {{"role", "founding"}};
        r.sources = {"nato"};
        r.note = "founding member";
        b.relations << r;
        return b;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void roundTrip()
    {
        const WriteBatch batch = sampleBatch();
        {
            auto store = SqliteProjectStore::create(path("round.entente"));
            const WriteSummary s = store->write(batch);
            QCOMPARE(s.entitiesAdded, 2);
            QCOMPARE(s.relationsAdded, 1);
        }
        auto store = SqliteProjectStore::open(path("round.entente"), true);
        QVERIFY(store->isReadOnly());
        QCOMPARE(*store->entity("org:nato"), batch.entities[1]);
        QCOMPARE(*store->entity("state:FRA"), batch.entities[0]);
        QCOMPARE(*store->relation("rel:fra-nato"), batch.relations[0]);
        QCOMPARE(store->relationsOf("org:nato").size(), 1);
        QCOMPARE(store->sources({"nato"}).first(), batch.sources[0]);
        KnowledgeGraph g;
        store->loadGraph(g);
        QCOMPARE(g.entityCount(), 2);
        QCOMPARE(g.relationCount(), 1);
        QCOMPARE(g.relation(0).start, PartialDate::ofDay(1949, 8, 24));
        QCOMPARE(g.entity(g.indexOf("org:nato")).aliases, QStringList({"NATO", "OTAN"}));
        QCOMPARE(g.vocabulary().at(g.relation(0).kind).inverseLabel, QString("has member"));
        const ProjectStatistics st = store->statistics();
        QCOMPARE(st.entities, 2);
        QCOMPARE(st.unsourcedRelations, 0);
        QCOMPARE(st.entityKinds.value("organisation"), 1);
    }

    void mergeByIdUpdates()
    {
        auto store = SqliteProjectStore::create(path("merge.entente"));
        store->write(sampleBatch());
        WriteBatch again = sampleBatch();
        again.entities[0].name = "French Republic (France)";
        const WriteSummary s = store->write(again);
        QCOMPARE(s.entitiesAdded, 0);
        QCOMPARE(s.entitiesUpdated, 2);
        QCOMPARE(s.relationsUpdated, 1);
        QCOMPARE(store->entity("state:FRA")->name, QString("French Republic (France)"));
        // The full-text index follows the update.
        QCOMPARE(store->search(SearchQuery::parse("republic"), {}, 5), QStringList{"state:FRA"});
    }

    void failedWriteRollsBack_data()
    {
        QTest::addColumn<QString>("breakWhat");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("dangling target") << "target" << "not an entity";
        QTest::newRow("unknown kind") << "kind" << "unknown kind";
        QTest::newRow("missing source") << "source" << "does not exist";
        QTest::newRow("end before start") << "dates" << "before it starts";
    }
    void failedWriteRollsBack()
    {
        QFETCH(QString, breakWhat);
        QFETCH(QString, messagePart);
        const QString file = path("rollback-" + breakWhat + ".entente");
        auto store = SqliteProjectStore::create(file);
        store->write(sampleBatch());
        WriteBatch bad;
        Entity extra;
        extra.id = "state:DEU";
        extra.name = "Germany";
        bad.entities << extra;
        Relation r = sampleBatch().relations[0];
        r.id = "rel:new";
        r.source = "state:DEU";
        if (breakWhat == "target")
            r.target = "org:nowhere";
        else if (breakWhat == "kind")
            r.kind = "married_to";
        else if (breakWhat == "source")
            r.sources = {"no-such-source"};
        else
            r.interval = DateInterval(PartialDate::ofYear(2000), PartialDate::ofYear(1990));
        bad.relations << r;
        try {
            store->write(bad);
            QFAIL("the write should have been refused");
        } catch (const StoreError& e) {
            QCOMPARE(e.code(), StoreError::Code::InvalidData);
            QVERIFY2(e.message().contains(messagePart), qPrintable(e.message()));
            QVERIFY2(e.message().contains("rel:new"), "the message names the record");
        }
        // Nothing of the batch landed: not even the entity written before the bad relation.
        QVERIFY(!store->entity("state:DEU"));
        QCOMPARE(store->statistics().entities, 2);
        QCOMPARE(store->statistics().relations, 1);
        QVERIFY(store->search(SearchQuery::parse("germany"), {}, 5).isEmpty());
    }

    void fullTextSearch_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("prefix") << "atlan" << "" << QStringList{"org:nato"};
        QTest::newRow("alias") << "otan" << "" << QStringList{"org:nato"};
        QTest::newRow("description") << "defence" << "" << QStringList{"org:nato"};
        QTest::newRow("diacritics folded") << "etat" << "" << QStringList{"state:FRA"};
        QTest::newRow("kind filter") << "france" << "organisation" << QStringList{};
        QTest::newRow("operators are plain text") << "NATO AND (" << "" << QStringList{};
        QTest::newRow("phrase") << "\"north atlantic\"" << "" << QStringList{"org:nato"};
    }
    void fullTextSearch()
    {
        QFETCH(QString, query);
        QFETCH(QString, kind);
        QFETCH(QStringList, expected);
        static auto store = [this] {
            auto s = SqliteProjectStore::create(path("fts.entente"));
            s->write(sampleBatch());
            return s;
        }();
        QCOMPARE(store->search(SearchQuery::parse(query), kind, 10), expected);
    }

    void migratesOlderSchema()
    {
        const QString file = path("v0.entente");
        {
            SqliteDatabase db;
            db.open(file, SqliteDatabase::Mode::Create);
            db.exec("PRAGMA application_id = 1164866661"); // 'Ente', version 0: nothing yet
        }
        // Read-only access cannot upgrade and says so.
        try {
            SqliteProjectStore::open(file, true);
            QFAIL("expected a refusal");
        } catch (const StoreError& e) {
            QVERIFY2(e.message().contains("upgraded"), qPrintable(e.message()));
        }
        auto store = SqliteProjectStore::open(file);
        QCOMPARE(store->database().queryInt("PRAGMA user_version"), ProjectSchema::CurrentVersion);
        store->write(sampleBatch());
        QCOMPARE(store->statistics().entities, 2);
    }

    void refusesBadFiles_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("messagePart");
        QTest::addColumn<QString>("tamper"); // SQL run on a good project (writable_schema on)
        const int corrupt = int(StoreError::Code::Corrupt);
        QTest::newRow("text file")
            << "text" << int(StoreError::Code::NotAProject) << "not an SQLite database"
            << "";
        QTest::newRow("empty file") << "empty" << int(StoreError::Code::NotAProject) << "empty"
                                    << "";
        QTest::newRow("other sqlite")
            << "foreign" << int(StoreError::Code::NotAProject) << "not an Entente project"
            << "";
        QTest::newRow("newer schema")
            << "newer" << int(StoreError::Code::NewerSchema) << "newer Entente"
            << "PRAGMA user_version = 99";
        QTest::newRow("extra trigger")
            << "trigger" << corrupt << "unexpected trigger"
            << "CREATE TRIGGER evil AFTER INSERT ON entity BEGIN DELETE FROM relation; END";
        QTest::newRow("extra view") << "view" << corrupt << "unexpected view"
                                    << "CREATE VIEW v AS SELECT load_extension('x')";
        QTest::newRow("altered table") << "altered" << corrupt << "differs"
                                       << "ALTER TABLE entity ADD COLUMN extra TEXT";
        QTest::newRow("damaged") << "damaged" << corrupt << "damaged"
                                 << "";
        QTest::newRow("missing") << "missing" << int(StoreError::Code::FileMissing)
                                 << "no such file"
                                 << "";
        // Objects smuggled in by editing sqlite_schema directly, under names the schema check
        // might skip (SQLite's own statistics tables) or confuse with a real table.
        QTest::newRow("trigger named like statistics")
            << "stat trigger" << corrupt << "unexpected trigger \"sqlite_stat1\""
            << "INSERT INTO sqlite_schema VALUES('trigger', 'sqlite_stat1', 'entity', 0, 'CREATE "
               "TRIGGER "
               "sqlite_stat1 AFTER INSERT ON entity BEGIN DELETE FROM relation; END')";
        // SQLite itself loads this schema and runs the trigger; only the check stands in the way.
        QTest::newRow("trigger named like a table")
            << "shadow trigger" << corrupt << "twice"
            << "INSERT INTO sqlite_schema VALUES('trigger', 'entity', 'entity', 0, 'CREATE TRIGGER "
               "entity AFTER "
               "INSERT ON entity BEGIN DELETE FROM relation; END')";
        // Placed before the table of the same name, it makes SQLite's own schema load fail.
        QTest::newRow("trigger before its table")
            << "early trigger" << corrupt << "damaged"
            << "INSERT INTO sqlite_schema(rowid, type, name, tbl_name, rootpage, sql) VALUES(-1, "
               "'trigger', "
               "'entity', 'entity', 0, 'CREATE TRIGGER entity AFTER INSERT ON entity BEGIN DELETE "
               "FROM relation; "
               "END')";
        QTest::newRow("view calling functions") << "function view" << corrupt << "unexpected view"
                                                << "CREATE VIEW entity_report AS SELECT id, "
                                                   "randomblob(1000000000), zeroblob(1000000000), "
                                                   "printf('%.*c', 1000000000, 'x') FROM entity";
        QTest::newRow("extra index") << "index" << corrupt << "unexpected index"
                                     << "CREATE INDEX entity_by_name ON entity(lower(name))";
        QTest::newRow("table sql rewritten") << "rewritten" << corrupt << "differs"
                                             << "UPDATE sqlite_schema SET sql = replace(sql, 'name "
                                                "TEXT NOT NULL,', 'name TEXT NOT NULL CHECK "
                                                "(length(name) < 1e9),') WHERE name = 'entity'";
        QTest::newRow("folder") << "folder" << int(StoreError::Code::NotAProject) << "is a folder"
                                << "";
    }
    void refusesBadFiles()
    {
        QFETCH(QString, kind);
        QFETCH(int, code);
        QFETCH(QString, messagePart);
        QFETCH(QString, tamper);
        const QString file = path("bad-" + kind + ".entente");
        auto raw = [&](const char* sql) {
            sqlite3* db = nullptr;
            sqlite3_open(file.toUtf8().constData(), &db);
            sqlite3_exec(db, "PRAGMA writable_schema=ON", nullptr, nullptr, nullptr);
            QCOMPARE(sqlite3_exec(db, sql, nullptr, nullptr, nullptr), SQLITE_OK);
            sqlite3_close(db);
        };
        if (!tamper.isEmpty()) {
            makeSampleProject(file);
            raw(tamper.toUtf8().constData());
        } else if (kind == "text") {
            QFile f(file);
            f.open(QIODevice::WriteOnly);
            f.write("id,name\nstate:FRA,France\n");
        } else if (kind == "empty") {
            QFile f(file);
            f.open(QIODevice::WriteOnly);
        } else if (kind == "foreign") {
            raw("CREATE TABLE t(x)");
        } else if (kind == "folder") {
            QVERIFY(QDir().mkpath(file));
        } else if (kind == "damaged") {
            makeSampleProject(file);
            QFile f(file);
            f.open(QIODevice::ReadWrite);
            f.seek(4096); // clobber the second page (the first table's b-tree)
            f.write(QByteArray(4096, '\xAB'));
        }
        const QByteArray before = QFileInfo(file).isFile() ? digest(file) : QByteArray();
        try {
            SqliteProjectStore::open(file);
            QFAIL("the file should have been refused");
        } catch (const StoreError& e) {
            QCOMPARE(int(e.code()), code);
            QVERIFY2(e.message().contains(messagePart), qPrintable(e.message()));
            QVERIFY2(e.message().contains(file) || kind == "damaged", qPrintable(e.message()));
        }
        if (QFileInfo(file).isFile()) {
            QCOMPARE(digest(file), before);
            QVERIFY(!QFile::exists(file + "-wal"));
        }
    }

    /**
     * Defence in depth: even on a connection that skipped the schema check, the hardened
     * settings keep a smuggled trigger from firing and a view from running its functions.
     */
    void hostileObjectsNeverRun()
    {
        const QString file = path("hostile-objects.entente");
        makeSampleProject(file);
        sqlite3* rawDb = nullptr;
        QCOMPARE(sqlite3_open(file.toUtf8().constData(), &rawDb), SQLITE_OK);
        sqlite3_exec(rawDb, "PRAGMA writable_schema=ON", nullptr, nullptr, nullptr);
        QCOMPARE(
            sqlite3_exec(
                rawDb,
                "INSERT INTO sqlite_schema VALUES('trigger', 'sqlite_stat1', 'entity', 0, 'CREATE "
                "TRIGGER sqlite_stat1 AFTER INSERT ON entity BEGIN INSERT INTO meta "
                "VALUES(''pwned'', "
                "''yes''); END');"
                "CREATE VIEW probe AS SELECT count(*) AS n FROM entity",
                nullptr, nullptr, nullptr),
            SQLITE_OK);
        sqlite3_close(rawDb);
        // The store refuses the file before any statement of ours could fire the trigger.
        QVERIFY_THROWS_EXCEPTION(StoreError, SqliteProjectStore::open(file));
        SqliteDatabase db;
        db.open(file, SqliteDatabase::Mode::ReadWrite);
        db.exec("INSERT INTO entity(id, kind, name) VALUES('state:DEU', 'actor', 'Germany')");
        QCOMPARE(db.queryInt("SELECT count(*) FROM entity"), 3);
        QCOMPARE(db.queryInt("SELECT count(*) FROM meta WHERE key = 'pwned'"), 0);
        QVERIFY_THROWS_EXCEPTION(StoreError, db.queryInt("SELECT n FROM probe"));
    }

    /** A value beyond the store's length limit is refused with a message, not read into memory. */
    void hugeTextIsRefusedClearly_data()
    {
        QTest::addColumn<int>("megabytes");
        QTest::addColumn<bool>("readable");
        QTest::newRow("8 MiB description") << 8 << true;
        QTest::newRow("65 MiB description") << 65 << false;
    }
    void hugeTextIsRefusedClearly()
    {
        QFETCH(int, megabytes);
        QFETCH(bool, readable);
        const QString file = path(QStringLiteral("huge-%1.entente").arg(megabytes));
        makeSampleProject(file);
        sqlite3* rawDb = nullptr;
        QCOMPARE(sqlite3_open(file.toUtf8().constData(), &rawDb), SQLITE_OK);
        const QByteArray sql = "UPDATE entity SET description = printf('%.*c', " +
                               QByteArray::number(megabytes * 1024 * 1024) +
                               ", 'x') WHERE id = 'org:nato'";
        QCOMPARE(sqlite3_exec(rawDb, sql.constData(), nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(rawDb);
        try {
            auto store = SqliteProjectStore::open(file, true);
            KnowledgeGraph graph;
            store->loadGraph(graph);
            const auto nato = store->entity("org:nato");
            QVERIFY(readable);
            QVERIFY(nato.has_value());
            QCOMPARE(nato->description.size(), qsizetype(megabytes) * 1024 * 1024);
        } catch (const StoreError& e) {
            QVERIFY2(!readable, qPrintable(e.message()));
            QVERIFY2(e.message().contains(file) && e.message().contains("larger than 64 MiB"),
                     qPrintable(e.message()));
        }
    }

    void saveCopyIsEditableAndImageIsReadOnly()
    {
        const QString file = path("image.entente");
        makeSampleProject(file);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        auto image = SqliteProjectStore::openImage(f.readAll(), "test image");
        QVERIFY(image->isReadOnly());
        try {
            image->write(sampleBatch());
            QFAIL("writes to the embedded dataset must be refused");
        } catch (const StoreError& e) {
            QCOMPARE(e.code(), StoreError::Code::ReadOnly);
            QVERIFY(e.message().contains("Save As"));
        }
        const QString copy = path("copy.entente");
        image->saveCopyAs(copy);
        auto editable = SqliteProjectStore::open(copy);
        QVERIFY(!editable->isReadOnly());
        WriteBatch b;
        Entity e;
        e.id = "state:DEU";
        e.name = "Germany";
        b.entities << e;
        editable->write(b);
        QCOMPARE(editable->statistics().entities, 3);
        QCOMPARE(image->statistics().entities, 2);
    }

    void savedViews()
    {
        auto store = SqliteProjectStore::create(path("views.entente"));
        SavedView v;
        v.name = "NATO founders";
        v.payload = R"({"focus":"org:nato"})";
        v.id = store->saveView(v);
        QVERIFY(v.id > 0);
        v.name = "NATO in 1949";
        store->saveView(v);
        QCOMPARE(store->savedViews().size(), 1);
        QCOMPARE(store->savedViews().first().name, QString("NATO in 1949"));
        store->deleteView(v.id);
        QVERIFY(store->savedViews().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSqliteProjectStore)
#include "tst_sqliteprojectstore.moc"
