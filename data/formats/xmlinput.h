#pragma once

#include "expattokenizer.h"
#include "formaterror.h"
#include "utf8checker.h"

#include <QFile>
#include <QList>
#include <QString>
#include <QXmlStreamReader>
#include <memory>

namespace entente {

class ProgressReporter;

/**
 * A graph file read as a stream of XML tokens, safely: the file is fed to QXmlStreamReader in
 * chunks (never loaded whole), UTF-8 is checked as it arrives so a bad byte is named at its
 * line and column, a document type declaration that declares entities is refused before any
 * entity could be expanded or fetched (XXE, billion laughs), and every error — malformed or
 * truncated XML, wrong encoding, and the readers' own complaints — becomes a FormatError at
 * file:line:column. Owns the open file, the reader and the stack of open elements.
 *
 * Two ways through a file: the careful one above (QXmlStreamReader), and a fast one
 * (ExpatTokenizer) for the common case of a well-formed UTF-8 file without a DOCTYPE. The fast
 * one gives up on anything else by throwing FastPathAbandoned; readFast() then reads the file
 * again the careful way, so that every message about a bad file is the careful path's own.
 */
class XmlInput
{
public:
    static constexpr int MaxDepth = 256;

    enum class Path
    {
        Careful,
        Fast
    };
    /** Thrown by the fast path when the careful one must read the file. */
    struct FastPathAbandoned
    {
    };

    /** Opens `path`; `expected` names what it should hold ("a GEXF document") for messages. */
    XmlInput(const QString& path, const QString& expected, ProgressReporter* progress,
             Path how = Path::Careful);
    ~XmlInput();

    /**
     * Runs `read(Path)` on the fast path, and again on the careful one if the fast one gives up
     * or finds the file at fault (FormatError), so that the careful path names the fault.
     * Cancelling (ImportCancelled) is never retried.
     */
    template <typename Read> static auto readFast(Read read)
    {
        try {
            return read(Path::Fast);
        } catch (const FastPathAbandoned&) {
        } catch (const FormatError&) {
        }
        return read(Path::Careful);
    }

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

    QXmlStreamReader::TokenType tokenType() const
    {
        return m_fast ? m_fastToken : m_reader.tokenType();
    }
    QStringView name() const { return m_fast ? m_fast->name() : m_reader.name(); }
    /** The element's name as written, prefix included (the local name on the fast path). */
    QStringView qualifiedName() const { return m_fast ? m_fast->name() : m_reader.qualifiedName(); }
    /** The text of a Characters token. */
    QStringView text() const { return m_fast ? m_fast->text() : m_reader.text(); }
    /** An attribute of the current start element by its (ASCII) name; null when absent. */
    QStringView attribute(const char* name) const
    {
        return m_fast ? m_fast->attribute(QLatin1StringView(name))
                      : m_reader.attributes().value(QLatin1StringView(name));
    }
    bool hasAttribute(const char* name) const
    {
        return m_fast ? !m_fast->attribute(QLatin1StringView(name)).isNull()
                      : m_reader.attributes().hasAttribute(QLatin1StringView(name));
    }
    /** Whether the start element has an attribute `name` in a namespace whose URI holds `uriPart`.
     */
    bool hasAttributeInNamespace(QStringView name, QStringView uriPart) const;
    const QString& file() const { return m_path; }

    /** Line and column where the current token starts (1-based). */
    int line() const { return m_tokenLine; }
    int column() const { return m_tokenColumn; }
    /** Throws a FormatError at the start of the current token. */
    [[noreturn]] void fail(const QString& message) const;

private:
    void feed();
    QXmlStreamReader::TokenType nextFast();
    void detectEncoding(const QByteArray& head);
    void refuseEntities();
    [[noreturn]] void failFromReader() const;
    /** The element's name as a shared string: a file names few elements millions of times. */
    QString internedName(QStringView qualifiedName);

    QString m_path;
    QString m_expected;
    ProgressReporter* m_progress;
    QFile m_file;
    QXmlStreamReader m_reader;
    std::unique_ptr<ExpatTokenizer> m_fast;
    QXmlStreamReader::TokenType m_fastToken = QXmlStreamReader::NoToken;
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
    QList<QString> m_names; ///< element names seen so far (a few dozen at most are kept)
};

} // namespace entente
