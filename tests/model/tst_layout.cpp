#include "layout/circularlayout.h"
#include "layout/forcelayout.h"
#include "layout/hierarchicallayout.h"
#include "layout/kamadakawailayout.h"
#include "layout/radiallayout.h"
#include "layout/timelayout.h"

#include <QLineF>
#include <QTest>
#include <cmath>
#include <functional>
#include <memory>
#include <random>

using namespace entente;

Q_DECLARE_METATYPE(std::function<std::unique_ptr<Layout>()>)

using Factory = std::function<std::unique_ptr<Layout>()>;

/** Invariants of every layout: finite positions, pinned nodes kept, and each one's own rule. */
class TestLayout : public QObject
{
    Q_OBJECT

    /** A random graph: a spanning forest plus extra ties, radii, kinds, years, pins. */
    static LayoutGraph randomGraph(int nodes, int extraEdges, unsigned seed, int components = 1)
    {
        std::mt19937 rng(seed);
        LayoutGraph lg;
        lg.nodeCount = nodes;
        for (int i = 1; i < nodes; ++i)
            if (i % std::max(1, nodes / components) != 0) // a few roots start new components
                lg.edges.emplace_back(static_cast<int>(rng() % static_cast<unsigned>(i)), i);
        for (int k = 0; k < extraEdges; ++k) {
            const int a = static_cast<int>(rng() % static_cast<unsigned>(nodes));
            const int b = static_cast<int>(rng() % static_cast<unsigned>(nodes));
            lg.edges.emplace_back(std::min(a, b), std::max(a, b)); // low → high: stays acyclic
        }
        std::uniform_real_distribution<double> radius(6, 20), year(1900, 2020);
        for (int i = 0; i < nodes; ++i) {
            lg.radius.push_back(radius(rng));
            lg.group.push_back(static_cast<int>(rng() % 4));
            lg.year.push_back(rng() % 10 == 0 ? std::nan("") : std::floor(year(rng)));
            lg.pinned.push_back(rng() % 13 == 0);
        }
        return lg;
    }

    static std::vector<QPointF> startPositions(int nodes, unsigned seed)
    {
        std::mt19937 rng(seed);
        std::uniform_real_distribution<double> c(-400, 400);
        std::vector<QPointF> p(static_cast<size_t>(nodes));
        for (auto& q : p)
            q = QPointF(c(rng), c(rng));
        return p;
    }

private slots:
    void everyLayoutIsFiniteAndKeepsPins_data()
    {
        QTest::addColumn<Factory>("make");
        QTest::addColumn<int>("nodes");
        QTest::addColumn<int>("extra");
        QTest::addColumn<int>("components");
        const std::pair<const char*, Factory> layouts[] = {
            {"force", [] { return std::make_unique<ForceLayout>(); }},
            {"kamada-kawai", [] { return std::make_unique<KamadaKawaiLayout>(); }},
            {"circular", [] { return std::make_unique<CircularLayout>(); }},
            {"radial", [] { return std::make_unique<RadialLayout>(3); }},
            {"hierarchy", [] { return std::make_unique<HierarchicalLayout>(); }},
            {"time", [] { return std::make_unique<TimeLayout>(); }},
        };
        for (const auto& [name, make] : layouts) {
            QTest::addRow("%s, tree of 40", name) << make << 40 << 0 << 1;
            QTest::addRow("%s, 150 nodes, 3 parts", name) << make << 150 << 120 << 3;
            QTest::addRow("%s, 700 nodes (Barnes-Hut)", name) << make << 700 << 900 << 2;
        }
    }
    void everyLayoutIsFiniteAndKeepsPins()
    {
        QFETCH(Factory, make);
        QFETCH(int, nodes);
        QFETCH(int, extra);
        QFETCH(int, components);
        const LayoutGraph lg =
            randomGraph(nodes, extra, 17u + static_cast<unsigned>(nodes), components);
        const auto start = startPositions(nodes, 5);
        auto layout = make();
        QVERIFY(layout->run(lg, start, 400));
        QVERIFY2(layout->problem().isEmpty(), qPrintable(layout->problem()));
        const auto& pos = layout->positions();
        QCOMPARE(pos.size(), size_t(nodes));
        int moved = 0;
        for (int i = 0; i < nodes; ++i) {
            const QPointF p = pos[static_cast<size_t>(i)];
            QVERIFY2(std::isfinite(p.x()) && std::isfinite(p.y()), qPrintable(QString::number(i)));
            if (lg.isPinned(i))
                QCOMPARE(p, start[static_cast<size_t>(i)]);
            else if (p != start[static_cast<size_t>(i)])
                ++moved;
        }
        QVERIFY(moved > nodes / 2); // it did lay the graph out
    }

