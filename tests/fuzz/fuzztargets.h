#pragma once

// The body of every fuzz target, shared by the libFuzzer mains (fuzz_*.cpp) and by
// tests/data/tst_fuzzregressions.cpp, which replays the seeds and every input that once crashed
// through exactly the same code in the ordinary test run.

#include "core/partialdate.h"
#include "core/relationkindvocabulary.h"
#include "formats/formaterror.h"
#include "formats/graphformat.h"
#include "formats/graphimporter.h"
#include "formats/importresult.h"
#include "query/searchquery.h"
#include "store/sqliteprojectstore.h"
#include "store/storeerror.h"
#include "store/writebatch.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <map>
#include <memory>
#include <unistd.h>

namespace entente::fuzz {

/**
 * Owns the scratch folder of one fuzzer process. The readers take a path — as the app and the
 * CLI call them — so each input is written to a file there and read through GraphImporter,
 * the one entry point the app uses. The folder lives in memory (/dev/shm) when it can, since a
 * fuzzer writes it tens of thousands of times a second.
 */
class ScratchFiles
{
public:
    static ScratchFiles& instance()
    {
        static ScratchFiles files;
        return files;
    }

    /** Writes `bytes` to `name` in the scratch folder and returns its path. */
    QString write(const QString& name, const uint8_t* data, size_t size)
    {
        const QString path = m_dir + u'/' + name;
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            std::abort(); // the harness itself is broken; not a finding about the reader
        f.write(reinterpret_cast<const char*>(data), static_cast<qint64>(size));
        return path;
    }

private:
    ScratchFiles()
    {
        const QString base = QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm")
                                                                       : QDir::tempPath();
        m_dir = base + QStringLiteral("/entente-fuzz-%1").arg(::getpid());
        QDir().mkpath(m_dir);
    }
    ~ScratchFiles() { QDir(m_dir).removeRecursively(); }

