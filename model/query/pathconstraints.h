#pragma once

#include "core/entitykind.h"
#include "core/partialdate.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace entente {

class KnowledgeGraph;

/**
 * What a path or neighbourhood may use: which relation kinds, which entities and entity kinds
 * to avoid, an as-of date or a time window, whether direction matters, and per-kind weights
 * for weighted paths. Endpoints of a query are never avoided.
 */
class PathConstraints
{
public:
    explicit PathConstraints(const KnowledgeGraph& graph);

    /** Restricts to these relation kinds (vocabulary indexes); empty = all kinds. */
    void allowRelationKinds(const std::vector<int>& kinds);
    void avoidVertex(int vertex);
    void avoidEntityKind(EntityKind kind);
    /** Only relations in force at `date` (start ≤ date < end, coarse). */
    void setAsOf(PartialDate date) { m_at = date; }
    /** Only relations overlapping [from, to). */
    void setWindow(PartialDate from, PartialDate to);
    void setDirected(bool directed) { m_directed = directed; }
    /** Weight of a relation kind for weighted paths (default 1). */
    void setKindWeight(int kind, double weight);
    /**
     * Reads "kind=weight, …" (kind ids of the vocabulary, weights > 0). Returns false and a
     * sentence naming the bad part on error, leaving the weights unchanged.
     */
    bool setKindWeights(const QString& text, QString* error);
    bool isWeighted() const { return !m_kindWeight.empty(); }

    bool allowsRelation(int relation) const;
    /** May a path pass through this vertex (endpoints are checked by the caller)? */
    bool allowsVertex(int vertex) const;
    /** May the path traverse this arc (relation r, in `forward` direction)? */
    bool allowsArc(int relation, bool forward) const { return (forward || !m_directed) && allowsRelation(relation); }
    double weight(int relation) const;

    bool directed() const { return m_directed; }
    PartialDate asOf() const { return m_at; }
    bool hasWindow() const { return m_hasWindow; }
    /** Sentences naming each active constraint ("as of 1975", "only member_of, party_to"…). */
    QStringList describe() const;
    bool isUnconstrained() const;

    const KnowledgeGraph& graph() const { return m_graph; }

private:
    const KnowledgeGraph& m_graph;
    std::vector<char> m_kindAllowed; // empty = all
    std::vector<char> m_avoidVertex; // empty = none
    std::vector<char> m_avoidEntityKind = std::vector<char>(4, 0);
    std::vector<double> m_kindWeight;
    PartialDate m_at;
    PartialDate m_from;
    PartialDate m_to;
    bool m_hasWindow = false;
    bool m_directed = false;
};

} // namespace entente