    void forceOverlapPreventionSeparatesDiscs_data()
    {
        QTest::addColumn<int>("nodes");
        QTest::newRow("exact repulsion") << 120;
        QTest::newRow("Barnes-Hut") << 900;
    }
    void forceOverlapPreventionSeparatesDiscs()
    {
        QFETCH(int, nodes);
        LayoutGraph lg = randomGraph(nodes, nodes, 3);
        lg.pinned.clear();
        ForceLayout layout;
        QVERIFY(layout.run(lg, {}, 600));
        const auto& pos = layout.positions();
        for (int i = 0; i < nodes; ++i)
            for (int j = i + 1; j < nodes; ++j) {
                const double d =
                    QLineF(pos[static_cast<size_t>(i)], pos[static_cast<size_t>(j)]).length();
                QVERIFY2(
                    d >= lg.radiusOf(i) + lg.radiusOf(j),
                    qPrintable(
                        QStringLiteral("discs %1 and %2 overlap: %3 apart").arg(i).arg(j).arg(d)));
            }
    }

    void parallelStepEqualsSerialStep()
    {
        // Splitting the loops over threads must not change the result beyond rounding.
        const LayoutGraph lg = randomGraph(3000, 9000, 8);
        ForceLayout::Settings one, two;
        one.threads = 1;
        two.threads = 2;
        two.parallelFrom = 0;
        ForceLayout serial(one), parallel(two);
        serial.init(lg, {});
        parallel.init(lg, {});
        for (int s = 0; s < 5; ++s) {
            serial.step();
            parallel.step();
        }
        QCOMPARE(parallel.threadsUsed(), 2);
        QCOMPARE(serial.threadsUsed(), 1);
        double worst = 0;
        for (size_t i = 0; i < serial.positions().size(); ++i)
            worst =
                std::max(worst, QLineF(serial.positions()[i], parallel.positions()[i]).length());
        QVERIFY2(worst < 1e-6, qPrintable(QString::number(worst)));
    }

    void barnesHutThreadsAgree()
    {
        std::mt19937 rng(2);
        std::uniform_real_distribution<double> c(-300, 300);
        std::vector<QPointF> pos(2000);
        std::vector<double> mass(2000, 2.0);
        for (auto& p : pos)
            p = QPointF(c(rng), c(rng));
        const auto a = ForceLayout::repulsion(pos, mass, 2.0, 1.2, 1);
        const auto b = ForceLayout::repulsion(pos, mass, 2.0, 1.2, 2);
        QVERIFY(a == b);
    }

    void liveHoldKeepsDraggedNode()
    {
        const LayoutGraph lg = randomGraph(60, 30, 4);
        ForceLayout layout;
        layout.init(lg, {});
        while (layout.step()) {
        }
        QVERIFY(!layout.step()); // settled
        const QPointF grip(900, -700);
        layout.holdNode(7, grip);
        QVERIFY(layout.step()); // a hold wakes the layout up
        for (int s = 0; s < 50; ++s)
            layout.step();
        QCOMPARE(layout.positions()[7], grip);
        layout.releaseNode(7);
        layout.step();
        QVERIFY(layout.positions()[7] != grip);
    }

