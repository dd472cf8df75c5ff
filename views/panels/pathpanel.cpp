#include "pathpanel.h"

#include "models/entitylistmodel.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QCompleter>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTextStream>
#include <QVBoxLayout>

namespace entente {

namespace {

QLineEdit* entityField(EntityListModel* entities, const QString& placeholder, QWidget* parent)
{
    auto* e = new QLineEdit(parent);
    e->setPlaceholderText(placeholder);
    e->setClearButtonEnabled(true);
    auto* c = new QCompleter(entities, e);
    c->setCaseSensitivity(Qt::CaseInsensitive);
    c->setFilterMode(Qt::MatchContains);
    e->setCompleter(c);
    // Completion shows "Name (ALIASES)"; keep just the name in the field.
    QObject::connect(c, QOverload<const QModelIndex&>::of(&QCompleter::activated), e, [e](const QModelIndex& index) {
        e->setText(index.data(EntityListModel::IdRole).toString());
    });
    return e;
}

QString csvField(const QString& s)
{
    if (!s.contains(u',') && !s.contains(u'"') && !s.contains(u'\n'))
        return s;
    return u'"' + QString(s).replace(u'"', QStringLiteral("\"\"")) + u'"';
}

} // namespace

PathPanel::PathPanel(EntityListModel* entities, QWidget* parent) : QWidget(parent)
{
    setAccessibleName(tr("Paths"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_from = entityField(entities, tr("from (name, alias or id)"), this);
    m_to = entityField(entities, tr("to"), this);
    form->addRow(tr("From"), m_from);
    form->addRow(tr("To"), m_to);
    auto* options = new QHBoxLayout;
    m_k = new QSpinBox(this);
    m_k->setRange(1, 20);
    m_k->setValue(3);
    m_k->setPrefix(tr("up to "));
    m_k->setSuffix(tr(" paths"));
    m_timeRespecting = new QCheckBox(tr("in time order"), this);
    m_timeRespecting->setToolTip(tr("Each relation starts no earlier than the one before it"));
    m_useFilter = new QCheckBox(tr("within the filter"), this);
    m_useFilter->setChecked(true);
    m_useFilter->setToolTip(tr("Use only the relation kinds and dates the current filter shows"));
    options->addWidget(m_k);
    options->addWidget(m_timeRespecting);
    options->addWidget(m_useFilter);
    options->addStretch(1);
    form->addRow(QString(), options);
    m_weights = new QLineEdit(this);
    m_weights->setPlaceholderText(tr("optional, e.g. member_of=1, party_to=2, uses=5"));
    m_weights->setToolTip(tr("Weigh relation kinds to prefer some ties: the cheapest path wins (Dijkstra)"));
    form->addRow(tr("Weights"), m_weights);
    layout->addLayout(form);
    auto* buttons = new QHBoxLayout;
    auto* findButton = new QPushButton(tr("Find paths"), this);
    findButton->setDefault(true);
    auto* copyButton = new QPushButton(tr("Copy as text"), this);
    auto* csvButton = new QPushButton(tr("Export CSV…"), this);
    buttons->addWidget(findButton);
    buttons->addStretch(1);
    buttons->addWidget(copyButton);
    buttons->addWidget(csvButton);
    layout->addLayout(buttons);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    m_list = new QListWidget(this);
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    layout->addWidget(m_list, 1);

    connect(findButton, &QPushButton::clicked, this, &PathPanel::find);
    connect(m_from, &QLineEdit::returnPressed, this, &PathPanel::find);
    connect(m_to, &QLineEdit::returnPressed, this, &PathPanel::find);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            emit pathActivated(row);
    });
    connect(copyButton, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(resultsAsText()); });
    connect(csvButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export evidence table"), QStringLiteral("paths.csv"), tr("CSV (*.csv)"));
        if (!path.isEmpty())
            exportCsv(path);
    });
}

void PathPanel::setFrom(const QString& text)
{
    m_from->setText(text);
}

void PathPanel::setTo(const QString& text)
{
    m_to->setText(text);
}

void PathPanel::setEndpoints(const QString& from, const QString& to)
{
    setFrom(from);
    setTo(to);
}

void PathPanel::find()
{
    if (m_from->text().trimmed().isEmpty() || m_to->text().trimmed().isEmpty()) {
        m_message->setText(tr("Name two entities to connect."));
        return;
    }
    emit findRequested(m_from->text().trimmed(), m_to->text().trimmed(), m_k->value(), m_timeRespecting->isChecked(),
                       m_useFilter->isChecked(), m_weights->text().trimmed());
}

void PathPanel::setResults(const QList<PathRow>& rows, const QString& message)
{
    m_rows = rows;
    m_message->setText(message);
    m_list->clear();
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const PathRow& r = rows[i];
        QString text = QStringLiteral("%1. %2").arg(i + 1).arg(r.sentence);
        QString tip;
        for (qsizetype h = 0; h < r.hops.size(); ++h)
            tip += QStringLiteral("%1\n    source: %2\n").arg(r.hops[h], r.hopSources.value(h));
        auto* item = new QListWidgetItem(text, m_list);
        item->setToolTip(tip.trimmed());
    }
}

QString PathPanel::resultsAsText() const
{
    QString out;
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        out += QStringLiteral("%1. %2\n").arg(i + 1).arg(m_rows[i].sentence);
        for (qsizetype h = 0; h < m_rows[i].hops.size(); ++h)
            out += QStringLiteral("   %1 [source: %2]\n").arg(m_rows[i].hops[h], m_rows[i].hopSources.value(h));
    }
    return out;
}

bool PathPanel::exportCsv(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        m_message->setText(tr("Cannot write %1: %2").arg(path, f.errorString()));
        return false;
    }
    QTextStream out(&f);
    out << "path,hop,from_id,from_name,relation_id,kind,start,end,to_id,to_name,sources\n";
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        for (qsizetype h = 0; h < m_rows[i].evidence.size(); ++h) {
            QStringList fields{QString::number(i + 1), QString::number(h + 1)};
            for (const QString& v : m_rows[i].evidence[h])
                fields << csvField(v);
            out << fields.join(u',') << "\n";
        }
    m_message->setText(tr("Wrote the evidence table to %1").arg(path));
    return true;
}

} // namespace entente
