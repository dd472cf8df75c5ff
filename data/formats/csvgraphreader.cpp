#include "csvgraphreader.h"

#include "core/progressreporter.h"
#include "csvreader.h"
#include "csvstreamreader.h"
#include "formaterror.h"
#include "graphfields.h"
#include "importbuilder.h"
#include "importcancelled.h"
#include "valueparser.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <memory>
#include <optional>

namespace entente {

namespace {

using Field = GraphFields::Field;
using Role = CsvColumnMapping::Role;
using Row = CsvReader::Row;

// Enough to hold any real header line, so the delimiter and an empty file are told up front.
constexpr qint64 HeadBytes = 64 * 1024;

QString headerName(const Row& header, qsizetype column)
{
    const QString name = header.at(column).text.trimmed();
    return name.isEmpty() ? QStringLiteral("column %1").arg(column + 1) : name;
}

QString headerList(const Row& header)
{
    QStringList names;
    for (qsizetype c = 0; c < header.size(); ++c)
        names << headerName(header, c);
    return names.join(QStringLiteral(", "));
}

/** One table opened for one pass over its rows: the file, the record stream and the header. */
class TableInput
{
public:
    explicit TableInput(const QString& path) : m_file(path)
    {
        if (!m_file.open(QIODevice::ReadOnly))
            throw FormatError(path, 0, 0,
                              QStringLiteral("cannot read the file: %1").arg(m_file.errorString()));
        const QByteArray head = m_file.peek(HeadBytes);
        const QByteArray content = head.startsWith("\xEF\xBB\xBF") ? head.mid(3) : head;
        if (content.trimmed().isEmpty() && m_file.size() <= HeadBytes)
            throw FormatError(
                path, 1, 1,
                QStringLiteral("the file is empty; expected a header row (Source,Target,… "
                               "for edges or Id,Label,… for nodes)"));
        const QString suffix = QFileInfo(path).suffix().toLower();
        const QChar delimiter = suffix == QLatin1String("tsv") || suffix == QLatin1String("tab")
                                    ? QChar(u'\t')
                                    : CsvGraphReader::sniffDelimiter(head);
        m_reader = std::make_unique<CsvStreamReader>(m_file, path, delimiter);
        if (!m_reader->next(m_header))
            throw FormatError(path, 1, 1,
                              QStringLiteral("the file is empty; expected a header row"));
    }

    /** The next row; a row of the wrong width is a FormatError at its first field. */
    bool next(Row& row)
    {
        if (!m_reader->next(row))
            return false;
        if (row.size() != m_header.size())
            throw FormatError(m_reader->file(), row.first().line, row.first().column,
                              QStringLiteral("this row has %1 fields but the header has %2")
                                  .arg(row.size())
                                  .arg(m_header.size()));
        return true;
    }