    void radialRingsFollowBreadthFirstDepth()
    {
        LayoutGraph lg = randomGraph(200, 80, 9, 2);
        lg.pinned.clear();
        const int focus = 0;
        RadialLayout layout(focus);
        QVERIFY(layout.run(lg, {}, 100));
        const auto& pos = layout.positions();
        const auto& depth = layout.depths();
        const QPointF centre = pos[focus];
        std::map<int, double> ringRadius; // depth → radius (-1: the unreachable ring)
        for (int i = 0; i < lg.nodeCount; ++i) {
            const double r = QLineF(centre, pos[static_cast<size_t>(i)]).length();
            const int d = depth[static_cast<size_t>(i)];
            if (!ringRadius.count(d))
                ringRadius[d] = r;
            QVERIFY2(std::abs(ringRadius[d] - r) < 1e-6,
                     qPrintable(QStringLiteral("node %1 off its ring").arg(i)));
        }
        QVERIFY(ringRadius.count(-1)); // the second component cannot be reached
        double previous = -1;
        for (const auto& [d, r] : ringRadius)
            if (d >= 0) {
                QVERIFY2(
                    r > previous,
                    qPrintable(QStringLiteral("ring %1 not outside ring %2").arg(d).arg(d - 1)));
                previous = r;
            }
        QVERIFY(ringRadius[-1] > previous);
    }

    void radialWithoutFocusIsRefused()
    {
        RadialLayout layout(-1);
        const LayoutGraph lg = randomGraph(10, 0, 1);
        const auto start = startPositions(10, 2);
        layout.run(lg, start, 10);
        QVERIFY(layout.problem().contains(QLatin1String("select")));
        QVERIFY(layout.positions() == start);
    }

    void hierarchyLayersFollowEdgeDirection_data()
    {
        QTest::addColumn<int>("nodes");
        QTest::addColumn<bool>("withCycle");
        QTest::newRow("random DAG") << 120 << false;
        QTest::newRow("DAG plus a cycle") << 120 << true;
    }
    void hierarchyLayersFollowEdgeDirection()
    {
        QFETCH(int, nodes);
        QFETCH(bool, withCycle);
        LayoutGraph lg = randomGraph(nodes, nodes / 2, 21, 2);
        lg.pinned.clear();
        // Only some edges form the hierarchy; the rest must not affect the layers.
        for (size_t e = 0; e < lg.edges.size(); ++e)
            lg.treeEdge.push_back(e % 5 != 0);
        if (withCycle) {
            lg.edges.emplace_back(lg.edges[1].second, lg.edges[1].first);
            lg.treeEdge.push_back(true);
        }
        HierarchicalLayout layout;
        QVERIFY(layout.run(lg, {}, 50));
        const auto& pos = layout.positions();
        const auto& layer = layout.layers();
        int checked = 0;
        for (size_t e = 0; e < lg.edges.size(); ++e) {
            if (!lg.treeEdge[e] || (withCycle && e + 1 == lg.edges.size()))
                continue; // the cycle's closing edge is the one that must be dropped
            const auto [a, b] = lg.edges[e];
            if (a == b)
                continue;
            QVERIFY2(layer[static_cast<size_t>(a)] < layer[static_cast<size_t>(b)],
                     qPrintable(QStringLiteral("edge %1→%2 goes up").arg(a).arg(b)));
            QVERIFY(pos[static_cast<size_t>(a)].y() < pos[static_cast<size_t>(b)].y());
            ++checked;
        }
        QVERIFY(checked > nodes / 2);
        // Nodes on one layer share a y and never overlap.
        for (int i = 0; i < nodes; ++i)
            for (int j = i + 1; j < nodes; ++j)
                if (layer[static_cast<size_t>(i)] == layer[static_cast<size_t>(j)] &&
                    layer[static_cast<size_t>(i)] >= 0) {
                    QCOMPARE(pos[static_cast<size_t>(i)].y(), pos[static_cast<size_t>(j)].y());
                    QVERIFY(std::abs(pos[static_cast<size_t>(i)].x() -
                                     pos[static_cast<size_t>(j)].x()) >=
                            lg.radiusOf(i) + lg.radiusOf(j));
                }
    }

    void hierarchyBarycentreRemovesCrossings()
    {
        // Two parents whose children start interleaved: after the sweeps each family is together.
        LayoutGraph lg;
        lg.nodeCount = 6;
        lg.edges = {{0, 2}, {1, 3}, {0, 4}, {1, 5}};
        HierarchicalLayout layout;
        QVERIFY(layout.run(lg, {}, 50));
        const auto& p = layout.positions();
        auto crosses = [&](std::pair<int, int> e, std::pair<int, int> f) {
            return (p[e.first].x() - p[f.first].x()) * (p[e.second].x() - p[f.second].x()) < 0;
        };
        int crossings = 0;
        for (size_t i = 0; i < lg.edges.size(); ++i)
            for (size_t j = i + 1; j < lg.edges.size(); ++j)
                crossings += crosses(lg.edges[i], lg.edges[j]) ? 1 : 0;
        QCOMPARE(crossings, 0);
    }

