#pragma once

#include <QString>

struct sqlite3;

namespace entente {

/**
 * Owns one sqlite3 connection: opens it with the defensive settings of DESIGN.md (defensive
 * mode, untrusted schema, no triggers, views or extensions) and closes it on destruction.
 */
class SqliteDatabase
{
public:
    enum class Mode { ReadOnly, ReadWrite, Create };
    /** The largest text or blob a connection reads: a hostile file must not exhaust memory. */
    static constexpr int MaxValueBytes = 64 * 1024 * 1024;

    SqliteDatabase() = default;
    ~SqliteDatabase();
    SqliteDatabase(const SqliteDatabase&) = delete;
    SqliteDatabase& operator=(const SqliteDatabase&) = delete;

    /** Opens a file; throws StoreError. `label` is how the file is named in messages. */
    void open(const QString& path, Mode mode);
    /** Opens an in-memory, read-only copy of a database image (the embedded default dataset). */
    void openImage(const QByteArray& image, const QString& label);
    void close();

    sqlite3* handle() const { return m_db; }
    bool isOpen() const { return m_db != nullptr; }
    const QString& label() const { return m_label; }

    /** Runs SQL without parameters (DDL, pragmas); throws StoreError naming the file. */
    void exec(const char* sql);
    /** The single integer a pragma or a query returns. */
    qint64 queryInt(const char* sql);
    /** Throws a StoreError for the connection's current error, with `what` as context. */
    [[noreturn]] void fail(const QString& what) const;

private:
    void harden();

    sqlite3* m_db = nullptr;
    QString m_label;
    QByteArray* m_image = nullptr; // keeps a deserialised image alive
};

/** Begins a write transaction and rolls it back unless commit() is reached. */
class SqliteTransaction
{
public:
    explicit SqliteTransaction(SqliteDatabase& db);
    ~SqliteTransaction();
    SqliteTransaction(const SqliteTransaction&) = delete;
    SqliteTransaction& operator=(const SqliteTransaction&) = delete;
    void commit();

private:
    SqliteDatabase& m_db;
    bool m_done = false;
};

} // namespace entente
