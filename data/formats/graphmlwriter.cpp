#include "graphmlwriter.h"

#include "attributecolumns.h"
#include "exportoptions.h"
#include "graphsnapshot.h"

#include <QXmlStreamWriter>

namespace entente {

namespace {

struct FixedKey
{
    const char* id;
    const char* name;
};

// Entity and relation fields, under the names GraphFields maps back to them.
constexpr FixedKey NodeKeys[] = {{"n_label", "label"},        {"n_kind", "kind"},       {"n_category", "category"},
                                 {"n_aliases", "aliases"},    {"n_description", "description"},
                                 {"n_region", "region"},      {"n_country", "country"}, {"n_start", "start"},
                                 {"n_end", "end"},            {"n_sources", "sources"}};
constexpr FixedKey EdgeKeys[] = {{"e_kind", "kind"}, {"e_start", "start"}, {"e_end", "end"},
                                 {"e_note", "note"}, {"e_sources", "sources"}};

void key(QXmlStreamWriter& xml, const QString& id, const char* domain, const QString& name, const QString& type)
{
    xml.writeEmptyElement(QStringLiteral("key"));
    xml.writeAttribute(QStringLiteral("id"), id);
    xml.writeAttribute(QStringLiteral("for"), QLatin1String(domain));
    xml.writeAttribute(QStringLiteral("attr.name"), name);
    xml.writeAttribute(QStringLiteral("attr.type"), type);
}

void data(QXmlStreamWriter& xml, const QString& key, const QString& value)
{
    if (value.isEmpty())
        return;
    xml.writeStartElement(QStringLiteral("data"));
    xml.writeAttribute(QStringLiteral("key"), key);
    xml.writeCharacters(value);
    xml.writeEndElement();
}

void attributes(QXmlStreamWriter& xml, const QList<AttributeColumns::Column>& columns, const QVariantMap& values,
                const QString& prefix)
{
    for (qsizetype i = 0; i < columns.size(); ++i) {
        const auto it = values.constFind(columns[i].key);
        if (it == values.cend())
            continue;
        xml.writeStartElement(QStringLiteral("data"));
        xml.writeAttribute(QStringLiteral("key"), prefix + QString::number(i));
        xml.writeCharacters(AttributeColumns::text(*it));
        xml.writeEndElement();
    }
}

} // namespace

void GraphmlWriter::write(const GraphSnapshot& snapshot, QIODevice& device, const ExportOptions& options)
{
    QXmlStreamWriter xml(&device);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(1);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("graphml"));
    xml.writeDefaultNamespace(QStringLiteral("http://graphml.graphdrawing.org/xmlns"));
    xml.writeNamespace(QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"), QStringLiteral("xsi"));
    xml.writeAttribute(QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"), QStringLiteral("schemaLocation"),
                       QStringLiteral("http://graphml.graphdrawing.org/xmlns "
                                      "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"));
    xml.writeComment(QStringLiteral(" Written by Entente "));

    const auto nodeColumns = AttributeColumns::of(snapshot.entities);
    const auto edgeColumns = AttributeColumns::of(snapshot.relations);
    for (const FixedKey& k : NodeKeys)
        key(xml, QLatin1String(k.id), "node", QLatin1String(k.name), QStringLiteral("string"));
    for (qsizetype i = 0; i < nodeColumns.size(); ++i)
        key(xml, QStringLiteral("na%1").arg(i), "node", nodeColumns[i].name,
            AttributeColumns::graphmlType(nodeColumns[i].type));
    for (const FixedKey& k : EdgeKeys)
        key(xml, QLatin1String(k.id), "edge", QLatin1String(k.name), QStringLiteral("string"));
    for (qsizetype i = 0; i < edgeColumns.size(); ++i)
        key(xml, QStringLiteral("ea%1").arg(i), "edge", edgeColumns[i].name,
            AttributeColumns::graphmlType(edgeColumns[i].type));

    xml.writeStartElement(QStringLiteral("graph"));
    xml.writeAttribute(QStringLiteral("id"), QStringLiteral("G"));
    xml.writeAttribute(QStringLiteral("edgedefault"), QStringLiteral("directed"));
    // An id must be a single token; a title with spaces belongs in <desc>.
    if (!options.title.isEmpty())
        xml.writeTextElement(QStringLiteral("desc"), options.title);
    for (const Entity& e : snapshot.entities) {
        xml.writeStartElement(QStringLiteral("node"));
        xml.writeAttribute(QStringLiteral("id"), e.id);
        data(xml, QStringLiteral("n_label"), e.name);
        data(xml, QStringLiteral("n_kind"), entityKindName(e.kind));
        data(xml, QStringLiteral("n_category"), e.category);
        data(xml, QStringLiteral("n_aliases"), e.aliases.join(u'|'));
        data(xml, QStringLiteral("n_description"), e.description);
        data(xml, QStringLiteral("n_region"), e.region);
        data(xml, QStringLiteral("n_country"), e.country);
        data(xml, QStringLiteral("n_start"), e.existence.start().toString());
        data(xml, QStringLiteral("n_end"), e.existence.end().toString());
        data(xml, QStringLiteral("n_sources"), e.sources.join(u'|'));
        attributes(xml, nodeColumns, e.attributes, QStringLiteral("na"));
        xml.writeEndElement();
    }
    for (const Relation& r : snapshot.relations) {
        xml.writeStartElement(QStringLiteral("edge"));
        xml.writeAttribute(QStringLiteral("id"), r.id);
        xml.writeAttribute(QStringLiteral("source"), r.source);
        xml.writeAttribute(QStringLiteral("target"), r.target);
        if (const RelationKind* k = snapshot.vocabulary.find(r.kind); k && !k->directed)
            xml.writeAttribute(QStringLiteral("directed"), QStringLiteral("false"));
        data(xml, QStringLiteral("e_kind"), r.kind);
        data(xml, QStringLiteral("e_start"), r.interval.start().toString());
        data(xml, QStringLiteral("e_end"), r.interval.end().toString());
        data(xml, QStringLiteral("e_note"), r.note);
        data(xml, QStringLiteral("e_sources"), r.sources.join(u'|'));
        attributes(xml, edgeColumns, r.attributes, QStringLiteral("ea"));
        xml.writeEndElement();
    }
    xml.writeEndElement(); // graph
    xml.writeEndElement(); // graphml
    xml.writeEndDocument();
}

} // namespace entente
