#include "csvmappingpanel.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace entente {

namespace {

QTableWidget* makeTable(QWidget* parent)
{
    auto* t = new QTableWidget(parent);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionMode(QAbstractItemView::NoSelection);
    t->verticalHeader()->setVisible(false);
    t->horizontalHeader()->setStretchLastSection(true);
    t->setWordWrap(false);
    return t;
}

QWidget* titled(const QString& title, QWidget* content, QWidget* parent)
{
    auto* box = new QWidget(parent);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 4, 0, 0);
    auto* label = new QLabel(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()), box);
    layout->addWidget(label);
    layout->addWidget(content, 1);
    return box;
}

} // namespace

CsvMappingPanel::CsvMappingPanel(QWidget* parent)
    : QWidget(parent), m_columns(makeTable(this)), m_previewTabs(new QTabWidget(this)),
      m_entities(makeTable(this)), m_relations(makeTable(this)), m_problems(new QListWidget(this)),
      m_summary(new QLabel(this))
{
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        tr("Choose what each column of the file means. Columns left as <i>attribute</i> are kept "
           "under their own name; <i>ignore</i> leaves a column out. The preview and the problems "
           "follow every change."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_columns->setColumnCount(3);
    m_columns->setHorizontalHeaderLabels({tr("Column"), tr("Example"), tr("Meaning")});
    m_columns->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_columns->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_columns->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_columns->horizontalHeader()->setStretchLastSection(false);

    m_previewTabs->addTab(m_entities, tr("Entities"));
    m_previewTabs->addTab(m_relations, tr("Relations"));
    m_problems->setWordWrap(true);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(titled(tr("Columns"), m_columns, splitter));
    splitter->addWidget(
        titled(tr("Preview (first records as they would be imported)"), m_previewTabs, splitter));
    splitter->addWidget(titled(tr("Problems"), m_problems, splitter));
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 4);
    splitter->setStretchFactor(2, 1);
    layout->addWidget(splitter, 1);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);
}

void CsvMappingPanel::setChoices(const QList<Choice>& choices)
{
    m_choices = choices;
}

void CsvMappingPanel::setColumns(const QStringList& names, const QStringList& examples,
                                 const QStringList& roles)
{
    m_names = names;
    m_columns->setRowCount(static_cast<int>(names.size()));
    for (int row = 0; row < names.size(); ++row) {
        m_columns->setItem(row, 0, new QTableWidgetItem(names[row]));
        m_columns->setItem(row, 1, new QTableWidgetItem(examples.value(row)));
        auto* combo = new QComboBox(m_columns);
        combo->setAccessibleName(tr("Meaning of column %1").arg(names[row]));
        for (const Choice& c : std::as_const(m_choices))
            combo->addItem(c.label, c.key);
        combo->setCurrentIndex(std::max(0, combo->findData(roles.value(row))));
        connect(combo, &QComboBox::currentIndexChanged, this, &CsvMappingPanel::rolesChanged);
        m_columns->setCellWidget(row, 2, combo);
    }
    m_columns->resizeColumnToContents(2);
}

QStringList CsvMappingPanel::roles() const
{
    QStringList keys;
    for (int row = 0; row < m_columns->rowCount(); ++row)
        if (const auto* combo = qobject_cast<QComboBox*>(m_columns->cellWidget(row, 2)))
            keys << combo->currentData().toString();
    return keys;
}

void CsvMappingPanel::fill(QTableWidget* table, const QStringList& header,
                           const QList<QStringList>& rows)
{
    table->clear();
    table->setColumnCount(static_cast<int>(header.size()));
    table->setHorizontalHeaderLabels(header);
    table->setRowCount(static_cast<int>(rows.size()));
    for (int r = 0; r < rows.size(); ++r)
        for (int c = 0; c < rows[r].size() && c < header.size(); ++c)
            table->setItem(r, c, new QTableWidgetItem(rows[r][c]));
    table->resizeColumnsToContents();
}

void CsvMappingPanel::setPreview(const QStringList& entityHeader,
                                 const QList<QStringList>& entityRows,
                                 const QStringList& relationHeader,
                                 const QList<QStringList>& relationRows)
{
    fill(m_entities, entityHeader, entityRows);
    fill(m_relations, relationHeader, relationRows);
    m_previewTabs->setTabText(0, tr("Entities (%1 shown)").arg(entityRows.size()));
    m_previewTabs->setTabText(1, tr("Relations (%1 shown)").arg(relationRows.size()));
    // An edge list says most in its relations (its entities are only implied); a node table
    // in its entities.
    m_previewTabs->setCurrentIndex(relationRows.isEmpty() ? 0 : 1);
}

void CsvMappingPanel::setProblems(const QStringList& problems)
{
    m_problems->clear();
    if (problems.isEmpty()) {
        m_problems->addItem(tr("No problems found."));
        return;
    }
    m_problems->addItems(problems);
}

void CsvMappingPanel::setSummary(const QString& summary)
{
    m_summary->setText(summary);
}

QString CsvMappingPanel::summary() const
{
    return m_summary->text();
}

} // namespace entente
