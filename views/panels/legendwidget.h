#pragma once

#include "core/entitykind.h"
#include "query/filtercriteria.h"

#include <QList>
#include <QRect>
#include <QWidget>
#include <vector>

namespace entente {

class GraphDocument;

/**
 * The key to the canvas: the shape and colour of each entity kind and each relation kind shown.
 * It is also a switch: clicking a kind asks for it to be hidden or shown again (the filter
 * decides); kinds the filter hides are drawn struck through.
 */
class LegendWidget : public QWidget
{
    Q_OBJECT
public:
    explicit LegendWidget(GraphDocument* document, QWidget* parent = nullptr);
    QSize sizeHint() const override;
    /** Which kinds the current filter keeps (empty sets = all). */
    void setFilter(const FilterCriteria& criteria);
    /** Where a kind's row is drawn (for tests); empty when not shown. */
    QRect entityKindRow(EntityKind kind) const;
    QRect relationKindRow(const QString& id) const;

signals:
    void entityKindToggled(EntityKind kind);
    void relationKindToggled(const QString& id);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;

private:
    GraphDocument* m_document;
    QList<int> m_kinds; ///< relation kinds (vocabulary indexes) among the drawn relations
    FilterCriteria m_filter;
    std::vector<std::pair<QRect, EntityKind>> m_entityRows; ///< laid out by paintEvent
    std::vector<std::pair<QRect, QString>> m_relationRows;
};

} // namespace entente
