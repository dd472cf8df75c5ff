#pragma once

#include "core/partialdate.h"

#include <QString>
#include <QStringView>
#include <QVariant>
#include <QVariantList>

#include <cstdint>
#include <optional>

namespace entente {

/**
 * Turns the text of attribute values found in other tools' files into typed values: dates in
 * the many ways Gephi, spreadsheets and scripts write them, lists in GEXF 1.3's several
 * spellings, numbers and booleans, colours. Owns no state; every function is pure.
 */
class ValueParser
{
public:
    /** How to read an ambiguous slash date such as 04/05/1826. */
    enum class SlashOrder : std::uint8_t { Unknown, DayFirst, MonthFirst };

    /**
     * A date as graph files write it: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, an ISO date-time (the
     * day is kept, the time and zone dropped), `dd/mm/yyyy` or `mm/dd/yyyy` (by `order`; when
     * unknown, day first unless that is impossible), `yyyy/mm/dd`, `dd.mm.yyyy`, or a year
     * written as a number ("1999", "1999.0" — GEXF's double time format). Empty text gives a
     * null date; text that is none of these gives nullopt.
     */
    static std::optional<PartialDate> parseDate(QStringView text, SlashOrder order = SlashOrder::Unknown);
    /** What slash dates in `text` tell about their order: day first if a first part is over 12… */
    static SlashOrder slashOrderOf(QStringView text);

    /**
     * A list value: `[a, b]`, `['a', "b"]`, `a|b` or `a,b`; quoted items may hold separators.
     * Items are converted to `itemType` ("string", "boolean", "integer", "double"…).
     */
    static QVariantList parseList(QStringView text, QStringView itemType = u"string");

    /**
     * Converts text to a declared attribute type of GraphML (`boolean`, `int`, `long`, `float`,
     * `double`, `string`) or GEXF (also `integer`, `short`, `byte`, `anyURI`, `list…`).
     * Nullopt when the text does not fit the type; unknown types give the text.
     */
    static std::optional<QVariant> typed(const QString& text, QStringView type);
    /** A value from an untyped source (CSV): true/false, an integer, a decimal, or the text. */
    static QVariant inferred(const QString& text);
    /** A number held by a variant (number or numeric text), or nullopt. */
    static std::optional<double> number(const QVariant& value);

    /** "#RGB", "#RRGGBB", "#AARRGGBB", "rgb(r, g, b)" → "#RRGGBB"; nullopt otherwise. */
    static std::optional<QString> parseColour(QStringView text);
    static QString colour(int red, int green, int blue);
};

} // namespace entente
