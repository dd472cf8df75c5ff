#include "gexfwriter.h"

#include "attributecolumns.h"
#include "exportoptions.h"
#include "exportstyle.h"
#include "graphsnapshot.h"

#include <QDate>
#include <QXmlStreamWriter>

namespace entente {

namespace {

const QString Gexf = QStringLiteral("http://gexf.net/1.3");
const QString Viz = QStringLiteral("http://gexf.net/1.3/viz");

struct Declared
{
    const char* id;
    const char* type;
};

// Entity fields besides the label, and relation fields besides kind and spells.
constexpr Declared NodeFields[] = {{"kind", "string"},    {"category", "string"}, {"aliases", "liststring"},
                                   {"description", "string"}, {"region", "string"}, {"country", "string"},
                                   {"sources", "liststring"}};
constexpr Declared EdgeFields[] = {{"note", "string"}, {"sources", "liststring"}};

void declare(QXmlStreamWriter& xml, const char* cls, const Declared* fixed, qsizetype fixedCount,
             const QList<AttributeColumns::Column>& columns, const QString& prefix)
{
    xml.writeStartElement(QStringLiteral("attributes"));
    xml.writeAttribute(QStringLiteral("class"), QLatin1String(cls));
    xml.writeAttribute(QStringLiteral("mode"), QStringLiteral("static"));
    for (qsizetype i = 0; i < fixedCount; ++i) {
        xml.writeEmptyElement(QStringLiteral("attribute"));
        xml.writeAttribute(QStringLiteral("id"), QLatin1String(fixed[i].id));
        xml.writeAttribute(QStringLiteral("title"), QLatin1String(fixed[i].id));
        xml.writeAttribute(QStringLiteral("type"), QLatin1String(fixed[i].type));
    }
    for (qsizetype i = 0; i < columns.size(); ++i) {
        xml.writeEmptyElement(QStringLiteral("attribute"));
        xml.writeAttribute(QStringLiteral("id"), prefix + QString::number(i));
        xml.writeAttribute(QStringLiteral("title"), columns[i].name);
        xml.writeAttribute(QStringLiteral("type"), AttributeColumns::gexfType(columns[i].type));
    }
    xml.writeEndElement();
}

/** Collects the attvalues of one record and writes them only when there are any. */
class AttValues
{
public:
    void add(const QString& id, const QString& value)
    {
        if (!value.isEmpty())
            m_values << std::pair{id, value};
    }
    void add(const QString& id, const QStringList& list)
    {
        if (!list.isEmpty())
            m_values << std::pair{id, AttributeColumns::gexfList(QVariant(list))};
    }
    void addColumns(const QList<AttributeColumns::Column>& columns, const QVariantMap& values, const QString& prefix)
    {
        for (qsizetype i = 0; i < columns.size(); ++i) {
            const auto it = values.constFind(columns[i].key);
            if (it == values.cend())
                continue;
            const bool list = columns[i].type == AttributeColumns::Type::List;
            m_values << std::pair{prefix + QString::number(i),
                                  list ? AttributeColumns::gexfList(*it) : AttributeColumns::text(*it)};
        }
    }
    void write(QXmlStreamWriter& xml) const
    {
        if (m_values.isEmpty())
            return;
        xml.writeStartElement(QStringLiteral("attvalues"));
        for (const auto& [id, value] : m_values) {
            xml.writeEmptyElement(QStringLiteral("attvalue"));
            xml.writeAttribute(QStringLiteral("for"), id);
            xml.writeAttribute(QStringLiteral("value"), value);
        }
        xml.writeEndElement();
    }

private:
    QList<std::pair<QString, QString>> m_values;
};

void spells(QXmlStreamWriter& xml, const DateInterval& interval)
{
    if (interval.start().isNull() && interval.end().isNull())
        return;
    xml.writeStartElement(QStringLiteral("spells"));
    xml.writeEmptyElement(QStringLiteral("spell"));
    if (!interval.start().isNull())
        xml.writeAttribute(QStringLiteral("start"), interval.start().toString());
    if (!interval.end().isNull())
        xml.writeAttribute(QStringLiteral("end"), interval.end().toString());
    xml.writeEndElement();
}

} // namespace

void GexfWriter::write(const GraphSnapshot& snapshot, QIODevice& device, const ExportOptions& options)
{
    QXmlStreamWriter xml(&device);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(1);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("gexf"));
    xml.writeDefaultNamespace(Gexf);
    xml.writeNamespace(Viz, QStringLiteral("viz"));
    xml.writeNamespace(QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"), QStringLiteral("xsi"));
    xml.writeAttribute(QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"), QStringLiteral("schemaLocation"),
                       QStringLiteral("http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("1.3"));

    xml.writeStartElement(QStringLiteral("meta"));
    xml.writeAttribute(QStringLiteral("lastmodifieddate"), QDate::currentDate().toString(Qt::ISODate));
    xml.writeTextElement(QStringLiteral("creator"), QStringLiteral("Entente"));
    if (!options.title.isEmpty())
        xml.writeTextElement(QStringLiteral("description"), options.title);
    xml.writeEndElement();

    xml.writeStartElement(QStringLiteral("graph"));
    xml.writeAttribute(QStringLiteral("defaultedgetype"), QStringLiteral("directed"));
    xml.writeAttribute(QStringLiteral("mode"), QStringLiteral("dynamic"));
    xml.writeAttribute(QStringLiteral("timeformat"), QStringLiteral("date"));

    const auto nodeColumns = AttributeColumns::of(snapshot.entities);
    const auto edgeColumns = AttributeColumns::of(snapshot.relations);
    declare(xml, "node", NodeFields, std::size(NodeFields), nodeColumns, QStringLiteral("a"));
    declare(xml, "edge", EdgeFields, std::size(EdgeFields), edgeColumns, QStringLiteral("a"));

    xml.writeStartElement(QStringLiteral("nodes"));
    for (const Entity& e : snapshot.entities) {
        xml.writeStartElement(QStringLiteral("node"));
        xml.writeAttribute(QStringLiteral("id"), e.id);
        xml.writeAttribute(QStringLiteral("label"), e.name);
        AttValues values;
        values.add(QStringLiteral("kind"), entityKindName(e.kind));
        values.add(QStringLiteral("category"), e.category);
        values.add(QStringLiteral("aliases"), e.aliases);
        values.add(QStringLiteral("description"), e.description);
        values.add(QStringLiteral("region"), e.region);
        values.add(QStringLiteral("country"), e.country);
        values.add(QStringLiteral("sources"), e.sources);
        values.addColumns(nodeColumns, e.attributes, QStringLiteral("a"));
        values.write(xml);
        spells(xml, e.existence);
        const QString colour = ExportStyle::kindColour(e.kind);
        xml.writeEmptyElement(Viz, QStringLiteral("color"));
        xml.writeAttribute(QStringLiteral("r"), QString::number(colour.mid(1, 2).toInt(nullptr, 16)));
        xml.writeAttribute(QStringLiteral("g"), QString::number(colour.mid(3, 2).toInt(nullptr, 16)));
        xml.writeAttribute(QStringLiteral("b"), QString::number(colour.mid(5, 2).toInt(nullptr, 16)));
        if (const auto p = options.positions.constFind(e.id); p != options.positions.cend()) {
            xml.writeEmptyElement(Viz, QStringLiteral("position"));
            xml.writeAttribute(QStringLiteral("x"), QString::number(p->x(), 'g', 10));
            xml.writeAttribute(QStringLiteral("y"), QString::number(p->y(), 'g', 10));
            xml.writeAttribute(QStringLiteral("z"), QStringLiteral("0"));
        }
        xml.writeEndElement();
    }
    xml.writeEndElement(); // nodes

    xml.writeStartElement(QStringLiteral("edges"));
    for (const Relation& r : snapshot.relations) {
        xml.writeStartElement(QStringLiteral("edge"));
        xml.writeAttribute(QStringLiteral("id"), r.id);
        xml.writeAttribute(QStringLiteral("source"), r.source);
        xml.writeAttribute(QStringLiteral("target"), r.target);
        xml.writeAttribute(QStringLiteral("kind"), r.kind);
        if (const RelationKind* k = snapshot.vocabulary.find(r.kind); k && !k->directed)
            xml.writeAttribute(QStringLiteral("type"), QStringLiteral("undirected"));
        AttValues values;
        values.add(QStringLiteral("note"), r.note);
        values.add(QStringLiteral("sources"), r.sources);
        values.addColumns(edgeColumns, r.attributes, QStringLiteral("a"));
        values.write(xml);
        spells(xml, r.interval);
        xml.writeEndElement();
    }
    xml.writeEndElement(); // edges
    xml.writeEndElement(); // graph
    xml.writeEndElement(); // gexf
    xml.writeEndDocument();
}

} // namespace entente
