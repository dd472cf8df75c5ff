#pragma once

#include <QList>
#include <QWidget>

namespace entente {

class GraphDocument;

/** The key to the canvas: the shape and colour of each entity kind and each relation kind shown. */
class LegendWidget : public QWidget
{
    Q_OBJECT
public:
    explicit LegendWidget(GraphDocument* document, QWidget* parent = nullptr);
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    GraphDocument* m_document;
    QList<int> m_kinds; ///< relation kinds (vocabulary indexes) among the drawn relations
};

} // namespace entente
