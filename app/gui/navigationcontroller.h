#pragma once

#include <QObject>
#include <QPointF>
#include <QStringList>
#include <functional>
#include <vector>

class QMenu;
class QPoint;

namespace entente {

class FilterController;
class GraphCanvas;
class GraphDocument;

/**
 * Where the user is on the map and how they got there: focus on an entity's ego network,
 * expand a node's neighbours in place, hide a node, pin nodes against the layout, and step
 * back and forward through those views (Alt+Left/Right) with a breadcrumb trail. Each step
 * keeps the drawn entities and their positions, so going back shows the same picture.
 */
class NavigationController : public QObject
{
    Q_OBJECT
public:
    /** Runs a layout over what the document shows: start positions and pinned flags per visible
     * vertex. */
    using LayoutStarter = std::function<void(std::vector<QPointF> start, std::vector<bool> pinned)>;

    NavigationController(GraphDocument* document, GraphCanvas* canvas, FilterController* filter,
                         LayoutStarter layout, QObject* parent = nullptr);

    /** Shows the entity and everything within `depth` hops (the most connected first, at most
     * MaxFocus). */
    void focus(int vertex, int depth = 1);
    /** Adds the entity's neighbours around it; what was drawn stays where it was. */
    void expand(int vertex);
    /** Removes the entity from the drawing. */
    void hide(int vertex);
    void togglePin(int vertex);
    bool isPinned(int vertex) const;
    bool canGoBack() const { return !m_back.empty(); }
    bool canGoForward() const { return !m_forward.empty(); }
    void back();
    void forward();
    /** Goes back to the view at `index` of trail() in one step (a breadcrumb click). */
    void backTo(int index);
    /** Labels of the views so far, oldest first; the last one is the current view. */
    QStringList trail() const;
    /** Forgets history (a new project). */
    void reset(const QString& label);
    /**
     * After an edit: Back, Forward and pins follow the vertices to their new numbers
     * (old → new, -1 when deleted; a deleted entity drops out of every stored view).
     */
    void remap(const std::vector<int>& vertexMap);
    /** Fills a context menu for a node (focus, expand, hide, pin, paths, timeline). */
    void fillMenu(QMenu* menu, int vertex);

    static constexpr int MaxFocus = 400;
    static constexpr int MaxExpand = 150;

signals:
    void trailChanged(const QStringList& trail);
    void pathFromRequested(int vertex);
    void pathToRequested(int vertex);
    void timelineRequested(int vertex);

private:
    struct View
    {
        QString label;
        std::vector<int> visible;
        std::vector<QPointF> positions; ///< per visible vertex
        int selected = -1;
    };
    View current() const;
    void show(const View& view);
    /** Records the current view for Back and shows `visible`, seeding new vertices near `around`.
     */
    void go(const QString& label, std::vector<int> visible, int around, bool keepOld);

    GraphDocument* m_document;
    GraphCanvas* m_canvas;
    FilterController* m_filter;
    LayoutStarter m_layout;
    std::vector<View> m_back;
    std::vector<View> m_forward;
    QString m_label;
    std::vector<char> m_pinned; // per vertex of the graph
};

} // namespace entente
