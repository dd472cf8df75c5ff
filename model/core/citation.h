#pragma once

#include <QString>

namespace entente {

/**
 * How one source supports one entity or relation: the words quoted or the page cited, and how
 * sure the person who linked them was. It belongs to the link, not to the source, because one
 * report backs different facts with different passages and different certainty.
 */
struct Citation
{
    /** How firmly the source supports the fact, as the person citing judged it. */
    enum Confidence
    {
        Unstated = 0,
        Low = 1,
        Medium = 2,
        High = 3
    };

    QString quote;
    QString page; ///< page, section or paragraph, as written
    int confidence = Unstated;

    bool isEmpty() const { return quote.isEmpty() && page.isEmpty() && confidence == Unstated; }
    static QString confidenceName(int c)
    {
        switch (c) {
        case Low:
            return QStringLiteral("low");
        case Medium:
            return QStringLiteral("medium");
        case High:
            return QStringLiteral("high");
        default:
            return QString();
        }
    }

    friend bool operator==(const Citation&, const Citation&) = default;
};

} // namespace entente
