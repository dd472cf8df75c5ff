#pragma once

#include "importresult.h"
#include "importsummary.h"

namespace entente {

class ProjectStore;

/**
 * Writes an import into a project as one transaction, merging by id: a record the project
 * already has keeps every field the file did not give (ImportResult::entityFields), gains the
 * file's attributes and sources, and counts as updated. Relation kinds and sources the project
 * already has are never replaced. A failure (StoreError) leaves the project as it was.
 */
class ImportMerger
{
public:
    /** Overlays `result` onto the project's records and writes it; returns the summary. */
    static ImportSummary merge(ProjectStore& store, const ImportResult& result);
    /** The batch merge() would write: the import overlaid onto the existing records. */
    static WriteBatch overlay(ProjectStore& store, const ImportResult& result);
};

} // namespace entente
