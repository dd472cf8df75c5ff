#include "mainwindow.h"

#include "canvas/canvastooltips.h"
#include "canvas/graphcanvas.h"
#include "canvas/graphscene.h"
#include "canvas/nodeitem.h"
#include "graph/graphdocument.h"
#include "models/entitylistmodel.h"
#include "models/entitysuggestionmodel.h"
#include "panels/detailspanel.h"
#include "panels/legendwidget.h"
#include "panels/searchbox.h"
#include "comparedialog.h"
#include "exportdialog.h"
#include "export/offscreendiagram.h"
#include "panels/slidespanel.h"
#include "slidecontroller.h"
#include "filtercontroller.h"
#include "metricscontroller.h"
#include "models/metricstablemodel.h"
#include "panels/filterchipbar.h"
#include "panels/filterpanel.h"
#include "panels/metricspanel.h"
#include "panels/pathpanel.h"
#include "pathcontroller.h"
#include "viewcontroller.h"
#include "themecontroller.h"
#include "importcontroller.h"
#include "layoutcontroller.h"
#include "timelinecontroller.h"
#include "navigationcontroller.h"
#include "timeline/timelinepanel.h"
#include "canvaseditcontroller.h"
#include "editcontroller.h"
#include "browsecontroller.h"
#include "editprojectactions.h"
#include "export/offscreendiagram.h"
#include "exportdialog.h"
#include "filtercontroller.h"
#include "graph/graphdocument.h"
#include "importcontroller.h"
#include "layout/forcelayout.h"
#include "metricscontroller.h"
#include "models/entitylistmodel.h"
#include "models/metricstablemodel.h"
#include "navigationcontroller.h"
#include "panels/detailspanel.h"
#include "panels/filterchipbar.h"
#include "panels/filterpanel.h"
#include "panels/legendwidget.h"
#include "panels/metricspanel.h"
#include "panels/pathpanel.h"
#include "panels/searchbox.h"
#include "panels/slidespanel.h"
#include "pathcontroller.h"
#include "projectsession.h"
#include "provenancecontroller.h"
#include "query/pathfinder.h"
#include "slidecontroller.h"
#include "store/storeerror.h"
#include "timeline/timelinepanel.h"
#include "timelinecontroller.h"
#include "viewcontroller.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>
#include <numeric>

namespace entente {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), m_session(new ProjectSession(this)), m_document(new GraphDocument(this))
{
    setWindowTitle(QStringLiteral("Entente"));
    setAcceptDrops(true);
    m_canvas = new GraphCanvas(m_document, this);
    m_chips = new FilterChipBar(this);
    auto* centre = new QWidget(this);
    auto* centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->setSpacing(0);
    centreLayout->addWidget(m_chips);
    m_trail = new QLabel(this);
    m_trail->setObjectName(QStringLiteral("breadcrumbs"));
    m_trail->setContentsMargins(8, 2, 8, 2);
    m_trail->hide();
    centreLayout->addWidget(m_trail);
    centreLayout->addWidget(m_canvas, 1);
    setCentralWidget(centre);

    m_details = new DetailsPanel(this);
    auto* detailsDock = new QDockWidget(tr("Details"), this);
    detailsDock->setObjectName(QStringLiteral("detailsDock"));
    detailsDock->setWidget(m_details);
    addDockWidget(Qt::RightDockWidgetArea, detailsDock);

    m_legend = new LegendWidget(m_document, this);
    auto* legendDock = new QDockWidget(tr("Legend"), this);
    legendDock->setObjectName(QStringLiteral("legendDock"));
    legendDock->setWidget(m_legend);
    addDockWidget(Qt::LeftDockWidgetArea, legendDock);

    m_filterPanel = new FilterPanel(m_document, this);
    auto* filterDock = new QDockWidget(tr("Filters"), this);
    filterDock->setObjectName(QStringLiteral("filterDock"));
    filterDock->setWidget(m_filterPanel);
    addDockWidget(Qt::RightDockWidgetArea, filterDock);
    m_filter = new FilterController(m_document, m_filterPanel, m_chips, this);
    connect(m_legend, &LegendWidget::entityKindToggled, m_filter, &FilterController::toggleEntityKind);
    connect(m_legend, &LegendWidget::relationKindToggled, m_filter, &FilterController::toggleRelationKind);
    connect(m_filter, &FilterController::applied, m_legend, [this] { m_legend->setFilter(m_filter->criteria()); });

