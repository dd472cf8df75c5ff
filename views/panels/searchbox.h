#pragma once

#include <QLineEdit>

class QCompleter;

namespace entente {

class EntityListModel;

/**
 * The search field: completes entity names and aliases as you type; choosing a completion
 * emits entityChosen, pressing Enter on free text emits searchRequested (full-text search).
 */
class SearchBox : public QLineEdit
{
    Q_OBJECT
public:
    explicit SearchBox(EntityListModel* model, QWidget* parent = nullptr);
    QCompleter* entityCompleter() const { return m_completer; }

signals:
    void entityChosen(const QString& id);
    void searchRequested(const QString& text);

private:
    QCompleter* m_completer;
    bool m_justCompleted = false;
};

} // namespace entente
