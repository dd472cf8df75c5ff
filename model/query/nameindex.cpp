#include "nameindex.h"

#include "graph/knowledgegraph.h"
#include "searchquery.h"

#include <algorithm>
#include <tuple>

namespace entente {

namespace {

struct QueryWord
{
    QString text;
    bool whole; ///< a word of a quoted phrase matches whole, a typed word as a prefix
};

} // namespace

QString NameIndex::fold(QStringView text)
{
    bool ascii = true;
    for (QChar c : text)
        if (c.unicode() >= 0x80) {
            ascii = false;
            break;
        }
    if (ascii)
        return text.toString().toLower();
    // Compatibility decomposition splits "é" into "e" and a combining accent, which is dropped —
    // the same folding as the store's unicode61 tokenizer with remove_diacritics.
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed)
        if (c.category() != QChar::Mark_NonSpacing)
            out.append(c);
    return out.toCaseFolded();
}

QStringList NameIndex::words(const QString& folded)
{
    QStringList out;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= folded.size(); ++i) {
        const bool inWord = i < folded.size() && folded.at(i).isLetterOrNumber();
        if (inWord && start < 0)
            start = i;
        else if (!inWord && start >= 0) {
            out << folded.mid(start, i - start);
            start = -1;
        }
    }
    return out;
}

QString NameIndex::addWords(const QString& folded, int vertex)
{
    QString joined;
    joined.reserve(folded.size());
    qsizetype start = -1;
    for (qsizetype i = 0; i <= folded.size(); ++i) {
        const bool inWord = i < folded.size() && folded.at(i).isLetterOrNumber();
        if (inWord && start < 0) {
            start = i;
        } else if (!inWord && start >= 0) {
            const QStringView word = QStringView(folded).mid(start, i - start);
            if (!joined.isEmpty())
                joined += u' ';
            joined += word;
            m_byVertex.push_back({static_cast<std::uint32_t>(m_text.size()),
                                  static_cast<std::uint32_t>(word.size()), vertex});
            m_text += word;
            start = -1;
        }
    }
    return joined;
}

NameIndex::NameIndex(const KnowledgeGraph& graph)
{
    const int n = graph.entityCount();
    m_names.resize(n);
    m_aliases.resize(n);
    m_degree.resize(n);
    m_kind.resize(n);
    m_sortName.resize(n);
    m_firstWord.reserve(static_cast<std::size_t>(n) + 1);
    m_byVertex.reserve(static_cast<std::size_t>(n) * 3);
    for (int v = 0; v < n; ++v) {
        const Entity& e = graph.entity(v);
        m_firstWord.push_back(static_cast<std::uint32_t>(m_byVertex.size()));
        m_names[v] = addWords(fold(e.name), v);
        for (const QString& alias : e.aliases)
            m_aliases[v] << addWords(fold(alias), v);
        m_degree[v] = graph.degree(v);
        m_kind[v] = e.kind;
        m_sortName[v] = e.name;
    }
    m_firstWord.push_back(static_cast<std::uint32_t>(m_byVertex.size()));
    m_sorted = m_byVertex;
    std::sort(m_sorted.begin(), m_sorted.end(), [this](const Word& a, const Word& b) {
        const int c = text(a).compare(text(b));
        return c != 0 ? c < 0 : a.vertex < b.vertex;
    });
}

std::vector<NameIndex::Match> NameIndex::suggest(const QString& typed, int limit,
                                                 std::optional<EntityKind> kind) const
{
    std::vector<QueryWord> query;
    const SearchQuery parsed = SearchQuery::parse(typed);
    for (const SearchQuery::Term& term : parsed.terms())
        for (const QString& w : words(fold(term.text)))
            query.push_back({w, term.phrase});
    if (query.empty() || limit <= 0)
        return {};
    const auto matchesWord = [this](const Word& w, const QueryWord& q) {
        const QStringView t = text(w);
        return q.whole ? t == q.text : t.startsWith(q.text);
    };

    // Drive from the word with the fewest candidates; check the others per candidate.
    std::size_t driver = 0;
    std::pair<std::vector<Word>::const_iterator, std::vector<Word>::const_iterator> best;
    std::ptrdiff_t bestCount = -1;
    for (std::size_t i = 0; i < query.size(); ++i) {
        const QueryWord& q = query[i];
        auto first =
            std::lower_bound(m_sorted.begin(), m_sorted.end(), q.text,
                             [this](const Word& w, const QString& t) { return text(w) < t; });
        auto last = first;
        while (last != m_sorted.end() && matchesWord(*last, q))
            ++last;
        if (bestCount < 0 || last - first < bestCount) {
            bestCount = last - first;
            best = {first, last};
            driver = i;
        }
    }

    QString joined;
    for (const QueryWord& q : query)
        joined += (joined.isEmpty() ? QString() : QStringLiteral(" ")) + q.text;
    const bool lastIsPrefix = !query.back().whole;

    std::vector<Match> found;
    std::vector<bool> seen(m_names.size());
    for (auto it = best.first; it != best.second; ++it) {
        const int v = it->vertex;
        if (seen[static_cast<std::size_t>(v)])
            continue;
        seen[static_cast<std::size_t>(v)] = true;
        if (kind && m_kind[v] != *kind)
            continue;
        bool all = true;
        for (std::size_t i = 0; i < query.size() && all; ++i) {
            if (i == driver)
                continue;
            all = std::any_of(m_byVertex.begin() + m_firstWord[v],
                              m_byVertex.begin() + m_firstWord[v + 1],
                              [&](const Word& w) { return matchesWord(w, query[i]); });
        }
        if (!all)
            continue;
        Tier tier = Tier::WordPrefixes;
        if (m_names[v] == joined || m_aliases[v].contains(joined))
            tier = Tier::ExactName;
        else if (m_names[v].startsWith(joined) &&
                 (lastIsPrefix || m_names[v].at(joined.size()) == u' '))
            tier = Tier::NamePrefix;
        found.push_back({v, tier});
    }
    const auto better = [this](const Match& a, const Match& b) {
        if (a.tier != b.tier)
            return a.tier < b.tier;
        if (m_degree[a.vertex] != m_degree[b.vertex])
            return m_degree[a.vertex] > m_degree[b.vertex];
        if (m_sortName[a.vertex].size() != m_sortName[b.vertex].size())
            return m_sortName[a.vertex].size() < m_sortName[b.vertex].size();
        if (m_sortName[a.vertex] != m_sortName[b.vertex])
            return m_sortName[a.vertex] < m_sortName[b.vertex];
        return a.vertex < b.vertex; // a total order, so a shorter limit keeps the same head
    };
    const std::size_t keep = std::min<std::size_t>(found.size(), static_cast<std::size_t>(limit));
    std::partial_sort(found.begin(), found.begin() + static_cast<std::ptrdiff_t>(keep), found.end(),
                      better);
    found.resize(keep);
    return found;
}

} // namespace entente
