#include "partialdate.h"

namespace entente {

PartialDate::PartialDate(int year, int month, int day)
    : m_year(static_cast<std::int16_t>(year)), m_month(static_cast<std::uint8_t>(month)),
      m_day(static_cast<std::uint8_t>(day))
{
}

namespace {

bool readDigits(QStringView text, qsizetype from, qsizetype count, int* out)
{
    int v = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const QChar c = text[i];
        if (c < u'0' || c > u'9')
            return false;
        v = v * 10 + (c.unicode() - u'0');
    }
    *out = v;
    return true;
}

std::optional<PartialDate> fail(QString* error, QString message)
{
    if (error)
        *error = std::move(message);
    return std::nullopt;
}

} // namespace

std::optional<PartialDate> PartialDate::parse(QStringView text, QString* error)
{
    text = text.trimmed();
    if (text.isEmpty())
        return PartialDate();
    const QString quoted = u'"' + text.toString() + u'"';
    const qsizetype n = text.size();
    if (n != 4 && n != 7 && n != 10)
        return fail(error, QStringLiteral("%1 is not a date: expected YYYY, YYYY-MM or YYYY-MM-DD")
                               .arg(quoted));
    int year = 0, month = 0, day = 0;
    if (!readDigits(text, 0, 4, &year))
        return fail(error, QStringLiteral("%1 is not a date: the year must be four digits")
                               .arg(quoted));
    if (n >= 7 && (text[4] != u'-' || !readDigits(text, 5, 2, &month)))
        return fail(error, QStringLiteral("%1 is not a date: expected YYYY-MM after the year")
                               .arg(quoted));
    if (n == 10 && (text[7] != u'-' || !readDigits(text, 8, 2, &day)))
        return fail(error, QStringLiteral("%1 is not a date: expected YYYY-MM-DD").arg(quoted));
    if (year < MinYear)
        return fail(error, QStringLiteral("%1 is not a date: year 0000 does not exist").arg(quoted));
    if (n >= 7 && (month < 1 || month > 12))
        return fail(error, QStringLiteral("%1 is not a date: month %2 is not between 01 and 12")
                               .arg(quoted)
                               .arg(month, 2, 10, QChar(u'0')));
    if (n == 10 && !QDate::isValid(year, month, day))
        return fail(error, QStringLiteral("%1 is not a date: day %2 does not exist in that month")
                               .arg(quoted)
                               .arg(day, 2, 10, QChar(u'0')));
    return PartialDate(year, month, day);
}

PartialDate PartialDate::fromPacked(std::int64_t value)
{
    if (value <= 0)
        return {};
    const int year = static_cast<int>(value / 10000);
    const int month = static_cast<int>(value / 100 % 100);
    const int day = static_cast<int>(value % 100);
    if (year < MinYear || year > MaxYear || month > 12 || (month == 0 && day != 0))
        return {};
    if (day != 0 && !QDate::isValid(year, month, day))
        return {};
    return PartialDate(year, month, day);
}

PartialDate::Precision PartialDate::precision() const
{
    if (isNull())
        return Precision::None;
    if (m_month == 0)
        return Precision::Year;
    return m_day == 0 ? Precision::Month : Precision::Day;
}

QString PartialDate::toString() const
{
    switch (precision()) {
    case Precision::None:
        return {};
    case Precision::Year:
        return QStringLiteral("%1").arg(m_year, 4, 10, QChar(u'0'));
    case Precision::Month:
        return QStringLiteral("%1-%2").arg(m_year, 4, 10, QChar(u'0')).arg(m_month, 2, 10, QChar(u'0'));
    case Precision::Day:
        break;
    }
    return QStringLiteral("%1-%2-%3")
        .arg(m_year, 4, 10, QChar(u'0'))
        .arg(m_month, 2, 10, QChar(u'0'))
        .arg(m_day, 2, 10, QChar(u'0'));
}

QDate PartialDate::firstDay() const
{
    if (isNull())
        return {};
    return QDate(m_year, m_month ? m_month : 1, m_day ? m_day : 1);
}

QDate PartialDate::lastDay() const
{
    if (isNull())
        return {};
    if (m_month == 0)
        return QDate(m_year, 12, 31);
    if (m_day == 0)
        return QDate(m_year, m_month, 1).addMonths(1).addDays(-1);
    return QDate(m_year, m_month, m_day);
}

PartialDate PartialDate::truncated(Precision p) const
{
    if (p >= precision())
        return *this;
    switch (p) {
    case Precision::None:
        return {};
    case Precision::Year:
        return ofYear(m_year);
    case Precision::Month:
        return ofMonth(m_year, m_month);
    case Precision::Day:
        break;
    }
    return *this;
}

std::strong_ordering PartialDate::compareCoarse(const PartialDate& a, const PartialDate& b)
{
    const Precision p = std::min(a.precision(), b.precision());
    return a.truncated(p) <=> b.truncated(p);
}

} // namespace entente
