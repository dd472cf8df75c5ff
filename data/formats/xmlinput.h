#pragma once

#include "utf8checker.h"

#include <QFile>
#include <QList>
#include <QString>
#include <QXmlStreamReader>

namespace entente {

class ProgressReporter;

/**
 * A graph file read as a stream of XML tokens, safely: the file is fed to QXmlStreamReader in
 * chunks (never loaded whole), UTF-8 is checked as it arrives so a bad byte is named at its
 * line and column, a document type declaration that declares entities is refused before any
 * entity could be expanded or fetched (XXE, billion laughs), and every error — malformed or
 * truncated XML, wrong encoding, and the readers' own complaints — becomes a FormatError at
 * file:line:column. Owns the open file, the reader and the stack of open elements.
 */
class XmlInput
{
public:
    static constexpr int MaxDepth = 256;

    /** Opens `path`; `expected` names what it should hold ("a GEXF document") for messages. */
    XmlInput(const QString& path, const QString& expected, ProgressReporter* progress);

    /** The next token; throws FormatError on bad input and ImportCancelled on cancel. */
    QXmlStreamReader::TokenType next();
    /**
     * Moves to the next child element of the current element and returns true, or consumes
     * the current element's end tag and returns false. Text between children is skipped.
     */
    bool nextChild();
    /** Text inside the current element, its children's text included; ends on its end tag. */
    QString readText();
    /** Consumes the current element and everything in it. */
    void skipElement();

    QStringView name() const { return m_reader.name(); }
    /** An attribute of the current start element by its (ASCII) name; null when absent. */
    QStringView attribute(const char* name) const { return m_reader.attributes().value(QLatin1StringView(name)); }
    bool hasAttribute(const char* name) const { return m_reader.attributes().hasAttribute(QLatin1StringView(name)); }
    QXmlStreamReader& reader() { return m_reader; }
    const QString& file() const { return m_path; }

    /** Line and column where the current token starts (1-based). */
    int line() const { return m_tokenLine; }
    int column() const { return m_tokenColumn; }
    /** Throws a FormatError at the start of the current token. */
    [[noreturn]] void fail(const QString& message) const;

private:
    void feed();
    void detectEncoding(const QByteArray& head);
    void refuseEntities();
    [[noreturn]] void failFromReader() const;

    QString m_path;
    QString m_expected;
    ProgressReporter* m_progress;
    QFile m_file;
    QXmlStreamReader m_reader;
    Utf8Checker m_utf8;
    bool m_checkUtf8 = true;
    bool m_started = false;
    bool m_atEnd = false;
    bool m_rootClosed = false;
    bool m_afterText = false;
    QString m_encoding = QStringLiteral("UTF-8");
    int m_tokenLine = 1;
    int m_tokenColumn = 1;
    struct OpenElement
    {
        QString name;
        int line;
    };
    QList<OpenElement> m_open;
};

} // namespace entente
