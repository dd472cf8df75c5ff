#pragma once

#include <QObject>

class QDockWidget;
class QMainWindow;

namespace entente {

class FilterController;
class FilterPanel;
class GraphDocument;
class ProjectSession;
class SourceLibraryPanel;

/**
 * Provenance in the window: fills the source library dock from the project (when it is shown,
 * and again after an edit or another project), turns a click on a use into "show that entity"
 * or "highlight that relation", offers the unsourced filter, and gives the canvas its hover text
 * (sources with quote, page and confidence, or "unsourced"), read from the store on demand.
 */
class ProvenanceController : public QObject
{
    Q_OBJECT
public:
    ProvenanceController(ProjectSession* session, GraphDocument* document, FilterController* filter,
                         FilterPanel* filterPanel, QMainWindow* window);

    SourceLibraryPanel* panel() const { return m_panel; }
    QDockWidget* dock() const { return m_dock; }
    /** The canvas hover text for an entity (vertex) or relation (index). */
    QString toolTip(bool relation, int index) const;
    /** Marks the library stale; it is read again now if shown, else when next shown. */
    void invalidate();

signals:
    void entityRequested(const QString& id);

private:
    void refresh();
    void showRelation(const QString& id);
    void filterUnsourced();

    ProjectSession* m_session;
    GraphDocument* m_document;
    FilterController* m_filter;
    FilterPanel* m_filterPanel;
    SourceLibraryPanel* m_panel;
    QDockWidget* m_dock;
    bool m_stale = true;
};

} // namespace entente
