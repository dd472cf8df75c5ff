#pragma once

#include <QGraphicsView>

class QLabel;

namespace entente {

class GraphDocument;
class GraphScene;

/**
 * The view onto the graph scene: zoom with the wheel (around the cursor), a pinch or +/−, pan
 * by dragging the background or with the arrow keys, Shift+drag a rubber band to select,
 * fit everything (0) or the selection (1), centre on one entity. Labels are placed again after
 * every zoom.
 */
class GraphCanvas : public QGraphicsView
{
    Q_OBJECT
public:
    explicit GraphCanvas(GraphDocument* document, QWidget* parent = nullptr);

    GraphScene* graphScene() const { return m_scene; }
    double zoom() const { return transform().m11(); }
    /** A large caption in the lower left corner (the year while the timeline plays); empty hides
     * it. */
    void setCaption(const QString& text);
    QString caption() const;
    /** Redraws with the current Theme (background, nodes, relations, caption). */
    void applyTheme();

signals:
    /** A right click on a node (the app fills the menu). */
    void nodeContextMenu(int vertex, const QPoint& globalPos);
    void nodeDoubleClicked(int vertex);

public slots:
    void fitAll();
    /** Centres on a vertex, zooming in so its neighbourhood is readable. */
    void focusOn(int vertex);
    void zoomBy(double factor);
    /** Fits the selected nodes (all when none is selected). */
    void fitSelection();

protected:
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    bool viewportEvent(QEvent* event) override;

private:
    /** The vertex of the node under a viewport point, or -1. */
    int vertexAt(const QPoint& pos) const;
    /** Fits a scene rectangle with a margin and places the labels for the new zoom. */
    void fitRect(const QRectF& rect);
    /** On a batched view edges are not items: the tooltip of the relation under `pos`. */
    QString edgeToolTipAt(const QPoint& pos) const;

    GraphDocument* m_document;
    GraphScene* m_scene;
    QLabel* m_caption; // a child of the viewport, so scrolling never smears it
};

} // namespace entente
