#pragma once

#include "query/filtercriteria.h"
#include "query/filterfacts.h"

#include <QHash>
#include <QObject>
#include <functional>
#include <vector>

namespace entente {

class FilterChipBar;
class FilterPanel;
class GraphDocument;

/**
 * Keeps the filter panel, the chips above the canvas and the document in step: every change
 * of criteria is evaluated (GraphFilter) and handed to the document, which the canvas shows.
 */
class FilterController : public QObject
{
    Q_OBJECT
public:
    FilterController(GraphDocument* document, FilterPanel* panel, FilterChipBar* chips,
                     QObject* parent = nullptr);

    const FilterCriteria& criteria() const { return m_criteria; }
    void setCriteria(const FilterCriteria& criteria);
    /**
     * Sets only the time part (as-of date, window) and keeps the rest: what the timeline does
     * while scrubbing and playing. The panel and the chips follow. Null dates clear.
     */
    void setTime(PartialDate asOf, PartialDate windowFrom = {}, PartialDate windowTo = {});
    /** Hides a shown entity kind or shows a hidden one (the legend's switch). */
    void toggleEntityKind(EntityKind kind);
    /** Hides a shown relation kind (by id) or shows a hidden one. */
    void toggleRelationKind(const QString& id);
    /** Metric values by name, for metric thresholds. */
    void setMetrics(QHash<QString, std::vector<double>> metrics);
    int visibleEntities() const { return m_visible; }
    /** Where tag facts come from (the store, through the session); asked only for a tag filter. */
    void setFactsProvider(std::function<FilterFacts()> provider) { m_facts = std::move(provider); }

signals:
    void applied(int visibleEntities, int visibleRelations);

private:
    void apply();

    GraphDocument* m_document;
    FilterPanel* m_panel;
    FilterChipBar* m_chips;
    FilterCriteria m_criteria;
    QHash<QString, std::vector<double>> m_metrics;
    int m_visible = 0;
    std::function<FilterFacts()> m_facts;
};

} // namespace entente
