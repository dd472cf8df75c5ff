#include "navigationcontroller.h"

#include "canvas/graphcanvas.h"
#include "filtercontroller.h"
#include "graph/graphdocument.h"
#include "query/neighbourhood.h"
#include "query/pathconstraints.h"

#include <QMenu>
#include <algorithm>
#include <cmath>
#include <numbers>

namespace entente {

NavigationController::NavigationController(GraphDocument* document, GraphCanvas* canvas,
                                           FilterController* filter, LayoutStarter layout,
                                           QObject* parent)
    : QObject(parent), m_document(document), m_canvas(canvas), m_filter(filter),
      m_layout(std::move(layout))
{
}

void NavigationController::reset(const QString& label)
{
    m_back.clear();
    m_forward.clear();
    m_label = label;
    m_pinned.assign(
        m_document->graph() ? static_cast<size_t>(m_document->graph()->entityCount()) : 0, 0);
    emit trailChanged(trail());
}

void NavigationController::remap(const std::vector<int>& vertexMap)
{
    auto mapped = [&](int v) {
        return v >= 0 && static_cast<size_t>(v) < vertexMap.size()
                   ? vertexMap[static_cast<size_t>(v)]
                   : -1;
    };
    for (auto* views : {&m_back, &m_forward})
        for (View& view : *views) {
            View next;
            next.label = view.label;
            next.selected = mapped(view.selected);
            for (size_t i = 0; i < view.visible.size(); ++i)
                if (const int v = mapped(view.visible[i]); v >= 0) {
                    next.visible.push_back(v);
                    if (i < view.positions.size())
                        next.positions.push_back(view.positions[i]);
                }
            view = std::move(next);
        }
    const size_t n =
        m_document->graph() ? static_cast<size_t>(m_document->graph()->entityCount()) : 0;
    std::vector<char> pinned(n, 0);
    for (size_t old = 0; old < m_pinned.size(); ++old)
        if (const int v = mapped(static_cast<int>(old)); v >= 0 && static_cast<size_t>(v) < n)
            pinned[static_cast<size_t>(v)] = m_pinned[old];
    m_pinned = std::move(pinned);
    emit trailChanged(trail());
}

QStringList NavigationController::trail() const
{
    QStringList out;
    for (const View& v : m_back)
        out << v.label;
    out << m_label;
    return out;
}

NavigationController::View NavigationController::current() const
{
    View v;
    v.label = m_label;
    v.visible = m_document->visibleVertices();
    for (int x : v.visible)
        v.positions.push_back(m_document->position(x));
    v.selected = m_document->selected();
    return v;
}

void NavigationController::show(const View& view)
{
    const FilterCriteria kept = m_filter->criteria(); // a new drawing, the same filter
    m_document->setGraph(m_document->sharedGraph(), view.visible);
    m_document->setVisiblePositions(view.positions);
    if (!kept.isEmpty())
        m_filter->setCriteria(kept);
    if (view.selected >= 0)
        m_document->select(view.selected);
    m_label = view.label;
    m_canvas->fitAll();
    emit trailChanged(trail());
}

void NavigationController::go(const QString& label, std::vector<int> visible, int around,
                              bool keepOld)
{
    const KnowledgeGraph* g = m_document->graph();
    if (!g)
        return;
    m_back.push_back(current());
    m_forward.clear();
    std::sort(visible.begin(), visible.end());
    visible.erase(std::unique(visible.begin(), visible.end()), visible.end());
    std::vector<QPointF> start;
    std::vector<bool> pinned;
    const QPointF centre =
        around >= 0 && m_document->isVisible(around) ? m_document->position(around) : QPointF();
    int fresh = 0;
    for (int v : visible) {
        if (keepOld && m_document->isVisible(v)) {
            start.push_back(m_document->position(v));
            // What was drawn stays put while the newcomers find their places around it.
            pinned.push_back(true);
        } else {
            // Newcomers start on a widening spiral around the expanded node, not on top of it.
            ++fresh;
            const double angle = 2 * std::numbers::pi * fresh / 12.0 + fresh * 0.17;
            start.push_back(centre +
                            QPointF(std::cos(angle), std::sin(angle)) * (60.0 + 6.0 * fresh));
            pinned.push_back(m_pinned.size() > static_cast<size_t>(v) &&
                             m_pinned[static_cast<size_t>(v)]);
        }
    }
    const FilterCriteria kept = m_filter->criteria();
    m_document->setGraph(m_document->sharedGraph(), visible);
    m_document->setVisiblePositions(start);
    if (!kept.isEmpty())
        m_filter->setCriteria(kept);
    if (around >= 0)
        m_document->select(around);
    m_label = label;
    emit trailChanged(trail());
    if (!keepOld)
        std::fill(pinned.begin(), pinned.end(), false);
    m_layout(std::move(start), std::move(pinned));
}

void NavigationController::focus(int vertex, int depth)
{
    const KnowledgeGraph* g = m_document->graph();
    if (!g || vertex < 0)
        return;
    const Neighbourhood hood(*g, vertex, std::clamp(depth, 1, 3), PathConstraints(*g));
    std::vector<int> visible = hood.vertices(); // centre first, then by distance
    if (visible.size() > MaxFocus) {
        // Nearer rings first; within a ring, the most connected.
        std::vector<size_t> order(visible.size() - 1);
        for (size_t i = 0; i < order.size(); ++i)
            order[i] = i + 1;
        std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
            if (hood.depths()[a] != hood.depths()[b])
                return hood.depths()[a] < hood.depths()[b];
            return g->degree(visible[a]) > g->degree(visible[b]);
        });
        std::vector<int> kept{visible.front()};
        for (size_t i = 0; i + 1 < MaxFocus; ++i)
            kept.push_back(visible[order[i]]);
        visible = std::move(kept);
    }
    go(tr("%1 (%2 hop%3)")
           .arg(g->entity(vertex).name)
           .arg(depth)
           .arg(depth > 1 ? QStringLiteral("s") : QString()),
       std::move(visible), vertex, false);
}

