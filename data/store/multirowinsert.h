#pragma once

#include "sqlitestatement.h"

#include <QByteArray>
#include <memory>

namespace entente {

class SqliteDatabase;

/**
 * Inserts a known number of rows many to a statement (`INSERT … VALUES (…), (…), …`): SQLite's
 * cost per executed statement (cursors opened and closed, constraint bookkeeping) is larger
 * than the cost of a row, so a bulk write of a million rows runs one statement per
 * RowsPerStatement rows. Owns the prepared statements (one full-size, one for the last rows).
 * Values are bound as in SqliteStatement; columns are 1-based.
 */
class MultiRowInsert
{
public:
    static constexpr int RowsPerStatement = 64;

    /** `head` is the statement up to VALUES ("INSERT INTO t(a, b) VALUES "). */
    MultiRowInsert(SqliteDatabase& db, const char* head, int columns, qsizetype totalRows);

    template <typename T> MultiRowInsert& bind(int column, const T& value)
    {
        statement().bind(m_row * m_columns + column, value);
        return *this;
    }
    /** Ends the current row; a full statement is executed. */
    void endRow();
    /** Rows not yet ended or executed; 0 once every row has been written. */
    qsizetype remaining() const { return m_remaining; }

private:
    SqliteStatement& statement();
    std::unique_ptr<SqliteStatement> prepare(int rows) const;

    SqliteDatabase& m_db;
    QByteArray m_head;
    int m_columns;
    qsizetype m_remaining;
    std::unique_ptr<SqliteStatement> m_full;
    std::unique_ptr<SqliteStatement> m_tail;
    SqliteStatement* m_current = nullptr;
    int m_currentRows = 0;
    int m_row = 0;
};

} // namespace entente
