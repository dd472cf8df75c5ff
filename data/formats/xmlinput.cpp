#include "xmlinput.h"

#include "core/progressreporter.h"
#include "formaterror.h"
#include "importcancelled.h"

#include <QRegularExpression>

namespace entente {

namespace {

// Large enough that the reader rarely waits, small enough that a huge file never sits in memory.
constexpr qint64 ChunkSize = 256 * 1024;

QString sentence(QString text)
{
    text = text.trimmed();
    if (text.endsWith(u'.'))
        text.chop(1);
    if (!text.isEmpty())
        text[0] = text[0].toLower();
    return text;
}

} // namespace

XmlInput::XmlInput(const QString& path, const QString& expected, ProgressReporter* progress,
                   Path how)
    : m_path(path), m_expected(expected), m_progress(progress), m_file(path)
{
    if (!m_file.open(QIODevice::ReadOnly))
        throw FormatError(path, 0, 0,
                          QStringLiteral("cannot read the file: %1").arg(m_file.errorString()));
    if (m_file.size() == 0)
        throw FormatError(path, 1, 1,
                          QStringLiteral("the file is empty; expected %1").arg(expected));
    if (how == Path::Fast) {
        // Only UTF-8 is read the fast way; the careful path decodes and checks the rest.
        detectEncoding(m_file.peek(512));
        if (!m_checkUtf8)
            throw FastPathAbandoned();
        m_fast = std::make_unique<ExpatTokenizer>(MaxDepth);
        m_started = true;
        return;
    }
    // Entities are refused at the DTD; this keeps any the reader might still meet small.
    m_reader.setEntityExpansionLimit(64);
    m_reader.setNamespaceProcessing(true);
}

XmlInput::~XmlInput() = default;

bool XmlInput::hasAttributeInNamespace(QStringView name, QStringView uriPart) const
{
    if (m_fast) {
        for (const ExpatTokenizer::Attribute& a : m_fast->attributes())
            if (a.name == name && a.namespaceUri.contains(uriPart))
                return true;
        return false;
    }
    for (const QXmlStreamAttribute& a : m_reader.attributes())
        if (a.name() == name && a.namespaceUri().contains(uriPart))
            return true;
    return false;
}

QXmlStreamReader::TokenType XmlInput::nextFast()
{
    for (;;) {
        if (m_fastToken == QXmlStreamReader::EndDocument)
            return m_fastToken;
        if (m_fast->pop() || m_fast->resume())
            break;
        if (m_fast->abandoned())
            throw FastPathAbandoned();
        if (m_fast->finished()) {
            m_fastToken = QXmlStreamReader::EndDocument;
            return m_fastToken;
        }
        // The buffer is used up: the next chunk goes straight into expat's own buffer.
        char* buffer = m_fast->buffer(static_cast<int>(ChunkSize));
        if (!buffer)
            throw FastPathAbandoned();
        const qint64 n = m_file.read(buffer, ChunkSize);
        if (n < 0)
            throw FormatError(m_path, 0, 0,
                              QStringLiteral("cannot read the file: %1").arg(m_file.errorString()));
        if (!reportProgress(m_progress, m_file.pos(), m_file.size()))
            throw ImportCancelled();
        if (m_fast->parse(static_cast<int>(n), n == 0))
            break;
        if (m_fast->abandoned())
            throw FastPathAbandoned();
    }
    m_tokenLine = m_fast->line();
    m_tokenColumn = m_fast->column();
    m_fastToken = m_fast->tokenType();
    return m_fastToken;
}

void XmlInput::detectEncoding(const QByteArray& head)
{
    // UTF-16 and UTF-32 announce themselves with a byte order mark; Qt decodes and checks those.
    if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF")) {
        m_checkUtf8 = false;
        m_encoding = QStringLiteral("UTF-16");
        return;
    }
    if (!head.startsWith("<?xml") && !head.startsWith("\xEF\xBB\xBF<?xml"))
        return; // no declaration: UTF-8 by the XML rules
    const qsizetype end = head.indexOf("?>");
    const QByteArray declaration = head.left(end < 0 ? 200 : end);
    static const QRegularExpression encoding(QStringLiteral(R"(encoding\s*=\s*["']([^"']+)["'])"));
    const auto m = encoding.match(QString::fromLatin1(declaration));
    if (!m.hasMatch())
        return;
    m_encoding = m.captured(1);
    const QString e = m_encoding.toLower().remove(u'-').remove(u'_');
    m_checkUtf8 = e == QLatin1String("utf8");
}

