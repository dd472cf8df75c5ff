#pragma once

#include <QGraphicsView>

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

public slots:
    void fitAll();
    /** Centres on a vertex, zooming in so its neighbourhood is readable. */
    void focusOn(int vertex);
    void zoomBy(double factor);

protected:
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    GraphDocument* m_document;
    GraphScene* m_scene;
};

} // namespace entente
