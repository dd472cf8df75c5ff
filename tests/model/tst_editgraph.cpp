#include "graph/graphdocument.h"
#include "graph/graphpatch.h"
#include "graph/knowledgegraph.h"
#include "query/graphfilter.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using namespace entente;

/**
 * The model side of editing: GraphPatch's one-pass rebuild gives exactly the rows a fresh build
 * gives (checked arc by arc on random graphs and random edits), its relation map, the unsourced
 * flag it carries; the document keeping filter, highlight and compared-date marks across an
 * edit; and the unsourced and tag parts of FilterCriteria.
 */
class TestEditGraph : public QObject
{
    Q_OBJECT

    static RelationKindVocabulary vocabulary()
    {
        RelationKindVocabulary v;
        v.add(RelationKind{"tie", "tied to", "tied to", false, {}, {}, "#000000"});
        v.add(RelationKind{"leads", "leads", "led by", true, {}, {}, "#ff0000"});
        return v;
    }

    static Entity entity(const QString& id)
    {
        Entity e;
        e.id = id;
        e.name = id.toUpper();
        return e;
    }

    static Relation relation(const QString& id, const QString& s, const QString& t, bool sourced)
    {
        Relation r;
        r.id = id;
        r.kind = sourced ? "tie" : "leads";
        r.source = s;
        r.target = t;
        if (sourced)
            r.sources = {"src"};
        return r;
    }

    /** Builds a graph the way a store load does (add all, then finalize). */
    static std::shared_ptr<KnowledgeGraph> build(const QList<Entity>& entities,
                                                 const QList<Relation>& relations)
    {
        auto g = std::make_shared<KnowledgeGraph>();
        g->setVocabulary(vocabulary());
        for (const Entity& e : entities)
            g->addEntity(e);
        for (const Relation& r : relations)
            g->addRelation(r.id, g->vocabulary().indexOf(r.kind), g->indexOf(r.source),
                           g->indexOf(r.target), r.interval, r.sources.isEmpty());
        g->finalize();
        return g;
    }

