#include "graphformat.h"

#include <QFileInfo>

namespace entente {

QString graphFormatName(GraphFormat format)
{
    switch (format) {
    case GraphFormat::Auto:
        return QStringLiteral("auto");
    case GraphFormat::Csv:
        return QStringLiteral("csv");
    case GraphFormat::GraphMl:
        return QStringLiteral("graphml");
    case GraphFormat::Gexf:
        return QStringLiteral("gexf");
    case GraphFormat::Json:
        return QStringLiteral("json");
    case GraphFormat::Dot:
        break;
    }
    return QStringLiteral("dot");
}

std::optional<GraphFormat> graphFormatFromName(QStringView name)
{
    for (GraphFormat f : {GraphFormat::Auto, GraphFormat::Csv, GraphFormat::GraphMl, GraphFormat::Gexf,
                          GraphFormat::Json, GraphFormat::Dot})
        if (name.compare(graphFormatName(f), Qt::CaseInsensitive) == 0)
            return f;
    // Names people type for the same formats.
    if (name.compare(u"cyjs", Qt::CaseInsensitive) == 0 || name.compare(u"cytoscape", Qt::CaseInsensitive) == 0)
        return GraphFormat::Json;
    if (name.compare(u"gv", Qt::CaseInsensitive) == 0 || name.compare(u"graphviz", Qt::CaseInsensitive) == 0)
        return GraphFormat::Dot;
    if (name.compare(u"tsv", Qt::CaseInsensitive) == 0)
        return GraphFormat::Csv;
    return std::nullopt;
}

GraphFormat graphFormatForExtension(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv") || suffix == QLatin1String("tsv") || suffix == QLatin1String("tab"))
        return GraphFormat::Csv;
    if (suffix == QLatin1String("graphml"))
        return GraphFormat::GraphMl;
    if (suffix == QLatin1String("gexf"))
        return GraphFormat::Gexf;
    if (suffix == QLatin1String("json") || suffix == QLatin1String("cyjs"))
        return GraphFormat::Json;
    if (suffix == QLatin1String("dot") || suffix == QLatin1String("gv"))
        return GraphFormat::Dot;
    return GraphFormat::Auto;
}

} // namespace entente
