#pragma once

#include <QString>
#include <QStringList>
#include <cstdint>

namespace entente {

class ProgressReporter;

/**
 * Deterministic synthetic projects for benchmarks: power-law degrees (targets drawn with a
 * Zipf-like bias), communities (most ties stay inside one), a realistic mix of entity kinds
 * and relation kinds, and intervals spread over 1815–2025. Same seed, same file.
 */
class SyntheticGraph
{
public:
    struct Scale
    {
        QString name;
        std::int64_t entities;
        std::int64_t relations;
    };
    /** S, M or L; S is sized like the default dataset. Returns false for an unknown name. */
    static bool scaleFor(const QString& name, Scale* out);

    /** Writes a new project (refuses to overwrite), in chunks of one transaction each. */
    static void writeProject(const QString& path, const Scale& scale, std::uint64_t seed,
                             ProgressReporter* progress = nullptr);
    /**
     * Writes the same graph as another tool would get it: `.graphml`, or `.csv` (a node table
     * and an edge table, `X-nodes.csv` and `X-edges.csv`). It is built as a project in a
     * temporary folder and exported with the project's own writers, so the file and the
     * project hold exactly the same records. Returns the files written.
     */
    static QStringList writeFile(const QString& path, const Scale& scale, std::uint64_t seed);
};

} // namespace entente
