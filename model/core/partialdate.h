#pragma once

#include <QDate>
#include <QString>
#include <QStringView>

#include <compare>
#include <cstdint>
#include <optional>

namespace entente {

/**
 * A calendar date known to year, month or day precision ("1993", "1993-09", "1993-09-13").
 *
 * Owns only its three fields, packed into four bytes because millions of them live in the
 * in-memory graph. A null date means "unknown" (an open interval end). The precision is kept
 * so that comparisons never pretend to know more than the source said.
 */
class PartialDate
{
public:
    enum class Precision : std::uint8_t { None, Year, Month, Day };

    static constexpr int MinYear = 1;
    static constexpr int MaxYear = 9999;

    PartialDate() = default;
    static PartialDate ofYear(int year) { return PartialDate(year, 0, 0); }
    static PartialDate ofMonth(int year, int month) { return PartialDate(year, month, 0); }
    static PartialDate ofDay(int year, int month, int day) { return PartialDate(year, month, day); }
    static PartialDate fromQDate(QDate d) { return PartialDate(d.year(), d.month(), d.day()); }

    /**
     * Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. Empty text is a valid null date. On failure
     * returns std::nullopt and, if `error` is given, a sentence naming what was wrong.
     */
    static std::optional<PartialDate> parse(QStringView text, QString* error = nullptr);

    /** The packed form used by the store: year*10000 + month*100 + day; 0 for null. */
    std::int32_t packed() const { return isNull() ? 0 : m_year * 10000 + m_month * 100 + m_day; }
    /** Inverse of packed(); returns a null date for values that are not a valid packed date. */
    static PartialDate fromPacked(std::int64_t value);

    bool isNull() const { return m_year == 0; }
    Precision precision() const;
    int year() const { return m_year; }
    int month() const { return m_month; }
    int day() const { return m_day; }

    QString toString() const;
    /** First and last calendar day the date may stand for (1993 → 1993-01-01 … 1993-12-31). */
    QDate firstDay() const;
    QDate lastDay() const;
    /** Same date at a coarser precision (never finer than it is). */
    PartialDate truncated(Precision p) const;

    /**
     * Three-way comparison at the coarser of the two precisions: 1993 and 1993-09-13 compare
     * equal; 1993-08 is before 1993-09-13. Both dates must be non-null.
     */
    static std::strong_ordering compareCoarse(const PartialDate& a, const PartialDate& b);

    /** Total order for sorting: by year, then month, then day, a coarser date first. */
    friend auto operator<=>(const PartialDate& a, const PartialDate& b)
    {
        return a.packed() <=> b.packed();
    }
    friend bool operator==(const PartialDate& a, const PartialDate& b) = default;

private:
    PartialDate(int year, int month, int day);

    std::int16_t m_year = 0;
    std::uint8_t m_month = 0;
    std::uint8_t m_day = 0;
};

} // namespace entente
