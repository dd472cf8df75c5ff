#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace entente {

class KnowledgeGraph;

/**
 * Turns what a person typed into an entity: an id, or an exact name or alias (case-insensitive).
 * When nothing matches it suggests the closest names; when several match it lists them, so a
 * user is never left guessing (DESIGN.md, command line contract).
 */
class EntityResolver
{
public:
    enum class Status { Found, NotFound, Ambiguous };
    struct Result
    {
        Status status = Status::NotFound;
        int vertex = -1;
        QList<int> candidates; ///< ambiguous matches, or suggestions when not found
    };

    explicit EntityResolver(const KnowledgeGraph& graph);

    Result resolve(const QString& text) const;
    /** Entities whose names or aliases are closest to `text` (edit distance, then prefix). */
    QList<int> suggest(const QString& text, int limit = 5) const;

    /** Levenshtein distance, stopping early once it exceeds `cap`. */
    static int editDistance(const QString& a, const QString& b, int cap);

private:
    const KnowledgeGraph& m_graph;
    QHash<QString, QList<int>> m_byName; ///< lower-cased name or alias → vertices
};

} // namespace entente
