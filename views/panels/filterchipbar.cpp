#include "filterchipbar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace entente {

FilterChipBar::FilterChipBar(QWidget* parent) : QWidget(parent)
{
    setAccessibleName(tr("Active filters"));
    m_layout = new QHBoxLayout(this);
    m_layout->setContentsMargins(6, 3, 6, 3);
    m_layout->setSpacing(6);
    m_count = new QLabel(this);
    m_layout->addStretch(1);
    m_layout->addWidget(m_count);
    hide();
}

void FilterChipBar::setCriteria(const FilterCriteria& criteria, int visibleEntities, int totalEntities)
{
    while (m_layout->count() > 2) {
        QLayoutItem* item = m_layout->takeAt(0);
        delete item->widget();
        delete item;
    }
    const auto chips = criteria.chips();
    int at = 0;
    for (const auto& chip : chips) {
        auto* button = new QToolButton(this);
        button->setText(chip.label + QStringLiteral("  ✕"));
        button->setToolTip(tr("Remove this filter"));
        button->setObjectName(QStringLiteral("chip-") + chip.key);
        button->setStyleSheet(QStringLiteral("QToolButton { border: 1px solid #b9c4d0; border-radius: 10px; padding: 2px 8px;"
                                             " background: #eef3f8; }"));
        connect(button, &QToolButton::clicked, this, [this, key = chip.key] { emit removeRequested(key); });
        m_layout->insertWidget(at++, button);
    }
    m_count->setText(tr("%1 of %2 entities").arg(visibleEntities).arg(totalEntities));
    setVisible(!chips.isEmpty());
}

} // namespace entente
