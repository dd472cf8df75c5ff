#include "searchbox.h"

#include "models/entitylistmodel.h"
#include "models/entitysuggestionmodel.h"

#include <QAbstractItemView>
#include <QCompleter>

namespace entente {

SearchBox::SearchBox(EntitySuggestionModel* suggestions, QWidget* parent)
    : QLineEdit(parent), m_suggestions(suggestions)
{
    setPlaceholderText(tr("Search actors, organisations, treaties, mechanisms…"));
    setClearButtonEnabled(true);
    setAccessibleName(tr("Search"));
    // The model already holds the ranked suggestions for the text; the completer only shows
    // them (unfiltered), so its own prefix matching never reorders or drops a good match.
    m_completer = new QCompleter(suggestions, this);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setMaxVisibleItems(12);
    m_completer->setWidget(this);
    connect(m_completer, QOverload<const QModelIndex&>::of(&QCompleter::activated), this,
            [this](const QModelIndex& index) {
                m_justCompleted = true;
                setText(index.data(Qt::EditRole).toString());
                emit entityChosen(index.data(EntityListModel::IdRole).toString());
            });
    connect(this, &QLineEdit::returnPressed, this, [this] {
        if (m_justCompleted) {
            m_justCompleted = false;
            return;
        }
        if (!text().trimmed().isEmpty())
            emit searchRequested(text().trimmed());
    });
    connect(this, &QLineEdit::textEdited, this, [this](const QString& text) {
        m_justCompleted = false;
        suggest(text);
    });
}

void SearchBox::suggest(const QString& text)
{
    m_suggestions->setText(text);
    if (m_suggestions->rowCount() == 0) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->complete();
    m_completer->popup()->setCurrentIndex({});
}

} // namespace entente
