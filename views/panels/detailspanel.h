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

    /** The HTML for an entity (public so exports and tests can reuse it). */
    static QString toHtml(const EntityDetails& details);

signals:
    void entityActivated(const QString& id);

private:
    QString m_shown;
};

} // namespace entente
