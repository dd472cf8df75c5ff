#pragma once

#include <QString>
#include <QVariantMap>

#include <functional>

namespace entente {

class KnowledgeGraph;
struct Path;

/**
 * Reads a path as a sentence a journalist can paste: "Norway — brokered (facilitator, 1993) →
 * Oslo I Accord ← party to (1993) — Israel". Arrows follow each relation's own direction; the
 * parenthesis holds its role and dates.
 */
class PathSentence
{
public:
    using AttributesOf = std::function<QVariantMap(int relation)>;

    static QString describe(const KnowledgeGraph& graph, const Path& path, const AttributesOf& attributes = {});
    /** One hop: the connector and the next entity (" — member of (since 1949) → NATO"). */
    static QString hop(const KnowledgeGraph& graph, const Path& path, int index, const AttributesOf& attributes = {});
    /** "1949 – 1991", "since 1949", or empty. */
    static QString period(const KnowledgeGraph& graph, int relation);
};

} // namespace entente
