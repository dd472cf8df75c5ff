#include "jsonparser.h"

#include "formaterror.h"

#include <QVariantList>
#include <QVariantMap>

#include <cmath>
#include <cstring>

namespace entente {

namespace {

/** Recursive descent over the bytes; every failure names the byte offset where it happened. */
class Parser
{
public:
    Parser(const QByteArray& bytes, const QString& file)
        : m_bytes(bytes), m_file(file), m_p(bytes.constData()), m_begin(bytes.constData()),
          m_end(bytes.constData() + bytes.size())
    {
    }

    JsonParser::Value document()
    {
        if (m_end - m_p >= 3 && std::memcmp(m_p, "\xEF\xBB\xBF", 3) == 0)
            m_p += 3;
        skipSpace();
        if (m_p == m_end)
            fail(offset(), QStringLiteral("the file holds no JSON value; expected an object or an array"));
        JsonParser::Value v = value(0);
        skipSpace();
        if (m_p != m_end)
            fail(offset(), QStringLiteral("unexpected text after the JSON value; expected the end of the file"));
        return v;
    }

private:
    using Value = JsonParser::Value;

    qsizetype offset() const { return m_p - m_begin; }

    [[noreturn]] void fail(qsizetype at, const QString& message) const
    {
        const auto [line, column] = JsonParser::position(m_bytes, at);
        throw FormatError(m_file, line, column, message);
    }

    void skipSpace()
    {
        while (m_p != m_end && (*m_p == ' ' || *m_p == '\t' || *m_p == '\n' || *m_p == '\r'))
            ++m_p;
    }

    QString describeHere() const
    {
        if (m_p == m_end)
            return QStringLiteral("the end of the file");
        const unsigned char c = static_cast<unsigned char>(*m_p);
        if (c >= 0x20 && c < 0x7f)
            return QStringLiteral("'%1'").arg(QChar(c));
        return QStringLiteral("byte 0x%1").arg(c, 2, 16, QLatin1Char('0'));
    }

    Value value(int depth)
    {
        skipSpace();
        if (m_p == m_end)
            fail(offset(), QStringLiteral("the file ends where a value was expected (is it truncated?)"));
        if (depth > JsonParser::MaxDepth)
            fail(offset(), QStringLiteral("values nested deeper than %1 levels; expected a flatter document")
                               .arg(JsonParser::MaxDepth));
        switch (*m_p) {
        case '{':
            return object(depth);
        case '[':
            return array(depth);
        case '"': {
            Value v;
            v.offset = offset();
            v.type = Value::Type::String;
            v.string = string();
            return v;
        }
        case 't':
            return literal("true", Value::Type::Bool, true);
        case 'f':
            return literal("false", Value::Type::Bool, false);
        case 'n':
            return literal("null", Value::Type::Null, false);
        default:
            if (*m_p == '-' || (*m_p >= '0' && *m_p <= '9'))
                return number();
            fail(offset(), QStringLiteral("unexpected %1; expected a JSON value").arg(describeHere()));
        }
    }

    Value literal(const char* word, Value::Type type, bool flag)
    {
        const auto n = static_cast<qsizetype>(std::strlen(word));
        if (m_end - m_p < n || std::memcmp(m_p, word, static_cast<size_t>(n)) != 0)
            fail(offset(), QStringLiteral("unexpected %1; expected a JSON value").arg(describeHere()));
        Value v;
        v.offset = offset();
        v.type = type;
        v.boolean = flag;
        m_p += n;
        return v;
    }

    Value number()
    {
        Value v;
        v.offset = offset();
        v.type = Value::Type::Number;
        const char* start = m_p;
        auto digits = [this] {
            const char* s = m_p;
            while (m_p != m_end && *m_p >= '0' && *m_p <= '9')
                ++m_p;
            return m_p - s;
        };
        if (*m_p == '-')
            ++m_p;
        if (m_p != m_end && *m_p == '0')
            ++m_p;
        else if (digits() == 0)
            fail(offset(), QStringLiteral("unexpected %1; expected a digit").arg(describeHere()));
        bool whole = true;
        if (m_p != m_end && *m_p == '.') {
            ++m_p;
            whole = false;
            if (digits() == 0)
                fail(offset(), QStringLiteral("unexpected %1; expected a digit after the decimal point")
                                   .arg(describeHere()));
        }
        if (m_p != m_end && (*m_p == 'e' || *m_p == 'E')) {
            ++m_p;
            whole = false;
            if (m_p != m_end && (*m_p == '+' || *m_p == '-'))
                ++m_p;
            if (digits() == 0)
                fail(offset(), QStringLiteral("unexpected %1; expected the digits of an exponent").arg(describeHere()));
        }
        const QByteArray text = QByteArray::fromRawData(start, m_p - start);
        bool ok = false;
        if (whole) {
            v.integer = text.toLongLong(&ok);
            v.integral = ok;
        }
        v.number = v.integral ? static_cast<double>(v.integer) : text.toDouble(&ok);
        if (!std::isfinite(v.number))
            fail(v.offset, QStringLiteral("a number out of range; expected a finite number"));
        return v;
    }

    static int hexValue(char c)
    {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    }