    m_entities = new EntityListModel(m_document, this);
    m_pathPanel = new PathPanel(m_entities, this);
    auto* pathDock = new QDockWidget(tr("Paths"), this);
    pathDock->setObjectName(QStringLiteral("pathDock"));
    pathDock->setWidget(m_pathPanel);
    addDockWidget(Qt::RightDockWidgetArea, pathDock);
    tabifyDockWidget(detailsDock, pathDock);
    // Eight tools share the right column: tabs along its edge keep every name readable, where
    // a row of tabs under it would elide them all to two letters.
    setTabPosition(Qt::RightDockWidgetArea, QTabWidget::East);
    detailsDock->raise();
    m_paths = new PathController(m_session, m_document, m_filter, m_pathPanel, this);

    m_metricsModel = new MetricsTableModel(this);
    m_metricsPanel = new MetricsPanel(m_metricsModel, this);
    auto* metricsDock = new QDockWidget(tr("Metrics"), this);
    metricsDock->setObjectName(QStringLiteral("metricsDock"));
    metricsDock->setWidget(m_metricsPanel);
    addDockWidget(Qt::RightDockWidgetArea, metricsDock);
    tabifyDockWidget(pathDock, filterDock);
    tabifyDockWidget(filterDock, metricsDock);
    detailsDock->raise();
    m_metrics = new MetricsController(m_document, m_metricsPanel, m_metricsModel, m_canvas, m_filter, m_filterPanel, this);
    connect(m_metricsPanel, &MetricsPanel::entityActivated, this, [this](const QString& id) { showEntity(id); });

    m_timelinePanel = new TimelinePanel(this);
    auto* timelineDock = new QDockWidget(tr("Timeline"), this);
    timelineDock->setObjectName(QStringLiteral("timelineDock"));
    timelineDock->setWidget(m_timelinePanel);
    addDockWidget(Qt::BottomDockWidgetArea, timelineDock);
    m_timeline = new TimelineController(m_session, m_document, m_filter, m_canvas, m_timelinePanel, this);
    m_navigation = new NavigationController(m_document, m_canvas, m_filter,
                                            [this](std::vector<QPointF> start, std::vector<bool> pinned) { startLayout(std::move(start), std::move(pinned)); }, this);
    connect(m_navigation, &NavigationController::trailChanged, this, [this](const QStringList& trail) {
        // Earlier views are links: a click goes straight back to one.
        QStringList crumbs;
        for (qsizetype i = 0; i < trail.size(); ++i)
            crumbs << (i + 1 < trail.size() ? QStringLiteral("<a href='%1'>%2</a>").arg(i).arg(trail[i].toHtmlEscaped()) : trail[i].toHtmlEscaped());
        m_trail->setText(tr("View: %1   (Alt+← back)").arg(crumbs.join(QStringLiteral("  ›  "))));
        m_trail->setVisible(trail.size() > 1);
    });
    connect(m_trail, &QLabel::linkActivated, m_navigation, [this](const QString& link) { m_navigation->backTo(link.toInt()); });
    connect(m_canvas, &GraphCanvas::nodeDoubleClicked, m_navigation, &NavigationController::expand);
    connect(m_canvas, &GraphCanvas::nodeContextMenu, this, [this](int vertex, const QPoint& at) {
        QMenu menu(this);
        m_navigation->fillMenu(&menu, vertex);
        if (auto* canvasEdit = findChild<CanvasEditController*>())
            canvasEdit->fillMenu(&menu, vertex);
        menu.exec(at);
    });
    connect(m_navigation, &NavigationController::timelineRequested, this, [timelineDock](int) { timelineDock->raise(); });

    m_search = new SearchBox(new EntitySuggestionModel(m_document, this), this);
    m_search->setMinimumWidth(380);

