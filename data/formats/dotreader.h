#pragma once

#include "importresult.h"

#include <QString>

namespace entente {

class ProgressReporter;
class RelationKindVocabulary;

/**
 * Reads Graphviz DOT (the language, not a layout): graph and digraph, node and edge
 * statements with attribute lists, edge chains (a -> b -> c) and subgraphs as edge ends,
 * default attributes scoped to subgraphs, quoted, numeral, HTML and concatenated ids, ports,
 * and the three kinds of comment. Drawing attributes stay attributes; `label` names a node.
 * Files are read whole, so files over MaxBytes are refused.
 */
class DotReader
{
public:
    static constexpr qint64 MaxBytes = 64 * 1024 * 1024;

    static ImportResult read(const QString& path, const RelationKindVocabulary& vocabulary,
                             ProgressReporter* progress = nullptr);
};

} // namespace entente
