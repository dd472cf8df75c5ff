#include "csvreader.h"

#include "csvstreamreader.h"
#include "formaterror.h"

#include <QBuffer>
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
        throw FormatError(file, 1, 1,
                          QStringLiteral("missing column \"%1\" in the header").arg(name));
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
        const bool overlong =
            (len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000);
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
        throw FormatError(path, 0, 0,
                          QStringLiteral("cannot read the file: %1").arg(f.errorString()));
    return read(f.readAll(), path, delimiter);
}

CsvReader::Table CsvReader::read(const QByteArray& bytes, const QString& file, QChar delimiter)
{
    // Invalid UTF-8 anywhere is named before any other complaint, as the whole text is at hand.
    if (const auto bad = findInvalidUtf8(bytes))
        throw FormatError(file, bad->first, bad->second,
                          QStringLiteral("invalid UTF-8 byte sequence (save the file as UTF-8)"));
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvStreamReader reader(buffer, file, delimiter);
    Table table;
    table.file = file;
    if (!reader.next(table.header))
        throw FormatError(file, 1, 1, QStringLiteral("the file is empty; expected a header row"));
    Row row;
    while (reader.next(row)) {
        if (row.size() != table.header.size())
            throw FormatError(file, row.first().line, row.first().column,
                              QStringLiteral("this row has %1 fields but the header has %2")
                                  .arg(row.size())
                                  .arg(table.header.size()));
        table.rows.append(row);
    }
    return table;
}

} // namespace entente