void XmlInput::feed()
{
    const QByteArray chunk = m_file.read(ChunkSize);
    if (!m_started) {
        detectEncoding(chunk);
        m_started = true;
    }
    if (chunk.isEmpty()) {
        m_atEnd = true;
        if (m_checkUtf8)
            if (const auto bad = m_utf8.finish())
                throw FormatError(m_path, bad->first, bad->second,
                                  QStringLiteral("the file ends inside a UTF-8 character; expected "
                                                 "valid UTF-8 as the XML declaration says"));
        return;
    }
    if (m_checkUtf8)
        if (const auto bad = m_utf8.feed(chunk))
            throw FormatError(m_path, bad->first, bad->second,
                              QStringLiteral("invalid UTF-8 byte sequence; the file declares %1 "
                                             "(save it as UTF-8, or declare its real encoding in "
                                             "<?xml … encoding=\"…\"?>)")
                                  .arg(m_encoding));
    m_reader.addData(chunk);
    if (!reportProgress(m_progress, m_file.pos(), m_file.size()))
        throw ImportCancelled();
}

QXmlStreamReader::TokenType XmlInput::next()
{
    if (m_fast)
        return nextFast();
    if (!m_started)
        feed();
    bool resuming = false;
    for (;;) {
        if (!resuming) {
            // Where the previous token ended is where this one starts; text ends only when the
            // reader has seen the next '<', so after text that '<' is already counted.
            m_tokenLine = static_cast<int>(m_reader.lineNumber());
            m_tokenColumn = static_cast<int>(m_reader.columnNumber()) + (m_afterText ? 0 : 1);
        }
        const auto token = m_reader.readNext();
        if (m_reader.hasError()) {
            if (m_reader.error() == QXmlStreamReader::PrematureEndOfDocumentError) {
                if (!m_atEnd) {
                    feed();
                    resuming = true;
                    continue;
                }
                // Data that ends after the root element is simply the end of the document.
                if (m_rootClosed)
                    return QXmlStreamReader::EndDocument;
            }
            failFromReader();
        }
        m_afterText = token == QXmlStreamReader::Characters;
        switch (token) {
        case QXmlStreamReader::DTD:
            refuseEntities();
            break;
        case QXmlStreamReader::StartElement:
            if (m_rootClosed)
                fail(QStringLiteral("a second root element <%1>; expected the end of the document")
                         .arg(m_reader.qualifiedName()));
            m_open.append({internedName(m_reader.qualifiedName()), m_tokenLine});
            // Readers descend into nested graphs; a hostile file must not exhaust the stack.
            if (m_open.size() > MaxDepth)
                fail(QStringLiteral(
                         "elements nested deeper than %1 levels; expected a flatter document")
                         .arg(MaxDepth));
            break;
        case QXmlStreamReader::EndElement:
            if (!m_open.isEmpty())
                m_open.removeLast();
            if (m_open.isEmpty())
                m_rootClosed = true;
            break;
        case QXmlStreamReader::EntityReference:
            fail(QStringLiteral("entity reference &%1; is refused; expected plain text")
                     .arg(m_reader.name()));
        default:
            break;
        }
        return token;
    }
}

QString XmlInput::internedName(QStringView qualifiedName)
{
    for (const QString& n : std::as_const(m_names))
        if (n == qualifiedName)
            return n;
    // A file inventing a new name for every element must not grow the list without bound.
    constexpr qsizetype MaxNames = 64;
    QString name = qualifiedName.toString();
    if (m_names.size() < MaxNames)
        m_names.append(name);
    return name;
}

