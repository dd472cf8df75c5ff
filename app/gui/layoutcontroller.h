#pragma once

#include "canvas/layoutrunner.h"

#include <QObject>
#include <QPointF>
#include <functional>
#include <memory>
#include <vector>

class QAction;
class QMenu;
class QProgressBar;
class QToolButton;

namespace entente {

class GraphCanvas;
class GraphDocument;
class Layout;

/**
 * Joins the layouts to the canvas: builds the layout input from what the document shows, runs
 * the chosen layout on the LayoutRunner's worker thread (progress bar and Cancel), applies its
 * frames so the drawing animates into place, and in live mode feeds the node the user drags to
 * the running force layout. It owns the runner and the View → Layout menu.
 */
class LayoutController : public QObject
{
    Q_OBJECT
public:
    enum class Kind
    {
        Force,
        KamadaKawai,
        Circular,
        Radial,
        Hierarchy,
        Time
    };

    LayoutController(GraphDocument* document, GraphCanvas* canvas, QProgressBar* progress,
                     QToolButton* cancel, QObject* parent = nullptr);
    ~LayoutController() override;

    LayoutRunner* runner() const { return m_runner; }
    /** Says which vertices stay where they are (the navigation's pins). */
    void setPinnedTest(std::function<bool(int)> pinned) { m_isPinned = std::move(pinned); }
    /** Fills View → Layout: one action per layout, then "Keep running (live)". */
    void fillMenu(QMenu* menu);
    QAction* action(Kind kind) const { return m_actions[static_cast<size_t>(kind)]; }
    QAction* liveAction() const { return m_liveAction; }

    /**
     * The force layout from `start` (seeded when empty) with `pinned` nodes kept: what opening
     * a project and expanding a node run.
     */
    void startForce(std::vector<QPointF> start = {}, std::vector<bool> pinned = {});
    /** Runs `kind` from the current picture, keeping pinned nodes. */
    void run(Kind kind);
    /** Starts or stops the live force layout. */
    void setLive(bool on);
    void cancel();

    static constexpr int ForceSteps = 600;

signals:
    /** The layout ended and the canvas shows its result. */
    void settled();
    /** A layout refused the view (e.g. too large for Kamada–Kawai, no entity selected). */
    void refused(const QString& message);
    void cancelled();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void launch(std::unique_ptr<Layout> layout, std::vector<QPointF> start,
                std::vector<bool> pinned, int maxSteps, bool live, bool hierarchy);
    std::vector<QPointF> currentPositions() const;
    std::vector<bool> currentPins() const;
    bool sameView() const;
    void endRun();

    GraphDocument* m_document;
    GraphCanvas* m_canvas;
    QProgressBar* m_progress;
    QToolButton* m_cancel;
    LayoutRunner* m_runner;
    std::function<bool(int)> m_isPinned;
    std::vector<QAction*> m_actions;
    QAction* m_liveAction = nullptr;
    std::vector<int> m_runVertices; ///< the visible vertices the running layout was given
    int m_dragged = -1;             ///< the layout node the user drags in live mode
    QPointF m_grip;                 ///< node position minus pointer when the drag began
    bool m_firstFrame = false;
};

} // namespace entente
