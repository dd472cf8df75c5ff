#pragma once

#include "core/source.h"
#include "core/sourceuse.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace entente {

/**
 * The source library: every source of the project (title, publisher, accessed date, link) with
 * the entities and relations that cite it underneath, a search over titles and publishers, and
 * the number of relations citing nothing. Clicking a use asks for that entity or relation to be
 * shown; the panel only lists what it is given and never reads the project itself.
 */
class SourceLibraryPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SourceLibraryPanel(QWidget* parent = nullptr);

    void setSources(const QList<Source>& sources, const QList<SourceUse>& uses);
    void setUnsourcedCount(int relations);
    QTreeWidget* tree() const { return m_tree; }

signals:
    void entityActivated(const QString& id);
    void relationActivated(const QString& id);
    /** The "show unsourced relations" link: a filter on relations citing nothing. */
    void unsourcedRequested();

private:
    void applySearch(const QString& text);
    void activate(QTreeWidgetItem* item);

    QLineEdit* m_search;
    QTreeWidget* m_tree;
    QLabel* m_unsourced;
};

} // namespace entente
