#pragma once

#include "store/sqliteprojectstore.h"
#include "store/storeerror.h"

#include <QFile>
#include <QString>
#include <QStringList>
#include <sqlite3.h>

/**
 * What the crash-safety and concurrent-use suites share: import files whose every id carries a
 * batch prefix (so a project shows at a glance whether a batch landed whole, not at all, or in
 * part), and a look at a project file from outside as a fresh process would take it.
 */
namespace workload {

/** A GraphML file of `nodes` nodes and `edges` edges, all ids starting with `prefix:`. */
inline void writeGraphml(const QString& path, const QString& prefix, int nodes, int edges)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    QByteArray out;
    out += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
           "  <key id=\"name\" for=\"node\" attr.name=\"name\" attr.type=\"string\"/>\n"
           "  <key id=\"kind\" for=\"edge\" attr.name=\"relation\" attr.type=\"string\"/>\n"
           "  <graph id=\"G\" edgedefault=\"directed\">\n";
    const QByteArray p = prefix.toUtf8();
    for (int i = 0; i < nodes; ++i)
        out += "    <node id=\"" + p + ":n" + QByteArray::number(i) + "\"><data key=\"name\">" + p +
               " member " + QByteArray::number(i) + "</data></node>\n";
    for (int i = 0; i < edges; ++i) {
        // A deterministic scatter (7919 is prime): every node gets a few ties, no self-loops.
        const int s = i % nodes;
        const int t = (s + 1 + (i * 7919) % (nodes - 1)) % nodes;
        out += "    <edge id=\"" + p + ":e" + QByteArray::number(i) + "\" source=\"" + p + ":n" +
               QByteArray::number(s) + "\" target=\"" + p + ":n" + QByteArray::number(t) +
               "\"><data key=\"kind\">cooperates_with</data></edge>\n";
    }
    out += "  </graph>\n</graphml>\n";
    f.write(out);
}

/** A project file as a fresh process finds it. */
struct ProjectState
{
    QString integrity; ///< PRAGMA integrity_check, rows joined ("ok" when sound)
    qint64 entities = -1;
    qint64 relations = -1;
    qint64 indexed = -1; ///< rows in the full-text index, kept in step with entity by the store
    QString openError;   ///< what Entente's own open said, empty if it opened the file
};

inline qint64 count(sqlite3* db, const QByteArray& sql, const QString& prefix = QString())
{
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(db, sql.constData(), -1, &st, nullptr) != SQLITE_OK)
        return -1;
    const QByteArray like = prefix.toUtf8() + ":%";
    if (!prefix.isEmpty())
        sqlite3_bind_text(st, 1, like.constData(), -1, SQLITE_TRANSIENT);
    const qint64 n = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : -1;
    sqlite3_finalize(st);
    return n;
}

/** Entities (or relations) whose id starts with `prefix:`. */
inline qint64 countBatch(const QString& file, const char* table, const QString& prefix)
{
    sqlite3* db = nullptr;
    sqlite3_open_v2(file.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr);
    const qint64 n =
        count(db, QByteArray("SELECT count(*) FROM ") + table + " WHERE id LIKE ?1", prefix);
    sqlite3_close(db);
    return n;
}

inline ProjectState inspect(const QString& file)
{
    ProjectState s;
    {
        // Read-write, as the next program to open it would: a WAL left by a killed writer is
        // recovered (committed frames kept, the rest ignored) before anything is read.
        sqlite3* db = nullptr;
        if (sqlite3_open_v2(file.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr) !=
            SQLITE_OK) {
            s.integrity = QString::fromUtf8(sqlite3_errmsg(db));
            sqlite3_close(db);
            return s;
        }
        QStringList verdict;
        sqlite3_stmt* st = nullptr;
        if (sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &st, nullptr) == SQLITE_OK) {
            while (sqlite3_step(st) == SQLITE_ROW)
                verdict << QString::fromUtf8(
                    reinterpret_cast<const char*>(sqlite3_column_text(st, 0)));
        } else {
            verdict << QString::fromUtf8(sqlite3_errmsg(db));
        }
        sqlite3_finalize(st);
        s.integrity = verdict.join(QStringLiteral("; "));
        s.entities = count(db, "SELECT count(*) FROM entity");
        s.relations = count(db, "SELECT count(*) FROM relation");
        s.indexed = count(db, "SELECT count(*) FROM entity_fts");
        sqlite3_close(db);
    }
    try {
        auto store = entente::SqliteProjectStore::open(file, /*readOnly=*/true);
        if (store->statistics().entities != s.entities)
            s.openError = QStringLiteral("Entente counts a different number of entities");
    } catch (const entente::StoreError& e) {
        s.openError = e.message();
    }
    return s;
}

} // namespace workload
