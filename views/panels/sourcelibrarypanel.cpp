#include "sourcelibrarypanel.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace entente {

namespace {
constexpr int IdRole = Qt::UserRole;
constexpr int IsRelationRole = Qt::UserRole + 1;
} // namespace

SourceLibraryPanel::SourceLibraryPanel(QWidget* parent)
    : QWidget(parent), m_search(new QLineEdit(this)), m_tree(new QTreeWidget(this)),
      m_unsourced(new QLabel(this))
{
    auto* layout = new QVBoxLayout(this);
    m_search->setPlaceholderText(tr("Find a source by title, publisher or link…"));
    m_search->setClearButtonEnabled(true);
    m_search->setObjectName(QStringLiteral("sourceSearch"));
    m_tree->setObjectName(QStringLiteral("sourceTree"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Source"), tr("Cited by")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    m_tree->setUniformRowHeights(true);
    m_unsourced->setObjectName(QStringLiteral("unsourcedCount"));
    m_unsourced->setWordWrap(true);
    layout->addWidget(m_search);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_unsourced);
    connect(m_search, &QLineEdit::textChanged, this, &SourceLibraryPanel::applySearch);
    connect(m_tree, &QTreeWidget::itemActivated, this, &SourceLibraryPanel::activate);
    connect(m_tree, &QTreeWidget::itemClicked, this, &SourceLibraryPanel::activate);
    connect(m_unsourced, &QLabel::linkActivated, this, &SourceLibraryPanel::unsourcedRequested);
}

void SourceLibraryPanel::setSources(const QList<Source>& sources, const QList<SourceUse>& uses)
{
    m_tree->clear();
    QHash<QString, QTreeWidgetItem*> byKey;
    QList<QTreeWidgetItem*> top;
    for (const Source& s : sources) {
        auto* item = new QTreeWidgetItem;
        QString text = s.title;
        if (!s.publisher.isEmpty())
            text += QStringLiteral(" — ") + s.publisher;
        item->setText(0, text);
        QStringList tip{s.title};
        if (!s.publisher.isEmpty())
            tip << tr("Publisher: %1").arg(s.publisher);
        if (!s.url.isEmpty())
            tip << s.url;
        if (!s.accessed.isEmpty())
            tip << tr("Accessed %1").arg(s.accessed);
        tip << tr("Key: %1").arg(s.key);
        item->setToolTip(0, tip.join(u'\n'));
        item->setData(0, IdRole, s.key);
        byKey.insert(s.key, item);
        top << item;
    }
    for (const SourceUse& u : uses) {
        QTreeWidgetItem* parent = byKey.value(u.sourceKey);
        if (!parent)
            continue;
        auto* child = new QTreeWidgetItem(parent);
        child->setText(0, (u.relation ? QStringLiteral("↔ ") : QStringLiteral("● ")) + u.label);
        child->setToolTip(0, u.relation ? tr("Relation %1 — click to show it").arg(u.id)
                                        : tr("Entity %1 — click to select it").arg(u.id));
        child->setData(0, IdRole, u.id);
        child->setData(0, IsRelationRole, u.relation);
    }
    for (QTreeWidgetItem* item : top) {
        item->setText(1, QString::number(item->childCount()));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    }
    m_tree->addTopLevelItems(top);
    applySearch(m_search->text());
}

void SourceLibraryPanel::setUnsourcedCount(int relations)
{
    m_unsourced->setText(
        relations == 0
            ? tr("Every relation cites a source.")
            : tr("%n relation(s) cite no source. <a href=\"#\">Show them</a>", nullptr, relations));
}

void SourceLibraryPanel::applySearch(const QString& text)
{
    const QString t = text.trimmed();
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_tree->topLevelItem(i);
        item->setHidden(!t.isEmpty() && !item->text(0).contains(t, Qt::CaseInsensitive) &&
                        !item->toolTip(0).contains(t, Qt::CaseInsensitive));
    }
}

void SourceLibraryPanel::activate(QTreeWidgetItem* item)
{
    if (!item || !item->parent())
        return; // a source itself: expanding it shows its uses
    const QString id = item->data(0, IdRole).toString();
    if (item->data(0, IsRelationRole).toBool())
        emit relationActivated(id);
    else
        emit entityActivated(id);
}

} // namespace entente
