#include "dotreader.h"

#include "core/progressreporter.h"
#include "csvreader.h"
#include "formaterror.h"
#include "importbuilder.h"
#include "importcancelled.h"
#include "valueparser.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>

namespace entente {

namespace {

struct Token
{
    enum class Kind { End, Id, LeftBrace, RightBrace, LeftBracket, RightBracket, Equals, Semicolon, Comma, Colon, EdgeOp };
    Kind kind = Kind::End;
    QString text;
    bool plain = false; ///< an unquoted word, so it may be a keyword
    int line = 1;
    int column = 1;
};

/** Splits DOT text into tokens, keeping where each starts. */
class Lexer
{
public:
    Lexer(const QString& text, const QString& file) : m_text(text), m_file(file) {}

    Token next()
    {
        skipSpace();
        Token t;
        t.line = m_line;
        t.column = m_column;
        if (atEnd())
            return t;
        const QChar c = peek();
        auto single = [&](Token::Kind kind) {
            advance();
            t.kind = kind;
            t.text = c;
            return t;
        };
        switch (c.unicode()) {
        case '{':
            return single(Token::Kind::LeftBrace);
        case '}':
            return single(Token::Kind::RightBrace);
        case '[':
            return single(Token::Kind::LeftBracket);
        case ']':
            return single(Token::Kind::RightBracket);
        case '=':
            return single(Token::Kind::Equals);
        case ';':
            return single(Token::Kind::Semicolon);
        case ',':
            return single(Token::Kind::Comma);
        case ':':
            return single(Token::Kind::Colon);
        case '"':
            t.kind = Token::Kind::Id;
            t.text = quoted();
            return t;
        case '<':
            t.kind = Token::Kind::Id;
            t.text = html();
            return t;
        default:
            break;
        }
        if (c == u'-' && (peek(1) == u'>' || peek(1) == u'-')) {
            t.kind = Token::Kind::EdgeOp;
            t.text = QString(c) + peek(1);
            advance();
            advance();
            return t;
        }
        if (c == u'-' || c == u'.' || c.isDigit()) {
            t.kind = Token::Kind::Id;
            t.text = numeral();
            return t;
        }
        if (c.isLetter() || c == u'_' || c.unicode() >= 0x80) {
            t.kind = Token::Kind::Id;
            t.plain = true;
            while (!atEnd() && (peek().isLetterOrNumber() || peek() == u'_' || peek().unicode() >= 0x80))
                t.text += advance();
            return t;
        }
        fail(m_line, m_column, QStringLiteral("unexpected '%1'; expected a name, a number, a quoted string, "
                                              "'{', '}', '[', ']', '=', ';', '->' or '--'")
                                   .arg(c));
    }

    [[noreturn]] void fail(int line, int column, const QString& message) const
    {
        throw FormatError(m_file, line, column, message);
    }

    qsizetype position() const { return m_pos; }

private:
    bool atEnd() const { return m_pos >= m_text.size(); }
    QChar peek(qsizetype ahead = 0) const
    {
        return m_pos + ahead < m_text.size() ? m_text[m_pos + ahead] : QChar();
    }
    QChar advance()
    {
        const QChar c = m_text[m_pos++];
        if (c == u'\n') {
            ++m_line;
            m_column = 1;
        } else {
            ++m_column;
        }
        return c;
    }

    void skipSpace()
    {
        while (!atEnd()) {
            const QChar c = peek();
            if (c.isSpace()) {
                advance();
            } else if (c == u'/' && peek(1) == u'/') {
                while (!atEnd() && peek() != u'\n')
                    advance();
            } else if (c == u'/' && peek(1) == u'*') {
                const int line = m_line, column = m_column;
                advance();
                advance();
                while (!atEnd() && !(peek() == u'*' && peek(1) == u'/'))
                    advance();
                if (atEnd())
                    fail(line, column, QStringLiteral("a comment that never ends; expected */"));
                advance();
                advance();
            } else if (c == u'#' && m_column == 1) {
                // Lines of C preprocessor output are not DOT.
                while (!atEnd() && peek() != u'\n')
                    advance();
            } else {
                return;
            }
        }
    }

    /** A double-quoted string, with "a" + "b" concatenation; only \" is unescaped here, and \\
     *  stays a pair so that a value can still tell it from \n. */
    QString quoted()
    {
        QString out;
        for (;;) {
            const int line = m_line, column = m_column;
            advance(); // opening quote
            for (;;) {
                if (atEnd())
                    fail(line, column, QStringLiteral("a quoted string that never ends; expected a closing \""));
                const QChar c = advance();
                if (c == u'"')
                    break;
                if (c == u'\\' && peek() == u'"') {
                    out += advance();
                } else if (c == u'\\' && peek() == u'\\') {
                    out += c; // kept as a pair, as Graphviz does; values resolve it later
                    out += advance();
                } else if (c == u'\\' && peek() == u'\n') {
                    advance(); // a line continued
                } else if (c == u'\\' && peek() == u'\r' && peek(1) == u'\n') {
                    advance();
                    advance();
                } else {
                    out += c;
                }
            }
            // "a" + "b" is one string.
            const qsizetype pos = m_pos;
            const int l = m_line, col = m_column;
            skipSpace();
            if (peek() == u'+') {
                advance();
                skipSpace();
                if (peek() == u'"')
                    continue;
            }
            m_pos = pos;
            m_line = l;
            m_column = col;
            return out;
        }
    }

