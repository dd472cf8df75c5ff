#include "syntheticgraph.h"

#include "core/progressreporter.h"
#include "formats/graphexporter.h"
#include "store/sqliteprojectstore.h"
#include "store/storeerror.h"

#include <QFileInfo>
#include <QTemporaryDir>

#include <cmath>
#include <random>

namespace entente {

bool SyntheticGraph::scaleFor(const QString& name, Scale* out)
{
    if (name == QLatin1String("S"))
        *out = {name, 1000, 4000};
    else if (name == QLatin1String("M"))
        *out = {name, 100000, 1000000};
    else if (name == QLatin1String("L"))
        *out = {name, 1000000, 10000000};
    else
        return false;
    return true;
}

namespace {

RelationKind kind(const char* id, const char* label, const char* inverse, bool directed,
                  QList<EntityKind> from, QList<EntityKind> to, const char* colour)
{
    return RelationKind{id, label, inverse, directed, from, to, colour};
}

} // namespace

void SyntheticGraph::writeProject(const QString& path, const Scale& scale, std::uint64_t seed,
                                  ProgressReporter* progress)
{
    using K = EntityKind;
    auto store = SqliteProjectStore::create(path);
    std::mt19937_64 rng(seed);
    const std::int64_t n = scale.entities;
    const std::int64_t communities = std::max<std::int64_t>(4, n / 250);

    WriteBatch head;
    head.relationKinds << kind("member_of", "member of", "has member", true, {K::Actor, K::Organisation}, {K::Organisation}, "#0072B2")
                       << kind("party_to", "party to", "has party", true, {K::Actor, K::Organisation}, {K::Treaty}, "#009E73")
                       << kind("cooperates_with", "cooperates with", "cooperates with", false, {K::Actor}, {K::Actor}, "#882255")
                       << kind("uses", "uses", "used by", true, {K::Organisation, K::Treaty}, {K::Mechanism}, "#56B4E9");
    head.sources << Source{"synthetic", "Synthetic benchmark graph", "Entente", "", QString::number(seed), ""};
    store->write(head);

    // Kinds by position: 70% actors, 15% organisations, 10% treaties, 5% mechanisms.
    auto kindOf = [n](std::int64_t i) {
        const std::int64_t p = i * 100 / n;
        return p < 70 ? K::Actor : p < 85 ? K::Organisation : p < 95 ? K::Treaty : K::Mechanism;
    };
    static const char* const categories[] = {"state", "party", "igo", "alliance", "multilateral", "mediation"};
    const std::int64_t chunk = 50000;
    const std::int64_t total = n + scale.relations;
    for (std::int64_t start = 0; start < n; start += chunk) {
        WriteBatch b;
        for (std::int64_t i = start; i < std::min(n, start + chunk); ++i) {
            Entity e;
            e.id = QStringLiteral("syn:%1").arg(i);
            e.kind = kindOf(i);
            e.category = QString::fromLatin1(categories[i % 6]);
            e.name = QStringLiteral("%1 %2").arg(entityKindName(e.kind)).arg(i);
            e.region = QStringLiteral("region %1").arg(i % communities % 7);
            const int founded = 1815 + static_cast<int>(rng() % 200);
            e.existence = DateInterval(PartialDate::ofYear(founded), {});
            b.entities << e;
        }
        store->write(b);
        reportProgress(progress, std::min(n, start + chunk), total);
    }

    // Targets biased towards low indexes within their kind band: a heavy-tailed degree spread.
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    auto pickIn = [&](std::int64_t lo, std::int64_t hi, std::int64_t community) {
        const std::int64_t span = std::max<std::int64_t>(1, hi - lo);
        const double u = unit(rng);
        std::int64_t off = static_cast<std::int64_t>(std::pow(u, 2.5) * static_cast<double>(span));
        // Keep most ties inside the community (same residue class).
        if (unit(rng) < 0.8)
            off = off - (off % communities) + community;
        return lo + std::clamp<std::int64_t>(off, 0, span - 1);
    };
    const std::int64_t actorsEnd = n * 70 / 100, orgsEnd = n * 85 / 100, treatiesEnd = n * 95 / 100;
    for (std::int64_t start = 0; start < scale.relations; start += chunk) {
        WriteBatch b;
        for (std::int64_t r = start; r < std::min(scale.relations, start + chunk); ++r) {
            std::int64_t src = static_cast<std::int64_t>(rng() % static_cast<std::uint64_t>(n));
            const std::int64_t c = src % communities;
            Relation rel;
            rel.id = QStringLiteral("r:%1").arg(r);
            const K sk = kindOf(src);
            std::int64_t tgt;
            const double roll = unit(rng);
            if (sk == K::Mechanism) {
                // Mechanisms are only ever used: an organisation or treaty uses this one.
                rel.kind = QStringLiteral("uses");
                tgt = src;
                src = pickIn(actorsEnd, treatiesEnd, c);
            } else if (sk == K::Treaty || (sk == K::Organisation && roll < 0.3)) {
                rel.kind = QStringLiteral("uses");
                tgt = pickIn(treatiesEnd, n, c);
            } else if (roll < 0.5) {
                rel.kind = QStringLiteral("member_of");
                tgt = pickIn(actorsEnd, orgsEnd, c);
            } else if (roll < 0.8) {
                rel.kind = QStringLiteral("party_to");
                tgt = pickIn(orgsEnd, treatiesEnd, c);
            } else if (sk == K::Actor) {
                rel.kind = QStringLiteral("cooperates_with");
                tgt = pickIn(0, actorsEnd, c);
                if (tgt == src)
                    tgt = (src + 1) % actorsEnd;
            } else {
                rel.kind = QStringLiteral("member_of");
                tgt = pickIn(actorsEnd, orgsEnd, c);
            }
            if (tgt == src) // an organisation joining itself: point it at the next one instead
                tgt = actorsEnd + (src - actorsEnd + 1) % std::max<std::int64_t>(1, orgsEnd - actorsEnd);
            rel.source = QStringLiteral("syn:%1").arg(src);
            rel.target = QStringLiteral("syn:%1").arg(tgt);
            const int from = 1815 + static_cast<int>(rng() % 211);
            PartialDate end;
            if (unit(rng) < 0.3)
                end = PartialDate::ofYear(std::min(2025, from + 1 + static_cast<int>(rng() % 40)));
            rel.interval = DateInterval(unit(rng) < 0.5 ? PartialDate::ofYear(from)
                                                        : PartialDate::ofDay(from, 1 + static_cast<int>(rng() % 12), 1 + static_cast<int>(rng() % 28)),
                                        end);
            rel.sources = {QStringLiteral("synthetic")};
            b.relations << rel;
        }
        store->write(b);
        if (!reportProgress(progress, n + std::min(scale.relations, start + chunk), total))
            return;
    }
}

QStringList SyntheticGraph::writeFile(const QString& path, const Scale& scale, std::uint64_t seed)
{
    const GraphFormat format = graphFormatForExtension(path);
    if (format != GraphFormat::GraphMl && format != GraphFormat::Csv)
        throw StoreError(StoreError::Code::Io,
                         QStringLiteral("%1: expected a .graphml or .csv file name").arg(path));
    // Beside the output, not in /tmp: an L project is gigabytes and /tmp may be small.
    QTemporaryDir scratch(QFileInfo(path).absolutePath() +
                          QStringLiteral("/.entente-bench-XXXXXX"));
    if (!scratch.isValid())
        throw StoreError(StoreError::Code::Io,
                         QStringLiteral("%1: cannot make a scratch folder beside it").arg(path));
    const QString project = scratch.filePath(QStringLiteral("graph.entente"));
    writeProject(project, scale, seed);
    auto store = SqliteProjectStore::open(project, /*readOnly=*/true);
    return GraphExporter::exportProject(*store, format, path);
}

} // namespace entente
