#include "searchbox.h"

#include "models/entitylistmodel.h"

#include <QAbstractItemView>
#include <QCompleter>

namespace entente {

SearchBox::SearchBox(EntityListModel* model, QWidget* parent) : QLineEdit(parent)
{
    setPlaceholderText(tr("Search actors, organisations, treaties, mechanisms…"));
    setClearButtonEnabled(true);
    setAccessibleName(tr("Search"));
    m_completer = new QCompleter(model, this);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setMaxVisibleItems(12);
    m_completer->setCompletionRole(Qt::DisplayRole);
    setCompleter(m_completer);
    connect(m_completer, QOverload<const QModelIndex&>::of(&QCompleter::activated), this,
            [this](const QModelIndex& index) {
                m_justCompleted = true;
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
    connect(this, &QLineEdit::textEdited, this, [this] { m_justCompleted = false; });
}

} // namespace entente
