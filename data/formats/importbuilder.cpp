#include "importbuilder.h"

#include "formaterror.h"
#include "graphfields.h"

#include <QDate>
#include <QFileInfo>

namespace entente {

namespace {

using Field = GraphFields::Field;

// Enough to show what kind of trouble a file has without burying the summary.
constexpr int MaxWarnings = 100;

/** The span from the first start to the last end; an open end anywhere leaves it open. */
DateInterval hull(const QList<DateInterval>& spells)
{
    PartialDate start = spells.first().start();
    PartialDate end = spells.first().end();
    bool openStart = start.isNull();
    bool openEnd = end.isNull();
    for (const DateInterval& s : spells) {
        if (s.start().isNull())
            openStart = true;
        else if (!openStart && s.start() < start)
            start = s.start();
        if (s.end().isNull())
            openEnd = true;
        else if (!openEnd && s.end() > end)
            end = s.end();
    }
    return DateInterval(openStart ? PartialDate() : start, openEnd ? PartialDate() : end);
}

QStringList textList(const QVariant& value)
{
    QStringList out;
    if (value.typeId() == QMetaType::QVariantList || value.typeId() == QMetaType::QStringList) {
        for (const QVariant& v : value.toList())
            if (const QString s = v.toString().trimmed(); !s.isEmpty())
                out << s;
        return out;
    }
    for (const QString& part : value.toString().split(u'|', Qt::SkipEmptyParts))
        if (const QString s = part.trimmed(); !s.isEmpty())
            out << s;
    return out;
}

QString text(const QVariant& value)
{
    return value.toString().trimmed();
}

/** `node "x"` or `edge "y"`, for messages; made only when one is written. */
QString owner(QStringView what, const QString& id)
{
    return QStringLiteral("%1 \"%2\"").arg(what, id);
}

/**
 * The file's attributes less those that became fields, plus the `attr:`-prefixed ones under
 * their own names. Most records keep all or none of theirs, so neither case copies a map.
 */
QVariantMap remainingAttributes(const QVariantMap& all, const QStringList& taken,
                                const QVariantMap& renamed)
{
    if (taken.isEmpty() && renamed.isEmpty())
        return all;
    QVariantMap out;
    if (taken.size() < all.size())
        for (auto it = all.cbegin(); it != all.cend(); ++it)
            if (!taken.contains(it.key()))
                out.insert(it.key(), it.value());
    for (auto it = renamed.cbegin(); it != renamed.cend(); ++it)
        out.insert(it.key(), it.value());
    return out;
}

} // namespace

ImportBuilder::ImportBuilder(const QString& file, const RelationKindVocabulary& vocabulary)
    : m_file(file), m_stem(QFileInfo(file).completeBaseName()), m_vocabulary(vocabulary)
{
    const QString name = QFileInfo(file).fileName();
    m_result.sourceKey = QStringLiteral("import:") + name;
    Source source;
    source.key = m_result.sourceKey;
    source.title = name;
    source.accessed = QDate::currentDate().toString(Qt::ISODate);
    m_result.batch.sources << source;
}

QString ImportBuilder::kindIdFor(const QString& text)
{
    QString id;
    bool gap = false;
    for (QChar c : text.trimmed()) {
        if (c.isLetterOrNumber()) {
            if (gap && !id.isEmpty())
                id.append(u'_');
            id.append(c.toLower());
            gap = false;
        } else {
            gap = true;
        }
    }
    return id.isEmpty() ? text.trimmed() : id;
}

GraphFields::Field ImportBuilder::nodeField(const QString& key)
{
    return cachedField(m_nodeFields, key, false);
}

GraphFields::Field ImportBuilder::edgeField(const QString& key)
{
    return cachedField(m_edgeFields, key, true);
}

GraphFields::Field ImportBuilder::cachedField(QHash<QString, GraphFields::Field>& cache,
                                              const QString& key, bool edge)
{
    // A file names the same few attributes on every record; normalising each name once spares
    // an allocation per attribute per record.
    if (const auto it = cache.constFind(key); it != cache.constEnd())
        return *it;
    const GraphFields::Field f = edge ? GraphFields::edgeField(key) : GraphFields::nodeField(key);
    constexpr qsizetype MaxCached = 4096; // a file inventing names per record gains nothing here
    if (cache.size() < MaxCached)
        cache.insert(key, f);
    return f;
}

QString ImportBuilder::where(const Location& at) const
{
    return FormatError::format(at.file.isEmpty() ? m_file : at.file, at.line, at.column, QString())
        .chopped(2);
}

void ImportBuilder::fail(const Location& at, const QString& message) const
{
    throw FormatError(at.file.isEmpty() ? m_file : at.file, at.line, at.column, message);
}

void ImportBuilder::warn(const QString& message)
{
    if (m_result.warnings.size() < MaxWarnings)
        m_result.warnings << message;
    else
        ++m_suppressedWarnings;
}

void ImportBuilder::skip(const Location& at, const QString& why)
{
    ++m_result.skipped;
    warn(QStringLiteral("%1: skipped: %2").arg(where(at), why));
}

std::optional<PartialDate> ImportBuilder::date(const QVariant& value, QStringView what,
                                               const QString& id, const QString& key,
                                               const Location& at)
{
    const auto d = ValueParser::parseDate(value.toString(), m_slashOrder);
    if (!d)
        warn(QStringLiteral(
                 "%1: %2: \"%3\" = \"%4\" is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD); "
                 "kept as an attribute")
                 .arg(where(at), owner(what, id), key, value.toString()));
    return d;
}

QStringList ImportBuilder::citedSources(const QVariant& value)
{
    QStringList keys = textList(value);
    for (const QString& key : keys)
        if (key != m_result.sourceKey && !m_placeholders.contains(key)) {
            m_placeholders.insert(key);
            Source s;
            s.key = key;
            s.title = key;
            m_result.batch.sources << s;
            m_result.placeholderSources << key;
        }
    return keys;
}

void ImportBuilder::addNode(const Node& node)
{
    if (node.id.isEmpty())
        fail(node.at, QStringLiteral("a node without an id; expected every node to have one"));
    if (const auto it = m_nodeIndex.constFind(node.id); it != m_nodeIndex.constEnd())
        fail(node.at,
             QStringLiteral("duplicate node id \"%1\" (first defined at line %2); expected each "
                            "node id once")
                 .arg(node.id)
                 .arg(m_nodeLines.at(*it)));

    // The best name among label, name and title; the others stay attributes.
    QString nameKey;
    int namePriority = 99;
    for (auto it = node.attributes.cbegin(); it != node.attributes.cend(); ++it)
        if (nodeField(it.key()) == Field::Name && !text(it.value()).isEmpty() &&
            GraphFields::namePriority(it.key()) < namePriority) {
            nameKey = it.key();
            namePriority = GraphFields::namePriority(it.key());
        }

    Entity e;
    e.id = node.id;
    ImportedFields fields;
    bool kindKnown = false;
    QString categoryKey;
    std::optional<double> x, y, red, green, blue;
    QString colour = node.colour;
    QStringList taken;
    QVariantMap renamed;
    for (auto it = node.attributes.cbegin(); it != node.attributes.cend(); ++it) {
        const QString& key = it.key();
        const QVariant& value = it.value();
        if (key.startsWith(GraphFields::AttributePrefix)) {
            taken << key;
            renamed.insert(key.mid(GraphFields::AttributePrefix.size()), value);
            continue;
        }
        bool used = true;
        switch (nodeField(key)) {
        case Field::Name:
            used = key == nameKey;
            if (used) {
                e.name = text(value);
                fields |= ImportedField::Name;
            }
            break;
        case Field::Kind:
            if (const auto k = entityKindFromName(text(value)); k && !kindKnown) {
                e.kind = *k;
                kindKnown = true;
                fields |= ImportedField::Kind;
            } else {
                used = false;
            }
            break;
        case Field::Category:
            // Decided below, once the kind is known.
            if (categoryKey.isEmpty())
                categoryKey = key;
            used = false;
            break;
        case Field::Aliases:
            e.aliases = textList(value);
            fields |= ImportedField::Aliases;
            break;
        case Field::Description:
            e.description = value.toString();
            fields |= ImportedField::Description;
            break;
        case Field::Region:
            e.region = text(value);
            fields |= ImportedField::Region;
            break;
        case Field::Country:
            e.country = text(value);
            fields |= ImportedField::Country;
            break;
        case Field::Start:
        case Field::End: {
            const bool start = nodeField(key) == Field::Start;
            const auto d = date(value, u"node", node.id, key, node.at);
            used = d.has_value();
            if (d && !d->isNull()) {
                e.existence = start ? DateInterval(*d, e.existence.end())
                                    : DateInterval(e.existence.start(), *d);
                fields |= start ? ImportedField::Start : ImportedField::End;
            }
            break;
        }
        case Field::Sources:
            e.sources << citedSources(value);
            break;
        case Field::X:
            x = ValueParser::number(value);
            used = x.has_value();
            break;
        case Field::Y:
            y = ValueParser::number(value);
            used = y.has_value();
            break;
        case Field::Red:
            red = ValueParser::number(value);
            used = red.has_value();
            break;
        case Field::Green:
            green = ValueParser::number(value);
            used = green.has_value();
            break;
        case Field::Blue:
            blue = ValueParser::number(value);
            used = blue.has_value();
            break;
        case Field::Colour:
            if (const auto c = ValueParser::parseColour(text(value)))
                colour = *c;
            else
                used = false;
            break;
        default:
            used = false;
            break;
        }
        if (used)
            taken << key;
    }
    // Coordinates and colour parts count only together; one alone stays an attribute.
    if (!(x && y))
        taken.removeIf([this](const QString& k) {
            const Field f = nodeField(k);
            return f == Field::X || f == Field::Y;
        });
    if (!(red && green && blue))
        taken.removeIf([this](const QString& k) {
            const Field f = nodeField(k);
            return f == Field::Red || f == Field::Green || f == Field::Blue;
        });
    // A category is ours only when the kind is: "Green-economy" of an unknown type is data.
    if (!categoryKey.isEmpty() && kindKnown) {
        e.category = text(node.attributes.value(categoryKey));
        fields |= ImportedField::Category;
        taken << categoryKey;
    }
    QVariantMap attributes = remainingAttributes(node.attributes, taken, renamed);
    if (!kindKnown)
        e.category = QStringLiteral("imported");
    if (e.name.isEmpty())
        e.name = e.id;
    if (!node.spells.isEmpty() && !(fields & (ImportedField::Start | ImportedField::End))) {
        if (node.spells.size() > 1)
            ++m_severalSpells;
        e.existence = hull(node.spells);
        if (!e.existence.start().isNull())
            fields |= ImportedField::Start;
        if (!e.existence.end().isNull())
            fields |= ImportedField::End;
    }
    if (!e.existence.isValid()) {
        warn(QStringLiteral("%1: %2 ends (%3) before it starts (%4); the end was left out")
                 .arg(where(node.at), owner(u"node", node.id), e.existence.end().toString(),
                      e.existence.start().toString()));
        e.existence = DateInterval(e.existence.start(), PartialDate());
        fields &= ~ImportedFields(ImportedField::End);
    }
    e.attributes = std::move(attributes);
    e.sources.prepend(m_result.sourceKey);
    e.sources.removeDuplicates();

    if (node.position)
        m_result.positions.insert(e.id, *node.position);
    else if (x && y)
        m_result.positions.insert(e.id, QPointF(*x, *y));
    if (colour.isEmpty() && red && green && blue)
        colour = ValueParser::colour(static_cast<int>(*red), static_cast<int>(*green),
                                     static_cast<int>(*blue));
    if (!colour.isEmpty())
        m_result.colours.insert(e.id, colour);

    m_nodeIndex.insert(e.id, m_result.batch.entities.size());
    m_nodeLines << node.at.line;
    m_result.entityFields << fields;
    m_result.batch.entities << std::move(e);
}

void ImportBuilder::addImplicitNode(const QString& id)
{
    Entity e;
    e.id = id;
    e.name = id;
    e.category = QStringLiteral("imported");
    e.sources << m_result.sourceKey;
    m_nodeIndex.insert(id, m_result.batch.entities.size());
    m_nodeLines << 0;
    m_result.entityFields << ImportedFields();
    m_result.batch.entities << std::move(e);
}

void ImportBuilder::addEdge(Edge edge)
{
    if (edge.sourceAt.line == 0)
        edge.sourceAt = edge.at;
    if (edge.targetAt.line == 0)
        edge.targetAt = edge.at;
    m_edges.push_back(std::move(edge));
}

QString ImportBuilder::genericKind(bool directed)
{
    const QString id = directed ? QStringLiteral("linked_to") : QStringLiteral("linked_with");
    if (!m_vocabulary.contains(id) && !m_newKinds.contains(id)) {
        RelationKind k = RelationKindVocabulary::makeGeneric(id);
        k.directed = directed;
        k.inverseLabel = directed ? QStringLiteral("linked from") : k.label;
        m_result.batch.relationKinds << k;
        m_newKinds.insert(id);
    }
    return id;
}

QString ImportBuilder::kindFor(const QString& text, bool directed)
{
    if (const auto it = m_kindByText.constFind(text); it != m_kindByText.constEnd())
        return *it;
    QString id = kindIdFor(text);
    if (!m_vocabulary.contains(id) && !m_newKinds.contains(id)) {
        // "member of" is the label of member_of; match labels before making a new kind.
        for (const RelationKind& k : m_vocabulary.kinds())
            if (k.label.compare(text, Qt::CaseInsensitive) == 0) {
                id = k.id;
                break;
            }
    }
    if (!m_vocabulary.contains(id) && !m_newKinds.contains(id)) {
        RelationKind k = RelationKindVocabulary::makeGeneric(id);
        if (text != id)
            k.label = text;
        k.inverseLabel = k.label + QStringLiteral(" (inverse)");
        k.directed = directed;
        if (!directed)
            k.inverseLabel = k.label;
        m_result.batch.relationKinds << k;
        m_newKinds.insert(id);
    }
    m_kindByText.insert(text, id);
    return id;
}

QString ImportBuilder::generatedRelationId(qsizetype ordinal, const QHash<QString, int>& taken)
{
    QString id = m_stem + QStringLiteral(":e") + QString::number(ordinal);
    for (int n = 2; taken.contains(id); ++n)
        id = QStringLiteral("%1:e%2-%3").arg(m_stem).arg(ordinal).arg(n);
    return id;
}

ImportResult ImportBuilder::finish()
{
    // Explicit edge ids first, so a generated one can never take an id the file uses later.
    QHash<QString, int> explicitIds;
    explicitIds.reserve(static_cast<qsizetype>(m_edges.size()));
    for (const Edge& edge : std::as_const(m_edges)) {
        if (edge.id.isEmpty())
            continue;
        if (const auto it = explicitIds.constFind(edge.id); it != explicitIds.constEnd())
            fail(edge.at,
                 QStringLiteral("duplicate edge id \"%1\" (first used at line %2); expected each "
                                "edge id once")
                     .arg(edge.id)
                     .arg(*it));
        explicitIds.insert(edge.id, edge.at.line);
    }

    m_result.batch.relations.reserve(static_cast<qsizetype>(m_edges.size()));
    for (size_t i = 0; i < m_edges.size(); ++i) {
        const Edge& edge = m_edges[i];
        Relation r;
        if (edge.id.isEmpty()) {
            // Generated ids differ by their ordinal, so only the file's own ids can collide.
            r.id = generatedRelationId(static_cast<qsizetype>(i + 1), explicitIds);
        } else {
            r.id = edge.id;
        }
        for (int side = 0; side < 2; ++side) {
            const QString& end = side == 0 ? edge.source : edge.target;
            const Location& at = side == 0 ? edge.sourceAt : edge.targetAt;
            if (m_nodeIndex.contains(end))
                continue;
            if (end.isEmpty())
                fail(at, QStringLiteral("%1 has no %2; expected a node id")
                             .arg(owner(u"edge", r.id),
                                  side == 0 ? QStringLiteral("source") : QStringLiteral("target")));
            if (!m_implicitNodes)
                fail(at, QStringLiteral(
                             "%1 refers to node \"%2\", which the file does not define; expected "
                             "the id of a node")
                             .arg(owner(u"edge", r.id), end));
            addImplicitNode(end);
        }
        r.source = edge.source;
        r.target = edge.target;

        ImportedFields fields;
        std::optional<bool> directed = edge.directed;
        QString kindText;
        QStringList taken;
        QVariantMap renamed;
        for (auto it = edge.attributes.cbegin(); it != edge.attributes.cend(); ++it) {
            const QString& key = it.key();
            const QVariant& value = it.value();
            if (key.startsWith(GraphFields::AttributePrefix)) {
                taken << key;
                renamed.insert(key.mid(GraphFields::AttributePrefix.size()), value);
                continue;
            }
            bool used = true;
            switch (edgeField(key)) {
            case Field::Kind:
                // Gephi's edge tables say "Directed" or "Undirected" in their Type column.
                if (const auto d = GraphFields::direction(text(value), false)) {
                    if (!directed)
                        directed = d;
                } else if (kindText.isEmpty() && !text(value).isEmpty()) {
                    kindText = text(value);
                } else {
                    used = false;
                }
                break;
            case Field::Directed:
                if (const auto d = GraphFields::direction(text(value), true))
                    directed = d;
                else
                    used = false;
                break;
            case Field::Start:
            case Field::End: {
                const bool start = edgeField(key) == Field::Start;
                const auto d = date(value, u"edge", r.id, key, edge.at);
                used = d.has_value();
                if (d && !d->isNull()) {
                    r.interval = start ? DateInterval(*d, r.interval.end())
                                       : DateInterval(r.interval.start(), *d);
                    fields |= start ? ImportedField::Start : ImportedField::End;
                }
                break;
            }
            case Field::Note:
                used = !(fields & ImportedField::Note);
                if (used) {
                    r.note = value.toString();
                    fields |= ImportedField::Note;
                }
                break;
            case Field::Sources:
                r.sources << citedSources(value);
                break;
            default:
                used = false;
                break;
            }
            if (used)
                taken << key;
        }
        QVariantMap attributes = remainingAttributes(edge.attributes, taken, renamed);
        const bool isDirected = directed.value_or(m_defaultDirected);
        if (!kindText.isEmpty()) {
            r.kind = kindFor(kindText, isDirected);
            fields |= ImportedField::Kind;
        } else {
            r.kind = genericKind(isDirected);
        }
        if (!edge.spells.isEmpty() && !(fields & (ImportedField::Start | ImportedField::End))) {
            if (edge.spells.size() > 1)
                ++m_severalSpells;
            r.interval = hull(edge.spells);
            if (!r.interval.start().isNull())
                fields |= ImportedField::Start;
            if (!r.interval.end().isNull())
                fields |= ImportedField::End;
        }
        if (!r.interval.isValid()) {
            warn(QStringLiteral("%1: %2 ends (%3) before it starts (%4); the end was left out")
                     .arg(where(edge.at), owner(u"edge", r.id), r.interval.end().toString(),
                          r.interval.start().toString()));
            r.interval = DateInterval(r.interval.start(), PartialDate());
            fields &= ~ImportedFields(ImportedField::End);
        }
        r.attributes = std::move(attributes);
        r.sources.prepend(m_result.sourceKey);
        r.sources.removeDuplicates();
        m_result.relationFields << fields;
        m_result.batch.relations << std::move(r);
    }
    m_edges.clear();
    m_edges.shrink_to_fit();

    if (m_severalSpells > 0)
        warn(QStringLiteral(
                 "%1: %2 nodes or edges have several time spells; each was given the span from "
                 "its first start to its last end")
                 .arg(m_file)
                 .arg(m_severalSpells));
    if (m_suppressedWarnings > 0)
        m_result.warnings << QStringLiteral("… and %1 more warnings").arg(m_suppressedWarnings);
    return std::move(m_result);
}

} // namespace entente
