#include "browsecontroller.h"

#include "canvas/graphcanvas.h"
#include "graph/graphdocument.h"
#include "models/commandpalettemodel.h"
#include "models/concepttreemodel.h"
#include "navigationcontroller.h"
#include "panels/commandpalette.h"
#include "panels/conceptbrowser.h"
#include "projectsession.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>

namespace entente {

BrowseController::BrowseController(QMainWindow* window, ProjectSession* session,
                                   GraphDocument* document, GraphCanvas* canvas,
                                   NavigationController* navigation)
    : QObject(window), m_window(window), m_session(session), m_document(document), m_canvas(canvas),
      m_navigation(navigation), m_tree(new ConceptTreeModel(document, this)),
      m_browser(new ConceptBrowser(m_tree, window)),
      m_dock(new QDockWidget(tr("Concepts"), window)),
      m_paletteModel(new CommandPaletteModel(document, this)),
      m_palette(new CommandPalette(m_paletteModel, window))
{
    m_browser->setDescriptionSource([this](const QString& id) {
        const auto details = m_session->details(id);
        return details ? details->entity.description : QString();
    });
    connect(m_browser, &ConceptBrowser::entityActivated, this, &BrowseController::goTo);
    connect(m_browser, &ConceptBrowser::focusRequested, this, [this](const QString& id) {
        if (const KnowledgeGraph* g = m_document->graph(); g && g->indexOf(id) >= 0)
            m_navigation->focus(g->indexOf(id), 1);
    });

    // A tab beside Details: students read a concept, click a user, and read its details next.
    m_dock->setObjectName(QStringLiteral("conceptDock"));
    m_dock->setWidget(m_browser);
    window->addDockWidget(Qt::RightDockWidgetArea, m_dock);
    if (auto* details = window->findChild<QDockWidget*>(QStringLiteral("detailsDock"))) {
        window->tabifyDockWidget(details, m_dock);
        details->raise();
    }

    connect(m_palette, &CommandPalette::entityChosen, this, &BrowseController::goTo);
    connect(m_palette, &CommandPalette::commandChosen, this,
            [](QAction* action) { action->trigger(); });
}

void BrowseController::addActionsTo(QMenu* menu)
{
    m_paletteAction = menu->addAction(tr("Command &palette…"), QKeySequence(Qt::CTRL | Qt::Key_K),
                                      this, &BrowseController::openPalette);
    // Shortcuts of a window action work wherever the focus is in the window (canvas, docks).
    m_paletteAction->setShortcutContext(Qt::WindowShortcut);
    QAction* concepts = m_dock->toggleViewAction();
    concepts->setText(tr("&Concept browser"));
    concepts->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    menu->addAction(concepts);
}

void BrowseController::openPalette()
{
    collectCommands(); // menus change (recent files, enabled state), so read them each time
    m_palette->popup();
}

void BrowseController::collectCommands()
{
    std::vector<CommandPaletteModel::Command> commands;
    const std::function<void(QMenu*, const QString&)> walk = [&](QMenu* menu, const QString& path) {
        const QString here =
            path.isEmpty() ? menu->title() : path + QStringLiteral(" › ") + menu->title();
        for (QAction* a : menu->actions()) {
            if (a->isSeparator() || !a->isVisible())
                continue;
            if (a->menu()) {
                walk(a->menu(), QString(here).remove(QLatin1Char('&')));
                continue;
            }
            if (a == m_paletteAction || !a->isEnabled() || a->text().isEmpty())
                continue;
            commands.push_back(
                {QString(here).remove(QLatin1Char('&')) + QStringLiteral(" › ") + a->text(),
                 a->shortcut().toString(QKeySequence::NativeText), a->icon(), a});
        }
    };
    for (QAction* top : m_window->menuBar()->actions())
        if (top->menu())
            walk(top->menu(), QString());
    m_paletteModel->setCommands(std::move(commands));
}

bool BrowseController::goTo(const QString& id)
{
    const KnowledgeGraph* g = m_document->graph();
    const int v = g ? g->indexOf(id) : -1;
    if (v < 0)
        return false;
    if (m_document->isVisible(v))
        m_canvas->focusOn(v); // centres and selects; the details panel follows the selection
    else
        m_navigation->focus(
            v, 1); // not drawn yet: draw it with its neighbours, as a step back can undo
    if (ConceptBrowser* b = m_browser;
        b->isVisible() && b->shownConcept() != v && g->entity(v).kind == EntityKind::Mechanism)
        b->showConcept(v);
    return true;
}

} // namespace entente
