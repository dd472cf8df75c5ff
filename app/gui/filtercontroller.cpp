#include "filtercontroller.h"

#include "graph/graphdocument.h"
#include "panels/filterchipbar.h"
#include "panels/filterpanel.h"
#include "query/graphfilter.h"

namespace entente {

FilterController::FilterController(GraphDocument* document, FilterPanel* panel,
                                   FilterChipBar* chips, QObject* parent)
    : QObject(parent), m_document(document), m_panel(panel), m_chips(chips)
{
    connect(panel, &FilterPanel::criteriaChanged, this, &FilterController::setCriteria);
    connect(chips, &FilterChipBar::removeRequested, this, [this](const QString& key) {
        FilterCriteria c = m_criteria;
        c.removeChip(key);
        m_panel->setCriteria(c);
        setCriteria(c);
    });
    connect(document, &GraphDocument::graphReset, this, [this] {
        m_metrics.clear(); // per vertex of the old graph
        if (m_document->isEditReset()) {
            // An edit keeps the filter: the document carried the result over (what the edit
            // made passes, so it is seen); metric thresholds wait for the metrics to be redone.
            m_criteria.metricMin.clear();
            m_chips->setCriteria(m_criteria, static_cast<int>(m_document->visibleVertices().size()),
                                 static_cast<int>(m_document->visibleVertices().size()));
            return;
        }
        m_criteria = FilterCriteria();
        m_chips->setCriteria(m_criteria, 0, 0);
    });
}

void FilterController::setCriteria(const FilterCriteria& criteria)
{
    m_criteria = criteria;
    apply();
}

void FilterController::setTime(PartialDate asOf, PartialDate windowFrom, PartialDate windowTo)
{
    m_criteria.asOf = asOf;
    m_criteria.hasWindow = !windowFrom.isNull() && !windowTo.isNull();
    m_criteria.windowFrom = m_criteria.hasWindow ? windowFrom : PartialDate();
    m_criteria.windowTo = m_criteria.hasWindow ? windowTo : PartialDate();
    m_panel->setCriteria(m_criteria);
    apply();
}

void FilterController::toggleEntityKind(EntityKind kind)
{
    FilterCriteria c = m_criteria;
    if (c.entityKinds.isEmpty()) // empty means all: hiding one keeps the others
        c.entityKinds = QSet<EntityKind>(allEntityKinds.begin(), allEntityKinds.end());
    if (c.entityKinds.contains(kind))
        c.entityKinds.remove(kind);
    else
        c.entityKinds.insert(kind);
    if (c.entityKinds.size() == static_cast<qsizetype>(allEntityKinds.size()))
        c.entityKinds.clear();
    m_panel->setCriteria(c);
    setCriteria(c);
}

void FilterController::toggleRelationKind(const QString& id)
{
    const KnowledgeGraph* g = m_document->graph();
    if (!g)
        return;
    FilterCriteria c = m_criteria;
    if (c.relationKinds.isEmpty())
        for (int k = 0; k < g->vocabulary().size(); ++k)
            c.relationKinds.insert(g->vocabulary().at(k).id);
    if (c.relationKinds.contains(id))
        c.relationKinds.remove(id);
    else
        c.relationKinds.insert(id);
    if (c.relationKinds.size() == g->vocabulary().size())
        c.relationKinds.clear();
    m_panel->setCriteria(c);
    setCriteria(c);
}

void FilterController::setMetrics(QHash<QString, std::vector<double>> metrics)
{
    m_metrics = std::move(metrics);
    if (!m_criteria.metricMin.isEmpty())
        apply();
}

void FilterController::apply()
{
    const KnowledgeGraph* g = m_document->graph();
    if (!g)
        return;
    FilterFacts facts;
    if (!m_criteria.tags.isEmpty() && m_facts)
        facts = m_facts();
    GraphFilter::Result r = GraphFilter::apply(*g, m_criteria, m_metrics, &facts);
    int shown = 0;
    for (int v : m_document->visibleVertices())
        shown += r.vertexPasses[static_cast<size_t>(v)];
    m_visible = shown;
    const int relations = r.relations;
    m_document->setFilterResult(std::move(r.vertexPasses), std::move(r.relationPasses),
                                m_criteria.mode == FilterCriteria::Mode::Dim);
    m_chips->setCriteria(m_criteria, shown, static_cast<int>(m_document->visibleVertices().size()));
    emit applied(shown, relations);
}

} // namespace entente
