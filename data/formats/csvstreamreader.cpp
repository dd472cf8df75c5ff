#include "csvstreamreader.h"

#include "formaterror.h"

#include <QIODevice>

namespace entente {

CsvStreamReader::CsvStreamReader(QIODevice& device, QString file, QChar delimiter)
    : m_device(device), m_file(std::move(file)), m_delimiter(delimiter)
{
}

qint64 CsvStreamReader::position() const
{
    return m_device.pos();
}

void CsvStreamReader::endField()
{
    m_row.append(m_field);
    m_field = CsvReader::Field();
    m_fieldStarted = false;
    m_closedQuote = false;
}

void CsvStreamReader::endRow(QList<CsvReader::Row>& done)
{
    endField();
    // A blank line is not a row.
    if (!(m_row.size() == 1 && m_row.first().text.isEmpty()))
        done.append(m_row);
    m_row.clear();
}

void CsvStreamReader::parseLine(const QString& text, QList<CsvReader::Row>& done)
{
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text[i];
        if (m_quoted) {
            if (c == u'"') {
                if (i + 1 < n && text[i + 1] == u'"') {
                    m_field.text.append(u'"');
                    ++i;
                    m_column += 2;
                    continue;
                }
                m_quoted = false;
                m_closedQuote = true;
                ++m_column;
                continue;
            }
            m_field.text.append(c);
            if (c == u'\n') {
                ++m_line;
                m_column = 1;
            } else {
                ++m_column;
            }
            continue;
        }
        if (m_closedQuote && c != m_delimiter && c != u'\n' && c != u'\r')
            throw FormatError(
                m_file, m_line, m_column,
                QStringLiteral("unexpected text after a closing quote; expected \"%1\" or the "
                               "end of the line")
                    .arg(m_delimiter));
        if (!m_fieldStarted) {
            m_field.line = m_line;
            m_field.column = m_column;
            m_fieldStarted = true;
        }
        if (c == u'"' && m_field.text.isEmpty() && m_field.column == m_column) {
            m_quoted = true;
            m_openLine = m_line;
            m_openColumn = m_column;
            ++m_column;
        } else if (c == m_delimiter) {
            endField();
            ++m_column;
        } else if (c == u'\r') {
            if (i + 1 < n && text[i + 1] == u'\n')
                continue;
            endRow(done);
            ++m_line;
            m_column = 1;
        } else if (c == u'\n') {
            endRow(done);
            ++m_line;
            m_column = 1;
        } else if (c == u'"') {
            throw FormatError(
                m_file, m_line, m_column,
                QStringLiteral("a quote inside an unquoted field; quote the whole field and "
                               "double the inner quote"));
        } else {
            m_field.text.append(c);
            ++m_column;
        }
    }
}

bool CsvStreamReader::next(CsvReader::Row& row)
{
    while (m_ready.isEmpty()) {
        QByteArray bytes = m_device.readLine();
        if (bytes.isEmpty()) {
            if (const auto bad = m_utf8.finish())
                throw FormatError(
                    m_file, bad->first, bad->second,
                    QStringLiteral("invalid UTF-8 byte sequence (save the file as UTF-8)"));
            if (m_quoted)
                throw FormatError(
                    m_file, m_openLine, m_openColumn,
                    QStringLiteral("unterminated quoted field (no closing \" before the end "
                                   "of the file)"));
            if (m_fieldStarted || !m_row.isEmpty())
                endRow(m_ready);
            break;
        }
        if (const auto bad = m_utf8.feed(bytes))
            throw FormatError(
                m_file, bad->first, bad->second,
                QStringLiteral("invalid UTF-8 byte sequence (save the file as UTF-8)"));
        QString text = QString::fromUtf8(bytes);
        if (m_first) {
            m_first = false;
            if (text.startsWith(QChar(0xfeff)))
                text.remove(0, 1);
        }
        parseLine(text, m_ready);
    }
    if (m_ready.isEmpty())
        return false;
    row = m_ready.takeFirst();
    return true;
}

} // namespace entente
