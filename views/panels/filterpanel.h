#pragma once

#include "query/filtercriteria.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QListWidget;
class QRadioButton;
class QSpinBox;

namespace entente {

class GraphDocument;

/**
 * The filter form: entity kinds, relation kinds, region, as-of date or window, degree range,
 * text, user tags, unsourced relations only, ego network of the selected entity, a metric
 * threshold, and hide or dim. Every change
 * emits criteriaChanged at once (filters are live); setCriteria() reflects outside changes
 * such as a removed chip.
 */
class FilterPanel : public QWidget
{
    Q_OBJECT
public:
    explicit FilterPanel(GraphDocument* document, QWidget* parent = nullptr);

    FilterCriteria criteria() const { return m_criteria; }
    void setCriteria(const FilterCriteria& criteria);
    /** Names of metrics offered for thresholds (set once they are computed). */
    void setMetricNames(const QStringList& names);

signals:
    void criteriaChanged(const FilterCriteria& criteria);

private:
    void rebuildChoices();
    void readForm();
    void writeForm();
    QSet<QString> tagsInForm() const;

    GraphDocument* m_document;
    FilterCriteria m_criteria;
    bool m_updating = false;
    QList<QCheckBox*> m_kindBoxes;
    QListWidget* m_relationKinds;
    QComboBox* m_region;
    QComboBox* m_category;
    QLineEdit* m_asOf;
    QLineEdit* m_from;
    QLineEdit* m_to;
    QSpinBox* m_minDegree;
    QSpinBox* m_maxDegree;
    QLineEdit* m_text;
    QLineEdit* m_tags;
    QCheckBox* m_unsourced;
    QCheckBox* m_ego;
    QSpinBox* m_egoDepth;
    QComboBox* m_metric;
    QLineEdit* m_metricMin;
    QRadioButton* m_hide;
    QRadioButton* m_dim;
};

} // namespace entente
