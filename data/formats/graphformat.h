#pragma once

#include <QString>
#include <QStringView>

#include <cstdint>
#include <optional>

namespace entente {

/**
 * The graph file formats Entente reads and writes (DESIGN.md, `import --format` and
 * `export --format`). Json means node-link or Cytoscape.js JSON on import and Cytoscape.js
 * JSON on export; Dot is Graphviz's language.
 */
enum class GraphFormat : std::uint8_t { Auto, Csv, GraphMl, Gexf, Json, Dot };

/** "auto", "csv", "graphml", "gexf", "json", "dot" — the spelling of the command line. */
QString graphFormatName(GraphFormat format);
std::optional<GraphFormat> graphFormatFromName(QStringView name);
/** The format a file name's extension stands for (".gexf" → Gexf), or Auto when unknown. */
GraphFormat graphFormatForExtension(const QString& path);

} // namespace entente
