#include "csvreader.h"

#include "formaterror.h"

#include <QFile>

namespace entente {

int CsvReader::Table::column(const QString& name) const
{
    for (qsizetype i = 0; i < header.size(); ++i)
        if (header[i].text.trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return static_cast<int>(i);
    return -1;
}

int CsvReader::Table::requireColumn(const QString& name) const
{
    const int c = column(name);
    if (c < 0)
        throw FormatError(file, 1, 1, QStringLiteral("missing column \"%1\" in the header").arg(name));
    return c;
}

std::optional<std::pair<int, int>> CsvReader::findInvalidUtf8(const QByteArray& bytes)
{
    int line = 1, column = 1;
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.constData());
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n;) {
        const unsigned char c = p[i];
        int len = 0;
        unsigned cp = 0;
        if (c < 0x80) {
            len = 1;
            cp = c;
        } else if ((c & 0xe0) == 0xc0) {
            len = 2;
            cp = c & 0x1f;
        } else if ((c & 0xf0) == 0xe0) {
            len = 3;
            cp = c & 0x0f;
        } else if ((c & 0xf8) == 0xf0) {
            len = 4;
            cp = c & 0x07;
        } else {
            return std::pair{line, column};
        }
        if (i + len > n)
            return std::pair{line, column};
        for (int k = 1; k < len; ++k) {
            if ((p[i + k] & 0xc0) != 0x80)
                return std::pair{line, column};
            cp = (cp << 6) | (p[i + k] & 0x3f);
        }
        const bool overlong = (len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000);
        if (overlong || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
            return std::pair{line, column};
        if (c == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
        i += len;
    }
    return std::nullopt;
}

CsvReader::Table CsvReader::readFile(const QString& path, QChar delimiter)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw FormatError(path, 0, 0, QStringLiteral("cannot read the file: %1").arg(f.errorString()));
    return read(f.readAll(), path, delimiter);
}

CsvReader::Table CsvReader::read(const QByteArray& bytes, const QString& file, QChar delimiter)
{
    if (const auto bad = findInvalidUtf8(bytes))
        throw FormatError(file, bad->first, bad->second,
                          QStringLiteral("invalid UTF-8 byte sequence (save the file as UTF-8)"));
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);

    Table table;
    table.file = file;
    QList<Row> rows;
    Row row;
    Field field;
    int line = 1, column = 1;
    bool fieldStarted = false;
    const qsizetype n = text.size();
    auto endField = [&] {
        row.append(field);
        field = Field();
        fieldStarted = false;
    };
    auto endRow = [&] {
        endField();
        // A blank line is not a row.
        if (!(row.size() == 1 && row.first().text.isEmpty()))
            rows.append(row);
        row.clear();
    };
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text[i];
        if (!fieldStarted) {
            field.line = line;
            field.column = column;
            fieldStarted = true;
        }
        if (c == u'"' && field.text.isEmpty() && field.column == column) {
            // Quoted field: read to the closing quote.
            const int openLine = line, openColumn = column;
            ++column;
            bool closed = false;
            for (++i; i < n; ++i) {
                const QChar q = text[i];
                if (q == u'"') {
                    if (i + 1 < n && text[i + 1] == u'"') {
                        field.text.append(u'"');
                        ++i;
                        column += 2;
                        continue;
                    }
                    closed = true;
                    ++column;
                    break;
                }
                field.text.append(q);
                if (q == u'\n') {
                    ++line;
                    column = 1;
                } else {
                    ++column;
                }
            }
            if (!closed)
                throw FormatError(file, openLine, openColumn,
                                  QStringLiteral("unterminated quoted field (no closing \" before the "
                                                 "end of the file)"));
            // After the closing quote only a delimiter or the end of the line may follow.
            if (i + 1 < n) {
                const QChar next = text[i + 1];
                if (next != delimiter && next != u'\n' && next != u'\r')
                    throw FormatError(file, line, column,
                                      QStringLiteral("unexpected text after a closing quote; expected "
                                                     "\"%1\" or the end of the line")
                                          .arg(delimiter));
            }
            continue;
        }
        if (c == delimiter) {
            endField();
            ++column;
        } else if (c == u'\r') {
            if (i + 1 < n && text[i + 1] == u'\n')
                continue;
            endRow();
            ++line;
            column = 1;
        } else if (c == u'\n') {
            endRow();
            ++line;
            column = 1;
        } else if (c == u'"') {
            throw FormatError(file, line, column,
                              QStringLiteral("a quote inside an unquoted field; quote the whole field "
                                             "and double the inner quote"));
        } else {
            field.text.append(c);
            ++column;
        }
    }
    if (fieldStarted || !row.isEmpty())
        endRow();
    if (rows.isEmpty())
        throw FormatError(file, 1, 1, QStringLiteral("the file is empty; expected a header row"));
    table.header = rows.takeFirst();
    for (const Row& r : rows)
        if (r.size() != table.header.size())
            throw FormatError(file, r.first().line, r.first().column,
                              QStringLiteral("this row has %1 fields but the header has %2")
                                  .arg(r.size())
                                  .arg(table.header.size()));
    table.rows = rows;
    return table;
}

} // namespace entente
