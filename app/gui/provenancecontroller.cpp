#include "provenancecontroller.h"

#include "filtercontroller.h"
#include "graph/graphdocument.h"
#include "graph/knowledgegraph.h"
#include "panels/filterpanel.h"
#include "panels/sourcelibrarypanel.h"
#include "projectsession.h"

#include <QDockWidget>
#include <QMainWindow>

namespace entente {

namespace {

/** "• Title — Publisher (accessed …)  p. 12 · “quote” · confidence: high" for each source. */
QString describeSources(const QList<Source>& sources, const QMap<QString, Citation>& citations)
{
    QStringList lines;
    for (const Source& s : sources) {
        QString line = QStringLiteral("• ") + s.title;
        if (!s.publisher.isEmpty())
            line += QStringLiteral(" — ") + s.publisher;
        if (!s.accessed.isEmpty())
            line += QObject::tr(" (accessed %1)").arg(s.accessed);
        const Citation c = citations.value(s.key);
        QStringList detail;
        if (!c.page.isEmpty())
            detail << QObject::tr("p. %1").arg(c.page);
        if (!c.quote.isEmpty())
            detail << QStringLiteral("“%1”").arg(
                c.quote.size() > 160 ? c.quote.left(157) + QStringLiteral("…") : c.quote);
        if (c.confidence != Citation::Unstated)
            detail << QObject::tr("confidence: %1").arg(Citation::confidenceName(c.confidence));
        if (!detail.isEmpty())
            line += QStringLiteral("\n    ") + detail.join(QStringLiteral(" · "));
        if (!s.url.isEmpty())
            line += QStringLiteral("\n    ") + s.url;
        lines << line;
    }
    return lines.join(u'\n');
}

} // namespace

ProvenanceController::ProvenanceController(ProjectSession* session, GraphDocument* document,
                                           FilterController* filter, FilterPanel* filterPanel,
                                           QMainWindow* window)
    : QObject(window), m_session(session), m_document(document), m_filter(filter),
      m_filterPanel(filterPanel), m_panel(new SourceLibraryPanel(window)),
      m_dock(new QDockWidget(tr("Sources"), window))
{
    m_dock->setObjectName(QStringLiteral("sourcesDock"));
    m_dock->setWidget(m_panel);
    document->setToolTipProvider(
        [this](bool relation, int index) { return toolTip(relation, index); });
    connect(session, &ProjectSession::opened, this, &ProvenanceController::invalidate);
    connect(m_dock, &QDockWidget::visibilityChanged, this, [this](bool shown) {
        if (shown && m_stale)
            refresh();
    });
    connect(m_panel, &SourceLibraryPanel::entityActivated, this,
            &ProvenanceController::entityRequested);
    connect(m_panel, &SourceLibraryPanel::relationActivated, this,
            &ProvenanceController::showRelation);
    connect(m_panel, &SourceLibraryPanel::unsourcedRequested, this,
            &ProvenanceController::filterUnsourced);
}

void ProvenanceController::invalidate()
{
    m_stale = true;
    if (!m_dock->visibleRegion().isEmpty())
        refresh();
}

void ProvenanceController::refresh()
{
    m_stale = false;
    if (!m_session->isOpen())
        return;
    m_panel->setSources(m_session->allSources(), m_session->sourceUses());
    const KnowledgeGraph* g = m_document->graph();
    int unsourced = 0;
    for (int r = 0; g && r < g->relationCount(); ++r)
        unsourced += g->relation(r).unsourced;
    m_panel->setUnsourcedCount(unsourced);
}

QString ProvenanceController::toolTip(bool relation, int index) const
{
    const KnowledgeGraph* g = m_document->graph();
    if (!g || index < 0)
        return {};
    if (relation) {
        if (index >= g->relationCount())
            return {};
        const auto r = m_session->relation(g->relationId(index));
        if (!r || r->sources.isEmpty())
            return tr("⚠ Unsourced: no source is cited for this relation.");
        return tr("Sources:") + u'\n' +
               describeSources(m_session->sources(r->sources), r->citations);
    }
    if (index >= g->entityCount())
        return {};
    const auto e = m_session->entity(g->entity(index).id);
    if (!e || e->sources.isEmpty())
        return {};
    return tr("Sources:") + u'\n' + describeSources(m_session->sources(e->sources), e->citations);
}

void ProvenanceController::showRelation(const QString& id)
{
    const KnowledgeGraph* g = m_document->graph();
    const int r = g ? g->relationIndexOf(id) : -1;
    if (r < 0)
        return;
    const RelationEdge& e = g->relation(r);
    const auto s = static_cast<int>(e.source);
    const auto t = static_cast<int>(e.target);
    emit entityRequested(g->entity(s).id);
    m_document->setHighlight({s, t}, {r});
}

void ProvenanceController::filterUnsourced()
{
    FilterCriteria c = m_filter->criteria();
    c.unsourcedOnly = true;
    m_filterPanel->setCriteria(c);
    m_filter->setCriteria(c);
}

} // namespace entente
