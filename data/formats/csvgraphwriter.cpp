#include "csvgraphwriter.h"

#include "attributecolumns.h"
#include "exportoptions.h"
#include "graphsnapshot.h"

#include <QIODevice>
#include <QTextStream>

namespace entente {

namespace {

void row(QTextStream& out, const QStringList& fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString& f : fields)
        quoted << CsvGraphWriter::field(f);
    out << quoted.join(u',') << "\r\n";
}

void attributeFields(QStringList& fields, const QList<AttributeColumns::Column>& columns, const QVariantMap& values)
{
    for (const AttributeColumns::Column& c : columns) {
        const auto it = values.constFind(c.key);
        fields << (it == values.cend() ? QString() : AttributeColumns::text(*it));
    }
}

} // namespace

QString CsvGraphWriter::field(const QString& text, QChar delimiter)
{
    const bool quote = text.contains(delimiter) || text.contains(u'"') || text.contains(u'\n') ||
                       text.contains(u'\r') || text.startsWith(u' ') || text.endsWith(u' ');
    if (!quote)
        return text;
    return u'"' + QString(text).replace(u'"', QStringLiteral("\"\"")) + u'"';
}

void CsvGraphWriter::write(const GraphSnapshot& snapshot, QIODevice& nodes, QIODevice& edges, const ExportOptions&)
{
    const auto nodeColumns = AttributeColumns::of(snapshot.entities);
    QTextStream n(&nodes);
    n.setEncoding(QStringConverter::Utf8);
    QStringList header{QStringLiteral("Id"),          QStringLiteral("Label"),  QStringLiteral("Kind"),
                       QStringLiteral("Category"),    QStringLiteral("Aliases"), QStringLiteral("Description"),
                       QStringLiteral("Region"),      QStringLiteral("Country"), QStringLiteral("Start"),
                       QStringLiteral("End"),         QStringLiteral("Sources")};
    for (const auto& c : nodeColumns)
        header << c.name;
    row(n, header);
    for (const Entity& e : snapshot.entities) {
        QStringList fields{e.id,
                           e.name,
                           entityKindName(e.kind),
                           e.category,
                           e.aliases.join(u'|'),
                           e.description,
                           e.region,
                           e.country,
                           e.existence.start().toString(),
                           e.existence.end().toString(),
                           e.sources.join(u'|')};
        attributeFields(fields, nodeColumns, e.attributes);
        row(n, fields);
    }
    n.flush();

    const auto edgeColumns = AttributeColumns::of(snapshot.relations);
    QTextStream out(&edges);
    out.setEncoding(QStringConverter::Utf8);
    header = {QStringLiteral("Id"),    QStringLiteral("Source"), QStringLiteral("Target"),
              QStringLiteral("Kind"),  QStringLiteral("Type"),   QStringLiteral("Start"),
              QStringLiteral("End"),   QStringLiteral("Note"),   QStringLiteral("Sources")};
    for (const auto& c : edgeColumns)
        header << c.name;
    row(out, header);
    for (const Relation& r : snapshot.relations) {
        const RelationKind* kind = snapshot.vocabulary.find(r.kind);
        QStringList fields{r.id,
                           r.source,
                           r.target,
                           r.kind,
                           kind && !kind->directed ? QStringLiteral("Undirected") : QStringLiteral("Directed"),
                           r.interval.start().toString(),
                           r.interval.end().toString(),
                           r.note,
                           r.sources.join(u'|')};
        attributeFields(fields, edgeColumns, r.attributes);
        row(out, fields);
    }
    out.flush();
}

} // namespace entente
