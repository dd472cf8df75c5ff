#include "multirowinsert.h"

#include <algorithm>

namespace entente {

MultiRowInsert::MultiRowInsert(SqliteDatabase& db, const char* head, int columns,
                               qsizetype totalRows)
    : m_db(db), m_head(head), m_columns(columns), m_remaining(totalRows)
{
}

std::unique_ptr<SqliteStatement> MultiRowInsert::prepare(int rows) const
{
    // Only placeholders are added to the caller's text: values are always bound.
    QByteArray row = "(";
    for (int c = 0; c < m_columns; ++c)
        row += c == 0 ? "?" : ", ?";
    row += ")";
    QByteArray sql = m_head;
    sql.reserve(m_head.size() + rows * (row.size() + 2));
    for (int r = 0; r < rows; ++r) {
        if (r > 0)
            sql += ", ";
        sql += row;
    }
    return std::make_unique<SqliteStatement>(m_db, sql.constData());
}

SqliteStatement& MultiRowInsert::statement()
{
    if (!m_current) {
        const int rows = static_cast<int>(std::min<qsizetype>(m_remaining, RowsPerStatement));
        if (rows == RowsPerStatement) {
            if (!m_full)
                m_full = prepare(rows);
            m_current = m_full.get();
        } else {
            m_tail = prepare(std::max(rows, 1));
            m_current = m_tail.get();
        }
        m_currentRows = rows;
    }
    return *m_current;
}

void MultiRowInsert::endRow()
{
    statement();
    if (++m_row < m_currentRows)
        return;
    m_current->run();
    m_remaining -= m_row;
    m_row = 0;
    m_current = nullptr;
}

} // namespace entente
