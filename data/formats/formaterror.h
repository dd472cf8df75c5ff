#pragma once

#include <QString>

#include <stdexcept>

namespace entente {

/**
 * Bad input in a file: names the file, the line and column (1-based; 0 when unknown) and
 * what was expected, in the form editors and terminals understand (`file:line:col: message`).
 */
class FormatError : public std::runtime_error
{
public:
    FormatError(QString file, int line, int column, QString message)
        : std::runtime_error(format(file, line, column, message).toStdString()), m_file(std::move(file)),
          m_line(line), m_column(column), m_message(std::move(message))
    {
    }

    const QString& file() const { return m_file; }
    int line() const { return m_line; }
    int column() const { return m_column; }
    const QString& message() const { return m_message; }
    QString toString() const { return format(m_file, m_line, m_column, m_message); }

    static QString format(const QString& file, int line, int column, const QString& message)
    {
        QString where = file;
        if (line > 0)
            where += QStringLiteral(":%1").arg(line);
        if (line > 0 && column > 0)
            where += QStringLiteral(":%1").arg(column);
        return where + QStringLiteral(": ") + message;
    }

private:
    QString m_file;
    int m_line;
    int m_column;
    QString m_message;
};

} // namespace entente
