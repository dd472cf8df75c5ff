#pragma once

#include "query/nameindex.h"

#include <QAbstractListModel>
#include <future>
#include <memory>
#include <vector>

namespace entente {

class GraphDocument;

/**
 * The suggestions for what is being typed in a search field: at most a dozen entities, ranked
 * by NameIndex (exact name or alias, then names beginning with the text, then word prefixes;
 * the most connected first). The index is built on a worker thread as soon as the document's
 * graph changes (0.1–0.5 s at 100k entities), so neither a keystroke nor an edit waits for it
 * unless typing starts at once. Roles are EntityListModel's.
 */
class EntitySuggestionModel : public QAbstractListModel
{
    Q_OBJECT
public:
    explicit EntitySuggestionModel(GraphDocument* document, QObject* parent = nullptr);
    ~EntitySuggestionModel() override;

    /** Replaces the rows with the suggestions for `text` (none for empty text). */
    void setText(const QString& text);
    void setLimit(int limit) { m_limit = limit; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;

private:
    const NameIndex* index();

    GraphDocument* m_document;
    std::future<std::unique_ptr<NameIndex>> m_building;
    std::unique_ptr<NameIndex> m_index;
    std::vector<NameIndex::Match> m_rows;
    int m_limit = 12;
};

} // namespace entente
