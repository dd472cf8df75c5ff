#include "valueparser.h"

#include <QRegularExpression>
#include <algorithm>
#include <cmath>

namespace entente {

namespace {

int digitsValue(QStringView s)
{
    bool ok = false;
    const int v = s.toInt(&ok);
    return ok ? v : -1;
}

std::optional<PartialDate> dayDate(int year, int month, int day)
{
    const QString iso = QStringLiteral("%1-%2-%3")
                            .arg(year, 4, 10, QLatin1Char('0'))
                            .arg(month, 2, 10, QLatin1Char('0'))
                            .arg(day, 2, 10, QLatin1Char('0'));
    return PartialDate::parse(iso);
}

/** `count` ASCII digits at `at` as a number, or -1. */
int fixedDigits(QStringView s, qsizetype at, int count)
{
    int v = 0;
    for (int i = 0; i < count; ++i) {
        const char16_t c = s[at + i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        v = v * 10 + (c - u'0');
    }
    return v;
}

/**
 * The strict ISO forms (YYYY, YYYY-MM, YYYY-MM-DD) read without a regular expression: nearly
 * every date of a large file has one of them, and an import meets millions. Nullopt when the
 * text is not exactly one of them (the general rules then decide, with the same result).
 */
std::optional<PartialDate> strictIsoDate(QStringView t)
{
    const qsizetype n = t.size();
    if (n != 4 && n != 7 && n != 10)
        return std::nullopt;
    const int year = fixedDigits(t, 0, 4);
    if (year < PartialDate::MinYear)
        return std::nullopt;
    if (n == 4)
        return PartialDate::ofYear(year);
    const int month = t[4] == u'-' ? fixedDigits(t, 5, 2) : -1;
    if (month < 1 || month > 12)
        return std::nullopt;
    if (n == 7)
        return PartialDate::ofMonth(year, month);
    const int day = t[7] == u'-' ? fixedDigits(t, 8, 2) : -1;
    if (!QDate::isValid(year, month, day))
        return std::nullopt;
    return PartialDate::ofDay(year, month, day);
}

QString unquoted(QStringView item)
{
    QStringView t = item.trimmed();
    if (t.size() >= 2 && (t.front() == u'"' || t.front() == u'\'') && t.back() == t.front()) {
        t = t.mid(1, t.size() - 2);
        QString out;
        out.reserve(t.size());
        for (qsizetype i = 0; i < t.size(); ++i) {
            if (t[i] == u'\\' && i + 1 < t.size())
                ++i;
            out.append(t[i]);
        }
        return out;
    }
    return t.toString();
}

/** Splits on `separator` outside single or double quotes. */
QStringList splitOutsideQuotes(QStringView text, QChar separator)
{
    QStringList items;
    QString current;
    QChar quote;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (!quote.isNull()) {
            current.append(c);
            if (c == u'\\' && i + 1 < text.size())
                current.append(text[++i]);
            else if (c == quote)
                quote = QChar();
            continue;
        }
        if ((c == u'"' || c == u'\'') && current.trimmed().isEmpty()) {
            quote = c;
            current.append(c);
        } else if (c == separator) {
            items << current;
            current.clear();
        } else {
            current.append(c);
        }
    }
    items << current;
    return items;
}

} // namespace

std::optional<PartialDate> ValueParser::parseDate(QStringView text, SlashOrder order)
{
    const QStringView t = text.trimmed();
    if (t.isEmpty())
        return PartialDate();
    if (const auto d = strictIsoDate(t))
        return d;
    static const QRegularExpression iso(
        QStringLiteral(R"(^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:[T ].*)?$)"));
    static const QRegularExpression slash(
        QStringLiteral(R"(^(\d{1,4})([/.])(\d{1,2})[/.](\d{1,4})(?:[T ].*)?$)"));
    static const QRegularExpression numeric(
        QStringLiteral(R"(^[+]?\d+(?:\.\d*)?(?:[eE][+]?\d+)?$)"));
    if (const auto m = iso.match(t); m.hasMatch()) {
        const int year = digitsValue(m.capturedView(1));
        if (m.capturedView(2).isEmpty())
            return PartialDate::parse(m.capturedView(1));
        const int month = digitsValue(m.capturedView(2));
        if (m.capturedView(3).isEmpty())
            return PartialDate::parse(QStringLiteral("%1-%2")
                                          .arg(year, 4, 10, QLatin1Char('0'))
                                          .arg(month, 2, 10, QLatin1Char('0')));
        return dayDate(year, month, digitsValue(m.capturedView(3)));
    }
    if (const auto m = slash.match(t); m.hasMatch()) {
        const QStringView first = m.capturedView(1);
        const int a = digitsValue(first);
        const int b = digitsValue(m.capturedView(3));
        const QStringView last = m.capturedView(4);
        const int c = digitsValue(last);
        if (first.size() == 4)
            return dayDate(a, b, c);
        if (last.size() != 4)
            return std::nullopt;
        bool dayFirst = order != SlashOrder::MonthFirst;
        if (m.capturedView(2) == u".")
            dayFirst = true; // dd.mm.yyyy is European only
        else if (a > 12)
            dayFirst = true;
        else if (b > 12)
            dayFirst = false;
        return dayFirst ? dayDate(c, b, a) : dayDate(c, a, b);
    }
    if (numeric.match(t).hasMatch()) {
        const double value = t.toDouble();
        if (!std::isfinite(value) || value < PartialDate::MinYear ||
            value >= PartialDate::MaxYear + 1)
            return std::nullopt;
        return PartialDate::ofYear(static_cast<int>(std::floor(value)));
    }
    return std::nullopt;
}

ValueParser::SlashOrder ValueParser::slashOrderOf(QStringView text)
{
    static const QRegularExpression slash(QStringLiteral(R"(^\s*(\d{1,2})/(\d{1,2})/\d{4})"));
    const auto m = slash.match(text);
    if (!m.hasMatch())
        return SlashOrder::Unknown;
    if (digitsValue(m.capturedView(1)) > 12)
        return SlashOrder::DayFirst;
    if (digitsValue(m.capturedView(2)) > 12)
        return SlashOrder::MonthFirst;
    return SlashOrder::Unknown;
}

QVariantList ValueParser::parseList(QStringView text, QStringView itemType)
{
    QStringView t = text.trimmed();
    QChar separator = u',';
    if (t.size() >= 2 && t.front() == u'[' && t.back() == u']')
        t = t.mid(1, t.size() - 2).trimmed();
    else if (t.contains(u'|'))
        separator = u'|';
    QVariantList out;
    if (t.isEmpty())
        return out;
    QString base = itemType.toString().toLower();
    if (base.startsWith(QLatin1String("list")))
        base = base.mid(4);
    for (const QString& raw : splitOutsideQuotes(t, separator)) {
        const QString item = unquoted(raw);
        const auto v = typed(item, base);
        out << (v ? *v : QVariant(item));
    }
    return out;
}

std::optional<QVariant> ValueParser::typed(const QString& text, QStringView type)
{
    const QString t = type.toString().toLower();
    if (t.startsWith(QLatin1String("list")))
        return QVariant(parseList(text, t));
    bool ok = false;
    if (t == QLatin1String("boolean") || t == QLatin1String("bool")) {
        const QString v = text.trimmed().toLower();
        if (v == QLatin1String("true") || v == QLatin1String("1"))
            return QVariant(true);
        if (v == QLatin1String("false") || v == QLatin1String("0"))
            return QVariant(false);
        return std::nullopt;
    }
    if (t == QLatin1String("int") || t == QLatin1String("integer") || t == QLatin1String("long") ||
        t == QLatin1String("short") || t == QLatin1String("byte") ||
        t == QLatin1String("biginteger")) {
        const qlonglong v = text.trimmed().toLongLong(&ok);
        if (ok)
            return QVariant(v);
        // Some writers put "3.0" in an integer attribute; keep it if it is a whole number.
        const double d = text.trimmed().toDouble(&ok);
        if (ok && std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 9.0e15)
            return QVariant(static_cast<qlonglong>(d));
        return std::nullopt;
    }
    if (t == QLatin1String("float") || t == QLatin1String("double") ||
        t == QLatin1String("bigdecimal")) {
        const double v = text.trimmed().toDouble(&ok);
        if (ok && std::isfinite(v))
            return QVariant(v);
        return std::nullopt;
    }
    return QVariant(text);
}

QVariant ValueParser::inferred(const QString& text)
{
    static const QRegularExpression integer(QStringLiteral(R"(^[+-]?(?:0|[1-9]\d{0,17})$)"));
    static const QRegularExpression decimal(QStringLiteral(
        R"(^[+-]?(?:0|[1-9]\d*)?\.\d+(?:[eE][+-]?\d+)?$|^[+-]?(?:0|[1-9]\d*)(?:\.\d*)?[eE][+-]?\d+$|^[+-]?(?:0|[1-9]\d*)\.\d*$)"));
    if (text.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
        return true;
    if (text.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0)
        return false;
    if (integer.match(text).hasMatch())
        return text.toLongLong();
    if (decimal.match(text).hasMatch()) {
        const double d = text.toDouble();
        if (std::isfinite(d))
            return d;
    }
    return text;
}

std::optional<double> ValueParser::number(const QVariant& value)
{
    bool ok = false;
    const double d = value.toDouble(&ok);
    if (!ok || !std::isfinite(d))
        return std::nullopt;
    return d;
}

std::optional<QString> ValueParser::parseColour(QStringView text)
{
    const QStringView t = text.trimmed();
    static const QRegularExpression hex(
        QStringLiteral(R"(^#?([0-9A-Fa-f]{3}|[0-9A-Fa-f]{6}|[0-9A-Fa-f]{8})$)"));
    static const QRegularExpression rgb(
        QStringLiteral(R"(^rgba?\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})\s*(?:,[^)]*)?\)$)"));
    if (const auto m = hex.match(t); m.hasMatch()) {
        QString h = m.captured(1).toUpper();
        if (h.size() == 3)
            h = QString(h[0]) + h[0] + h[1] + h[1] + h[2] + h[2];
        else if (h.size() == 8)
            h = h.right(6); // #AARRGGBB, as Qt and yFiles write it
        return u'#' + h;
    }
    if (const auto m = rgb.match(t); m.hasMatch()) {
        const int r = digitsValue(m.capturedView(1));
        const int g = digitsValue(m.capturedView(2));
        const int b = digitsValue(m.capturedView(3));
        if (r > 255 || g > 255 || b > 255)
            return std::nullopt;
        return colour(r, g, b);
    }
    return std::nullopt;
}

QString ValueParser::colour(int red, int green, int blue)
{
    auto part = [](int v) {
        return QStringLiteral("%1").arg(std::clamp(v, 0, 255), 2, 16, QLatin1Char('0'));
    };
    return (u'#' + part(red) + part(green) + part(blue)).toUpper();
}

} // namespace entente
