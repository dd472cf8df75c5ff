#pragma once

#include "importresult.h"

#include <QString>

namespace entente {

class ProgressReporter;
class RelationKindVocabulary;

/**
 * Reads GEXF 1.1, 1.2 and 1.3 (Gephi's format), streamed: typed attributes with defaults,
 * static and dynamic graphs (start/end attributes, spells and timestamps become intervals),
 * list attributes, nested nodes, and `viz:color` / `viz:position` as layout hints.
 */
class GexfReader
{
public:
    static ImportResult read(const QString& path, const RelationKindVocabulary& vocabulary,
                             ProgressReporter* progress = nullptr);
};

} // namespace entente
