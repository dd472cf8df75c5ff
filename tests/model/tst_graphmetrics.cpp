#include "graph/knowledgegraph.h"
#include "query/graphmetrics.h"
#include "query/pathconstraints.h"
#include "query/pathfinder.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <algorithm>

using namespace entente;

/**
 * Metrics against NetworkX: tests/fixtures/networkx/expected.json was computed by NetworkX
 * (make_expectations.py) on ties.csv, a snapshot of the default dataset's relations.
 */
class TestGraphMetrics : public QObject
{
    Q_OBJECT

    KnowledgeGraph m_graph;
    QJsonObject m_expected;

    static KnowledgeGraph* twoTriangles(KnowledgeGraph* g)
    {
        RelationKindVocabulary v;
        v.add(RelationKindVocabulary::makeGeneric("t"));
        g->setVocabulary(v);
        for (int i = 0; i < 6; ++i) {
            Entity e;
            e.id = QStringLiteral("n%1").arg(i);
            e.name = e.id;
            g->addEntity(e);
        }
        const int edges[][2] = {{0, 1}, {1, 2}, {0, 2}, {3, 4}, {4, 5}, {3, 5}, {2, 3}, {0, 1}};
        int r = 0;
        for (const auto& e : edges)
            g->addRelation(QStringLiteral("r%1").arg(r++), 0, e[0], e[1], {});
        g->finalize();
        return g;
    }

private slots:
    void initTestCase()
    {
        QFile f(QStringLiteral(ENTENTE_FIXTURES_DIR "/networkx/ties.csv"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QFile e(QStringLiteral(ENTENTE_FIXTURES_DIR "/networkx/expected.json"));
        QVERIFY(e.open(QIODevice::ReadOnly));
        m_expected = QJsonDocument::fromJson(e.readAll()).object();
        RelationKindVocabulary v;
        v.add(RelationKindVocabulary::makeGeneric("tie"));
        m_graph.setVocabulary(v);
        const QList<QByteArray> lines = f.readAll().split('\n');
        auto vertex = [this](const QString& id) {
            const int existing = m_graph.indexOf(id);
            if (existing >= 0)
                return existing;
            Entity en;
            en.id = id;
            en.name = id;
            return m_graph.addEntity(en);
        };
        int r = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QList<QByteArray> cols = lines[i].trimmed().split(',');
            if (cols.size() < 4)
                continue;
            const int s = vertex(QString::fromUtf8(cols[0]));
            const int t = vertex(QString::fromUtf8(cols[1]));
            m_graph.addRelation(QStringLiteral("r%1").arg(r++), 0, s, t, {PartialDate::parse(QString::fromUtf8(cols[3])).value_or(PartialDate()), {}});
        }
        m_graph.finalize();
        QCOMPARE(m_graph.entityCount(), m_expected["nodes"].toInt());
    }

    void degreeAndBetweennessMatchNetworkX()
    {
        const GraphMetrics metrics(m_graph, PathConstraints(m_graph));
        const auto degree = metrics.degree();
        const auto between = metrics.betweenness();
        const QJsonObject expDegree = m_expected["degree"].toObject();
        const QJsonObject expBetween = m_expected["betweenness"].toObject();
        for (int v = 0; v < m_graph.entityCount(); ++v) {
            const QString id = m_graph.entity(v).id;
            QCOMPARE(degree[static_cast<size_t>(v)], expDegree[id].toDouble());
            QVERIFY2(std::abs(between[static_cast<size_t>(v)] - expBetween[id].toDouble()) < 1e-6 * std::max(1.0, expBetween[id].toDouble()),
                     qPrintable(QStringLiteral("%1: %2 vs %3").arg(id).arg(between[static_cast<size_t>(v)]).arg(expBetween[id].toDouble())));
        }
    }

    void pageRankMatchesNetworkX()
    {
        const GraphMetrics metrics(m_graph, PathConstraints(m_graph));
        const auto rank = metrics.pageRank(200);
        const QJsonObject expected = m_expected["pagerank"].toObject();
        for (int v = 0; v < m_graph.entityCount(); ++v)
            QVERIFY(std::abs(rank[static_cast<size_t>(v)] - expected[m_graph.entity(v).id].toDouble()) < 1e-7);
    }

    void componentsAndPathsMatchNetworkX()
    {
        const GraphMetrics metrics(m_graph, PathConstraints(m_graph));
        int count = 0;
        const auto comp = metrics.components(&count);
        std::vector<int> sizes(static_cast<size_t>(count), 0);
        for (int c : comp)
            ++sizes[static_cast<size_t>(c)];
        const auto expected = m_expected["component_sizes"].toArray();
        QCOMPARE(static_cast<qsizetype>(sizes.size()), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i)
            QCOMPARE(sizes[static_cast<size_t>(i)], expected[i].toInt());
        const PathFinder finder(m_graph);
        const QJsonObject lengths = m_expected["shortest_path_lengths"].toObject();
        QVERIFY(!lengths.isEmpty());
        for (auto it = lengths.begin(); it != lengths.end(); ++it) {
            const QStringList ends = it.key().split('|');
            const auto p = finder.shortestPath(m_graph.indexOf(ends[0]), m_graph.indexOf(ends[1]), PathConstraints(m_graph));
            QVERIFY(p);
            QCOMPARE(p->length(), it.value().toInt());
        }
    }

    void louvainIsAsGoodAsNetworkX()
    {
        const GraphMetrics metrics(m_graph, PathConstraints(m_graph));
        double q = 0;
        const auto communities = metrics.communities(1, &q);
        QCOMPARE(static_cast<int>(communities.size()), m_graph.entityCount());
        QCOMPARE(q, metrics.modularity(communities));
        QVERIFY2(q >= m_expected["louvain_modularity"].toDouble() - 0.02,
                 qPrintable(QStringLiteral("%1 vs NetworkX %2").arg(q).arg(m_expected["louvain_modularity"].toDouble())));
    }

    void modularityAndCommunitiesOnTwoTriangles()
    {
        KnowledgeGraph g;
        const GraphMetrics metrics(*twoTriangles(&g), PathConstraints(g));
        // 7 distinct ties (the parallel 0–1 counts once): Q = 2·(3/7 − (7/14)²) = 5/14.
        QVERIFY(std::abs(metrics.modularity({0, 0, 0, 1, 1, 1}) - 5.0 / 14.0) < 1e-12);
        const auto c = metrics.communities();
        QCOMPARE(c[0], c[1]);
        QCOMPARE(c[1], c[2]);
        QCOMPARE(c[3], c[4]);
        QVERIFY(c[0] != c[3]);
        QCOMPARE(metrics.degree()[0], 2.0);
        QCOMPARE(metrics.weightedDegree()[0], 3.0);
    }

    void sampledBetweenness()
    {
        const GraphMetrics metrics(m_graph, PathConstraints(m_graph));
        const auto exact = metrics.betweenness();
        // Sampling all but one source is close to exact; every source takes the exact path.
        const auto nearlyAll = metrics.betweenness(nullptr, m_graph.entityCount() - 1, 3);
        double total = 0, totalExact = 0;
        for (size_t v = 0; v < exact.size(); ++v) {
            total += nearlyAll[v];
            totalExact += exact[v];
        }
        QVERIFY(std::abs(total - totalExact) / totalExact < 0.05);
        const auto half = metrics.betweenness(nullptr, m_graph.entityCount() / 2, 3);
        // The estimate keeps the most central entity among its top five.
        const auto top = std::max_element(exact.begin(), exact.end()) - exact.begin();
        std::vector<std::pair<double, long>> ranked;
        for (size_t v = 0; v < half.size(); ++v)
            ranked.emplace_back(-half[v], static_cast<long>(v));
        std::sort(ranked.begin(), ranked.end());
        bool found = false;
        for (int i = 0; i < 5; ++i)
            found |= ranked[static_cast<size_t>(i)].second == top;
        QVERIFY(found);
    }
};

QTEST_APPLESS_MAIN(TestGraphMetrics)
#include "tst_graphmetrics.moc"