    void timeXIsMonotoneInStartYear()
    {
        LayoutGraph lg = randomGraph(300, 100, 12);
        TimeLayout layout;
        const auto start = startPositions(300, 3);
        QVERIFY(layout.run(lg, start, 20));
        const auto& pos = layout.positions();
        double undatedX = 1e300, earliestX = 1e300;
        for (int i = 0; i < lg.nodeCount; ++i) {
            if (lg.isPinned(i))
                continue;
            const double yi = lg.year[static_cast<size_t>(i)];
            if (std::isnan(yi)) {
                undatedX = std::min(undatedX, pos[static_cast<size_t>(i)].x());
                continue;
            }
            earliestX = std::min(earliestX, pos[static_cast<size_t>(i)].x());
            QCOMPARE(pos[static_cast<size_t>(i)].x(), layout.xForYear(yi));
            for (int j = 0; j < lg.nodeCount; ++j) {
                const double yj = lg.year[static_cast<size_t>(j)];
                if (!lg.isPinned(j) && !std::isnan(yj) && yi < yj)
                    QVERIFY(pos[static_cast<size_t>(i)].x() < pos[static_cast<size_t>(j)].x());
            }
        }
        QVERIFY(undatedX < earliestX); // undated nodes stand left of the time axis
        // Within a band no two discs overlap.
        for (int i = 0; i < lg.nodeCount; ++i)
            for (int j = i + 1; j < lg.nodeCount; ++j)
                if (!lg.isPinned(i) && !lg.isPinned(j))
                    QVERIFY(
                        QLineF(pos[static_cast<size_t>(i)], pos[static_cast<size_t>(j)]).length() >=
                        lg.radiusOf(i) + lg.radiusOf(j));
    }

    void circularGroupsAreArcs()
    {
        LayoutGraph lg = randomGraph(80, 40, 6);
        lg.pinned.clear();
        CircularLayout layout;
        QVERIFY(layout.run(lg, {}, 5));
        const auto& pos = layout.positions();
        // Same distance from the centre, and walking by angle the group changes only 4 times.
        std::vector<std::pair<double, int>> byAngle;
        const double r0 = std::hypot(pos[0].x(), pos[0].y());
        for (int i = 0; i < lg.nodeCount; ++i) {
            QVERIFY(std::abs(std::hypot(pos[static_cast<size_t>(i)].x(),
                                        pos[static_cast<size_t>(i)].y()) -
                             r0) < 1e-6);
            byAngle.emplace_back(
                std::atan2(pos[static_cast<size_t>(i)].y(), pos[static_cast<size_t>(i)].x()),
                lg.groupOf(i));
        }
        std::sort(byAngle.begin(), byAngle.end());
        int changes = 0;
        for (size_t i = 0; i < byAngle.size(); ++i)
            changes += byAngle[i].second != byAngle[(i + 1) % byAngle.size()].second ? 1 : 0;
        QCOMPARE(changes, 4);
    }

    void kamadaKawaiRefusesLargeGraphs()
    {
        const LayoutGraph lg = randomGraph(300, 10, 2);
        const auto start = startPositions(300, 1);
        KamadaKawaiLayout layout(200);
        layout.run(lg, start, 10);
        QVERIFY(layout.problem().contains(QLatin1String("300")));
        QVERIFY(layout.problem().contains(QLatin1String("200")));
        QVERIFY(layout.positions() == start);
    }

    void kamadaKawaiKeepsGraphDistance()
    {
        // A path of 6: Kamada–Kawai lays it out nearly straight, ends far apart.
        LayoutGraph lg;
        lg.nodeCount = 6;
        for (int i = 0; i < 5; ++i)
            lg.edges.emplace_back(i, i + 1);
        KamadaKawaiLayout layout;
        QVERIFY(layout.run(lg, {}, 10));
        const auto& p = layout.positions();
        const double unit = QLineF(p[0], p[1]).length();
        QVERIFY(unit > 1);
        QVERIFY(QLineF(p[0], p[5]).length() > 4 * unit);
    }
};

QTEST_APPLESS_MAIN(TestLayout)
#include "tst_layout.moc"
