#include "metricspanel.h"

#include "models/metricstablemodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace entente {

MetricsPanel::MetricsPanel(MetricsTableModel* model, QWidget* parent) : QWidget(parent), m_model(model)
{
    setAccessibleName(tr("Metrics"));
    auto* layout = new QVBoxLayout(this);
    auto* row = new QHBoxLayout;
    m_compute = new QPushButton(tr("Compute metrics"), this);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->hide();
    m_sizeBy = new QComboBox(this);
    m_sizeBy->addItem(tr("Size by ties"), QStringLiteral("degree"));
    m_sizeBy->addItem(tr("Size by betweenness"), QStringLiteral("betweenness"));
    m_sizeBy->addItem(tr("Size by PageRank"), QStringLiteral("pagerank"));
    m_sizeBy->setEnabled(false);
    row->addWidget(m_compute);
    row->addWidget(m_cancel);
    row->addStretch(1);
    row->addWidget(m_sizeBy);
    m_communities = new QCheckBox(tr("Colour by community"), this);
    m_communities->setEnabled(false);
    row->addWidget(m_communities);
    layout->addLayout(row);
    m_status = new QLabel(tr("Degree, betweenness, PageRank, components and communities of every entity."), this);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(Qt::DisplayRole);
    m_table = new QTableView(this);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(MetricsTableModel::Degree, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(MetricsTableModel::Name, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    layout->addWidget(m_table, 1);
    connect(m_compute, &QPushButton::clicked, this, &MetricsPanel::computeRequested);
    connect(m_cancel, &QPushButton::clicked, this, &MetricsPanel::cancelRequested);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        emit entityActivated(index.data(MetricsTableModel::IdRole).toString());
    });
    connect(m_sizeBy, &QComboBox::currentIndexChanged, this, [this] { emit sizeByChanged(m_sizeBy->currentData().toString()); });
    connect(m_communities, &QCheckBox::toggled, this, &MetricsPanel::colourByCommunityChanged);
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        m_sizeBy->setEnabled(m_model->rowCount() > 0);
        m_communities->setEnabled(m_model->rowCount() > 0);
        m_table->resizeColumnsToContents();
    });
}

void MetricsPanel::setBusy(bool busy, const QString& message)
{
    m_compute->setEnabled(!busy);
    m_cancel->setVisible(busy);
    if (!message.isEmpty())
        m_status->setText(message);
}

} // namespace entente
