#pragma once

#include <QObject>
#include <QStringList>

class QAction;
class QMenu;
class QWidget;

namespace entente {

class EditController;
class GraphCanvas;
class GraphDocument;
class LinkDragHandler;

/**
 * Editing from the canvas: drag from one entity to another (Shift, or link mode) opens the
 * relation dialog with both ends filled; the node context menu and the Edit menu tag, set the
 * category of, or merge the entities selected on the canvas (Ctrl+click for several). Every
 * change goes through EditController, so it is one undoable step (a merge of several entities
 * is one macro on the undo stack).
 */
class CanvasEditController : public QObject
{
    Q_OBJECT
public:
    CanvasEditController(EditController* edit, GraphDocument* document, GraphCanvas* canvas,
                         QWidget* window);

    LinkDragHandler* linkDrag() const { return m_linkDrag; }
    /** Adds link mode and the selection edits to the Edit menu. */
    void populateMenu(QMenu* menu);
    /** Adds the edit entries for a right-clicked entity to a context menu. */
    void fillMenu(QMenu* menu, int vertex);

    /** Ids of the entities selected on the canvas, or of `fallback` when none is. */
    QStringList selectedIds(int fallback = -1) const;
    void tagSelected(int fallback = -1);
    /** Merges every other selected entity into `kept`, as one undoable step. */
    void mergeSelectedInto(int kept);

private:
    EditController* m_edit;
    GraphDocument* m_document;
    GraphCanvas* m_canvas;
    QWidget* m_window;
    LinkDragHandler* m_linkDrag;
};

} // namespace entente
