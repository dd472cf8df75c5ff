#pragma once

#include <QObject>

class QMenu;
class QWidget;

namespace entente {

class FilterController;
class FilterPanel;
class GraphCanvas;
class GraphDocument;
class ProjectSession;

/**
 * Saved views: stores the current picture — drawn entities, their positions, the filter and
 * the viewport — as a named view in the project, and restores it from the Views menu.
 */
class ViewController : public QObject
{
    Q_OBJECT
public:
    ViewController(ProjectSession* session, GraphDocument* document, GraphCanvas* canvas, FilterController* filter,
                   FilterPanel* filterPanel, QMenu* menu, QWidget* dialogParent, QObject* parent = nullptr);

    /** Saves the current view under `name`; returns false with a reason if the project is read-only. */
    bool saveCurrent(const QString& name, QString* error = nullptr);
    /** Restores a saved view by name; false if there is none. */
    bool restore(const QString& name);
    /** Restores a saved view by id (the Slides panel); false if there is none. */
    bool restoreId(qint64 id);
    void rebuildMenu();

signals:
    /** A view was saved; the Slides panel lists it. */
    void viewsChanged();

private:
    bool apply(const struct SavedView& view);

    ProjectSession* m_session;
    GraphDocument* m_document;
    GraphCanvas* m_canvas;
    FilterController* m_filter;
    FilterPanel* m_filterPanel;
    QMenu* m_menu;
    QWidget* m_dialogParent;
};

} // namespace entente
