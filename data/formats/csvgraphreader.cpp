#include "csvgraphreader.h"

#include "core/progressreporter.h"
#include "csvreader.h"
#include "formaterror.h"
#include "graphfields.h"
#include "importbuilder.h"
#include "importcancelled.h"
#include "valueparser.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <optional>

namespace entente {

namespace {

using Field = GraphFields::Field;
using Table = CsvReader::Table;

enum class Role { Nodes, Edges, Unknown };

QString headerName(const Table& table, qsizetype column)
{
    const QString name = table.header.at(column).text.trimmed();
    return name.isEmpty() ? QStringLiteral("column %1").arg(column + 1) : name;
}

int firstColumn(const Table& table, Field wanted, bool edge)
{
    for (qsizetype c = 0; c < table.header.size(); ++c) {
        const QString& name = table.header.at(c).text;
        if ((edge ? GraphFields::edgeField(name) : GraphFields::nodeField(name)) == wanted)
            return static_cast<int>(c);
    }
    return -1;
}

Role roleOf(const Table& table)
{
    if (firstColumn(table, Field::Source, true) >= 0 && firstColumn(table, Field::Target, true) >= 0)
        return Role::Edges;
    if (firstColumn(table, Field::Id, false) >= 0 || firstColumn(table, Field::Name, false) >= 0)
        return Role::Nodes;
    return Role::Unknown;
}

QString headerList(const Table& table)
{
    QStringList names;
    for (qsizetype c = 0; c < table.header.size(); ++c)
        names << headerName(table, c);
    return names.join(QStringLiteral(", "));
}

Table load(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw FormatError(path, 0, 0, QStringLiteral("cannot read the file: %1").arg(f.errorString()));
    if (f.size() > CsvGraphReader::MaxBytes)
        throw FormatError(path, 0, 0, QStringLiteral("the file is %1 MiB; CSV tables are read whole and limited to "
                                                     "%2 MiB (use GraphML, which is streamed)")
                                          .arg(f.size() / (1024 * 1024))
                                          .arg(CsvGraphReader::MaxBytes / (1024 * 1024)));
    const QByteArray bytes = f.readAll();
    QByteArray content = bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes;
    if (content.trimmed().isEmpty())
        throw FormatError(path, 1, 1, QStringLiteral("the file is empty; expected a header row (Source,Target,… "
                                                     "for edges or Id,Label,… for nodes)"));
    const QString suffix = QFileInfo(path).suffix().toLower();
    const QChar delimiter = suffix == QLatin1String("tsv") || suffix == QLatin1String("tab")
                                ? QChar(u'\t')
                                : CsvGraphReader::sniffDelimiter(bytes);
    return CsvReader::read(bytes, path, delimiter);
}

/** Values of fields that are text by nature stay text; other columns are typed by their look. */
QVariant cellValue(const QString& text, Field field)
{
    switch (field) {
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

/** Day-first or month-first, as the first slash date that can only be one of them shows. */
ValueParser::SlashOrder slashOrder(const Table* table, bool edge)
{
    if (!table)
        return ValueParser::SlashOrder::Unknown;
    QList<qsizetype> dateColumns;
    for (qsizetype c = 0; c < table->header.size(); ++c) {
        const Field f = edge ? GraphFields::edgeField(table->header.at(c).text)
                             : GraphFields::nodeField(table->header.at(c).text);
        if (f == Field::Start || f == Field::End)
            dateColumns << c;
    }
    for (const CsvReader::Row& row : table->rows)
        for (qsizetype c : dateColumns)
            if (const auto order = ValueParser::slashOrderOf(row.at(c).text); order != ValueParser::SlashOrder::Unknown)
                return order;
    return ValueParser::SlashOrder::Unknown;
}

void checkCancel(ProgressReporter* progress, qsizetype done, qsizetype total)
{
    if ((done & 0xffff) == 0 && !reportProgress(progress, done, total))
        throw ImportCancelled();
}

/** Builds the graph of a node table, an edge table or both; `named` is the file the user chose,
 *  which the import's source is named after. */
ImportResult build(const Table* nodes, const Table* edges, const QString& named,
                   const RelationKindVocabulary& vocabulary, ProgressReporter* progress)
{
    if (nodes && roleOf(*nodes) != Role::Nodes)
        throw FormatError(nodes->file, 1, 1, QStringLiteral("expected a node table with an Id or Label column, or "
                                                            "an edge list with Source and Target columns; found "
                                                            "columns: %1")
                                                 .arg(headerList(*nodes)));
    if (edges && roleOf(*edges) != Role::Edges)
        throw FormatError(edges->file, 1, 1, QStringLiteral("expected an edge table with Source and Target (or From "
                                                            "and To) columns; found columns: %1")
                                                 .arg(headerList(*edges)));
    ImportBuilder builder(named, vocabulary);
    auto order = slashOrder(nodes, false);
    if (order == ValueParser::SlashOrder::Unknown)
        order = slashOrder(edges, true);
    builder.setSlashOrder(order);
    const qsizetype total = (nodes ? nodes->rows.size() : 0) + (edges ? edges->rows.size() : 0);
    qsizetype done = 0;

    if (nodes) {
        const int idColumn = firstColumn(*nodes, Field::Id, false);
        int keyColumn = idColumn;
        if (keyColumn < 0) {
            // No id column: the best name column is the id, as in Kumu's element sheets.
            int best = 99;
            for (qsizetype c = 0; c < nodes->header.size(); ++c) {
                const QString& name = nodes->header.at(c).text;
                if (GraphFields::nodeField(name) == Field::Name && GraphFields::namePriority(name) < best) {
                    best = GraphFields::namePriority(name);
                    keyColumn = static_cast<int>(c);
                }
            }
        }
        for (const CsvReader::Row& row : nodes->rows) {
            checkCancel(progress, ++done, total);
            const CsvReader::Field& key = row.at(keyColumn);
            ImportBuilder::Node node;
            node.at = {nodes->file, key.line, key.column};
            node.id = key.text.trimmed();
            if (node.id.isEmpty()) {
                builder.skip(node.at, QStringLiteral("a row without an id"));
                continue;
            }
            for (qsizetype c = 0; c < row.size(); ++c) {
                if (c == idColumn || row.at(c).text.trimmed().isEmpty())
                    continue;
                const QString name = headerName(*nodes, c);
                node.attributes.insert(name, cellValue(row.at(c).text, GraphFields::nodeField(name)));
            }
            builder.addNode(node);
        }
    }

    if (edges) {
        const int sourceColumn = firstColumn(*edges, Field::Source, true);
        const int targetColumn = firstColumn(*edges, Field::Target, true);
        const int idColumn = firstColumn(*edges, Field::Id, true);
        builder.setImplicitNodes(nodes == nullptr);
        for (const CsvReader::Row& row : edges->rows) {
            checkCancel(progress, ++done, total);
            const CsvReader::Field& source = row.at(sourceColumn);
            const CsvReader::Field& target = row.at(targetColumn);
            ImportBuilder::Edge edge;
            edge.at = {edges->file, row.first().line, row.first().column};
            edge.source = source.text.trimmed();
            edge.target = target.text.trimmed();
            if (edge.source.isEmpty() || edge.target.isEmpty()) {
                builder.skip(edge.at, QStringLiteral("a row without a %1")
                                          .arg(edge.source.isEmpty() ? QStringLiteral("source") : QStringLiteral("target")));
                continue;
            }
            edge.sourceAt = {edges->file, source.line, source.column};
            edge.targetAt = {edges->file, target.line, target.column};
            if (idColumn >= 0)
                edge.id = row.at(idColumn).text.trimmed();
            for (qsizetype c = 0; c < row.size(); ++c) {
                if (c == sourceColumn || c == targetColumn || c == idColumn || row.at(c).text.trimmed().isEmpty())
                    continue;
                const QString name = headerName(*edges, c);
                edge.attributes.insert(name, cellValue(row.at(c).text, GraphFields::edgeField(name)));
            }
            builder.addEdge(std::move(edge));
        }
    }
    ImportResult result = builder.finish();
    reportProgress(progress, total, total);
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
    if (!prefix.isEmpty() && !prefix.endsWith(u'-') && !prefix.endsWith(u'_') && !prefix.endsWith(u'.') &&
        !prefix.endsWith(u' '))
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
                                  ProgressReporter* progress)
{
    const Table table = load(path);
    const Role role = roleOf(table);
    const QString partner = partnerTable(path);
    if (!partner.isEmpty() && role != Role::Unknown) {
        const Table other = load(partner);
        const Role otherRole = roleOf(other);
        if (role == Role::Edges && otherRole == Role::Nodes)
            return build(&other, &table, path, vocabulary, progress);
        if (role == Role::Nodes && otherRole == Role::Edges)
            return build(&table, &other, path, vocabulary, progress);
    }
    if (role == Role::Edges)
        return build(nullptr, &table, path, vocabulary, progress);
    return build(&table, nullptr, path, vocabulary, progress);
}

ImportResult CsvGraphReader::readTables(const QString& nodesPath, const QString& edgesPath,
                                        const RelationKindVocabulary& vocabulary, ProgressReporter* progress)
{
    std::optional<Table> nodes;
    std::optional<Table> edges;
    if (!nodesPath.isEmpty())
        nodes = load(nodesPath);
    if (!edgesPath.isEmpty())
        edges = load(edgesPath);
    if (!nodes && !edges)
        throw FormatError(QString(), 0, 0, QStringLiteral("no table given; expected a node table, an edge table or both"));
    return build(nodes ? &*nodes : nullptr, edges ? &*edges : nullptr, edges ? edgesPath : nodesPath, vocabulary,
                 progress);
}

} // namespace entente
