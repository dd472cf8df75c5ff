#pragma once

#include "core/relationkindvocabulary.h"
#include "graphfields.h"
#include "importresult.h"
#include "valueparser.h"

#include <QHash>
#include <QList>
#include <QPointF>
#include <QSet>
#include <QString>
#include <QVariantMap>
#include <optional>
#include <vector>

namespace entente {

/**
 * Turns the nodes and edges a reader found into entities and relations, by the same rules for
 * every format (DESIGN.md, import): a node keeps its id; its label becomes the name (else the
 * id); a type naming one of our kinds becomes the kind, any other makes an actor of category
 * `imported`; an edge type we do not know becomes a relation kind of its own (never replacing
 * a kind the project has); an edge without an id gets `<file stem>:e<n>`, stable across
 * re-imports; everything else stays an attribute; all cite a source naming the file.
 *
 * Owns the records built so far and the checks that need the whole file: duplicate ids and
 * edges to nodes the file does not define, each a FormatError at the record's place.
 */
class ImportBuilder
{
public:
    /** Where a record stands in its file, for messages. */
    struct Location
    {
        QString file; ///< empty: the builder's file
        int line = 0;
        int column = 0;
    };

    struct Node
    {
        QString id;
        QVariantMap attributes;     ///< as named in the file; GraphFields decides what they mean
        QList<DateInterval> spells; ///< from spells or timestamps; used when no start/end
        std::optional<QPointF> position;
        QString colour; ///< "#RRGGBB" or empty
        Location at;
    };

    struct Edge
    {
        QString id; ///< empty: generated
        QString source;
        QString target;
        QVariantMap attributes;
        QList<DateInterval> spells;
        std::optional<bool> directed; ///< from the edge itself; else the graph's default
        Location at;
        Location sourceAt; ///< where the source is named (a CSV cell); defaults to `at`
        Location targetAt;
    };

    ImportBuilder(const QString& file, const RelationKindVocabulary& vocabulary);

    const QString& file() const { return m_file; }
    void setDefaultDirected(bool directed) { m_defaultDirected = directed; }
    /** Edge lists without a node table: an endpoint the file never defines becomes a node. */
    void setImplicitNodes(bool implicit) { m_implicitNodes = implicit; }
    void setSlashOrder(ValueParser::SlashOrder order) { m_slashOrder = order; }

    bool hasNode(const QString& id) const { return m_nodeIndex.contains(id); }
    qsizetype nodeCount() const { return m_nodeIndex.size(); }
    qsizetype edgeCount() const { return static_cast<qsizetype>(m_edges.size()); }

    /** Adds a node; a second node with the same id is a FormatError at `node.at`. */
    void addNode(const Node& node);
    /** Adds an edge; its endpoints are resolved by finish(), as edges may precede nodes. */
    void addEdge(Edge edge);
    void warn(const QString& message);
    /** Counts a record left out and says why, naming where it was. */
    void skip(const Location& at, const QString& why);
    /** Resolves the edges and hands over the result. Call once. */
    ImportResult finish();

    /** A kind id from an edge type: lower case, runs of other characters as '_'. */
    static QString kindIdFor(const QString& text);

private:
    QString where(const Location& at) const;
    [[noreturn]] void fail(const Location& at, const QString& message) const;
    std::optional<PartialDate> date(const QVariant& value, QStringView what, const QString& id,
                                    const QString& key, const Location& at);
    GraphFields::Field nodeField(const QString& key);
    GraphFields::Field edgeField(const QString& key);
    static GraphFields::Field cachedField(QHash<QString, GraphFields::Field>& cache,
                                          const QString& key, bool edge);
    QStringList citedSources(const QVariant& value);
    QString kindFor(const QString& text, bool directed);
    QString genericKind(bool directed);
    void addImplicitNode(const QString& id);
    QString generatedRelationId(qsizetype ordinal, const QHash<QString, int>& taken);

    QString m_file;
    QString m_stem;
    const RelationKindVocabulary& m_vocabulary;
    ImportResult m_result;
    bool m_defaultDirected = true;
    bool m_implicitNodes = false;
    ValueParser::SlashOrder m_slashOrder = ValueParser::SlashOrder::Unknown;
    QHash<QString, qsizetype> m_nodeIndex; ///< entity id → index in m_result.batch.entities
    QList<int> m_nodeLines;
    std::vector<Edge> m_edges; ///< moved, never copied, as it grows to millions

    QHash<QString, QString> m_kindByText;
    QHash<QString, GraphFields::Field> m_nodeFields; ///< attribute name → field, memoised
    QHash<QString, GraphFields::Field> m_edgeFields;
    QSet<QString> m_newKinds;
    QSet<QString> m_placeholders;
    int m_severalSpells = 0;
    int m_suppressedWarnings = 0;
};

} // namespace entente
