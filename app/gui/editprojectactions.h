#pragma once

class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;

namespace entente {

class EditController;
class ProjectSession;

/**
 * The File-menu actions for personal projects (new from the default dataset, new empty,
 * checkpoint and revert) and the History dock, kept out of MainWindow so that the window only
 * wires them in.
 */
class EditProjectActions
{
public:
    /** Inserts the project actions into `file` before `before`. */
    static void addTo(QMenu* file, QAction* before, ProjectSession* session, EditController* edit,
                      QMainWindow* window);
    /** A dock listing the undo history (QUndoView); clicking an entry undoes or redoes up to it. */
    static QDockWidget* historyDock(EditController* edit, QMainWindow* window);
};

} // namespace entente