    /** An HTML string <…>, brackets nested; returned with its outer brackets. */
    QString html()
    {
        const int line = m_line, column = m_column;
        QString out;
        int depth = 0;
        do {
            if (atEnd())
                fail(line, column, QStringLiteral("an HTML string that never ends; expected '>'"));
            const QChar c = advance();
            if (c == u'<')
                ++depth;
            else if (c == u'>')
                --depth;
            out += c;
        } while (depth > 0);
        return out;
    }

    QString numeral()
    {
        QString out;
        const int line = m_line, column = m_column;
        if (peek() == u'-')
            out += advance();
        bool digits = false;
        while (!atEnd() && peek().isDigit()) {
            out += advance();
            digits = true;
        }
        if (peek() == u'.') {
            out += advance();
            while (!atEnd() && peek().isDigit()) {
                out += advance();
                digits = true;
            }
        }
        if (!digits)
            fail(line, column, QStringLiteral("\"%1\" is not a number; expected digits").arg(out));
        return out;
    }

    const QString& m_text;
    const QString& m_file;
    qsizetype m_pos = 0;
    int m_line = 1;
    int m_column = 1;
};

/** Default attributes in force where a statement stands (subgraphs inherit and may change them). */
struct Scope
{
    QVariantMap nodeDefaults;
    QVariantMap edgeDefaults;
};

/** An attribute value as text means it: escapes of labels resolved, numbers typed. */
QVariant attributeValue(const QString& name, const QString& text)
{
    if (text.startsWith(u'<') && text.endsWith(u'>')) {
        // An HTML label: its text, without markup.
        static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
        return text.mid(1, text.size() - 2).remove(tags).simplified();
    }
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'\\' && i + 1 < text.size()) {
            const QChar n = text[i + 1];
            if (n == u'n' || n == u'l' || n == u'r') {
                out += u'\n';
                ++i;
                continue;
            }
            if (n == u'\\') {
                out += u'\\';
                ++i;
                continue;
            }
        }
        out += c;
    }
    if (name == u"label")
        return out;
    return ValueParser::inferred(out);
}

/** Parses a DOT file into the builder: nodes as first met, with the defaults then in force. */
class DotParse
{
public:
    DotParse(Lexer& lexer, ImportBuilder& builder, ProgressReporter* progress, qsizetype size)
        : m_lexer(lexer), m_builder(builder), m_progress(progress), m_size(size)
    {
        m_token = m_lexer.next();
    }

    void document()
    {
        if (m_token.kind == Token::Kind::End)
            fail(QStringLiteral("the file holds no graph; expected \"graph\" or \"digraph\""));
        if (isKeyword(u"strict"))
            advance();
        if (isKeyword(u"digraph"))
            m_directed = true;
        else if (!isKeyword(u"graph"))
            fail(QStringLiteral("expected \"graph\" or \"digraph\" to start the file"));
        m_builder.setDefaultDirected(m_directed);
        advance();
        if (m_token.kind == Token::Kind::Id)
            advance(); // the graph's name
        expect(Token::Kind::LeftBrace, QStringLiteral("'{'"));
        Scope scope;
        QStringList members;
        statements(scope, members);
        expect(Token::Kind::RightBrace, QStringLiteral("'}' to close the graph"));
        if (m_token.kind != Token::Kind::End)
            m_builder.warn(QStringLiteral("%1:%2:%3: more than one graph in the file; only the first was read")
                               .arg(m_builder.file())
                               .arg(m_token.line)
                               .arg(m_token.column));
        for (const QString& id : std::as_const(m_order)) {
            const PendingNode& n = m_nodes[id];
            ImportBuilder::Node node;
            node.id = id;
            node.at = n.at;
            node.attributes = n.attributes;
            // Graphviz's own default label, the node's name, says nothing.
            if (node.attributes.value(QStringLiteral("label")).toString() == u"\\N")
                node.attributes.remove(QStringLiteral("label"));
            m_builder.addNode(node);
        }
    }

private:
    struct PendingNode
    {
        QVariantMap attributes;
        ImportBuilder::Location at;
    };

    [[noreturn]] void fail(const QString& message) const { m_lexer.fail(m_token.line, m_token.column, message); }

