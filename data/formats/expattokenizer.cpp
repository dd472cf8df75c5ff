#include "expattokenizer.h"

#include <cstring>
#include <expat.h>

namespace entente {

namespace {

// Between a namespace URI and a local name in expat's names. No XML name or URI holds it: the
// character is not allowed anywhere in an XML 1.0 document.
constexpr char Separator = '\x1f';
// Element names are few; a file that invents more does not grow the table without bound.
constexpr size_t MaxInterned = 256;

/** Appends UTF-8 (complete characters: expat has checked them) as UTF-16. */
void appendUtf8(std::u16string& out, const char* text, size_t length)
{
    size_t i = 0;
    // Markup and most values are ASCII; only the rest goes through the full decoder.
    while (i < length && static_cast<unsigned char>(text[i]) < 0x80)
        out.push_back(static_cast<char16_t>(text[i++]));
    if (i < length) {
        const QString rest = QString::fromUtf8(text + i, static_cast<qsizetype>(length - i));
        out.append(reinterpret_cast<const char16_t*>(rest.utf16()),
                   static_cast<size_t>(rest.size()));
    }
}

} // namespace

ExpatTokenizer::ExpatTokenizer(int maxDepth)
    : m_parser(XML_ParserCreateNS("UTF-8", Separator)), m_maxDepth(maxDepth)
{
    if (!m_parser)
        throw std::bad_alloc();
    XML_SetUserData(m_parser, this);
    XML_SetElementHandler(m_parser, &ExpatTokenizer::onStart, &ExpatTokenizer::onEnd);
    XML_SetCharacterDataHandler(m_parser, &ExpatTokenizer::onText);
    XML_SetStartDoctypeDeclHandler(m_parser, &ExpatTokenizer::onDoctype);
    // Never read external DTDs or parameter entities (the default; said here to be sure).
    XML_SetParamEntityParsing(m_parser, XML_PARAM_ENTITY_PARSING_NEVER);
}

ExpatTokenizer::~ExpatTokenizer()
{
    XML_ParserFree(m_parser);
}

char* ExpatTokenizer::buffer(int size)
{
    return static_cast<char*>(XML_GetBuffer(m_parser, size));
}

bool ExpatTokenizer::pop()
{
    if (m_next >= m_queued)
        return false;
    m_current = m_next++;
    return true;
}

bool ExpatTokenizer::parse(int size, bool last)
{
    m_last = last;
    return run(XML_ParseBuffer(m_parser, size, last ? XML_TRUE : XML_FALSE));
}

bool ExpatTokenizer::resume()
{
    XML_ParsingStatus status;
    XML_GetParsingStatus(m_parser, &status);
    if (status.parsing != XML_SUSPENDED)
        return false;
    return run(XML_ResumeParser(m_parser));
}

bool ExpatTokenizer::run(int status)
{
    if (status == XML_STATUS_ERROR || m_abandoned) {
        m_abandoned = true;
        return false;
    }
    if (status == XML_STATUS_OK && m_last)
        m_finished = true;
    return pop();
}

ExpatTokenizer::Token& ExpatTokenizer::push(QXmlStreamReader::TokenType type)
{
    if (m_next >= m_queued)
        m_next = m_queued = 0; // every token pulled: the slots are free again
    if (m_queued == m_tokens.size())
        m_tokens.emplace_back();
    Token& t = m_tokens[m_queued++];
    t.type = type;
    // Where the event starts: the '<' of a tag, the first character of text.
    t.line = static_cast<int>(XML_GetCurrentLineNumber(m_parser));
    t.column = static_cast<int>(XML_GetCurrentColumnNumber(m_parser)) + 1;
    XML_ParsingStatus status;
    XML_GetParsingStatus(m_parser, &status);
    if (status.parsing == XML_PARSING)
        XML_StopParser(m_parser, XML_TRUE);
    return t;
}

QStringView ExpatTokenizer::attribute(QLatin1StringView name) const
{
    for (const Attribute& a : current().attributes)
        if (a.namespaceUri.isEmpty() && a.name == name)
            return value(a);
    return {};
}

void ExpatTokenizer::splitName(const char* expatName, QString* local, QString* uri)
{
    const size_t length = std::strlen(expatName);
    for (const Interned& n : m_names)
        if (static_cast<size_t>(n.expat.size()) == length &&
            std::memcmp(n.expat.constData(), expatName, length) == 0) {
            *local = n.local;
            *uri = n.uri;
            return;
        }
    const char* separator = static_cast<const char*>(std::memchr(expatName, Separator, length));
    if (separator) {
        *uri = QString::fromUtf8(expatName, separator - expatName);
        *local = QString::fromUtf8(separator + 1,
                                   static_cast<qsizetype>(length) - (separator + 1 - expatName));
    } else {
        *uri = QString();
        *local = QString::fromUtf8(expatName, static_cast<qsizetype>(length));
    }
    if (m_names.size() < MaxInterned)
        m_names.push_back({QByteArray(expatName, static_cast<qsizetype>(length)), *local, *uri});
}

void ExpatTokenizer::onStart(void* self, const char* name, const char** attributes)
{
    auto* t = static_cast<ExpatTokenizer*>(self);
    if (++t->m_depth > t->m_maxDepth) {
        t->m_abandoned = true;
        XML_StopParser(t->m_parser, XML_FALSE);
        return;
    }
    Token& token = t->push(QXmlStreamReader::StartElement);
    t->splitName(name, &token.name, &token.namespaceUri);
    token.attributes.clear();
    token.values.clear();
    for (const char** a = attributes; a[0]; a += 2) {
        Attribute attribute;
        t->splitName(a[0], &attribute.name, &attribute.namespaceUri);
        attribute.offset = static_cast<qsizetype>(token.values.size());
        appendUtf8(token.values, a[1], std::strlen(a[1]));
        attribute.length = static_cast<qsizetype>(token.values.size()) - attribute.offset;
        token.attributes.push_back(std::move(attribute));
    }
}

void ExpatTokenizer::onEnd(void* self, const char* name)
{
    auto* t = static_cast<ExpatTokenizer*>(self);
    --t->m_depth;
    Token& token = t->push(QXmlStreamReader::EndElement);
    t->splitName(name, &token.name, &token.namespaceUri);
}

void ExpatTokenizer::onText(void* self, const char* text, int length)
{
    auto* t = static_cast<ExpatTokenizer*>(self);
    Token& token = t->push(QXmlStreamReader::Characters);
    token.text.clear();
    appendUtf8(token.text, text, static_cast<size_t>(length));
}

void ExpatTokenizer::onDoctype(void* self, const char*, const char*, const char*, int)
{
    // Entities are refused by the careful path, which also says where; here any DTD ends the try.
    auto* t = static_cast<ExpatTokenizer*>(self);
    t->m_abandoned = true;
    XML_StopParser(t->m_parser, XML_FALSE);
}

} // namespace entente
