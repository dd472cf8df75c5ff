#pragma once

#include <cstdint>

namespace entente {

class SqliteDatabase;

/**
 * The project file's schema: its version history (one migration per step, applied in a
 * transaction) and the check that a file holds exactly that schema and nothing else.
 *
 * The expected schema of a version is obtained by applying the migrations to an empty
 * in-memory database, so the check can never drift from the migrations themselves.
 */
class ProjectSchema
{
public:
    static constexpr int CurrentVersion = 2;
    /** PRAGMA application_id of every Entente project ("Ente"). */
    static constexpr std::int32_t ApplicationId = 0x456E7465;

    /** Sets up a new, empty file at `version` (older versions: for migration tests). */
    static void initialise(SqliteDatabase& db, int version = CurrentVersion);
    /** Brings a file at `fromVersion` up to `toVersion`, one transaction per step. */
    static void migrate(SqliteDatabase& db, int fromVersion, int toVersion = CurrentVersion);
    /**
     * Refuses a file that is not ours, is newer than this build, or whose schema differs from
     * the one its version promises (extra triggers, views, tables, altered columns).
     * Returns the file's version.
     */
    static int verify(SqliteDatabase& db);

private:
    static void applyStep(SqliteDatabase& db, int toVersion);
};

} // namespace entente