    bool isKeyword(QStringView word) const
    {
        return m_token.kind == Token::Kind::Id && m_token.plain && m_token.text.compare(word, Qt::CaseInsensitive) == 0;
    }

    void advance()
    {
        m_token = m_lexer.next();
        if ((++m_tokens & 0xffff) == 0 && !reportProgress(m_progress, m_lexer.position(), m_size))
            throw ImportCancelled();
    }

    void expect(Token::Kind kind, const QString& what)
    {
        if (m_token.kind != kind) {
            const QString found = m_token.kind == Token::Kind::End ? QStringLiteral("the end of the file")
                                                                  : QStringLiteral("\"%1\"").arg(m_token.text);
            fail(QStringLiteral("found %1; expected %2").arg(found, what));
        }
        advance();
    }

    void statements(Scope& scope, QStringList& members)
    {
        while (m_token.kind != Token::Kind::RightBrace && m_token.kind != Token::Kind::End) {
            statement(scope, members);
            if (m_token.kind == Token::Kind::Semicolon)
                advance();
        }
    }

    QVariantMap attributeList()
    {
        QVariantMap out;
        while (m_token.kind == Token::Kind::LeftBracket) {
            advance();
            while (m_token.kind != Token::Kind::RightBracket) {
                if (m_token.kind != Token::Kind::Id)
                    fail(QStringLiteral("found %1; expected an attribute name or ']'")
                             .arg(m_token.kind == Token::Kind::End ? QStringLiteral("the end of the file")
                                                                   : QStringLiteral("\"%1\"").arg(m_token.text)));
                const QString name = m_token.text;
                advance();
                expect(Token::Kind::Equals, QStringLiteral("'=' after the attribute name \"%1\"").arg(name));
                if (m_token.kind != Token::Kind::Id)
                    fail(QStringLiteral("expected a value for the attribute \"%1\"").arg(name));
                out.insert(name, attributeValue(name, m_token.text));
                advance();
                if (m_token.kind == Token::Kind::Comma || m_token.kind == Token::Kind::Semicolon)
                    advance();
            }
            advance();
        }
        return out;
    }

    /** A node named where it stands: created with the defaults in force, else left as it is. */
    void mention(const QString& id, const Token& at, const Scope& scope, QStringList& members)
    {
        if (!m_nodes.contains(id)) {
            m_nodes.insert(id, PendingNode{scope.nodeDefaults, {QString(), at.line, at.column}});
            m_order << id;
        }
        members << id;
    }

    /** A node id with an optional port (a:p or a:p:n); the port is drawing detail. */
    QString nodeId()
    {
        const QString id = QString(m_token.text).replace(QStringLiteral("\\\\"), QStringLiteral("\\"));
        advance();
        for (int i = 0; i < 2 && m_token.kind == Token::Kind::Colon; ++i) {
            advance();
            if (m_token.kind != Token::Kind::Id)
                fail(QStringLiteral("expected a port name after ':'"));
            advance();
        }
        return id;
    }

    /** One end of an edge: a node or a subgraph; returns the nodes it stands for. */
    QStringList operand(Scope& scope, QStringList& members)
    {
        QStringList ends;
        if (m_token.kind == Token::Kind::LeftBrace || isKeyword(u"subgraph")) {
            ends = subgraph(scope);
            members << ends;
            return ends;
        }
        if (m_token.kind != Token::Kind::Id)
            fail(QStringLiteral("expected a node or a subgraph after the edge operator"));
        const Token at = m_token;
        const QString id = nodeId();
        mention(id, at, scope, members);
        return {id};
    }

    QStringList subgraph(const Scope& outer)
    {
        // Subgraphs nest by recursion here; a hostile file must not exhaust the stack.
        if (++m_depth > MaxDepth)
            fail(QStringLiteral("subgraphs nested deeper than %1 levels; expected a flatter graph").arg(MaxDepth));
        if (isKeyword(u"subgraph")) {
            advance();
            if (m_token.kind == Token::Kind::Id)
                advance(); // its name
        }
        expect(Token::Kind::LeftBrace, QStringLiteral("'{' to open the subgraph"));
        Scope scope = outer;
        QStringList members;
        statements(scope, members);
        expect(Token::Kind::RightBrace, QStringLiteral("'}' to close the subgraph"));
        --m_depth;
        members.removeDuplicates();
        return members;
    }

