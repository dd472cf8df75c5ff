#include "slidespanel.h"

#include <QAbstractItemModel>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace entente {

namespace {
constexpr int IdRole = Qt::UserRole + 1;
}

SlidesPanel::SlidesPanel(QWidget* parent) : QWidget(parent), m_list(new QListWidget(this))
{
    setAccessibleName(tr("Slides"));
    m_list->setAccessibleName(tr("Slides in order"));
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->setDefaultDropAction(Qt::MoveAction);
    auto* hint = new QLabel(
        tr("Saved views are your slides. Drag to reorder; double-click to show one."), this);
    hint->setWordWrap(true);
    auto make = [this](const QString& text, const QString& tip) {
        auto* b = new QPushButton(text, this);
        b->setToolTip(tip);
        return b;
    };
    m_up = make(tr("Move up"), tr("Show this slide earlier"));
    m_down = make(tr("Move down"), tr("Show this slide later"));
    m_rename = make(tr("Rename…"), tr("Rename the saved view"));
    m_title = make(tr("Slide title…"), tr("The title drawn on the slide"));
    m_delete = make(tr("Delete"), tr("Delete the saved view"));
    m_present = make(tr("Present"), tr("Full screen; arrows or space step, Esc ends"));
    m_export =
        make(tr("Export deck…"), tr("All slides as one PDF, or a folder of PNG or SVG files"));
    auto* buttons = new QGridLayout;
    buttons->addWidget(m_up, 0, 0);
    buttons->addWidget(m_down, 0, 1);
    buttons->addWidget(m_rename, 1, 0);
    buttons->addWidget(m_title, 1, 1);
    buttons->addWidget(m_delete, 2, 0);
    buttons->addWidget(m_present, 2, 1);
    buttons->addWidget(m_export, 3, 0, 1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    connect(m_up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveCurrent(+1); });
    connect(m_rename, &QPushButton::clicked, this, [this] { emit renameRequested(currentId()); });
    connect(m_title, &QPushButton::clicked, this, [this] { emit titleRequested(currentId()); });
    connect(m_delete, &QPushButton::clicked, this, [this] { emit deleteRequested(currentId()); });
    connect(m_present, &QPushButton::clicked, this, &SlidesPanel::presentRequested);
    connect(m_export, &QPushButton::clicked, this, &SlidesPanel::exportRequested);
    connect(m_list, &QListWidget::currentRowChanged, this, &SlidesPanel::updateButtons);
    connect(m_list, &QListWidget::itemDoubleClicked, this,
            [this](QListWidgetItem* item) { emit showRequested(item->data(IdRole).toLongLong()); });
    // A drag inside the list moves a row: that is a new order.
    connect(m_list->model(), &QAbstractItemModel::rowsMoved, this,
            [this] { emit orderChanged(order()); });
    updateButtons();
}

void SlidesPanel::setSlides(const QList<Entry>& slides, bool editable)
{
    const qint64 current = currentId();
    m_editable = editable;
    m_list->clear();
    for (const Entry& e : slides) {
        auto* item = new QListWidgetItem(e.title.isEmpty() || e.title == e.name
                                             ? e.name
                                             : QStringLiteral("%1 — %2").arg(e.name, e.title));
        item->setData(IdRole, e.id);
        item->setToolTip(tr("Slide title: %1").arg(e.title.isEmpty() ? e.name : e.title));
        m_list->addItem(item);
        if (e.id == current)
            m_list->setCurrentItem(item);
    }
    m_list->setDragDropMode(editable ? QAbstractItemView::InternalMove
                                     : QAbstractItemView::NoDragDrop);
    updateButtons();
}

QList<qint64> SlidesPanel::order() const
{
    QList<qint64> ids;
    for (int i = 0; i < m_list->count(); ++i)
        ids << m_list->item(i)->data(IdRole).toLongLong();
    return ids;
}

qint64 SlidesPanel::currentId() const
{
    const QListWidgetItem* item = m_list->currentItem();
    return item ? item->data(IdRole).toLongLong() : 0;
}

void SlidesPanel::setCurrentRow(int row)
{
    m_list->setCurrentRow(row);
}

void SlidesPanel::moveCurrent(int step)
{
    const int row = m_list->currentRow();
    const int to = row + step;
    if (!m_editable || row < 0 || to < 0 || to >= m_list->count())
        return;
    QListWidgetItem* item = m_list->takeItem(row);
    m_list->insertItem(to, item);
    m_list->setCurrentRow(to);
    emit orderChanged(order());
}

void SlidesPanel::updateButtons()
{
    const int row = m_list->currentRow();
    const bool chosen = row >= 0;
    m_up->setEnabled(m_editable && row > 0);
    m_down->setEnabled(m_editable && chosen && row + 1 < m_list->count());
    m_rename->setEnabled(m_editable && chosen);
    m_title->setEnabled(m_editable && chosen);
    m_delete->setEnabled(m_editable && chosen);
    m_present->setEnabled(m_list->count() > 0);
    m_export->setEnabled(m_list->count() > 0);
}

} // namespace entente