    QString string()
    {
        const qsizetype open = offset();
        ++m_p;
        QString out;
        const char* run = m_p;
        while (m_p != m_end) {
            const unsigned char c = static_cast<unsigned char>(*m_p);
            if (c == '"') {
                out += QString::fromUtf8(run, m_p - run);
                ++m_p;
                return out;
            }
            if (c < 0x20)
                fail(offset(), QStringLiteral("a control character inside a string; expected it escaped (\\n, "
                                              "\\t, \\u00XX) or the closing quote"));
            if (c != '\\') {
                ++m_p;
                continue;
            }
            out += QString::fromUtf8(run, m_p - run);
            const qsizetype escape = offset();
            ++m_p;
            if (m_p == m_end)
                break;
            switch (*m_p) {
            case '"':
                out += u'"';
                break;
            case '\\':
                out += u'\\';
                break;
            case '/':
                out += u'/';
                break;
            case 'b':
                out += u'\b';
                break;
            case 'f':
                out += u'\f';
                break;
            case 'n':
                out += u'\n';
                break;
            case 'r':
                out += u'\r';
                break;
            case 't':
                out += u'\t';
                break;
            case 'u': {
                int code = 0;
                for (int i = 1; i <= 4; ++i) {
                    const int h = m_p + i < m_end ? hexValue(m_p[i]) : -1;
                    if (h < 0)
                        fail(escape, QStringLiteral("an invalid \\u escape; expected four hexadecimal digits"));
                    code = code * 16 + h;
                }
                out += QChar(static_cast<char16_t>(code));
                m_p += 4;
                break;
            }
            default:
                fail(escape, QStringLiteral("an invalid escape \\%1 in a string").arg(QChar(*m_p)));
            }
            ++m_p;
            run = m_p;
        }
        fail(open, QStringLiteral("a string that never ends; expected a closing quote (is the file truncated?)"));
    }

    Value array(int depth)
    {
        Value v;
        v.offset = offset();
        v.type = Value::Type::Array;
        ++m_p;
        skipSpace();
        if (m_p != m_end && *m_p == ']') {
            ++m_p;
            return v;
        }
        for (;;) {
            v.items.push_back(value(depth + 1));
            skipSpace();
            if (m_p != m_end && *m_p == ',') {
                ++m_p;
                continue;
            }
            if (m_p != m_end && *m_p == ']') {
                ++m_p;
                return v;
            }
            fail(offset(), QStringLiteral("unexpected %1 in an array; expected ',' or ']'").arg(describeHere()));
        }
    }

    Value object(int depth)
    {
        Value v;
        v.offset = offset();
        v.type = Value::Type::Object;
        ++m_p;
        skipSpace();
        if (m_p != m_end && *m_p == '}') {
            ++m_p;
            return v;
        }
        for (;;) {
            skipSpace();
            if (m_p == m_end || *m_p != '"')
                fail(offset(), QStringLiteral("unexpected %1 in an object; expected a quoted member name")
                                   .arg(describeHere()));
            v.keys.push_back(string());
            skipSpace();
            if (m_p == m_end || *m_p != ':')
                fail(offset(), QStringLiteral("unexpected %1 after a member name; expected ':'").arg(describeHere()));
            ++m_p;
            v.items.push_back(value(depth + 1));
            skipSpace();
            if (m_p != m_end && *m_p == ',') {
                ++m_p;
                continue;
            }
            if (m_p != m_end && *m_p == '}') {
                ++m_p;
                return v;
            }
            fail(offset(), QStringLiteral("unexpected %1 in an object; expected ',' or '}'").arg(describeHere()));
        }
    }

    const QByteArray& m_bytes;
    const QString& m_file;
    const char* m_p;
    const char* m_begin;
    const char* m_end;
};

} // namespace

const JsonParser::Value* JsonParser::Value::member(QStringView key) const
{
    if (type != Type::Object)
        return nullptr;
    for (size_t i = 0; i < keys.size(); ++i)
        if (keys[i] == key)
            return &items[i];
    return nullptr;
}

QString JsonParser::Value::text() const
{
    if (type == Type::String)
        return string;
    if (type == Type::Number)
        return integral ? QString::number(integer) : QString::number(number, 'g', 17);
    return QString();
}

QVariant JsonParser::Value::toVariant() const
{
    switch (type) {
    case Type::Null:
        return QVariant();
    case Type::Bool:
        return boolean;
    case Type::Number:
        return integral ? QVariant(static_cast<qlonglong>(integer)) : QVariant(number);
    case Type::String:
        return string;
    case Type::Array: {
        QVariantList list;
        list.reserve(static_cast<qsizetype>(items.size()));
        for (const Value& item : items)
            list << item.toVariant();
        return list;
    }
    case Type::Object:
        break;
    }
    QVariantMap map;
    for (size_t i = 0; i < keys.size(); ++i)
        map.insert(keys[i], items[i].toVariant());
    return map;
}

JsonParser::Value JsonParser::parse(const QByteArray& bytes, const QString& file)
{
    return Parser(bytes, file).document();
}

std::pair<int, int> JsonParser::position(const QByteArray& bytes, qsizetype offset)
{
    int line = 1;
    int column = 1;
    const qsizetype end = std::min(offset, bytes.size());
    const qsizetype begin = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0; // a byte order mark is no column
    for (qsizetype i = begin; i < end; ++i) {
        const unsigned char c = static_cast<unsigned char>(bytes[i]);
        if (c == '\n') {
            ++line;
            column = 1;
        } else if ((c & 0xc0) != 0x80) {
            ++column; // count characters, not UTF-8 continuation bytes
        }
    }
    return {line, column};
}

} // namespace entente
