#pragma once

#include <QList>
#include <QString>

namespace entente {

/**
 * What a person typed into a search box, split into terms. Words match as prefixes (search as
 * you type); "quoted text" matches as a phrase. Everything else (operators, punctuation) is
 * treated as plain text, so no input can break the store's query.
 */
class SearchQuery
{
public:
    struct Term
    {
        QString text;
        bool phrase = false;
        friend bool operator==(const Term&, const Term&) = default;
    };

    static SearchQuery parse(const QString& text);

    const QList<Term>& terms() const { return m_terms; }
    bool isEmpty() const { return m_terms.isEmpty(); }

private:
    QList<Term> m_terms;
};

} // namespace entente
