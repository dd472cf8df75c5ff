#pragma once

#include "core/entitykind.h"

#include <QString>
#include <QStringList>
#include <QStringView>
#include <cstdint>
#include <optional>
#include <vector>

namespace entente {

class KnowledgeGraph;

/**
 * Names and aliases of every entity, word by word, sorted, so that search as you type answers
 * from memory in well under a millisecond however short the prefix (the store's full-text index
 * has to rank every match of "a" on 100k entities). Matching folds case and diacritics like the
 * store's index; ranking puts an exact name or alias first, then names that begin with the text,
 * then entities whose words begin with every typed word — each tier by how connected the entity
 * is, so "UN" offers the United Nations before an obscure namesake.
 *
 * Built once per graph (the graph is immutable; an edit builds a new one).
 */
class NameIndex
{
public:
    NameIndex() = default;
    explicit NameIndex(const KnowledgeGraph& graph);

    /** How well an entity matched: lower is better. */
    enum class Tier : std::uint8_t
    {
        ExactName,
        NamePrefix,
        WordPrefixes
    };
    struct Match
    {
        int vertex;
        Tier tier;
    };

    /** At most `limit` matches for what was typed, best first; `kind` restricts when given. */
    std::vector<Match> suggest(const QString& typed, int limit,
                               std::optional<EntityKind> kind = std::nullopt) const;

    int size() const { return static_cast<int>(m_names.size()); }

    /** Lower case without diacritics, as both the index and the queries see text. */
    static QString fold(QStringView text);
    /** The words of `folded` text: runs of letters and digits. */
    static QStringList words(const QString& folded);

private:
    /** A word as a slice of m_text, so building allocates one buffer, not a string per word. */
    struct Word
    {
        std::uint32_t offset;
        std::uint32_t length;
        int vertex;
    };
    QStringView text(const Word& w) const { return QStringView(m_text).mid(w.offset, w.length); }
    /** Appends the words of `folded` to m_text and m_byVertex; returns them joined by spaces. */
    QString addWords(const QString& folded, int vertex);

    QString m_text;               ///< every folded word of every name and alias, back to back
    std::vector<Word> m_byVertex; ///< the same words, vertex by vertex
    std::vector<std::uint32_t> m_firstWord; ///< per vertex, its first entry in m_byVertex (+1 end)
    std::vector<Word> m_sorted;             ///< the same words sorted by text
    std::vector<QString> m_names;           ///< folded name words joined by spaces, per vertex
    std::vector<QStringList> m_aliases;     ///< folded aliases likewise, per vertex
    std::vector<std::uint32_t> m_degree;
    std::vector<EntityKind> m_kind;
    std::vector<QString> m_sortName; ///< the name as shown, for ties
};

} // namespace entente