void NavigationController::expand(int vertex)
{
    const KnowledgeGraph* g = m_document->graph();
    if (!g || vertex < 0)
        return;
    std::vector<int> neighbours;
    g->forEachIncident(vertex, [&](std::uint32_t, std::uint32_t other, bool) {
        if (!m_document->isVisible(static_cast<int>(other)))
            neighbours.push_back(static_cast<int>(other));
    });
    std::sort(neighbours.begin(), neighbours.end());
    neighbours.erase(std::unique(neighbours.begin(), neighbours.end()), neighbours.end());
    std::stable_sort(neighbours.begin(), neighbours.end(),
                     [g](int a, int b) { return g->degree(a) > g->degree(b); });
    if (neighbours.size() > MaxExpand)
        neighbours.resize(MaxExpand);
    std::vector<int> visible = m_document->visibleVertices();
    if (!m_document->isVisible(vertex))
        visible.push_back(vertex);
    visible.insert(visible.end(), neighbours.begin(), neighbours.end());
    go(tr("+ %1").arg(g->entity(vertex).name), std::move(visible), vertex, true);
}

void NavigationController::hide(int vertex)
{
    const KnowledgeGraph* g = m_document->graph();
    if (!g || !m_document->isVisible(vertex))
        return;
    m_back.push_back(current());
    m_forward.clear();
    View next = current();
    const auto it = std::find(next.visible.begin(), next.visible.end(), vertex);
    next.positions.erase(next.positions.begin() + (it - next.visible.begin()));
    next.visible.erase(it);
    next.label = tr("− %1").arg(g->entity(vertex).name);
    next.selected = -1;
    show(next);
}

void NavigationController::togglePin(int vertex)
{
    if (vertex < 0 || static_cast<size_t>(vertex) >= m_pinned.size())
        return;
    m_pinned[static_cast<size_t>(vertex)] = !m_pinned[static_cast<size_t>(vertex)];
}

bool NavigationController::isPinned(int vertex) const
{
    return vertex >= 0 && static_cast<size_t>(vertex) < m_pinned.size() &&
           m_pinned[static_cast<size_t>(vertex)];
}

void NavigationController::back()
{
    if (m_back.empty())
        return;
    m_forward.push_back(current());
    View v = std::move(m_back.back());
    m_back.pop_back();
    show(v);
}

void NavigationController::backTo(int index)
{
    if (index < 0 || index >= static_cast<int>(m_back.size()))
        return;
    // As if Back were pressed until `index`, but drawn once: the skipped views go to Forward.
    m_forward.push_back(current());
    while (static_cast<int>(m_back.size()) > index + 1) {
        m_forward.push_back(std::move(m_back.back()));
        m_back.pop_back();
    }
    View v = std::move(m_back.back());
    m_back.pop_back();
    show(v);
}

void NavigationController::forward()
{
    if (m_forward.empty())
        return;
    m_back.push_back(current());
    View v = std::move(m_forward.back());
    m_forward.pop_back();
    show(v);
}

void NavigationController::fillMenu(QMenu* menu, int vertex)
{
    const KnowledgeGraph* g = m_document->graph();
    if (!g || vertex < 0)
        return;
    menu->setTitle(g->entity(vertex).name);
    QMenu* focusMenu = menu->addMenu(tr("&Focus on %1").arg(g->entity(vertex).name));
    for (int depth = 1; depth <= 3; ++depth)
        focusMenu->addAction(tr("within %n hop(s)", nullptr, depth), this,
                             [this, vertex, depth] { focus(vertex, depth); });
    menu->addAction(tr("&Expand neighbours"), this, [this, vertex] { expand(vertex); });
    menu->addAction(tr("&Hide"), this, [this, vertex] { hide(vertex); });
    QAction* pin =
        menu->addAction(tr("&Pin in place"), this, [this, vertex] { togglePin(vertex); });
    pin->setCheckable(true);
    pin->setChecked(isPinned(vertex));
    menu->addSeparator();
    menu->addAction(tr("Find paths &from here"), this,
                    [this, vertex] { emit pathFromRequested(vertex); });
    menu->addAction(tr("Find paths &to here"), this,
                    [this, vertex] { emit pathToRequested(vertex); });
    menu->addAction(tr("Show in &timeline"), this,
                    [this, vertex] { emit timelineRequested(vertex); });
}

} // namespace entente
