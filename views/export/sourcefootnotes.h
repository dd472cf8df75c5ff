#pragma once

#include "core/relation.h"
#include "core/source.h"

#include <QList>
#include <QStringList>
#include <functional>
#include <optional>
#include <vector>

namespace entente {

class KnowledgeGraph;

/**
 * The numbered footnotes of a diagram: every source cited by the drawn relations, once, in the
 * order the relations first cite them, as "title, publisher — url". Views never read the
 * store, so the caller (the app or entente-cli) passes how to look relations and sources up.
 * Owns nothing.
 */
class SourceFootnotes
{
public:
    using RelationLookup = std::function<std::optional<Relation>(const QString& id)>;
    using SourceLookup = std::function<QList<Source>(const QStringList& keys)>;

    static QStringList lines(const KnowledgeGraph& graph, const std::vector<int>& relations,
                             const RelationLookup& relation, const SourceLookup& sources);
};

} // namespace entente