    QString m_dir;
};

/** A project's vocabulary with a few known kinds, so inputs can both reuse and add kinds. */
inline const RelationKindVocabulary& projectVocabulary()
{
    static const RelationKindVocabulary vocabulary = [] {
        RelationKindVocabulary v;
        for (const char* id : {"member_of", "party_to", "brokered", "allied_with"})
            v.add(RelationKindVocabulary::makeGeneric(QString::fromLatin1(id)));
        return v;
    }();
    return vocabulary;
}

/**
 * Reads one input as `format` through GraphImporter. A FormatError is the expected answer to bad
 * input (it must name a place, checked here); anything else escaping — another exception, a
 * crash, a sanitizer report — is a finding.
 */
inline void importBytes(const uint8_t* data, size_t size, const QString& fileName,
                        GraphFormat format)
{
    const QString path = ScratchFiles::instance().write(fileName, data, size);
    try {
        const ImportResult result = GraphImporter::read(path, projectVocabulary(), format);
        (void)result;
    } catch (const FormatError& e) {
        if (e.message().isEmpty())
            std::abort(); // a refusal must say what was expected
    }
}

/** A node table and an edge table read together (Gephi's data laboratory export). */
inline void csvTables(const uint8_t* data, size_t size)
{
    // One input holds both tables, split at the first form feed (a byte CSV never needs), so
    // the fuzzer mutates the pair together and can make ids in one refer to the other.
    const auto* split = static_cast<const uint8_t*>(std::memchr(data, '\f', size));
    const size_t nodesSize = split ? size_t(split - data) : size;
    auto& files = ScratchFiles::instance();
    const QString nodes = files.write(QStringLiteral("nodes.csv"), data, nodesSize);
    const QString edges =
        split ? files.write(QStringLiteral("edges.csv"), split + 1, size - nodesSize - 1)
              : QString();
    try {
        const ImportResult result = GraphImporter::readCsvTables(nodes, edges, projectVocabulary());
        (void)result;
    } catch (const FormatError& e) {
        if (e.message().isEmpty())
            std::abort();
    }
}

/** PartialDate::parse; besides crashes it checks the parser's promises, so a wrong answer is a
 * finding. */
inline void partialDate(const uint8_t* data, size_t size)
{
    const QString text =
        QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    QString error;
    const std::optional<PartialDate> d = PartialDate::parse(text, &error);
    if (!d) {
        if (error.isEmpty())
            std::abort(); // a refusal names what was wrong
        return;
    }
    if (d->isNull())
        return;
    // A parsed date prints back to text that parses to the same date, packs losslessly, and
    // stands for a non-empty range of real calendar days.
    const std::optional<PartialDate> again = PartialDate::parse(d->toString());
    if (!again || *again != *d)
        std::abort();
    if (PartialDate::fromPacked(d->packed()) != *d)
        std::abort();
    if (!d->firstDay().isValid() || !d->lastDay().isValid() || d->firstDay() > d->lastDay())
        std::abort();
    if (PartialDate::compareCoarse(*d, *d) != std::strong_ordering::equal)
        std::abort();
}

/** A small in-memory project, made once per fuzzer process, for the queries to run against. */
inline SqliteProjectStore& searchProject()
{
    static std::unique_ptr<SqliteProjectStore> store = [] {
        auto s = SqliteProjectStore::create(QStringLiteral(":memory:"));
        WriteBatch b;
        Entity nato;
        nato.id = QStringLiteral("org:nato");
        nato.kind = EntityKind::Organisation;
        nato.name = QStringLiteral("North Atlantic Treaty Organization");
        nato.aliases = {QStringLiteral("NATO"), QStringLiteral("OTAN")};
        nato.description = QStringLiteral("A defence alliance — « l'Alliance ».");
        Entity tur;
        tur.id = QStringLiteral("state:TUR");
        tur.name = QStringLiteral("Türkiye");
        tur.aliases = {QStringLiteral("Turkey")};
        b.entities << nato << tur;
        s->write(b);
        return s;
    }();
    return *store;
}

/**
 * SearchQuery::parse and the store's full-text search it feeds. The parser promises that no
 * input can break the store's query, so any StoreError is a finding.
 */
inline void searchQuery(const uint8_t* data, size_t size)
{
    const QString text =
        QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const SearchQuery query = SearchQuery::parse(text);
    for (const SearchQuery::Term& t : query.terms()) {
        if (t.text.isEmpty() || t.text.contains(u'"') || t.text.trimmed() != t.text)
            std::abort();
    }
    try {
        (void)searchProject().search(query, QString(), 20);
        (void)searchProject().search(query, QStringLiteral("organisation"), 5);
    } catch (const StoreError&) {
        std::abort();
    }
}

using Target = std::function<void(const uint8_t*, size_t)>;

/** Every target by its name (the fuzzer's and its corpus folder's). */
inline const std::map<QString, Target>& targets()
{
    // An importer target writes the input under the name a user's file would have and reads it
    // as the app does: by content (Auto) where that is how the format is told apart.
    auto import = [](const char* fileName, GraphFormat format) -> Target {
        return [name = QString::fromLatin1(fileName), format](const uint8_t* data, size_t size) {
            importBytes(data, size, name, format);
        };
    };
    static const std::map<QString, Target> all{
        {QStringLiteral("fuzz_graphml"), import("graph.graphml", GraphFormat::GraphMl)},
        {QStringLiteral("fuzz_gexf"), import("graph.gexf", GraphFormat::Gexf)},
        {QStringLiteral("fuzz_dot"), import("graph.gv", GraphFormat::Dot)},
        // One sheet: a Kumu-style From-To edge list, or one node or edge table.
        {QStringLiteral("fuzz_csv_sheet"), import("sheet.csv", GraphFormat::Csv)},
        // Node-link JSON (NetworkX, D3), told from its content.
        {QStringLiteral("fuzz_json_nodelink"), import("graph.json", GraphFormat::Auto)},
        // Cytoscape.js JSON (elements arrays, Cytoscape desktop), named as Cytoscape names it.
        {QStringLiteral("fuzz_json_cytoscape"), import("network.cyjs", GraphFormat::Json)},
        {QStringLiteral("fuzz_csv_tables"), csvTables},
        {QStringLiteral("fuzz_partialdate"), partialDate},
        {QStringLiteral("fuzz_searchquery"), searchQuery},
    };
    return all;
}

/** The target called `name`; a libFuzzer main looks it up once. */
inline const Target& target(const char* name)
{
    return targets().at(QString::fromLatin1(name));
}

} // namespace entente::fuzz
