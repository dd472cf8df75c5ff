#pragma once

#include "importresult.h"

#include <QString>

namespace entente {

class ProgressReporter;
class RelationKindVocabulary;

/**
 * Reads graphs written as JSON: node-link documents (d3, NetworkX: `nodes` and `links` or
 * `edges`, links naming nodes by id or by index) and Cytoscape.js documents (`elements` as an
 * array or as `{nodes, edges}`, `data.id/source/target`, `position`). The whole text is held,
 * so files over MaxBytes are refused; GraphML is the format for larger graphs.
 */
class JsonGraphReader
{
public:
    static constexpr qint64 MaxBytes = 64 * 1024 * 1024;

    static ImportResult read(const QString& path, const RelationKindVocabulary& vocabulary,
                             ProgressReporter* progress = nullptr);
};

} // namespace entente