    m_status = new QLabel(this);
    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(180);
    m_progress->setRange(0, 100);
    m_progress->hide();
    m_cancel = new QToolButton(this);
    m_cancel->setText(tr("Cancel"));
    m_cancel->hide();
    statusBar()->addWidget(m_status, 1);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);
    m_layouts = new LayoutController(m_document, m_canvas, m_progress, m_cancel, this);
    m_layouts->setPinnedTest([this](int v) { return m_navigation->isPinned(v); });

    m_slidesPanel = new SlidesPanel(this);
    auto* slidesDock = new QDockWidget(tr("Slides"), this);
    slidesDock->setObjectName(QStringLiteral("slidesDock"));
    slidesDock->setWidget(m_slidesPanel);
    addDockWidget(Qt::RightDockWidgetArea, slidesDock);
    tabifyDockWidget(metricsDock, slidesDock);
    detailsDock->raise();

    createActions();
    m_slides = new SlideController(m_session, m_views, m_slidesPanel, this, this);
    resizeDocks({detailsDock}, {380}, Qt::Horizontal);
    resizeDocks({legendDock}, {170}, Qt::Horizontal);
    resizeDocks({timelineDock}, {240}, Qt::Vertical);

    connect(m_session, &ProjectSession::opened, this, &MainWindow::onProjectOpened);
    connect(m_document, &GraphDocument::selectionChanged, this, &MainWindow::onSelection);
    connect(m_details, &DetailsPanel::entityActivated, this, [this](const QString& id) { showEntity(id); });
    connect(m_search, &SearchBox::entityChosen, this, [this](const QString& id) { showEntity(id); });
    connect(m_search, &SearchBox::searchRequested, this, &MainWindow::onSearch);
    connect(m_layouts, &LayoutController::settled, this, &MainWindow::layoutSettled);
    connect(m_layouts, &LayoutController::cancelled, this, [this] { statusBar()->showMessage(tr("Layout cancelled"), 4000); });
    connect(m_layouts, &LayoutController::refused, this, [this](const QString& why) { showError(tr("Layout"), why); });

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    if (!settings.contains(QStringLiteral("window/geometry")))
        resize(1440, 900);
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(tr("&Open…"), this, &MainWindow::openDialog);
    open->setShortcut(QKeySequence::Open);
    file->addAction(tr("Open &default dataset"), this, [this] { openProject(QString()); });
    m_recentMenu = file->addMenu(tr("Open &recent"));
    m_import = new ImportController(m_session, this, this);
    file->addAction(tr("&Import…"), this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import a graph"), QString(),
                                                          tr("Graph files (*.gexf *.graphml *.csv *.tsv *.json *.cyjs *.gv *.dot);;All files (*)"));
        if (!path.isEmpty())
            m_import->start(path);
    });
    connect(m_import, &ImportController::finished, this, [this](const QString& summary) { statusBar()->showMessage(summary, 10000); });
    connect(m_import, &ImportController::failed, this, [this](const QString& message) { showError(tr("Import failed"), message); });
    rebuildRecentMenu();
    QAction* saveAs = file->addAction(tr("Save &as…"), this, &MainWindow::saveAsDialog);
    file->addAction(tr("Export &diagram…"), QKeySequence(tr("Ctrl+Shift+E")), this, [this] {
        exportDialog()->show();
        exportDialog()->updatePreview();
    });
    saveAs->setShortcut(QKeySequence::SaveAs);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    m_edit = new EditController(m_session, m_document, this);
    EditProjectActions::addTo(file, saveAs, m_session, m_edit, this);
    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    m_edit->populateMenu(edit);
    (new CanvasEditController(m_edit, m_document, m_canvas, this))->populateMenu(edit);
    edit->addSeparator();
    edit->addAction(tr("&Copy diagram to clipboard"), QKeySequence(tr("Ctrl+Shift+C")), this, [this] { exportDialog()->copyToClipboard(); });
    statusBar()->addPermanentWidget(m_edit->savedIndicator());
    // History sits with the analysis tabs on the right, so the legend keeps the left column.
    QDockWidget* history = EditProjectActions::historyDock(m_edit, this);
    addDockWidget(Qt::RightDockWidgetArea, history);
    if (auto* metricsDock = findChild<QDockWidget*>(QStringLiteral("metricsDock")))
        tabifyDockWidget(metricsDock, history);
    if (auto* detailsDock = findChild<QDockWidget*>(QStringLiteral("detailsDock")))
        detailsDock->raise();
    // Provenance: the source library dock beside History, hover text, tag and unsourced filters.
    auto* provenance =
        new ProvenanceController(m_session, m_document, m_filter, m_filterPanel, this);
    addDockWidget(Qt::RightDockWidgetArea, provenance->dock());
    tabifyDockWidget(history, provenance->dock());
    if (auto* detailsDock = findChild<QDockWidget*>(QStringLiteral("detailsDock")))
        detailsDock->raise();
    new CanvasToolTips(m_canvas, m_document);
    connect(provenance, &ProvenanceController::entityRequested, this,
            [this](const QString& id) { showEntity(id); });
    connect(m_edit, &EditController::edited, provenance, &ProvenanceController::invalidate);
    m_filter->setFactsProvider([this] { return m_session->filterFacts(); });
    connect(m_edit, &EditController::failed, this, [this](const QString& message) { showError(tr("Edit refused"), message); });
    connect(m_edit, &EditController::graphPatched, m_navigation, &NavigationController::remap);
    connect(m_edit, &EditController::edited, this, [this] {
        const KnowledgeGraph* g = m_document->graph();
        m_status->setText(tr("%1: %2 entities, %3 relations").arg(m_session->displayName()).arg(g->entityCount()).arg(g->relationCount()));
        if (m_document->selected() >= 0)
            onSelection(m_document->selected());
        else
            m_details->showWelcome(m_session->displayName(), m_document->graph()->entityCount(), m_document->graph()->relationCount());
    });
    connect(m_details, &DetailsPanel::editRequested, m_edit, &EditController::request);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* fit = view->addAction(tr("&Fit all"), m_canvas, &GraphCanvas::fitAll);
    fit->setShortcut(Qt::CTRL | Qt::Key_0);
    view->addAction(tr("Zoom &in"), QKeySequence::ZoomIn, m_canvas, [this] { m_canvas->zoomBy(1.25); });
    view->addAction(tr("Zoom &out"), QKeySequence::ZoomOut, m_canvas, [this] { m_canvas->zoomBy(0.8); });
    view->addAction(tr("Run &layout again"), this, [this] { startLayout(); });
    m_layouts->fillMenu(view->addMenu(tr("La&yout")));
    view->addAction(tr("Fit the se&lection"), QKeySequence(Qt::CTRL | Qt::Key_1), m_canvas, &GraphCanvas::fitSelection);
    m_themes = new ThemeController(m_canvas, m_legend, view, this);
    view->addSeparator();
    view->addAction(tr("&Back"), QKeySequence(Qt::ALT | Qt::Key_Left), m_navigation, &NavigationController::back);
    view->addAction(tr("&Forward"), QKeySequence(Qt::ALT | Qt::Key_Right), m_navigation, &NavigationController::forward);
    view->addAction(tr("Focus on the &selected entity"), QKeySequence(Qt::Key_F), this, [this] {
        if (m_document->selected() >= 0)
            m_navigation->focus(m_document->selected(), 1);
    });
    view->addAction(tr("E&xpand the selected entity"), QKeySequence(Qt::Key_X), this, [this] {
        if (m_document->selected() >= 0)
            m_navigation->expand(m_document->selected());
    });
    connect(m_navigation, &NavigationController::pathFromRequested, this, [this](int v) { m_pathPanel->setFrom(m_document->graph()->entity(v).id); });
    connect(m_navigation, &NavigationController::pathToRequested, this, [this](int v) { m_pathPanel->setTo(m_document->graph()->entity(v).id); });
    QAction* find = view->addAction(tr("&Search"), m_search, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    find->setShortcut(QKeySequence::Find);
    m_browse = new BrowseController(this, m_session, m_document, m_canvas, m_navigation);
    m_browse->addActionsTo(view);

    m_views = new ViewController(m_session, m_document, m_canvas, m_filter, m_filterPanel, menuBar()->addMenu(tr("V&iews")), this, this);

    QMenu* analyse = menuBar()->addMenu(tr("&Analyse"));
    analyse->addAction(tr("Find paths &from the selected entity"), this, [this] {
        if (m_document->selected() >= 0)
            m_pathPanel->setFrom(m_document->graph()->entity(m_document->selected()).id);
    });
    analyse->addAction(tr("Find paths &to the selected entity"), this, [this] {
        if (m_document->selected() >= 0)
            m_pathPanel->setTo(m_document->graph()->entity(m_document->selected()).id);
    });
    QAction* explain = analyse->addAction(tr("&Explain connection of the selected entities"), this, &MainWindow::explainSelection);
    explain->setShortcut(Qt::CTRL | Qt::Key_E);
    analyse->addAction(tr("&Clear highlight"), this, [this] { m_document->setHighlight({}, {}); });
    analyse->addSeparator();
    analyse->addAction(tr("&Compare two actors…"), this, [this] { compareDialog()->show(); });
    analyse->addAction(tr("Compute &metrics"), m_metrics, &MetricsController::compute);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Entente"), this, &MainWindow::about);

    QToolBar* bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->addAction(open);
    bar->addAction(fit);
    bar->addSeparator();
    bar->addWidget(m_search);
}

