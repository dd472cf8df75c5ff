#pragma once

#include <QGraphicsView>

class QLabel;

namespace entente {

class GraphDocument;
class GraphScene;

/**
 * The view onto the graph scene: zoom with the wheel (around the cursor) or +/−, pan by
 * dragging the background, fit everything or centre on one entity.
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

signals:
    /** A right click on a node (the app fills the menu). */
    void nodeContextMenu(int vertex, const QPoint& globalPos);
    void nodeDoubleClicked(int vertex);

public slots:
    void fitAll();
    /** Centres on a vertex, zooming in so its neighbourhood is readable. */
    void focusOn(int vertex);
    void zoomBy(double factor);

protected:
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;

private:
    /** The vertex of the node under a viewport point, or -1. */
    int vertexAt(const QPoint& pos) const;

    GraphDocument* m_document;
    GraphScene* m_scene;
    QLabel* m_caption; // a child of the viewport, so scrolling never smears it
};

} // namespace entente
