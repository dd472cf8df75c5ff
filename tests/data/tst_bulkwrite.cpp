#include "store/sqlitedatabase.h"
#include "store/sqliteprojectstore.h"
#include "store/sqlitestatement.h"
#include "store/storeerror.h"

#include <QTemporaryDir>
#include <QTest>

using namespace entente;

/**
 * The store's bulk write (many relations into a project without any): the file it leaves is
 * the one the record-by-record write leaves — same rows, same keys, same schema (the dropped
 * indexes are back, so the file opens), and its guarantees hold (a bad record leaves nothing,
 * one id twice still means "update").
 */
class TestBulkWrite : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    static constexpr int Entities = 500;
    static constexpr int Relations = 25000; // above SqliteProjectStore's bulk threshold

    QString path(const QString& name) const { return m_dir.filePath(name); }

    static WriteBatch bigBatch()
    {
        WriteBatch b;
        RelationKind linked;
        linked.id = "linked_to";
        linked.label = "linked to";
        linked.inverseLabel = "linked from";
        linked.colour = "#777777";
        b.relationKinds << linked;
        b.sources << Source{"file", "a file", "", "", "", ""}
                  << Source{"other", "another", "", "", "", ""};
        for (int i = 0; i < Entities; ++i) {
            Entity e;
            e.id = QStringLiteral("n%1").arg(i);
            e.name = QStringLiteral("Node %1").arg(i);
            e.sources << "file";
            b.entities << e;
        }
        for (int i = 0; i < Relations; ++i) {
            Relation r;
            r.id = QStringLiteral("r%1").arg(i);
            r.kind = "linked_to";
            r.source = QStringLiteral("n%1").arg((i * 7) % Entities);
            r.target = QStringLiteral("n%1").arg((i * 13 + 1) % Entities);
            if (i % 3 == 0)
                r.interval = DateInterval(PartialDate::ofYear(1900 + i % 100), PartialDate());
            if (i % 5 == 0)
                r.attributes.insert("weight", i);
            r.note = i % 11 == 0 ? QStringLiteral("note %1").arg(i) : QString();
            r.sources << "file";
            if (i % 2 == 0)
                r.sources << "other"
                          << "file"; // a source cited twice counts once
            b.relations << r;
        }
        return b;
    }

    /** Every relation row and its citations, in key order, as text. */
    static QStringList dump(SqliteDatabase& db)
    {
        QStringList out;
        SqliteStatement r(
            db,
            "SELECT r.pk, r.id, k.id, s.id, t.id, r.start_date, r.end_date, r.attributes, r.note, "
            "(SELECT group_concat(src.key, ',') FROM (SELECT so.key FROM relation_source rs JOIN "
            "source so ON so.pk = rs.source WHERE rs.relation = r.pk ORDER BY so.key) src) "
            "FROM relation r JOIN relation_kind k ON k.pk = r.kind JOIN entity s ON s.pk = "
            "r.source "
            "JOIN entity t ON t.pk = r.target ORDER BY r.pk");
        while (r.step()) {
            QStringList row;
            for (int c = 0; c < 10; ++c)
                row << r.text(c);
            out << row.join(u'|');
        }
        return out;
    }

    static QStringList schema(SqliteDatabase& db)
    {
        QStringList out;
        SqliteStatement st(db, "SELECT type, name, sql FROM sqlite_schema WHERE name NOT LIKE "
                               "'entity_fts%' ORDER BY name");
        while (st.step())
            out << st.text(0) + u' ' + st.text(1) + u' ' + st.text(2);
        return out;
    }

private slots:
    void bulkMatchesRecordByRecord()
    {
        const WriteBatch batch = bigBatch();
        // Bulk: a new project.
        auto bulk = SqliteProjectStore::create(path("bulk.entente"));
        const QStringList schemaBefore = schema(bulk->database());
        const WriteSummary b = bulk->write(batch);
        QCOMPARE(b.relationsAdded, Relations);
        QCOMPARE(b.entitiesAdded, Entities);
        QCOMPARE(b.relationsUpdated, 0);

        // Record by record: the same batch into a project that already has a relation.
        auto plain = SqliteProjectStore::create(path("plain.entente"));
        WriteBatch seed = batch;
        seed.relations = {batch.relations.first()};
        plain->write(seed);
        const WriteSummary p = plain->write(batch);
        QCOMPARE(p.relationsAdded, Relations - 1);
        QCOMPARE(p.relationsUpdated, 1);

        QCOMPARE(dump(bulk->database()), dump(plain->database()));
        QCOMPARE(schema(bulk->database()), schemaBefore); // the indexes are back, as they were
        QCOMPARE(bulk->database().queryInt("SELECT count(*) FROM relation_source"),
                 Relations + Relations / 2);
        bulk.reset();
        // The file opens (schema check) and is sound; the index answers by endpoint.
        auto reopened = SqliteProjectStore::open(path("bulk.entente"));
        SqliteStatement check(reopened->database(), "PRAGMA integrity_check");
        QVERIFY(check.step());
        QCOMPARE(check.text(0), QStringLiteral("ok"));
        QCOMPARE(reopened->relationsOf("n0").size(),
                 static_cast<qsizetype>(plain->relationsOf("n0").size()));
    }

    void sameIdTwiceStillUpdates()
    {
        WriteBatch batch = bigBatch();
        Relation again = batch.relations.at(10);
        again.note = QStringLiteral("the second one wins");
        batch.relations << again;
        auto store = SqliteProjectStore::create(path("twice.entente"));
        const WriteSummary s = store->write(batch);
        QCOMPARE(s.relationsAdded, Relations);
        QCOMPARE(s.relationsUpdated, 1);
        QCOMPARE(store->relation(again.id)->note, again.note);
        QCOMPARE(store->database().queryInt("SELECT count(*) FROM relation"), Relations);
    }

    void badRecordLeavesNothing_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("unknown endpoint") << "endpoint"
                                          << "which is not an entity";
        QTest::newRow("unknown kind") << "kind"
                                      << "unknown kind";
        QTest::newRow("uncited source") << "source"
                                        << "which does not exist";
        QTest::newRow("end before start") << "dates"
                                          << "before it starts";
    }
    void badRecordLeavesNothing()
    {
        QFETCH(QString, what);
        QFETCH(QString, messagePart);
        WriteBatch batch = bigBatch();
        Relation& r = batch.relations[Relations - 3]; // late, after many statements ran
        if (what == "endpoint")
            r.target = "nowhere";
        else if (what == "kind")
            r.kind = "no_such_kind";
        else if (what == "source")
            r.sources << "uncited";
        else
            r.interval = DateInterval(PartialDate::ofYear(2000), PartialDate::ofYear(1990));
        auto store = SqliteProjectStore::create(path(QStringLiteral("bad-%1.entente").arg(what)));
        const QStringList before = schema(store->database());
        try {
            store->write(batch);
            QFAIL("expected a StoreError");
        } catch (const StoreError& e) {
            QVERIFY2(e.message().contains(messagePart), qPrintable(e.message()));
            QVERIFY2(e.message().contains(r.id), qPrintable(e.message()));
        }
        QCOMPARE(store->database().queryInt("SELECT count(*) FROM relation"), 0);
        QCOMPARE(store->database().queryInt("SELECT count(*) FROM entity"), 0);
        QCOMPARE(schema(store->database()), before);
        // The same store takes a good batch afterwards.
        QCOMPARE(store->write(bigBatch()).relationsAdded, Relations);
    }
};

QTEST_GUILESS_MAIN(TestBulkWrite)
#include "tst_bulkwrite.moc"
