#include "sourcepicker.h"

#include <QComboBox>
#include <QDate>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QUuid>
#include <QVBoxLayout>

namespace entente {

namespace {
enum Column
{
    TitleColumn,
    PageColumn,
    QuoteColumn,
    ConfidenceColumn
};
} // namespace

SourcePicker::SourcePicker(QWidget* parent)
    : QWidget(parent), m_table(new QTableWidget(0, 4, this)), m_library(new QComboBox(this)),
      m_hint(new QLabel(this))
{
    setObjectName(QStringLiteral("sourcePicker"));
    m_table->setObjectName(QStringLiteral("citations"));
    m_table->setHorizontalHeaderLabels({tr("Source"), tr("Page"), tr("Quote"), tr("Confidence")});
    m_table->horizontalHeader()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(QuoteColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setFixedHeight(110);
    m_library->setObjectName(QStringLiteral("library"));
    m_library->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_library->setMinimumContentsLength(24);
    auto* citeButton = new QPushButton(tr("Cite"), this);
    citeButton->setObjectName(QStringLiteral("cite"));
    auto* create = new QPushButton(tr("New source…"), this);
    create->setObjectName(QStringLiteral("newSource"));
    auto* remove = new QPushButton(tr("Remove"), this);
    remove->setObjectName(QStringLiteral("removeCitation"));
    m_hint->setObjectName(QStringLiteral("unsourcedHint"));
    m_hint->setWordWrap(true);
    m_hint->setStyleSheet(QStringLiteral("color: #8a5a00;"));

    auto* row = new QHBoxLayout;
    row->addWidget(m_library, 1);
    row->addWidget(citeButton);
    row->addWidget(create);
    row->addWidget(remove);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(row);
    layout->addWidget(m_hint);

    connect(citeButton, &QPushButton::clicked, this,
            [this] { cite(m_library->currentData().toString()); });
    connect(create, &QPushButton::clicked, this, &SourcePicker::askNewSource);
    connect(remove, &QPushButton::clicked, this, [this] {
        if (const int r = m_table->currentRow(); r >= 0)
            m_table->removeRow(r);
        updateHint();
    });
    updateHint();
}

void SourcePicker::setLibrary(const QList<Source>& library)
{
    const QStringList cited = keys();
    const QMap<QString, Citation> details = citations();
    m_sources = library + m_new;
    m_library->clear();
    for (const Source& s : m_sources)
        m_library->addItem(
            s.publisher.isEmpty() ? s.title : s.title + QStringLiteral(" — ") + s.publisher, s.key);
    setCitations(cited, details); // the rows now show titles, not keys
}

void SourcePicker::setCitations(const QStringList& keys, const QMap<QString, Citation>& citations)
{
    m_table->setRowCount(0);
    for (const QString& key : keys) {
        Source s;
        s.key = key;
        s.title = key; // a key the library does not list still shows, by its key
        for (const Source& known : m_sources)
            if (known.key == key)
                s = known;
        addRow(s, citations.value(key));
    }
    updateHint();
}

void SourcePicker::addRow(const Source& source, const Citation& citation)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto* title = new QTableWidgetItem(source.title);
    title->setData(Qt::UserRole, source.key);
    title->setFlags(title->flags() & ~Qt::ItemIsEditable);
    title->setToolTip(source.url.isEmpty() ? source.title : source.title + u'\n' + source.url);
    m_table->setItem(row, TitleColumn, title);
    m_table->setItem(row, PageColumn, new QTableWidgetItem(citation.page));
    m_table->setItem(row, QuoteColumn, new QTableWidgetItem(citation.quote));
    auto* confidence = new QComboBox(m_table);
    confidence->addItems({tr("not stated"), tr("low"), tr("medium"), tr("high")});
    confidence->setCurrentIndex(qBound(0, citation.confidence, 3));
    m_table->setCellWidget(row, ConfidenceColumn, confidence);
}

bool SourcePicker::cite(const QString& key)
{
    if (key.isEmpty() || keys().contains(key))
        return false;
    for (const Source& s : m_sources)
        if (s.key == key) {
            addRow(s, {});
            updateHint();
            return true;
        }
    return false;
}

void SourcePicker::citeNew(const Source& source)
{
    m_new << source;
    m_sources << source;
    m_library->addItem(source.title, source.key);
    cite(source.key);
}

QStringList SourcePicker::keys() const
{
    QStringList out;
    for (int r = 0; r < m_table->rowCount(); ++r)
        out << m_table->item(r, TitleColumn)->data(Qt::UserRole).toString();
    return out;
}

QMap<QString, Citation> SourcePicker::citations() const
{
    QMap<QString, Citation> out;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        Citation c;
        c.page = m_table->item(r, PageColumn)->text().trimmed();
        c.quote = m_table->item(r, QuoteColumn)->text().trimmed();
        c.confidence =
            static_cast<QComboBox*>(m_table->cellWidget(r, ConfidenceColumn))->currentIndex();
        if (!c.isEmpty())
            out.insert(m_table->item(r, TitleColumn)->data(Qt::UserRole).toString(), c);
    }
    return out;
}

QList<Source> SourcePicker::newSources() const
{
    QList<Source> out;
    const QStringList cited = keys();
    for (const Source& s : m_new)
        if (cited.contains(s.key))
            out << s;
    return out;
}

void SourcePicker::updateHint()
{
    m_hint->setText(m_table->rowCount() == 0
                        ? tr("No source cited: this will be marked unsourced (dotted on the "
                             "canvas) until one is added.")
                        : QString());
    m_hint->setVisible(m_table->rowCount() == 0);
}

void SourcePicker::askNewSource()
{
    QDialog form(this);
    form.setWindowTitle(tr("New source"));
    auto* title = new QLineEdit(&form);
    auto* publisher = new QLineEdit(&form);
    auto* url = new QLineEdit(&form);
    url->setPlaceholderText(QStringLiteral("https://…"));
    auto* accessed = new QLineEdit(QDate::currentDate().toString(Qt::ISODate), &form);
    auto* layout = new QFormLayout(&form);
    layout->addRow(tr("&Title"), title);
    layout->addRow(tr("&Publisher"), publisher);
    layout->addRow(tr("&URL"), url);
    layout->addRow(tr("&Accessed"), accessed);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &form);
    layout->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &form, [&] {
        if (!title->text().trimmed().isEmpty())
            form.accept();
        else
            title->setPlaceholderText(tr("a title is needed"));
    });
    connect(buttons, &QDialogButtonBox::rejected, &form, &QDialog::reject);
    if (form.exec() != QDialog::Accepted)
        return;
    Source s;
    s.title = title->text().trimmed();
    s.publisher = publisher->text().trimmed();
    s.url = url->text().trimmed();
    s.accessed = accessed->text().trimmed();
    // A readable, unique key: a slug of the title and a short random tail.
    QString slug = s.title.toLower();
    slug.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    s.key = QStringLiteral("src:%1-%2")
                .arg(slug.left(32).remove(QRegularExpression(QStringLiteral("^-|-$"))),
                     QUuid::createUuid().toString(QUuid::Id128).left(6));
    citeNew(s);
}

} // namespace entente