    /** Every row of the Boost graph, in order, by ids: equal strings mean equal graphs. */
    static QStringList rows(const KnowledgeGraph& g)
    {
        QStringList out;
        for (int v = 0; v < g.entityCount(); ++v) {
            QString row = g.entity(v).id + u':';
            g.forEachIncident(v, [&](std::uint32_t r, std::uint32_t other, bool forward) {
                row += QStringLiteral(" %1%2%3").arg(g.relationId(static_cast<int>(r)),
                                                     forward ? "→" : "←",
                                                     g.entity(static_cast<int>(other)).id);
            });
            out << row;
            if (g.indexOf(g.entity(v).id) != v)
                out << QStringLiteral("bad index of %1").arg(g.entity(v).id);
        }
        for (int r = 0; r < g.relationCount(); ++r)
            out << QStringLiteral("%1 %2 %3 %4")
                       .arg(g.relationId(r), g.relationKind(r).id,
                            g.entity(static_cast<int>(g.relation(r).source)).id,
                            g.relation(r).unsourced ? "unsourced" : "sourced");
        return out;
    }

private slots:
    void patchMatchesFreshBuild_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed = 1; seed <= 200; ++seed)
            QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed))) << seed;
    }

    void patchMatchesFreshBuild()
    {
        QFETCH(quint32, seed);
        QRandomGenerator rng(seed);
        QList<Entity> entities;
        QList<Relation> relations;
        const int n = 5 + rng.bounded(20);
        for (int i = 0; i < n; ++i)
            entities << entity(QStringLiteral("e%1").arg(i));
        const int m = rng.bounded(3 * n);
        for (int i = 0; i < m; ++i) {
            const int a = rng.bounded(n);
            int b = rng.bounded(n);
            if (a == b)
                b = (b + 1) % n;
            relations << relation(QStringLiteral("r%1").arg(i), entities[a].id, entities[b].id,
                                  rng.bounded(2));
        }
        auto graph = build(entities, relations);

        // A random edit: new entities, new and changed (also moved) relations, deletions.
        GraphChange change;
        QList<Entity> nextEntities = entities;
        QList<Relation> nextRelations = relations;
        for (int i = 0, k = rng.bounded(3); i < k; ++i) {
            Entity e = entity(QStringLiteral("new%1").arg(i));
            change.entities << e;
            nextEntities << e;
        }
        if (rng.bounded(2) && !entities.isEmpty()) {
            Entity renamed = entities[rng.bounded(entities.size())];
            renamed.name += QStringLiteral(" (renamed)");
            change.entities << renamed;
            for (Entity& e : nextEntities)
                if (e.id == renamed.id)
                    e = renamed;
        }
        for (int i = 0, k = rng.bounded(4); i < k && !nextRelations.isEmpty(); ++i) {
            Relation r = nextRelations[rng.bounded(nextRelations.size())];
            if (rng.bounded(2)) // move it to other ends
                r.target = nextEntities[rng.bounded(nextEntities.size())].id;
            if (r.target == r.source)
                continue;
            r.sources = rng.bounded(2) ? QStringList{"src"} : QStringList{};
            change.relations << r;
            for (Relation& x : nextRelations)
                if (x.id == r.id)
                    x = r;
        }
        for (int i = 0, k = rng.bounded(4); i < k; ++i) {
            const QString s = nextEntities[rng.bounded(nextEntities.size())].id;
            const QString t = nextEntities[rng.bounded(nextEntities.size())].id;
            if (s == t)
                continue;
            const Relation r = relation(QStringLiteral("add%1").arg(i), s, t, rng.bounded(2));
            change.relations << r;
            nextRelations << r;
        }
        if (rng.bounded(3) == 0 && !relations.isEmpty()) { // the newest relation (an undone add)
            const QString gone = relations.last().id;
            change.deletedRelations << gone;
            nextRelations.removeIf([&](const Relation& r) { return r.id == gone; });
        }
        if (rng.bounded(2) && !relations.isEmpty()) {
            const QString gone = relations[rng.bounded(relations.size())].id;
            change.deletedRelations << gone;
            nextRelations.removeIf([&](const Relation& r) { return r.id == gone; });
        }
        if (rng.bounded(2)) {
            const QString gone = entities[rng.bounded(entities.size())].id;
            change.deletedEntities << gone;
            nextEntities.removeIf([&](const Entity& e) { return e.id == gone; });
            nextRelations.removeIf(
                [&](const Relation& r) { return r.source == gone || r.target == gone; });
        }

        const GraphPatch::Result patched = GraphPatch::apply(*graph, change);
        const auto fresh = build(nextEntities, nextRelations);
        if (rows(*patched.graph) != rows(*fresh))
            qWarning().noquote() << rows(*patched.graph).join('\n') << "\n----\n" << rows(*fresh).join('\n');
        QCOMPARE(rows(*patched.graph), rows(*fresh));
        // In place, on a graph only this test holds: the same result, the same maps.
        const GraphPatch::Result inPlace =
            GraphPatch::applyInPlace(build(entities, relations), change);
        QCOMPARE(rows(*inPlace.graph), rows(*fresh));
        QCOMPARE(inPlace.vertexMap, patched.vertexMap);
        QCOMPARE(inPlace.relationMap, patched.relationMap);
        // The maps name the same records before and after.
        for (int v = 0; v < graph->entityCount(); ++v)
            if (const int nv = patched.vertexMap[static_cast<size_t>(v)]; nv >= 0)
                QCOMPARE(patched.graph->entity(nv).id, graph->entity(v).id);
        for (int r = 0; r < graph->relationCount(); ++r)
            if (const int nr = patched.relationMap[static_cast<size_t>(r)]; nr >= 0)
                QCOMPARE(patched.graph->relationId(nr), graph->relationId(r));
            else
                QCOMPARE(fresh->relationIndexOf(graph->relationId(r)), -1);
    }

    void documentKeepsFilterAcrossAnEdit()
    {
        auto graph = build({entity("a"), entity("b"), entity("c")},
                           {relation("r1", "a", "b", true), relation("r2", "b", "c", false)});
        GraphDocument doc;
        doc.setGraph(graph);
        doc.setFilterResult({1, 1, 0}, {1, 0}, true);
        doc.setHighlight({0, 1}, {0});
        QSignalSpy resets(&doc, &GraphDocument::graphReset);
        bool sawEdit = false;
        connect(&doc, &GraphDocument::graphReset, this, [&] { sawEdit = doc.isEditReset(); });

        GraphChange change; // delete a, add d and a relation c–d
        change.deletedEntities << "a";
        change.entities << entity("d");
        change.relations << relation("r3", "c", "d", false);
        const GraphPatch::Result p = GraphPatch::apply(*graph, change);
        doc.replaceGraph(p.graph, p.vertexMap, {}, p.relationMap);
        QCOMPARE(resets.count(), 1);
        QVERIFY(sawEdit);
        QVERIFY(!doc.isEditReset());
        // b, c keep their flags (c filtered out); d is new and passes; r2 keeps "filtered out".
        QCOMPARE(doc.graph()->entity(0).id, QStringLiteral("b"));
        QVERIFY(doc.passes(0));
        QVERIFY(!doc.passes(1));
        QVERIFY(doc.passes(2));
        QCOMPARE(doc.graph()->relationId(0), QStringLiteral("r2"));
        QVERIFY(!doc.relationPasses(0));
        QVERIFY(doc.relationPasses(1));
        QVERIFY(doc.dimsFilteredOut());
        QCOMPARE(doc.highlightedVertices(), std::vector<int>{0}); // a went, b stays
        QVERIFY(doc.highlightedRelations().empty());              // r1 went with a
        // A new graph (another project) starts clean.
        doc.setGraph(p.graph);
        QVERIFY(doc.passes(1));
    }

    void unsourcedAndTagFilters_data()
    {
        QTest::addColumn<bool>("unsourced");
        QTest::addColumn<QStringList>("tags");
        QTest::addColumn<QStringList>("entities");
        QTest::addColumn<QStringList>("relations");
        QTest::newRow("unsourced only")
            << true << QStringList{} << QStringList{"b", "c", "d"} << QStringList{"r2", "r3"};
        QTest::newRow("tag on entities")
            << false << QStringList{"story"} << QStringList{"a", "b"} << QStringList{"r1"};
        QTest::newRow("tag on a relation brings its ends")
            << false << QStringList{"dispute"} << QStringList{"c", "d"} << QStringList{"r3"};
        QTest::newRow("two tags") << false << QStringList{"story", "dispute"}
                                  << QStringList{"a", "b", "c", "d"}
                                  << QStringList{"r1", "r2", "r3"};
        QTest::newRow("tag and unsourced")
            << true << QStringList{"story"} << QStringList{} << QStringList{};
        QTest::newRow("unknown tag")
            << false << QStringList{"nothing"} << QStringList{} << QStringList{};
    }

    void unsourcedAndTagFilters()
    {
        QFETCH(bool, unsourced);
        QFETCH(QStringList, tags);
        QFETCH(QStringList, entities);
        QFETCH(QStringList, relations);
        auto graph = build({entity("a"), entity("b"), entity("c"), entity("d"), entity("e")},
                           {relation("r1", "a", "b", true), relation("r2", "b", "c", false),
                            relation("r3", "c", "d", false), relation("r4", "d", "e", true)});
        FilterFacts facts;
        facts.entitiesByTag.insert("story", {"a", "b"});
        facts.relationsByTag.insert("dispute", {"r3"});
        FilterCriteria c;
        c.unsourcedOnly = unsourced;
        c.tags = QSet<QString>(tags.cbegin(), tags.cend());
        const GraphFilter::Result r = GraphFilter::apply(*graph, c, {}, &facts);
        QStringList gotEntities, gotRelations;
        for (int v = 0; v < graph->entityCount(); ++v)
            if (r.vertexPasses[static_cast<size_t>(v)])
                gotEntities << graph->entity(v).id;
        for (int x = 0; x < graph->relationCount(); ++x)
            if (r.relationPasses[static_cast<size_t>(x)])
                gotRelations << graph->relationId(x);
        QCOMPARE(gotEntities, entities);
        QCOMPARE(gotRelations, relations);
        QCOMPARE(r.vertices, entities.size());
        // Chips say so, removing them clears the parts, and a saved view keeps both.
        QStringList chipKeys;
        for (const auto& chip : c.chips())
            chipKeys << chip.key;
        QCOMPARE(chipKeys.contains("unsourced"), unsourced);
        QCOMPARE(chipKeys.contains("tags"), !tags.isEmpty());
        QCOMPARE(FilterCriteria::fromJson(c.toJson()), c);
        c.removeChip("unsourced");
        c.removeChip("tags");
        QVERIFY(c.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestEditGraph)
#include "tst_editgraph.moc"
