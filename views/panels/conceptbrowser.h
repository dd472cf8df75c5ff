#pragma once

#include <QWidget>
#include <functional>

class QLineEdit;
class QSortFilterProxyModel;
class QTextBrowser;
class QTreeView;
class QUrl;

namespace entente {

class ConceptTreeModel;

/**
 * The concept browser for students: a tree of mechanisms (the `is_a` taxonomy) and of
 * organisations and treaties by category, with a filter field, over a pane that explains the
 * chosen concept — its description, broader and narrower concepts, and who uses it (grouped by
 * kind, with counts), or for an organisation or treaty the mechanisms it uses and its members.
 * Concepts are links that move the tree; entities are links that emit entityActivated, so the
 * caller can show them on the canvas.
 */
class ConceptBrowser : public QWidget
{
    Q_OBJECT
public:
    /** Gives the description of an entity id (descriptions are not in the in-memory graph). */
    using DescriptionSource = std::function<QString(const QString& id)>;

    explicit ConceptBrowser(ConceptTreeModel* model, QWidget* parent = nullptr);

    void setDescriptionSource(DescriptionSource source) { m_description = std::move(source); }
    /** Selects the vertex in the tree (expanding its ancestors) and explains it. */
    bool showConcept(int vertex);
    int shownConcept() const { return m_shown; }

    QTreeView* tree() const { return m_tree; }
    QTextBrowser* detail() const { return m_detail; }
    QLineEdit* filterEdit() const { return m_filter; }
    ConceptTreeModel* model() const { return m_model; }
    /** The HTML of the detail pane for a vertex (public for tests). */
    QString detailHtml(int vertex) const;

signals:
    /** An entity link was clicked: show it on the canvas. */
    void entityActivated(const QString& id);
    /** "Show on the map": draw the concept with what surrounds it. */
    void focusRequested(const QString& id);

private:
    void onCurrentChanged();
    void onLink(const QUrl& url);
    void explain(int vertex);
    void showIntro();

    ConceptTreeModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLineEdit* m_filter;
    QTreeView* m_tree;
    QTextBrowser* m_detail;
    DescriptionSource m_description;
    int m_shown = -1;
};

} // namespace entente