    const QString& path() const { return m_reader->file(); }
    const Row& header() const { return m_header; }
    qint64 position() const { return m_reader->position(); }
    qint64 size() const { return m_file.size(); }

private:
    QFile m_file;
    std::unique_ptr<CsvStreamReader> m_reader;
    Row m_header;
};

/** What each column of one table becomes, worked out once from the header and the mapping. */
struct Plan
{
    bool edges = false;
    QStringList keys; ///< per column: the attribute name handed to the builder; empty: left out
    int id = -1;      ///< node or edge id
    int key = -1;     ///< the column a node's id is read from (its id, else its best name)
    int source = -1;
    int target = -1;
    QList<qsizetype> dates;
};

Role effectiveRole(const Row& header, qsizetype c, const CsvColumnMapping& mapping, bool edge)
{
    const QString name = headerName(header, c);
    return mapping.roleFor(name).value_or(CsvColumnMapping::guess(name, edge));
}

bool looksLikeEdges(const Row& header, const CsvColumnMapping& mapping)
{
    bool source = false, target = false;
    for (qsizetype c = 0; c < header.size(); ++c) {
        const Role r = effectiveRole(header, c, mapping, true);
        source |= r == Role::Source;
        target |= r == Role::Target;
    }
    return source && target;
}

bool looksLikeNodes(const Row& header, const CsvColumnMapping& mapping)
{
    for (qsizetype c = 0; c < header.size(); ++c) {
        const Role r = effectiveRole(header, c, mapping, false);
        if (r == Role::Id || r == Role::Name)
            return true;
    }
    return false;
}

/** The field name the builder reads for a role chosen by the user; empty if the table has no such
 * field. */
QString fieldKey(Role role, bool edge)
{
    switch (role) {
    case Role::Name:
        return edge ? QString() : QStringLiteral("label");
    case Role::RelationKind:
        return edge ? QStringLiteral("kind") : QString();
    case Role::Category:
    case Role::Aliases:
        return edge ? QString() : CsvColumnMapping::roleName(role);
    case Role::Description:
        return edge ? QStringLiteral("note") : QStringLiteral("description");
    case Role::Kind:
    case Role::Start:
    case Role::End:
    case Role::Sources:
        return CsvColumnMapping::roleName(role); // the names GraphFields reads, in both tables
    default:
        return QString();
    }
}

Plan makePlan(const TableInput& table, const CsvColumnMapping& mapping, bool edges)
{
    const Row& header = table.header();
    Plan plan;
    plan.edges = edges;
    // Explicit choices first: a column the user made the id (or an endpoint) wins over one
    // whose header merely looks like it, which then stays an ordinary attribute.
    auto place = [&](int& slot, qsizetype c, bool explicitChoice, Role role) {
        if (slot < 0) {
            slot = static_cast<int>(c);
            return true;
        }
        if (explicitChoice)
            throw FormatError(
                table.path(), 1, header.at(c).column,
                QStringLiteral("columns \"%1\" and \"%2\" are both mapped to %3; expected one")
                    .arg(headerName(header, slot), headerName(header, c),
                         CsvColumnMapping::roleLabel(role)));
        return false;
    };
    plan.keys.resize(header.size());
    QSet<QString> chosenKeys; ///< fields the user gave to a column
    for (int pass = 0; pass < 2; ++pass) {
        const bool explicitPass = pass == 0;
        for (qsizetype c = 0; c < header.size(); ++c) {
            const QString name = headerName(header, c);
            const Role guessed = CsvColumnMapping::guess(name, edges);
            const std::optional<Role> chosen = mapping.roleFor(name);
            // A choice equal to the guess reads the column exactly as the automatic import does.
            const bool isExplicit = chosen && *chosen != guessed;
            if (isExplicit != explicitPass)
                continue;
            const Role role = chosen.value_or(guessed);
            const QString plainAttribute =
                (edges ? GraphFields::edgeField(name) : GraphFields::nodeField(name)) == Field::None
                    ? name
                    : GraphFields::AttributePrefix.toString() + name;
            if (role == Role::Start || role == Role::End)
                plan.dates << c;
            if (role == Role::Id) {
                plan.keys[c] = place(plan.id, c, isExplicit, role) ? QString() : plainAttribute;
                continue;
            }
            if (edges && (role == Role::Source || role == Role::Target)) {
                plan.keys[c] =
                    place(role == Role::Source ? plan.source : plan.target, c, isExplicit, role)
                        ? QString()
                        : plainAttribute;
                continue;
            }
            if (!isExplicit) {
                // The builder reads it by its header, as it always has, unless the user gave
                // that field to another column.
                const QString key = fieldKey(role, edges);
                plan.keys[c] = !key.isEmpty() && chosenKeys.contains(key) ? plainAttribute : name;
                continue;
            }
            switch (role) {
            case Role::Ignore:
                plan.keys[c] = QString();
                break;
            case Role::Attribute:
                plan.keys[c] = plainAttribute;
                break;
            default: {
                const QString key = fieldKey(role, edges);
                if (key.isEmpty())
                    throw FormatError(
                        table.path(), 1, header.at(c).column,
                        edges ? QStringLiteral(
                                    "column \"%1\" is mapped to %2, which a relation does not "
                                    "have; expected id, source, target, relation kind, start, "
                                    "end, description, cited sources, attribute or ignore in "
                                    "an edge table")
                                    .arg(name, CsvColumnMapping::roleLabel(role))
                              : QStringLiteral(
                                    "column \"%1\" is mapped to %2, which an entity does not "
                                    "have; a node table has no source, target or relation "
                                    "kind (map Source and Target to read it as an edge list)")
                                    .arg(name, CsvColumnMapping::roleLabel(role)));
                plan.keys[c] = key;
                chosenKeys.insert(key);
            }
            }
        }
    }
    if (edges)
        return plan;
    plan.key = plan.id;
    if (plan.key < 0) {
        // No id column: the chosen name column, else the best-named one, is the id, as in Kumu's
        // element sheets.
        int best = 99;
        for (qsizetype c = 0; c < header.size(); ++c) {
            const QString name = headerName(header, c);
            const std::optional<Role> chosen = mapping.roleFor(name);
            if (chosen == Role::Name && chosen != CsvColumnMapping::guess(name, false)) {
                plan.key = static_cast<int>(c);
                break;
            }
            if (!chosen && GraphFields::nodeField(header.at(c).text) == Field::Name &&
                GraphFields::namePriority(header.at(c).text) < best) {
                best = GraphFields::namePriority(header.at(c).text);
                plan.key = static_cast<int>(c);
            } else if (chosen == Role::Name &&
                       GraphFields::namePriority(header.at(c).text) < best) {
                best = GraphFields::namePriority(header.at(c).text);
                plan.key = static_cast<int>(c);
            }
        }
    }
    return plan;
}

/** Values of fields that are text by nature stay text; other columns are typed by their look. */
QVariant cellValue(const QString& text, const QString& key, bool edge)
{
    switch (edge ? GraphFields::edgeField(key) : GraphFields::nodeField(key)) {
    case Field::None:
    case Field::X:
    case Field::Y:
    case Field::Red:
    case Field::Green:
    case Field::Blue:
        return ValueParser::inferred(text);
    default:
        return text;
    }
}

/** Day-first or month-first, as the first slash date that can only be one of them shows; a
 *  pass of its own over the dates, as nodes' dates are read as soon as the node is. */
ValueParser::SlashOrder slashOrder(const QString& path, const Plan& plan)
{
    if (path.isEmpty() || plan.dates.isEmpty())
        return ValueParser::SlashOrder::Unknown;
    TableInput table(path);
    Row row;
    while (table.next(row))
        for (qsizetype c : plan.dates)
            if (const auto order = ValueParser::slashOrderOf(row.at(c).text);
                order != ValueParser::SlashOrder::Unknown)
                return order;
    return ValueParser::SlashOrder::Unknown;
}

/** Reports bytes read so far and stops on cancel; checked every few thousand rows. */
class Progress
{
public:
    Progress(ProgressReporter* progress, qint64 total)
        : m_progress(progress), m_total(std::max<qint64>(total, 1))
    {
    }
    void row(qint64 position)
    {
        if ((++m_rows & 0xfff) == 0 && !reportProgress(m_progress, m_done + position, m_total))
            throw ImportCancelled();
    }
    void tableDone(qint64 size) { m_done += size; }
    void finish() { reportProgress(m_progress, m_total, m_total); }

private:
    ProgressReporter* m_progress;
    qint64 m_total;
    qint64 m_done = 0;
    qint64 m_rows = 0;
};

void checkMappingNamesColumns(const CsvColumnMapping& mapping,
                              const QList<const TableInput*>& tables)
{
    for (const auto& [wanted, role] : mapping.columns) {
        bool found = false;
        for (const TableInput* t : tables)
            for (qsizetype c = 0; c < t->header().size() && !found; ++c)
                found =
                    headerName(t->header(), c).compare(wanted.trimmed(), Qt::CaseInsensitive) == 0;
        if (!found) {
            const TableInput* first = tables.first();
            throw FormatError(
                first->path(), 1, 1,
                QStringLiteral(
                    "the column mapping names \"%1\", which is not a column of this file; "
                    "found columns: %2")
                    .arg(wanted, headerList(first->header())));
        }
    }
}

/** Builds the graph of a node table, an edge table or both; `named` is the file the user chose,
 *  which the import's source is named after. */
ImportResult build(std::unique_ptr<TableInput> nodes, std::unique_ptr<TableInput> edges,
                   const QString& named, const RelationKindVocabulary& vocabulary,
                   ProgressReporter* progress, const CsvColumnMapping& mapping)
{
    QList<const TableInput*> opened;
    for (const TableInput* t : {nodes.get(), edges.get()})
        if (t)
            opened << t;
    checkMappingNamesColumns(mapping, opened);
    if (nodes && !looksLikeNodes(nodes->header(), mapping))
        throw FormatError(nodes->path(), 1, 1,
                          QStringLiteral("expected a node table with an Id or Label column, or "
                                         "an edge list with Source and Target columns; found "
                                         "columns: %1")
                              .arg(headerList(nodes->header())));
    if (edges && !looksLikeEdges(edges->header(), mapping))
        throw FormatError(edges->path(), 1, 1,
                          QStringLiteral("expected an edge table with Source and Target (or From "
                                         "and To) columns; found columns: %1")
                              .arg(headerList(edges->header())));
    const Plan nodePlan = nodes ? makePlan(*nodes, mapping, false) : Plan();
    const Plan edgePlan = edges ? makePlan(*edges, mapping, true) : Plan();
    ImportBuilder builder(named, vocabulary);
    auto order = slashOrder(nodes ? nodes->path() : QString(), nodePlan);
    if (order == ValueParser::SlashOrder::Unknown)
        order = slashOrder(edges ? edges->path() : QString(), edgePlan);
    builder.setSlashOrder(order);
    Progress done(progress, (nodes ? nodes->size() : 0) + (edges ? edges->size() : 0));

    Row row;
    if (nodes) {
        while (nodes->next(row)) {
            done.row(nodes->position());
            const CsvReader::Field& key = row.at(nodePlan.key);
            ImportBuilder::Node node;
            node.at = {nodes->path(), key.line, key.column};
            node.id = key.text.trimmed();
            if (node.id.isEmpty()) {
                builder.skip(node.at, QStringLiteral("a row without an id"));
                continue;
            }
            for (qsizetype c = 0; c < row.size(); ++c) {
                const QString& name = nodePlan.keys.at(c);
                if (name.isEmpty() || row.at(c).text.trimmed().isEmpty())
                    continue;
                node.attributes.insert(name, cellValue(row.at(c).text, name, false));
            }
            builder.addNode(node);
        }
        done.tableDone(nodes->size());
    }

    if (edges) {
        builder.setImplicitNodes(nodes == nullptr);
        while (edges->next(row)) {
            done.row(edges->position());
            const CsvReader::Field& source = row.at(edgePlan.source);
            const CsvReader::Field& target = row.at(edgePlan.target);
            ImportBuilder::Edge edge;
            edge.at = {edges->path(), row.first().line, row.first().column};
            edge.source = source.text.trimmed();
            edge.target = target.text.trimmed();
            if (edge.source.isEmpty() || edge.target.isEmpty()) {
                builder.skip(edge.at, QStringLiteral("a row without a %1")
                                          .arg(edge.source.isEmpty() ? QStringLiteral("source")
                                                                     : QStringLiteral("target")));
                continue;
            }
            edge.sourceAt = {edges->path(), source.line, source.column};
            edge.targetAt = {edges->path(), target.line, target.column};
            if (edgePlan.id >= 0)
                edge.id = row.at(edgePlan.id).text.trimmed();
            for (qsizetype c = 0; c < row.size(); ++c) {
                const QString& name = edgePlan.keys.at(c);
                if (name.isEmpty() || row.at(c).text.trimmed().isEmpty())
                    continue;
                edge.attributes.insert(name, cellValue(row.at(c).text, name, true));
            }
            builder.addEdge(std::move(edge));
        }
        done.tableDone(edges->size());
    }
    ImportResult result = builder.finish();
    done.finish();
    return result;
}

} // namespace

QChar CsvGraphReader::sniffDelimiter(const QByteArray& bytes)
{
    int comma = 0, semicolon = 0, tab = 0;
    bool quoted = false;
    for (char c : bytes) {
        if (c == '"')
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (c == '\n')
            break;
        else if (c == ',')
            ++comma;
        else if (c == ';')
            ++semicolon;
        else if (c == '\t')
            ++tab;
    }
    if (tab > comma && tab >= semicolon)
        return u'\t';
    if (semicolon > comma)
        return u';';
    return u',';
}

QString CsvGraphReader::partnerTable(const QString& path)
{
    const QFileInfo info(path);
    static const QRegularExpression pair(QStringLiteral(R"(^(.*?)(nodes|edges)(\.[A-Za-z]+)$)"),
                                         QRegularExpression::CaseInsensitiveOption);
    const auto m = pair.match(info.fileName());
    if (!m.hasMatch())
        return QString();
    const QString prefix = m.captured(1);
    // "graph-nodes.csv" but not "supernodes.csv": a pair name stands alone or after a separator.
    if (!prefix.isEmpty() && !prefix.endsWith(u'-') && !prefix.endsWith(u'_') &&
        !prefix.endsWith(u'.') && !prefix.endsWith(u' '))
        return QString();
    const QString word = m.captured(2);
    const bool isNodes = word.compare(QLatin1String("nodes"), Qt::CaseInsensitive) == 0;
    QString other = isNodes ? QStringLiteral("edges") : QStringLiteral("nodes");
    if (word == word.toUpper())
        other = other.toUpper();
    else if (word.front().isUpper())
        other[0] = other[0].toUpper();
    const QString candidate = info.dir().filePath(prefix + other + m.captured(3));
    return QFileInfo::exists(candidate) ? candidate : QString();
}

ImportResult CsvGraphReader::read(const QString& path, const RelationKindVocabulary& vocabulary,
                                  ProgressReporter* progress, const CsvColumnMapping& mapping)
{
    auto table = std::make_unique<TableInput>(path);
    const bool edges = looksLikeEdges(table->header(), mapping);
    const bool nodes = !edges && looksLikeNodes(table->header(), mapping);
    const QString partner = partnerTable(path);
    if (!partner.isEmpty() && (edges || nodes)) {
        auto other = std::make_unique<TableInput>(partner);
        if (edges && !looksLikeEdges(other->header(), mapping) &&
            looksLikeNodes(other->header(), mapping))
            return build(std::move(other), std::move(table), path, vocabulary, progress, mapping);
        if (nodes && looksLikeEdges(other->header(), mapping))
            return build(std::move(table), std::move(other), path, vocabulary, progress, mapping);
    }
    if (edges)
        return build(nullptr, std::move(table), path, vocabulary, progress, mapping);
    return build(std::move(table), nullptr, path, vocabulary, progress, mapping);
}

ImportResult CsvGraphReader::readTables(const QString& nodesPath, const QString& edgesPath,
                                        const RelationKindVocabulary& vocabulary,
                                        ProgressReporter* progress, const CsvColumnMapping& mapping)
{
    if (nodesPath.isEmpty() && edgesPath.isEmpty())
        throw FormatError(
            QString(), 0, 0,
            QStringLiteral("no table given; expected a node table, an edge table or both"));
    auto nodes = nodesPath.isEmpty() ? nullptr : std::make_unique<TableInput>(nodesPath);
    auto edges = edgesPath.isEmpty() ? nullptr : std::make_unique<TableInput>(edgesPath);
    return build(std::move(nodes), std::move(edges), edgesPath.isEmpty() ? nodesPath : edgesPath,
                 vocabulary, progress, mapping);
}

QList<QStringList> CsvGraphReader::head(const QString& path, int rows)
{
    TableInput table(path);
    QStringList names;
    for (qsizetype c = 0; c < table.header().size(); ++c)
        names << headerName(table.header(), c);
    QList<QStringList> out{names};
    Row row;
    while (out.size() <= rows && table.next(row)) {
        QStringList values;
        for (const CsvReader::Field& f : std::as_const(row))
            values << f.text;
        out << values;
    }
    return out;
}

} // namespace entente
