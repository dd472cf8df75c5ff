#include "cytoscapejsonwriter.h"

#include "exportoptions.h"
#include "exportstyle.h"
#include "graphfields.h"
#include "graphsnapshot.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace entente {

namespace {

void putText(QJsonObject& data, const QString& key, const QString& value)
{
    if (!value.isEmpty())
        data.insert(key, value);
}

void putList(QJsonObject& data, const QString& key, const QStringList& values)
{
    if (!values.isEmpty())
        data.insert(key, QJsonArray::fromStringList(values));
}

void putAttributes(QJsonObject& data, const QVariantMap& attributes, bool edge)
{
    for (auto it = attributes.cbegin(); it != attributes.cend(); ++it)
        data.insert(GraphFields::exportName(it.key(), edge), QJsonValue::fromVariant(it.value()));
}

} // namespace

void CytoscapeJsonWriter::write(const GraphSnapshot& snapshot, QIODevice& device, const ExportOptions& options)
{
    QJsonArray nodes;
    for (const Entity& e : snapshot.entities) {
        QJsonObject data{{QStringLiteral("id"), e.id},
                         {QStringLiteral("name"), e.name},
                         {QStringLiteral("kind"), entityKindName(e.kind)},
                         {QStringLiteral("color"), ExportStyle::kindColour(e.kind)}};
        putText(data, QStringLiteral("category"), e.category);
        putList(data, QStringLiteral("aliases"), e.aliases);
        putText(data, QStringLiteral("description"), e.description);
        putText(data, QStringLiteral("region"), e.region);
        putText(data, QStringLiteral("country"), e.country);
        putText(data, QStringLiteral("start"), e.existence.start().toString());
        putText(data, QStringLiteral("end"), e.existence.end().toString());
        putList(data, QStringLiteral("sources"), e.sources);
        putAttributes(data, e.attributes, false);
        QJsonObject node{{QStringLiteral("data"), data}};
        if (const auto p = options.positions.constFind(e.id); p != options.positions.cend())
            node.insert(QStringLiteral("position"), QJsonObject{{QStringLiteral("x"), p->x()}, {QStringLiteral("y"), p->y()}});
        nodes << node;
    }
    QJsonArray edges;
    for (const Relation& r : snapshot.relations) {
        const RelationKind* kind = snapshot.vocabulary.find(r.kind);
        QJsonObject data{{QStringLiteral("id"), r.id},
                         {QStringLiteral("source"), r.source},
                         {QStringLiteral("target"), r.target},
                         {QStringLiteral("kind"), r.kind},
                         {QStringLiteral("directed"), kind == nullptr || kind->directed}};
        putText(data, QStringLiteral("start"), r.interval.start().toString());
        putText(data, QStringLiteral("end"), r.interval.end().toString());
        putText(data, QStringLiteral("note"), r.note);
        putList(data, QStringLiteral("sources"), r.sources);
        putAttributes(data, r.attributes, true);
        edges << QJsonObject{{QStringLiteral("data"), data}};
    }
    QJsonObject graphData{{QStringLiteral("generated_by"), QStringLiteral("Entente")}};
    if (!options.title.isEmpty())
        graphData.insert(QStringLiteral("name"), options.title);
    const QJsonObject root{
        {QStringLiteral("format_version"), QStringLiteral("1.0")},
        {QStringLiteral("generated_by"), QStringLiteral("Entente")},
        {QStringLiteral("target_cytoscapejs_version"), QStringLiteral("~3.0")},
        {QStringLiteral("data"), graphData},
        {QStringLiteral("elements"), QJsonObject{{QStringLiteral("nodes"), nodes}, {QStringLiteral("edges"), edges}}},
    };
    device.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
}

} // namespace entente
