#pragma once

#include "query/filtercriteria.h"

#include <QWidget>

class QHBoxLayout;
class QLabel;

namespace entente {

/** The active filter as removable chips above the canvas ("as of 1975 ✕"), with the counts shown. */
class FilterChipBar : public QWidget
{
    Q_OBJECT
public:
    explicit FilterChipBar(QWidget* parent = nullptr);
    void setCriteria(const FilterCriteria& criteria, int visibleEntities, int totalEntities);

signals:
    void removeRequested(const QString& key);

private:
    QHBoxLayout* m_layout;
    QLabel* m_count;
};

} // namespace entente