bool MainWindow::openProject(const QString& path)
{
    try {
        if (path.isEmpty())
            m_session->openDefault();
        else
            m_session->openFile(path);
    } catch (const StoreError& e) {
        showError(tr("Cannot open project"), e.message());
        return false;
    }
    if (!path.isEmpty())
        addRecent(QFileInfo(path).absoluteFilePath());
    return true;
}

void MainWindow::onProjectOpened()
{
    auto graph = m_session->graph();
    std::vector<int> visible;
    QString overviewTitle;
    for (const QString& id : m_session->overviewEntities(&overviewTitle))
        if (const int v = graph->indexOf(id); v >= 0)
            visible.push_back(v);
    if (visible.empty() && graph->entityCount() > MaxDrawnEntities) {
        visible.resize(static_cast<size_t>(graph->entityCount()));
        std::iota(visible.begin(), visible.end(), 0);
        std::partial_sort(visible.begin(), visible.begin() + MaxDrawnEntities, visible.end(),
                          [&](int a, int b) { return graph->degree(a) > graph->degree(b); });
        visible.resize(MaxDrawnEntities);
        overviewTitle = tr("the %1 most connected entities").arg(MaxDrawnEntities);
    }
    std::sort(visible.begin(), visible.end());
    m_document->setGraph(graph, visible);
    const QString name = m_session->displayName();
    setWindowTitle(QStringLiteral("%1%2 — Entente").arg(name, m_session->isReadOnly() ? tr(" (read-only)") : QString()));
    QString status = tr("%1: %2 entities, %3 relations").arg(name).arg(graph->entityCount()).arg(graph->relationCount());
    if (!visible.empty() && static_cast<int>(visible.size()) < graph->entityCount())
        status += tr(" — showing %1 (%2); search or filter to reach the rest").arg(overviewTitle).arg(visible.size());
    m_status->setText(status);
    m_details->setEditable(!m_session->isReadOnly());
    m_details->showWelcome(name, graph->entityCount(), graph->relationCount());
    m_navigation->reset(tr("Overview"));
    startLayout();
}

