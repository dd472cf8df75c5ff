#pragma once

#include <QLineEdit>

class QCompleter;

namespace entente {

class EntitySuggestionModel;

/**
 * The search field: suggests entities by name and alias as you type (EntitySuggestionModel,
 * best match first); choosing a suggestion emits entityChosen, pressing Enter on free text
 * emits searchRequested (full-text search, descriptions included).
 */
class SearchBox : public QLineEdit
{
    Q_OBJECT
public:
    explicit SearchBox(EntitySuggestionModel* suggestions, QWidget* parent = nullptr);
    QCompleter* entityCompleter() const { return m_completer; }

signals:
    void entityChosen(const QString& id);
    void searchRequested(const QString& text);

private:
    void suggest(const QString& text);

    EntitySuggestionModel* m_suggestions;
    QCompleter* m_completer;
    bool m_justCompleted = false;
};

} // namespace entente
