#include "entitysuggestionmodel.h"

#include "entitylistmodel.h"
#include "graph/graphdocument.h"

namespace entente {

EntitySuggestionModel::EntitySuggestionModel(GraphDocument* document, QObject* parent)
    : QAbstractListModel(parent), m_document(document)
{
    connect(document, &GraphDocument::graphReset, this, [this] {
        beginResetModel();
        if (m_building.valid())
            m_building.wait(); // a build for the previous graph; its result is dropped
        m_index.reset();
        m_rows.clear();
        // The worker holds its own reference, so the graph outlives the build.
        if (std::shared_ptr<const KnowledgeGraph> graph = m_document->sharedGraph())
            m_building = std::async(std::launch::async,
                                    [graph] { return std::make_unique<NameIndex>(*graph); });
        endResetModel();
    });
}

EntitySuggestionModel::~EntitySuggestionModel()
{
    if (m_building.valid())
        m_building.wait();
}

const NameIndex* EntitySuggestionModel::index()
{
    if (m_building.valid())
        m_index = m_building.get();
    if (!m_index && m_document->graph())
        m_index = std::make_unique<NameIndex>(*m_document->graph());
    return m_index.get();
}

void EntitySuggestionModel::setText(const QString& text)
{
    beginResetModel();
    m_rows.clear();
    if (!text.trimmed().isEmpty())
        if (const NameIndex* names = index())
            m_rows = names->suggest(text, m_limit);
    endResetModel();
}

int EntitySuggestionModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant EntitySuggestionModel::data(const QModelIndex& index, int role) const
{
    const KnowledgeGraph* g = m_document->graph();
    if (!g || !index.isValid() || index.row() >= rowCount())
        return {};
    const int v = m_rows[static_cast<std::size_t>(index.row())].vertex;
    // The search field shows the name alone once a suggestion is chosen.
    if (role == Qt::EditRole)
        return g->entity(v).name;
    return EntityListModel::entityData(*g, v, role);
}

} // namespace entente
