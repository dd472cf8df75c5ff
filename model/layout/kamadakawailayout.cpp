#include "kamadakawailayout.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRectF>

// Boost's all-pairs distances trip GCC's maybe-uninitialized analysis inside Boost's own
// headers (an optional edge iterator); the warning is about Boost, not this file.
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#include <algorithm>
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/circle_layout.hpp>
#include <boost/graph/kamada_kawai_spring_layout.hpp>
#include <boost/graph/topology.hpp>
#include <cmath>

namespace entente {

namespace {
using SpringGraph =
    boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, boost::no_property,
                          boost::property<boost::edge_weight_t, double>>;
using Topology = boost::square_topology<>;
} // namespace

void KamadaKawaiLayout::init(const LayoutGraph& graph, std::vector<QPointF> positions)
{
    PlacementLayout::init(graph, std::move(positions));
    m_components.clear();
    m_next = 0;
    m_shelfX = m_shelfY = m_shelfHeight = 0;
    if (graph.nodeCount > m_maxNodes) {
        setProblem(QCoreApplication::translate(
                       "KamadaKawaiLayout",
                       "Kamada–Kawai is for small focus graphs: it compares every pair of "
                       "entities, so it takes at most %1, and this view shows %2. Focus on "
                       "fewer entities, or use the force layout.")
                       .arg(QLocale().toString(m_maxNodes), QLocale().toString(graph.nodeCount)));
        return;
    }
    const auto n = static_cast<size_t>(graph.nodeCount);
    std::vector<int> component(n, -1);
    for (size_t s = 0; s < n; ++s) {
        if (component[s] >= 0)
            continue;
        std::vector<int> nodes{static_cast<int>(s)};
        component[s] = static_cast<int>(m_components.size());
        for (size_t k = 0; k < nodes.size(); ++k)
            for (int w : neighbours()[static_cast<size_t>(nodes[k])])
                if (component[static_cast<size_t>(w)] < 0) {
                    component[static_cast<size_t>(w)] = component[s];
                    nodes.push_back(w);
                }
        m_components.push_back(std::move(nodes));
    }
    std::stable_sort(m_components.begin(), m_components.end(),
                     [](const auto& a, const auto& b) { return a.size() > b.size(); });
    // Rows about as wide as a square holding every component would be.
    const double unit = 2 * largestRadius() + 40.0;
    m_rowWidth = std::max(unit * 4, std::sqrt(static_cast<double>(n)) * unit * 1.6);
}

void KamadaKawaiLayout::layOutComponent(const std::vector<int>& nodes)
{
    const double edgeLength = 2 * largestRadius() + 40.0;
    const size_t k = nodes.size();
    std::vector<QPointF> placed(k);
    if (k == 2) {
        placed = {QPointF(0, 0), QPointF(edgeLength, 0)};
    } else if (k > 2) {
        std::vector<int> local(static_cast<size_t>(m_graph.nodeCount), -1);
        for (size_t i = 0; i < k; ++i)
            local[static_cast<size_t>(nodes[i])] = static_cast<int>(i);
        SpringGraph g(k);
        for (size_t i = 0; i < k; ++i)
            for (int w : neighbours()[static_cast<size_t>(nodes[i])])
                if (static_cast<int>(i) < local[static_cast<size_t>(w)])
                    boost::add_edge(i, static_cast<size_t>(local[static_cast<size_t>(w)]), 1.0, g);
        std::vector<Topology::point_type> points(k);
        auto position =
            boost::make_iterator_property_map(points.begin(), boost::get(boost::vertex_index, g));
        boost::circle_graph_layout(g, position, edgeLength * static_cast<double>(k) / 6.0);
        const Topology topology;
        boost::kamada_kawai_spring_layout(g, position, boost::get(boost::edge_weight, g), topology,
                                          boost::edge_length(edgeLength));
        for (size_t i = 0; i < k; ++i)
            placed[i] = QPointF(points[i][0], points[i][1]);
    }
    // A component with pinned nodes is moved so the centroid of its pinned nodes stays where it
    // is (the pinned nodes themselves never move); the others are packed in rows.
    QPointF pinnedNow(0, 0), pinnedComputed(0, 0);
    int pinned = 0;
    for (size_t i = 0; i < k; ++i)
        if (m_graph.isPinned(nodes[i])) {
            pinnedNow += m_pos[static_cast<size_t>(nodes[i])];
            pinnedComputed += placed[i];
            ++pinned;
        }
    QPointF shift;
    if (pinned) {
        shift = (pinnedNow - pinnedComputed) / pinned;
    } else {
        QRectF box(placed[0], QSizeF(0, 0));
        for (const QPointF& p : placed)
            box |= QRectF(p, QSizeF(0.001, 0.001));
        box.adjust(-edgeLength / 2, -edgeLength / 2, edgeLength / 2, edgeLength / 2);
        if (m_shelfX > 0 && m_shelfX + box.width() > m_rowWidth) {
            m_shelfY += m_shelfHeight;
            m_shelfX = m_shelfHeight = 0;
        }
        shift = QPointF(m_shelfX, m_shelfY) - box.topLeft();
        m_shelfX += box.width();
        m_shelfHeight = std::max(m_shelfHeight, box.height());
    }
    for (size_t i = 0; i < k; ++i)
        place(nodes[i], placed[i] + shift);
}

bool KamadaKawaiLayout::step()
{
    if (m_next >= m_components.size())
        return false;
    layOutComponent(m_components[m_next++]);
    return m_next < m_components.size();
}

} // namespace entente
