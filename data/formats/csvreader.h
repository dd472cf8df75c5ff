#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace entente {

/**
 * A strict RFC 4180 reader (quoted fields, doubled quotes, CR LF or LF, optional UTF-8 BOM)
 * that remembers where each field stood, so a later check can say `file:line:column`.
 * Malformed input — invalid UTF-8, an unterminated quote, text after a closing quote, a row
 * with the wrong number of fields — throws FormatError at the exact place.
 */
class CsvReader
{
public:
    struct Field
    {
        QString text;
        int line = 0;
        int column = 0;
    };
    using Row = QList<Field>;

    struct Table
    {
        QString file;
        Row header;
        QList<Row> rows;

        /** Index of a header column, or -1. */
        int column(const QString& name) const;
        /** Index of a header column; throws FormatError naming the file if it is missing. */
        int requireColumn(const QString& name) const;
    };

    /** Reads a whole table; the first row is the header. */
    static Table read(const QByteArray& bytes, const QString& file, QChar delimiter = u',');
    /** Reads a file from disk (FormatError if it cannot be read). */
    static Table readFile(const QString& path, QChar delimiter = u',');
    /** Returns the 1-based line and column of the first invalid UTF-8 byte, if any. */
    static std::optional<std::pair<int, int>> findInvalidUtf8(const QByteArray& bytes);
};

} // namespace entente
