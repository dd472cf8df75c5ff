#pragma once

#include "core/entitydetails.h"

#include <QTextBrowser>

namespace entente {

/**
 * Shows one entity: kind and category, dates, aliases, description, its relations grouped by
 * kind with dates and numbered sources, and the sources themselves. Names of neighbours are
 * links that emit entityActivated; source links open in the browser.
 */
class DetailsPanel : public QTextBrowser
{
    Q_OBJECT
public:
    explicit DetailsPanel(QWidget* parent = nullptr);

    void showDetails(const EntityDetails& details);
    void showWelcome(const QString& projectName, int entities, int relations);
    const QString& shownEntity() const { return m_shown; }

    /** The HTML for an entity (public so exports and tests can reuse it); `editable` adds edit links. */
    static QString toHtml(const EntityDetails& details, bool editable = false);
    /** Whether the shown project can be changed: adds edit links and context-menu actions. */
    void setEditable(bool editable) { m_editable = editable; }

signals:
    void entityActivated(const QString& id);
    /**
     * An edit link or context action: `action` is "edit-entity", "delete-entity",
     * "new-relation" (id = the shown entity) or "edit-relation", "delete-relation" (a relation id).
     */
    void editRequested(const QString& action, const QString& id);

protected:
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    QString m_shown;
    bool m_editable = false;
};

} // namespace entente
