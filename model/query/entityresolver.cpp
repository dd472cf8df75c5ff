#include "entityresolver.h"

#include "graph/knowledgegraph.h"

#include <QSet>

#include <algorithm>
#include <vector>

namespace entente {

EntityResolver::EntityResolver(const KnowledgeGraph& graph) : m_graph(graph)
{
    m_byName.reserve(graph.entityCount() * 2);
    for (int v = 0; v < graph.entityCount(); ++v) {
        const Entity& e = graph.entity(v);
        QSet<QString> keys;
        keys.insert(e.name.toLower());
        for (const QString& a : e.aliases)
            keys.insert(a.toLower());
        for (const QString& k : keys)
            if (!k.isEmpty())
                m_byName[k].append(v);
    }
}

EntityResolver::Result EntityResolver::resolve(const QString& text) const
{
    Result r;
    const QString key = text.trimmed();
    if (key.isEmpty())
        return r;
    if (const int v = m_graph.indexOf(key); v >= 0) {
        r.status = Status::Found;
        r.vertex = v;
        return r;
    }
    const auto it = m_byName.constFind(key.toLower());
    if (it != m_byName.constEnd()) {
        if (it->size() == 1) {
            r.status = Status::Found;
            r.vertex = it->first();
        } else {
            r.status = Status::Ambiguous;
            r.candidates = *it;
        }
        return r;
    }
    r.candidates = suggest(key);
    return r;
}

int EntityResolver::editDistance(const QString& a, const QString& b, int cap)
{
    if (std::abs(a.size() - b.size()) > cap)
        return cap + 1;
    std::vector<int> prev(static_cast<size_t>(b.size() + 1)), cur(prev.size());
    for (size_t j = 0; j < prev.size(); ++j)
        prev[j] = static_cast<int>(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        cur[0] = static_cast<int>(i);
        int rowMin = cur[0];
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
            rowMin = std::min(rowMin, cur[j]);
        }
        if (rowMin > cap)
            return cap + 1;
        std::swap(prev, cur);
    }
    return prev.back();
}

QList<int> EntityResolver::suggest(const QString& text, int limit) const
{
    const QString key = text.trimmed().toLower();
    if (key.isEmpty())
        return {};
    const int cap = std::max(2, static_cast<int>(key.size()) / 3);
    struct Scored
    {
        int score;
        int vertex;
    };
    std::vector<Scored> scored;
    QSet<int> seen;
    for (auto it = m_byName.constBegin(); it != m_byName.constEnd(); ++it) {
        // Close spellings first, then names that start with, then names that contain the text.
        const int d = editDistance(key, it.key(), cap);
        int score = 0;
        if (d <= cap)
            score = 2 * d;
        else if (it.key().startsWith(key))
            score = 2 * cap + 1;
        else if (key.size() >= 3 && it.key().contains(key))
            score = 2 * cap + 2;
        else
            continue;
        for (int v : *it)
            scored.push_back({score, v});
    }
    std::sort(scored.begin(), scored.end(), [this](const Scored& a, const Scored& b) {
        if (a.score != b.score)
            return a.score < b.score;
        return m_graph.entity(a.vertex).name < m_graph.entity(b.vertex).name;
    });
    QList<int> out;
    for (const Scored& s : scored) {
        if (seen.contains(s.vertex))
            continue;
        seen.insert(s.vertex);
        out.append(s.vertex);
        if (out.size() >= limit)
            break;
    }
    return out;
}

} // namespace entente
