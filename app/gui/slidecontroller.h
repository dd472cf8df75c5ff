#pragma once

#include "export/diagramoptions.h"

#include <QObject>
#include <QPointer>
#include <functional>

class QWidget;

namespace entente {

class PresentationWindow;
class ProjectSession;
class SlidesPanel;
class ViewController;

/**
 * Slides: joins the Slides panel to the project's saved views — their order (stored as the
 * views' positions), names, slide titles, deletion — and makes decks and presentations from
 * them, drawn offscreen so the canvas stays as the user left it.
 */
class SlideController : public QObject
{
    Q_OBJECT
public:
    SlideController(ProjectSession* session, ViewController* views, SlidesPanel* panel,
                    QWidget* dialogParent, QObject* parent = nullptr);

    /** Reloads the list from the project. */
    void refresh();
    /** Stores a new slide order; false (and the list reloaded) if the project refused. */
    bool reorder(const QList<qint64>& ids);
    bool rename(qint64 id, const QString& name);
    bool setTitle(qint64 id, const QString& title);
    bool remove(qint64 id);
    /**
     * All slides as one PDF (path ends in .pdf) or PNG/SVG files in the folder `path`; with
     * `footnotes`, each slide lists the sources of its relations as numbered footnotes.
     */
    bool exportDeck(const QString& path, const QString& format, QString* error, bool footnotes = false);
    /** Opens the full-screen presentation (shown normally when `fullScreen` is false, for tests).
     */
    PresentationWindow* present(bool fullScreen = true);

    DiagramOptions deckOptions() const;

private:
    bool store(const std::function<void()>& write);
    void chooseAndExport();

    ProjectSession* m_session;
    ViewController* m_views;
    SlidesPanel* m_panel;
    QWidget* m_dialogParent;
    QPointer<PresentationWindow> m_presentation;
};

} // namespace entente