void XmlInput::refuseEntities()
{
    const QString dtd = m_reader.text().toString();
    qsizetype at = dtd.indexOf(QLatin1String("<!ENTITY"));
    if (at < 0 && m_reader.entityDeclarations().isEmpty())
        return; // a plain DOCTYPE; external DTDs are never fetched
    if (at < 0)
        at = 0;
    // Point at the declaration itself: count lines inside the DTD's text.
    const QStringView before = QStringView(dtd).left(at);
    const qsizetype newlines = before.count(u'\n');
    const int line = m_tokenLine + static_cast<int>(newlines);
    const int column = newlines == 0 ? m_tokenColumn + static_cast<int>(at)
                                     : static_cast<int>(at - before.lastIndexOf(u'\n'));
    throw FormatError(
        m_path, line, column,
        QStringLiteral("the document type declaration declares entities (<!ENTITY …>); "
                       "refused, because entities can read local files or expand "
                       "without bound; expected %1 without a DOCTYPE")
            .arg(m_expected));
}

void XmlInput::failFromReader() const
{
    const int line = static_cast<int>(m_reader.lineNumber());
    const int column = static_cast<int>(m_reader.columnNumber());
    if (m_reader.error() == QXmlStreamReader::PrematureEndOfDocumentError) {
        if (m_open.isEmpty())
            throw FormatError(m_path, std::max(line, 1), column + 1,
                              QStringLiteral("the file ends before any XML element; expected %1")
                                  .arg(m_expected));
        const OpenElement& open = m_open.last();
        throw FormatError(
            m_path, line, column + 1,
            QStringLiteral("the file ends early (is it truncated?); expected </%1> to "
                           "close <%1> from line %2")
                .arg(open.name)
                .arg(open.line));
    }
    const QString why = m_reader.errorString();
    // A file that breaks before its root element, in an encoding other than UTF-8, most
    // likely is not in the encoding it declares.
    if (!m_checkUtf8 && m_open.isEmpty() && !m_rootClosed)
        throw FormatError(
            m_path, 1, 1,
            QStringLiteral("the file does not read as %1, the encoding its XML declaration names "
                           "(%2); expected its real encoding in <?xml … encoding=\"…\"?>")
                .arg(m_encoding, sentence(why)));
    if (why.contains(QLatin1String("encoded content"), Qt::CaseInsensitive) ||
        why.contains(QLatin1String("encoding"), Qt::CaseInsensitive))
        throw FormatError(
            m_path, line, std::max(column, 1),
            QStringLiteral("the text is not valid %1 as the XML declaration says (%2)")
                .arg(m_encoding, sentence(why)));
    QString message = QStringLiteral("malformed XML: %1").arg(sentence(why));
    if (why.contains(QLatin1String("mismatch"), Qt::CaseInsensitive) && !m_open.isEmpty()) {
        // The reader stops after the wrong end tag; point at its start.
        message += QStringLiteral("; expected </%1> to close <%1> from line %2")
                       .arg(m_open.last().name)
                       .arg(m_open.last().line);
        throw FormatError(m_path, m_tokenLine, m_tokenColumn, message);
    }
    throw FormatError(m_path, line, std::max(column, 1), message);
}

void XmlInput::fail(const QString& message) const
{
    if (m_fast)
        throw FastPathAbandoned(); // the careful path says it, at the same place
    throw FormatError(m_path, m_tokenLine, m_tokenColumn, message);
}

bool XmlInput::nextChild()
{
    for (;;) {
        switch (next()) {
        case QXmlStreamReader::StartElement:
            return true;
        case QXmlStreamReader::EndElement:
        case QXmlStreamReader::EndDocument:
            return false;
        default:
            break;
        }
    }
}

QString XmlInput::readText()
{
    QString text;
    int depth = 1;
    while (depth > 0) {
        switch (next()) {
        case QXmlStreamReader::StartElement:
            ++depth;
            break;
        case QXmlStreamReader::EndElement:
            --depth;
            break;
        case QXmlStreamReader::Characters:
            text += this->text();
            break;
        case QXmlStreamReader::EndDocument:
            return text;
        default:
            break;
        }
    }
    return text;
}

void XmlInput::skipElement()
{
    int depth = 1;
    while (depth > 0) {
        switch (next()) {
        case QXmlStreamReader::StartElement:
            ++depth;
            break;
        case QXmlStreamReader::EndElement:
            --depth;
            break;
        case QXmlStreamReader::EndDocument:
            return;
        default:
            break;
        }
    }
}

} // namespace entente
