#pragma once

#include "core/partialdate.h"

#include <QString>

struct sqlite3_stmt;

namespace entente {

class SqliteDatabase;

/**
 * A prepared statement with bound parameters — the only way SQL meets values in Entente.
 * Columns and parameters are 0- and 1-based as in SQLite.
 */
class SqliteStatement
{
public:
    SqliteStatement(SqliteDatabase& db, const char* sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    SqliteStatement& bind(int index, const QString& value);
    SqliteStatement& bind(int index, qint64 value);
    SqliteStatement& bind(int index, int value) { return bind(index, static_cast<qint64>(value)); }
    SqliteStatement& bind(int index, double value);
    /** Binds the packed form of a date, or NULL for an unknown date. */
    SqliteStatement& bind(int index, PartialDate value);
    SqliteStatement& bindNull(int index);

    /** Steps once; true while there is a row. Throws StoreError on failure. */
    bool step();
    /** Steps a statement that returns no rows. */
    void run();
    void reset();

    bool isNull(int col) const;
    qint64 int64(int col) const;
    double real(int col) const;
    QString text(int col) const;
    PartialDate date(int col) const { return PartialDate::fromPacked(int64(col)); }

private:
    SqliteDatabase& m_db;
    sqlite3_stmt* m_stmt = nullptr;
};

} // namespace entente