    void edges(const Token& first, QStringList from, Scope& scope, QStringList& members)
    {
        QList<QStringList> chain{from};
        while (m_token.kind == Token::Kind::EdgeOp) {
            if ((m_token.text == u"->") != m_directed)
                fail(QStringLiteral("\"%1\" in a %2; expected \"%3\"")
                         .arg(m_token.text, m_directed ? QStringLiteral("digraph") : QStringLiteral("graph"),
                              m_directed ? QStringLiteral("->") : QStringLiteral("--")));
            advance();
            chain << operand(scope, members);
        }
        QVariantMap attributes = scope.edgeDefaults;
        const QVariantMap own = attributeList();
        for (auto it = own.cbegin(); it != own.cend(); ++it)
            attributes.insert(it.key(), it.value());
        const QString id = attributes.take(QStringLiteral("id")).toString();
        // In a digraph, dir=none or dir=both draws a tie without a direction.
        const QString dir = attributes.value(QStringLiteral("dir")).toString();
        const std::optional<bool> directed =
            dir == u"none" || dir == u"both" ? std::optional<bool>(false) : std::optional<bool>();
        int made = 0;
        for (qsizetype i = 0; i + 1 < chain.size(); ++i)
            for (const QString& s : chain[i])
                for (const QString& t : chain[i + 1]) {
                    ImportBuilder::Edge e;
                    e.at = {QString(), first.line, first.column};
                    e.source = s;
                    e.target = t;
                    e.attributes = attributes;
                    e.directed = directed;
                    // An id names one edge; a statement that makes several keeps it on the first.
                    if (made++ == 0)
                        e.id = id;
                    m_builder.addEdge(std::move(e));
                }
    }

    void statement(Scope& scope, QStringList& members)
    {
        const Token first = m_token;
        if (m_token.kind == Token::Kind::LeftBrace || isKeyword(u"subgraph")) {
            const QStringList inner = subgraph(scope);
            members << inner;
            if (m_token.kind == Token::Kind::EdgeOp)
                edges(first, inner, scope, members);
            return;
        }
        if (m_token.kind != Token::Kind::Id)
            fail(QStringLiteral("found \"%1\"; expected a statement (a node, an edge, an attribute or a subgraph)")
                     .arg(m_token.text));
        if ((isKeyword(u"graph") || isKeyword(u"node") || isKeyword(u"edge"))) {
            const QString which = m_token.text.toLower();
            advance();
            if (m_token.kind != Token::Kind::LeftBracket)
                fail(QStringLiteral("expected '[' after \"%1\"").arg(which));
            const QVariantMap defaults = attributeList();
            QVariantMap* target = which == u"node" ? &scope.nodeDefaults : which == u"edge" ? &scope.edgeDefaults : nullptr;
            if (target)
                for (auto it = defaults.cbegin(); it != defaults.cend(); ++it)
                    target->insert(it.key(), it.value());
            return;
        }
        const QString id = nodeId();
        if (m_token.kind == Token::Kind::Equals) {
            advance(); // a graph attribute: drawing detail
            if (m_token.kind != Token::Kind::Id)
                fail(QStringLiteral("expected a value for the graph attribute \"%1\"").arg(id));
            advance();
            return;
        }
        mention(id, first, scope, members);
        if (m_token.kind == Token::Kind::EdgeOp) {
            edges(first, {id}, scope, members);
            return;
        }
        const QVariantMap own = attributeList();
        PendingNode& node = m_nodes[id];
        for (auto it = own.cbegin(); it != own.cend(); ++it)
            node.attributes.insert(it.key(), it.value());
    }

    Lexer& m_lexer;
    ImportBuilder& m_builder;
    ProgressReporter* m_progress;
    qsizetype m_size;
    Token m_token;
    static constexpr int MaxDepth = 200;
    bool m_directed = false;
    int m_depth = 0;
    qint64 m_tokens = 0;
    QHash<QString, PendingNode> m_nodes;
    QStringList m_order;
};

} // namespace

ImportResult DotReader::read(const QString& path, const RelationKindVocabulary& vocabulary, ProgressReporter* progress)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw FormatError(path, 0, 0, QStringLiteral("cannot read the file: %1").arg(f.errorString()));
    if (f.size() > MaxBytes)
        throw FormatError(path, 0, 0, QStringLiteral("the file is %1 MiB; DOT files are read whole and limited to "
                                                     "%2 MiB")
                                          .arg(f.size() / (1024 * 1024))
                                          .arg(MaxBytes / (1024 * 1024)));
    const QByteArray bytes = f.readAll();
    if (bytes.trimmed().isEmpty())
        throw FormatError(path, 1, 1, QStringLiteral("the file is empty; expected a DOT graph"));
    if (const auto bad = CsvReader::findInvalidUtf8(bytes))
        throw FormatError(path, bad->first, bad->second,
                          QStringLiteral("invalid UTF-8 byte sequence; expected UTF-8, as Graphviz reads by "
                                         "default (save the file as UTF-8)"));
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);
    ImportBuilder builder(path, vocabulary);
    Lexer lexer(text, path);
    DotParse(lexer, builder, progress, text.size()).document();
    ImportResult result = builder.finish();
    reportProgress(progress, text.size(), text.size());
    return result;
}

} // namespace entente
