#pragma once

#include <QObject>

namespace entente {

class FilterController;
class GraphDocument;
class PathPanel;
class ProjectSession;

/**
 * Answers the path panel: resolves the two names, applies the current filter's relation kinds
 * and dates when asked, runs the PathFinder, and fills the panel with sentences, hops and
 * sources from the project; selecting a result highlights it on the canvas.
 */
class PathController : public QObject
{
    Q_OBJECT
public:
    PathController(ProjectSession* session, GraphDocument* document, FilterController* filter, PathPanel* panel,
                   QObject* parent = nullptr);

    void find(const QString& from, const QString& to, int k, bool timeRespecting, bool useFilter, const QString& weights = {});

private:
    ProjectSession* m_session;
    GraphDocument* m_document;
    FilterController* m_filter;
    PathPanel* m_panel;
};

} // namespace entente
