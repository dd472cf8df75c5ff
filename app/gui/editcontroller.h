#pragma once

#include "store/editstep.h"

#include <QObject>
#include <QStringList>
#include <functional>
#include <vector>

class QAction;
class QLabel;
class QMenu;
class QUndoStack;
class QWidget;

namespace entente {

class EditPlanner;
class GraphDocument;
class ProjectSession;
struct Entity;
struct Relation;

/**
 * Joins the edit dialogs and the undo stack to the project: plans each edit, writes it (one
 * transaction), swaps the patched graph into the document and pushes the command. Owns the
 * QUndoStack, the Edit menu's actions and the "saved" indicator. Edits are written as they
 * are made, so history survives Save as (same content, another file) and is cleared only when
 * another project opens or an import reloads this one.
 */
class EditController : public QObject
{
    Q_OBJECT
public:
    EditController(ProjectSession* session, GraphDocument* document, QWidget* window);

    QUndoStack* undoStack() const { return m_stack; }
    QLabel* savedIndicator() const { return m_saved; }
    /** Fills the Edit menu (undo, redo, add/edit/delete, merge, bulk). */
    void populateMenu(QMenu* menu);

    /** Plans and performs one edit; false (and failed() emitted) when refused or not written. */
    bool perform(const std::function<EditStep(EditPlanner&)>& plan);
    /** Writes one batch and shows the result; used by commands for undo and redo. */
    bool apply(const WriteBatch& batch);

    // Dialog entry points; each opens a dialog and performs the edit when accepted.
    void newEntity();
    void editEntity(const QString& id);
    void deleteEntity(const QString& id);
    /** Opens the new-relation dialog, with endpoints filled when given. */
    void newRelation(const QString& from = {}, const QString& to = {});
    void editRelation(const QString& id);
    void deleteRelation(const QString& id);
    void mergeInto(const QString& duplicate);
    void editSelected();
    void deleteSelected();
    /** Runs a DetailsPanel edit request ("edit-entity", "delete-relation", …). */
    void request(const QString& action, const QString& id);

    /** How a delete of an entity with relations is confirmed; replaceable for tests. */
    std::function<bool(const QString& name, int relations)> confirmDelete;

signals:
    void failed(const QString& message);
    /** After every written edit, undo or redo. */
    void edited();
    /** Just before edited(): old vertex → new (-1 when deleted), for state kept by vertex. */
    void graphPatched(const std::vector<int>& vertexMap);

private:
    QString selectedId() const;
    static std::function<EditStep(EditPlanner&)>
    withNewSources(const class SourcePicker* picker, std::function<EditStep(EditPlanner&)> plan);
    void updateSaved();
    bool editable();

    ProjectSession* m_session;
    GraphDocument* m_document;
    QWidget* m_window;
    QUndoStack* m_stack;
    QLabel* m_saved;
    QList<QAction*> m_editActions;
};

} // namespace entente
