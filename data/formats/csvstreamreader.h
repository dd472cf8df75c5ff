#pragma once

#include "csvreader.h"
#include "utf8checker.h"

#include <QChar>
#include <QString>

class QIODevice;

namespace entente {

/**
 * Reads RFC 4180 records one at a time from a device (quoted fields, doubled quotes, CR LF or
 * LF, optional UTF-8 BOM), so a table of any size is read line by line and never held whole.
 * Remembers where each field stood for `file:line:column` messages; invalid UTF-8, an
 * unterminated quote and text after a closing quote throw FormatError at the exact place.
 * Owns the parse state that spans physical lines (a quoted field may hold line breaks).
 */
class CsvStreamReader
{
public:
    /** Reads from `device` (already open); `file` names it in messages. */
    CsvStreamReader(QIODevice& device, QString file, QChar delimiter = u',');

    /** The next record, skipping blank lines; false at the end of the input. */
    bool next(CsvReader::Row& row);
    /** Bytes consumed so far, for progress. */
    qint64 position() const;
    const QString& file() const { return m_file; }

private:
    void parseLine(const QString& text, QList<CsvReader::Row>& done);
    void endField();
    void endRow(QList<CsvReader::Row>& done);

    QIODevice& m_device;
    QString m_file;
    QChar m_delimiter;
    Utf8Checker m_utf8;
    QList<CsvReader::Row> m_ready; ///< records completed but not handed out (lone CR line ends)
    CsvReader::Row m_row;
    CsvReader::Field m_field;
    bool m_fieldStarted = false;
    bool m_quoted = false;      ///< inside a quoted field
    bool m_closedQuote = false; ///< just after a closing quote: a delimiter or line end must follow
    bool m_first = true;
    int m_line = 1;
    int m_column = 1;
    int m_openLine = 0;
    int m_openColumn = 0;
};

} // namespace entente
