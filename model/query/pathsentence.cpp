#include "pathsentence.h"

#include "graph/knowledgegraph.h"
#include "path.h"

namespace entente {

QString PathSentence::period(const KnowledgeGraph& graph, int relation)
{
    const RelationEdge& e = graph.relation(relation);
    if (e.start.isNull() && e.end.isNull())
        return {};
    if (e.end.isNull())
        return e.start.toString();
    return QStringLiteral("%1 – %2").arg(e.start.isNull() ? QStringLiteral("?") : e.start.toString(), e.end.toString());
}

QString PathSentence::hop(const KnowledgeGraph& graph, const Path& path, int index, const AttributesOf& attributes)
{
    const int r = path.relations[static_cast<size_t>(index)];
    const RelationEdge& e = graph.relation(r);
    const RelationKind& k = graph.relationKind(r);
    const int next = path.vertices[static_cast<size_t>(index) + 1];
    QStringList details;
    if (attributes) {
        const QVariantMap a = attributes(r);
        const QString role = a.value(QStringLiteral("role")).toString();
        if (!role.isEmpty())
            details << role;
    }
    if (const QString p = period(graph, r); !p.isEmpty())
        details << p;
    const QString label = details.isEmpty() ? k.label : QStringLiteral("%1 (%2)").arg(k.label, details.join(QStringLiteral(", ")));
    const QString name = graph.entity(next).name;
    // The arrow shows which way the relation reads, whichever way the path walks it.
    const bool forward = static_cast<int>(e.target) == next;
    if (!k.directed)
        return QStringLiteral(" — %1 — %2").arg(label, name);
    return forward ? QStringLiteral(" — %1 → %2").arg(label, name) : QStringLiteral(" ← %1 — %2").arg(label, name);
}

QString PathSentence::describe(const KnowledgeGraph& graph, const Path& path, const AttributesOf& attributes)
{
    if (path.vertices.empty())
        return {};
    QString text = graph.entity(path.vertices.front()).name;
    for (int i = 0; i < path.length(); ++i)
        text += hop(graph, path, i, attributes);
    return text;
}

} // namespace entente