void MainWindow::startLayout(std::vector<QPointF> start, std::vector<bool> pinned)
{
    if (m_document->graph())
        m_layouts->startForce(std::move(start), std::move(pinned));
}

LayoutRunner* MainWindow::layoutRunner() const
{
    return m_layouts->runner();
}

ExportDialog* MainWindow::exportDialog()
{
    if (!m_export)
        m_export = new ExportDialog(m_document, m_canvas, m_session, m_filter, this);
    return m_export;
}

CompareDialog* MainWindow::compareDialog()
{
    if (!m_compare)
        m_compare = new CompareDialog(m_document, m_entities, m_filter, this);
    return m_compare;
}

void MainWindow::explainSelection()
{
    const KnowledgeGraph* g = m_document->graph();
    if (!g)
        return;
    std::vector<int> chosen = m_canvas->graphScene()->selectedVertices();
    if (chosen.size() < 2 || chosen.size() > 5) {
        statusBar()->showMessage(tr("Select two to five entities (Ctrl+click) to explain how they are connected"), 6000);
        return;
    }
    PathConstraints c(*g);
    c.setAsOf(m_filter->criteria().asOf);
    const PathFinder finder(*g);
    std::vector<int> vertices, relations;
    int pairs = 0;
    for (const Path& p : finder.explainConnection(chosen, c)) {
        vertices.insert(vertices.end(), p.vertices.begin(), p.vertices.end());
        relations.insert(relations.end(), p.relations.begin(), p.relations.end());
        ++pairs;
    }
    m_document->setHighlight(vertices, relations);
    statusBar()->showMessage(tr("Highlighted the shortest paths between %1 pairs of the %2 selected entities").arg(pairs).arg(chosen.size()), 6000);
}

