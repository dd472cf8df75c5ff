#pragma once

#include <QString>

class QIODevice;

namespace entente {

struct ExportOptions;
struct GraphSnapshot;

/**
 * Writes Graphviz DOT for diagrams made outside Entente: one digraph with quoted ids, names as
 * labels, nodes filled by entity kind, edges labelled and coloured by relation kind (undirected
 * kinds without arrowheads), and every field and attribute as a DOT attribute so nothing is
 * lost. Positions from the view become `pos` (for `neato -n`).
 */
class DotWriter
{
public:
    static void write(const GraphSnapshot& snapshot, QIODevice& device, const ExportOptions& options);
    /** A DOT double-quoted string: quotes and backslashes escaped, line breaks as \n. */
    static QString quoted(const QString& text);
};

} // namespace entente
