#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>
#include <QXmlStreamReader>
#include <string>
#include <vector>

struct XML_ParserStruct;

namespace entente {

/**
 * The fast way through a well-formed UTF-8 XML file: libexpat, suspended after every event so
 * that the readers can pull tokens one at a time as they do from QXmlStreamReader. Expat reads
 * bytes and hands out UTF-8, so an element costs no QString unless a reader asks for one:
 * element names are interned, attribute values and text are decoded into buffers reused from
 * token to token.
 *
 * It accepts less than XmlInput's careful path on purpose: any document type declaration,
 * any error of expat's (malformed XML, bad UTF-8, undeclared entities) or elements nested too
 * deeply make it give up (`abandoned()`), and the caller reads the file again the careful way,
 * which names the problem at its line and column. Owns the expat parser and the buffers.
 */
class ExpatTokenizer
{
public:
    struct Attribute
    {
        QString name;         ///< local name (interned)
        QString namespaceUri; ///< empty when unprefixed
        qsizetype offset = 0; ///< of the value in the value buffer
        qsizetype length = 0;
    };

    explicit ExpatTokenizer(int maxDepth);
    ~ExpatTokenizer();
    ExpatTokenizer(const ExpatTokenizer&) = delete;
    ExpatTokenizer& operator=(const ExpatTokenizer&) = delete;

    /** Room for the next `size` bytes of the file, to be handed over with parse(). */
    char* buffer(int size);
    /** Moves to the next token already parsed; false when parse() or resume() must run. */
    bool pop();
    /**
     * Parses the `size` bytes just written into buffer(); `last` when they end the file.
     * Stops after the first token (pop() then returns it); false when the buffer holds none.
     */
    bool parse(int size, bool last);
    /** Continues after the tokens popped; false when the buffer is used up. */
    bool resume();
    bool abandoned() const { return m_abandoned; }
    /** True once the last buffer is parsed to its end. */
    bool finished() const { return m_finished; }

    QXmlStreamReader::TokenType tokenType() const { return current().type; }
    int line() const { return current().line; }
    int column() const { return current().column; }
    QStringView name() const { return current().name; }
    QStringView text() const
    {
        const std::u16string& t = current().text;
        return QStringView(t.data(), static_cast<qsizetype>(t.size()));
    }
    const std::vector<Attribute>& attributes() const { return current().attributes; }
    QStringView value(const Attribute& a) const
    {
        return QStringView(current().values.data() + a.offset, a.length);
    }
    /** The value of an unprefixed attribute; null when absent. */
    QStringView attribute(QLatin1StringView name) const;

private:
    static void onStart(void* self, const char* name, const char** attributes);
    static void onEnd(void* self, const char* name);
    static void onText(void* self, const char* text, int length);
    static void onDoctype(void* self, const char*, const char*, const char*, int);

    /** One event, kept until the reader has pulled it (slots are reused with their buffers). */
    struct Token
    {
        QXmlStreamReader::TokenType type = QXmlStreamReader::NoToken;
        int line = 1;
        int column = 1;
        QString name;
        QString namespaceUri;
        std::vector<Attribute> attributes;
        std::u16string values;
        std::u16string text;
    };

    const Token& current() const { return m_tokens[m_current]; }
    /** Splits expat's "uri<separator>local" and interns both parts. */
    void splitName(const char* expatName, QString* local, QString* uri);
    /** A new token at the end of the queue, where the event starts, and a pause after it. */
    Token& push(QXmlStreamReader::TokenType type);
    bool run(int status);

    XML_ParserStruct* m_parser;
    int m_maxDepth;
    int m_depth = 0;
    bool m_abandoned = false;
    bool m_finished = false;
    bool m_last = false;
    // Expat may report a few more events after being asked to pause (the end of an empty
    // element, more pieces of one text), so events queue up here until pulled.
    std::vector<Token> m_tokens;
    size_t m_queued = 0;
    size_t m_next = 0;
    size_t m_current = 0;
    struct Interned
    {
        QByteArray expat;
        QString local;
        QString uri;
    };
    std::vector<Interned> m_names;
};

} // namespace entente