void MainWindow::onSelection(int vertex)
{
    const KnowledgeGraph* g = m_document->graph();
    if (!g || vertex < 0)
        return;
    if (const auto d = m_session->details(g->entity(vertex).id))
        m_details->showDetails(*d);
}

bool MainWindow::showEntity(const QString& id)
{
    const KnowledgeGraph* g = m_document->graph();
    const int v = g ? g->indexOf(id) : -1;
    if (v < 0)
        return false;
    if (m_document->isVisible(v)) {
        m_canvas->focusOn(v);
    } else {
        m_document->select(v);
        statusBar()->showMessage(tr("%1 is not drawn on the canvas (only the most connected entities are)").arg(g->entity(v).name), 5000);
    }
    // Selecting an already-selected entity emits nothing; make sure its details show.
    if (m_details->shownEntity() != id)
        onSelection(v);
    return true;
}

void MainWindow::onSearch(const QString& text)
{
    try {
        const QStringList ids = m_session->search(text, 1);
        if (ids.isEmpty()) {
            statusBar()->showMessage(tr("Nothing matches \"%1\"").arg(text), 5000);
            return;
        }
        showEntity(ids.first());
    } catch (const StoreError& e) {
        showError(tr("Search failed"), e.message());
    }
}

void MainWindow::openDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open project"), QString(),
                                                      tr("Entente projects (*.entente);;All files (*)"));
    if (!path.isEmpty())
        openProject(path);
}

void MainWindow::saveAsDialog()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Save project as"), QString(), tr("Entente projects (*.entente)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".entente")))
        path += QLatin1String(".entente");
    try {
        m_session->saveAs(path);
        addRecent(path);
        statusBar()->showMessage(tr("Saved an editable copy as %1").arg(path), 5000);
    } catch (const StoreError& e) {
        showError(tr("Cannot save project"), e.message());
    }
}

void MainWindow::about()
{
    QMessageBox::about(
        this, tr("About Entente"),
        tr("<h3>Entente %1</h3><p>Explore a knowledge graph of political cooperation: actors, organisations, "
           "treaties and mechanisms joined by dated, sourced relations.</p>"
           "<p>Every relation of the default dataset cites a source; descriptions are written by the Entente "
           "authors. The hand-curated core cites official membership pages, treaty depositaries and "
           "encyclopaedias. The rest is derived from these research datasets, used under their terms:</p><ul>"
           "<li>Correlates of War Project, <i>State System Membership List v2024</i>, and Pevehouse, Nordstrom, "
           "McManus &amp; Jamison (2020), <i>COW IGO v3.0</i>, correlatesofwar.org</li>"
           "<li>Leeds et al. (2002), <i>Alliance Treaty Obligations and Provisions</i> v4.01, atopdata.org</li>"
           "<li>Mitchell et al. (2020), <i>International Environmental Agreements Database</i>, iea.uoregon.edu</li>"
           "<li>Hollway et al., <i>manyenviron</i> (GGO/HUGGO treaty memberships), Geneva Graduate Institute</li>"
           "<li>Dür, Baccini &amp; Elsig (2014), <i>Design of Trade Agreements</i> (DESTA)</li>"
           "<li>Döring &amp; Manow (2024), <i>ParlGov</i>; Döring &amp; Regel (2019), <i>Party Facts</i></li></ul>"
           "<p>data/default/SOURCES.md gives every source, its terms and the derivation rules.</p>")
            .arg(QApplication::applicationVersion()));
}

void MainWindow::addRecent(const QString& path)
{
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("recentFiles")).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    settings.setValue(QStringLiteral("recentFiles"), recent.mid(0, 10));
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QStringLiteral("recentFiles")).toStringList();
    for (const QString& path : recent)
        m_recentMenu->addAction(QFileInfo(path).fileName(), this, [this, path] { openProject(path); })->setToolTip(path);
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::showError(const QString& title, const QString& message)
{
    statusBar()->showMessage(message, 8000);
    if (QApplication::platformName() != QLatin1String("offscreen"))
        QMessageBox::warning(this, title, message);
    else
        qWarning("%s: %s", qPrintable(title), qPrintable(message));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_layouts->runner()->cancel();
    m_metrics->cancel();
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const auto urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.first().isLocalFile())
        openProject(urls.first().toLocalFile());
}

} // namespace entente
