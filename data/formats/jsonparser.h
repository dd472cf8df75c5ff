#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>
#include <QVariant>

#include <utility>
#include <vector>

namespace entente {

/**
 * A strict JSON (RFC 8259) parser that remembers where each value starts, so that an import
 * can say `file:line:column` about a node, not only about a syntax error. QJsonDocument keeps
 * no positions and sorts object members, so it cannot. Nesting is limited (a hostile file
 * cannot exhaust the stack); the caller limits the size, as the whole text is held.
 */
class JsonParser
{
public:
    static constexpr int MaxDepth = 200;

    /** A parsed value and the byte offset where it starts. Members keep the file's order. */
    struct Value
    {
        enum class Type : quint8 { Null, Bool, Number, String, Array, Object };
        Type type = Type::Null;
        bool boolean = false;
        bool integral = false; ///< a number written without fraction or exponent that fits 64 bits
        qint64 integer = 0;
        double number = 0;
        QString string;
        std::vector<Value> items; ///< array items, or object member values
        std::vector<QString> keys; ///< object member names, parallel to items
        qsizetype offset = 0;

        bool isObject() const { return type == Type::Object; }
        bool isArray() const { return type == Type::Array; }
        bool isString() const { return type == Type::String; }
        bool isNumber() const { return type == Type::Number; }
        /** A member of an object, or nullptr (also for non-objects). */
        const Value* member(QStringView key) const;
        /** Text of a string or number (integers without ".0"); empty for anything else. */
        QString text() const;
        QVariant toVariant() const;
    };

    /** Parses the whole text; throws FormatError naming `file` at the first problem. */
    static Value parse(const QByteArray& bytes, const QString& file);
    /** 1-based line and column (in characters) of a byte offset. */
    static std::pair<int, int> position(const QByteArray& bytes, qsizetype offset);
};

} // namespace entente
