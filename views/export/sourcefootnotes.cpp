#include "sourcefootnotes.h"

#include "diagramoptions.h"
#include "graph/knowledgegraph.h"

#include <QHash>
#include <QSet>

namespace entente {

QStringList SourceFootnotes::lines(const KnowledgeGraph& graph, const std::vector<int>& relations,
                                   const RelationLookup& relation, const SourceLookup& sources)
{
    QStringList keys;
    QSet<QString> seen;
    for (int r : relations)
        if (const auto found = relation(graph.relationId(r)))
            for (const QString& key : found->sources)
                if (!seen.contains(key)) {
                    seen.insert(key);
                    keys << key;
                }
    QHash<QString, Source> byKey;
    for (const Source& s : sources(keys))
        byKey.insert(s.key, s);
    QStringList out;
    for (const QString& key : std::as_const(keys))
        if (const auto it = byKey.constFind(key); it != byKey.constEnd())
            out << DiagramOptions::footnoteText(it->title, it->publisher, it->url);
    return out;
}

} // namespace entente
