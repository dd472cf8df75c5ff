#include "searchquery.h"

namespace entente {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing;
}

} // namespace

SearchQuery SearchQuery::parse(const QString& text)
{
    SearchQuery q;
    QString word;
    auto flushWord = [&] {
        if (!word.isEmpty())
            q.m_terms.append({word, false});
        word.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'"') {
            flushWord();
            const qsizetype close = text.indexOf(u'"', i + 1);
            const QString inner = text.mid(i + 1, close < 0 ? -1 : close - i - 1);
            // Keep only word characters and single spaces inside a phrase.
            QString phrase;
            for (QChar p : inner) {
                if (isWordChar(p))
                    phrase.append(p);
                else if (!phrase.isEmpty() && !phrase.endsWith(u' '))
                    phrase.append(u' ');
            }
            phrase = phrase.trimmed();
            if (!phrase.isEmpty())
                q.m_terms.append({phrase, phrase.contains(u' ')});
            if (close < 0)
                break;
            i = close;
        } else if (isWordChar(c)) {
            word.append(c);
        } else {
            flushWord();
        }
    }
    flushWord();
    return q;
}

} // namespace entente
