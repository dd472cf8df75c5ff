#pragma once

#include <QMainWindow>
#include <QPointF>

#include <vector>

class QLabel;
class QMenu;
class QProgressBar;
class QToolButton;

namespace entente {

class BrowseController;
class CompareDialog;
class ExportDialog;
class SlideController;
class SlidesPanel;
class DetailsPanel;
class EditController;
class EntityListModel;
class FilterChipBar;
class FilterController;
class FilterPanel;
class MetricsController;
class MetricsPanel;
class MetricsTableModel;
class PathController;
class PathPanel;
class ViewController;
class ImportController;
class GraphCanvas;
class GraphDocument;
class LayoutController;
class LayoutRunner;
class LegendWidget;
class ProjectSession;
class SearchBox;
class NavigationController;
class TimelineController;
class TimelinePanel;
class ThemeController;

/**
 * The main window. It wires the panels to the project session and the graph document —
 * menus, search, canvas, details, legend, status — and computes nothing itself.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /** Opens a project file, or the default dataset for an empty path; false on failure. */
    bool openProject(const QString& path);
    /** Selects an entity by id and shows its details; false if unknown. */
    bool showEntity(const QString& id);

    GraphDocument* document() const { return m_document; }
    GraphCanvas* canvas() const { return m_canvas; }
    ThemeController* themes() const { return m_themes; }
    DetailsPanel* detailsPanel() const { return m_details; }
    SearchBox* searchBox() const { return m_search; }
    LayoutRunner* layoutRunner() const;
    LayoutController* layoutController() const { return m_layouts; }
    ProjectSession* session() const { return m_session; }
    FilterPanel* filterPanel() const { return m_filterPanel; }
    FilterController* filterController() const { return m_filter; }
    FilterChipBar* chipBar() const { return m_chips; }
    PathPanel* pathPanel() const { return m_pathPanel; }
    MetricsPanel* metricsPanel() const { return m_metricsPanel; }
    MetricsController* metricsController() const { return m_metrics; }
    CompareDialog* compareDialog();
    ViewController* viewController() const { return m_views; }
    /** File → Export diagram (made on first use). */
    ExportDialog* exportDialog();
    SlidesPanel* slidesPanel() const { return m_slidesPanel; }
    SlideController* slideController() const { return m_slides; }
    ImportController* importController() const { return m_import; }
    TimelinePanel* timelinePanel() const { return m_timelinePanel; }
    NavigationController* navigation() const { return m_navigation; }
    TimelineController* timelineController() const { return m_timeline; }
    EditController* editController() const { return m_edit; }
    BrowseController* browseController() const { return m_browse; }
    /** Highlights the union of shortest paths between the entities selected on the canvas. */
    void explainSelection();

    /** Without an overview saved view, at most this many entities are drawn (the most connected). */
    static constexpr int MaxDrawnEntities = 2000;

signals:
    /** Emitted once the canvas shows the laid-out graph. */
    void layoutSettled();

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createActions();
    void onProjectOpened();
    /** Lays out what the document shows, from `start` positions (seeded when empty), keeping pinned ones. */
    void startLayout(std::vector<QPointF> start = {}, std::vector<bool> pinned = {});
    void onSelection(int vertex);
    void onSearch(const QString& text);
    void openDialog();
    void saveAsDialog();
    void about();
    void addRecent(const QString& path);
    void rebuildRecentMenu();
    void showError(const QString& title, const QString& message);

    ProjectSession* m_session;
    GraphDocument* m_document;
    GraphCanvas* m_canvas;
    DetailsPanel* m_details;
    LegendWidget* m_legend;
    EntityListModel* m_entities;
    SearchBox* m_search;
    LayoutController* m_layouts;
    QProgressBar* m_progress;
    QToolButton* m_cancel;
    QLabel* m_status;
    QMenu* m_recentMenu = nullptr;
    FilterPanel* m_filterPanel;
    FilterChipBar* m_chips;
    FilterController* m_filter;
    PathPanel* m_pathPanel;
    PathController* m_paths;
    MetricsTableModel* m_metricsModel;
    MetricsPanel* m_metricsPanel;
    MetricsController* m_metrics;
    ExportDialog* m_export = nullptr;
    SlidesPanel* m_slidesPanel = nullptr;
    SlideController* m_slides = nullptr;
    CompareDialog* m_compare = nullptr;
    ViewController* m_views = nullptr;
    ThemeController* m_themes = nullptr;
    ImportController* m_import = nullptr;
    TimelinePanel* m_timelinePanel;
    TimelineController* m_timeline;
    NavigationController* m_navigation;
    QLabel* m_trail;
    EditController* m_edit = nullptr;
    BrowseController* m_browse = nullptr;
};

} // namespace entente
