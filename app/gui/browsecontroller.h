#pragma once

#include <QObject>

class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;

namespace entente {

class CommandPalette;
class CommandPaletteModel;
class ConceptBrowser;
class ConceptTreeModel;
class GraphCanvas;
class GraphDocument;
class NavigationController;
class ProjectSession;

/**
 * Joins the concept browser (a dock) and the Ctrl+K command palette to the window: an entity
 * chosen in either is shown on the canvas — centred and selected when it is drawn, otherwise
 * drawn with its neighbours through the navigation history (so Alt+← comes back) — and a
 * command chosen in the palette runs the window's own QAction.
 */
class BrowseController : public QObject
{
    Q_OBJECT
public:
    BrowseController(QMainWindow* window, ProjectSession* session, GraphDocument* document,
                     GraphCanvas* canvas, NavigationController* navigation);

    /** Adds "Command palette…" (Ctrl+K) and "Concept browser" to a menu. */
    void addActionsTo(QMenu* menu);
    /** Shows an entity on the canvas; false if the id is unknown. */
    bool goTo(const QString& id);
    void openPalette();

    ConceptBrowser* conceptBrowser() const { return m_browser; }
    QDockWidget* conceptDock() const { return m_dock; }
    CommandPalette* palette() const { return m_palette; }
    QAction* paletteAction() const { return m_paletteAction; }

private:
    /** The window's menu commands, as the palette lists them ("View › Fit all"). */
    void collectCommands();

    QMainWindow* m_window;
    ProjectSession* m_session;
    GraphDocument* m_document;
    GraphCanvas* m_canvas;
    NavigationController* m_navigation;
    ConceptTreeModel* m_tree;
    ConceptBrowser* m_browser;
    QDockWidget* m_dock;
    CommandPaletteModel* m_paletteModel;
    CommandPalette* m_palette;
    QAction* m_paletteAction = nullptr;
};

} // namespace entente
