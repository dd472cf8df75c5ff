#include "filterpanel.h"

#include "graph/graphdocument.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRadioButton>
#include <QSet>
#include <QSpinBox>

namespace entente {

FilterPanel::FilterPanel(GraphDocument* document, QWidget* parent) : QWidget(parent), m_document(document)
{
    setAccessibleName(tr("Filters"));
    auto* form = new QFormLayout(this);
    auto* kinds = new QWidget(this);
    auto* kindRow = new QHBoxLayout(kinds);
    kindRow->setContentsMargins(0, 0, 0, 0);
    for (EntityKind k : allEntityKinds) {
        auto* box = new QCheckBox(entityKindLabel(k), kinds);
        box->setChecked(true);
        kindRow->addWidget(box);
        m_kindBoxes << box;
        connect(box, &QCheckBox::toggled, this, &FilterPanel::readForm);
    }
    form->addRow(tr("Show"), kinds);
    m_relationKinds = new QListWidget(this);
    m_relationKinds->setMaximumHeight(140);
    connect(m_relationKinds, &QListWidget::itemChanged, this, &FilterPanel::readForm);
    form->addRow(tr("Relations"), m_relationKinds);
    m_region = new QComboBox(this);
    connect(m_region, &QComboBox::currentIndexChanged, this, &FilterPanel::readForm);
    form->addRow(tr("Region"), m_region);
    m_category = new QComboBox(this);
    connect(m_category, &QComboBox::currentIndexChanged, this, &FilterPanel::readForm);
    form->addRow(tr("Category"), m_category);
    auto dateEdit = [this](const QString& placeholder) {
        auto* e = new QLineEdit(this);
        e->setPlaceholderText(placeholder);
        e->setClearButtonEnabled(true);
        connect(e, &QLineEdit::editingFinished, this, &FilterPanel::readForm);
        return e;
    };
    m_asOf = dateEdit(tr("YYYY, YYYY-MM or YYYY-MM-DD"));
    form->addRow(tr("As of"), m_asOf);
    auto* window = new QWidget(this);
    auto* windowRow = new QHBoxLayout(window);
    windowRow->setContentsMargins(0, 0, 0, 0);
    m_from = dateEdit(tr("from"));
    m_to = dateEdit(tr("to"));
    windowRow->addWidget(m_from);
    windowRow->addWidget(new QLabel(QStringLiteral("–"), window));
    windowRow->addWidget(m_to);
    form->addRow(tr("Between"), window);
    auto* degree = new QWidget(this);
    auto* degreeRow = new QHBoxLayout(degree);
    degreeRow->setContentsMargins(0, 0, 0, 0);
    m_minDegree = new QSpinBox(degree);
    m_minDegree->setRange(0, 1000000);
    m_minDegree->setSpecialValueText(tr("any"));
    m_maxDegree = new QSpinBox(degree);
    m_maxDegree->setRange(0, 1000000);
    m_maxDegree->setSpecialValueText(tr("any"));
    degreeRow->addWidget(m_minDegree);
    degreeRow->addWidget(new QLabel(QStringLiteral("–"), degree));
    degreeRow->addWidget(m_maxDegree);
    connect(m_minDegree, &QSpinBox::valueChanged, this, &FilterPanel::readForm);
    connect(m_maxDegree, &QSpinBox::valueChanged, this, &FilterPanel::readForm);
    form->addRow(tr("Ties"), degree);
    m_text = new QLineEdit(this);
    m_text->setPlaceholderText(tr("name or alias contains…"));
    m_text->setClearButtonEnabled(true);
    connect(m_text, &QLineEdit::textChanged, this, &FilterPanel::readForm);
    form->addRow(tr("Text"), m_text);
    m_tags = new QLineEdit(this);
    m_tags->setObjectName(QStringLiteral("tagFilter"));
    m_tags->setPlaceholderText(tr("tags, comma-separated"));
    m_tags->setClearButtonEnabled(true);
    connect(m_tags, &QLineEdit::textChanged, this, &FilterPanel::readForm);
    form->addRow(tr("Tagged"), m_tags);
    m_unsourced = new QCheckBox(tr("only relations citing no source"), this);
    m_unsourced->setObjectName(QStringLiteral("unsourcedOnly"));
    connect(m_unsourced, &QCheckBox::toggled, this, &FilterPanel::readForm);
    form->addRow(tr("Evidence"), m_unsourced);
    auto* ego = new QWidget(this);
    auto* egoRow = new QHBoxLayout(ego);
    egoRow->setContentsMargins(0, 0, 0, 0);
    m_ego = new QCheckBox(tr("around the selected entity"), ego);
    m_egoDepth = new QSpinBox(ego);
    m_egoDepth->setRange(1, 5);
    m_egoDepth->setSuffix(tr(" hops"));
    egoRow->addWidget(m_ego);
    egoRow->addWidget(m_egoDepth);
    connect(m_ego, &QCheckBox::toggled, this, &FilterPanel::readForm);
    connect(m_egoDepth, &QSpinBox::valueChanged, this, &FilterPanel::readForm);
    form->addRow(tr("Ego network"), ego);
    auto* metric = new QWidget(this);
    auto* metricRow = new QHBoxLayout(metric);
    metricRow->setContentsMargins(0, 0, 0, 0);
    m_metric = new QComboBox(metric);
    m_metric->addItem(tr("(compute metrics first)"));
    m_metricMin = new QLineEdit(metric);
    m_metricMin->setPlaceholderText(tr("minimum"));
    metricRow->addWidget(m_metric, 1);
    metricRow->addWidget(m_metricMin);
    connect(m_metricMin, &QLineEdit::editingFinished, this, &FilterPanel::readForm);
    connect(m_metric, &QComboBox::currentIndexChanged, this, &FilterPanel::readForm);
    form->addRow(tr("Metric"), metric);
    auto* mode = new QWidget(this);
    auto* modeRow = new QHBoxLayout(mode);
    modeRow->setContentsMargins(0, 0, 0, 0);
    m_hide = new QRadioButton(tr("Hide"), mode);
    m_dim = new QRadioButton(tr("Dim"), mode);
    m_hide->setChecked(true);
    modeRow->addWidget(m_hide);
    modeRow->addWidget(m_dim);
    connect(m_dim, &QRadioButton::toggled, this, &FilterPanel::readForm);
    form->addRow(tr("Filtered out"), mode);
    connect(document, &GraphDocument::graphReset, this, &FilterPanel::rebuildChoices);
    connect(document, &GraphDocument::selectionChanged, this, [this] {
        if (m_ego->isChecked())
            readForm();
    });
    rebuildChoices();
}

void FilterPanel::rebuildChoices()
{
    m_updating = true;
    m_relationKinds->clear();
    m_region->clear();
    m_region->addItem(tr("all regions"));
    m_category->clear();
    m_category->addItem(tr("all categories"));
    if (const KnowledgeGraph* g = m_document->graph()) {
        for (const RelationKind& k : g->vocabulary().kinds()) {
            auto* item = new QListWidgetItem(k.label, m_relationKinds);
            item->setData(Qt::UserRole, k.id);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Checked);
        }
        QSet<QString> regions, categories;
        for (int v = 0; v < g->entityCount(); ++v) {
            if (!g->entity(v).region.isEmpty())
                regions.insert(g->entity(v).region);
            if (!g->entity(v).category.isEmpty())
                categories.insert(g->entity(v).category);
        }
        QStringList sorted(regions.begin(), regions.end());
        sorted.sort();
        m_region->addItems(sorted);
        QStringList sortedCategories(categories.begin(), categories.end());
        sortedCategories.sort();
        m_category->addItems(sortedCategories);
    }
    m_updating = false;
    m_criteria = FilterCriteria();
    writeForm();
}

void FilterPanel::setMetricNames(const QStringList& names)
{
    m_updating = true;
    m_metric->clear();
    m_metric->addItems(names);
    m_updating = false;
}

void FilterPanel::setCriteria(const FilterCriteria& criteria)
{
    m_criteria = criteria;
    writeForm();
}

void FilterPanel::writeForm()
{
    m_updating = true;
    for (qsizetype i = 0; i < m_kindBoxes.size(); ++i)
        m_kindBoxes[i]->setChecked(m_criteria.entityKinds.isEmpty() || m_criteria.entityKinds.contains(allEntityKinds[static_cast<size_t>(i)]));
    for (int i = 0; i < m_relationKinds->count(); ++i) {
        QListWidgetItem* item = m_relationKinds->item(i);
        const bool on = m_criteria.relationKinds.isEmpty() || m_criteria.relationKinds.contains(item->data(Qt::UserRole).toString());
        item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    }
    m_region->setCurrentIndex(m_criteria.regions.isEmpty() ? 0 : std::max(0, m_region->findText(*m_criteria.regions.begin())));
    m_asOf->setText(m_criteria.asOf.toString());
    m_from->setText(m_criteria.hasWindow ? m_criteria.windowFrom.toString() : QString());
    m_to->setText(m_criteria.hasWindow ? m_criteria.windowTo.toString() : QString());
    m_category->setCurrentIndex(m_criteria.categories.isEmpty() ? 0 : std::max(0, m_category->findText(*m_criteria.categories.begin())));
    m_minDegree->setValue(m_criteria.minDegree);
    m_maxDegree->setValue(m_criteria.maxDegree == INT_MAX ? 0 : m_criteria.maxDegree);
    m_text->setText(m_criteria.text);
    QStringList tags(m_criteria.tags.cbegin(), m_criteria.tags.cend());
    tags.sort();
    if (tagsInForm() != m_criteria.tags) // keep what is being typed ("a, ") as typed
        m_tags->setText(tags.join(QStringLiteral(", ")));
    m_unsourced->setChecked(m_criteria.unsourcedOnly);
    m_ego->setChecked(!m_criteria.egoId.isEmpty());
    m_egoDepth->setValue(m_criteria.egoDepth);
    m_metricMin->setText(m_criteria.metricMin.isEmpty() ? QString() : QString::number(m_criteria.metricMin.first()));
    (m_criteria.mode == FilterCriteria::Mode::Dim ? m_dim : m_hide)->setChecked(true);
    m_updating = false;
}

void FilterPanel::readForm()
{
    if (m_updating)
        return;
    FilterCriteria c;
    for (qsizetype i = 0; i < m_kindBoxes.size(); ++i)
        if (m_kindBoxes[i]->isChecked())
            c.entityKinds.insert(allEntityKinds[static_cast<size_t>(i)]);
    if (c.entityKinds.size() == static_cast<qsizetype>(allEntityKinds.size()))
        c.entityKinds.clear();
    QSet<QString> kinds;
    for (int i = 0; i < m_relationKinds->count(); ++i)
        if (m_relationKinds->item(i)->checkState() == Qt::Checked)
            kinds.insert(m_relationKinds->item(i)->data(Qt::UserRole).toString());
    if (kinds.size() != m_relationKinds->count())
        c.relationKinds = kinds.isEmpty() ? QSet<QString>{QStringLiteral("(none)")} : kinds;
    if (m_region->currentIndex() > 0)
        c.regions.insert(m_region->currentText());
    // A date that does not parse is shown in red and ignored, never guessed.
    auto readDate = [](QLineEdit* e, PartialDate* out) {
        QString error;
        const auto d = PartialDate::parse(e->text(), &error);
        e->setStyleSheet(d ? QString() : QStringLiteral("QLineEdit { border: 1px solid #c00; }"));
        e->setToolTip(error);
        if (d)
            *out = *d;
        return d.has_value();
    };
    readDate(m_asOf, &c.asOf);
    PartialDate from, to;
    const bool fromOk = readDate(m_from, &from), toOk = readDate(m_to, &to);
    if (fromOk && toOk && (!from.isNull() || !to.isNull())) {
        if (!from.isNull() && !to.isNull() && PartialDate::compareCoarse(from, to) > 0) {
            m_to->setStyleSheet(QStringLiteral("QLineEdit { border: 1px solid #c00; }"));
            m_to->setToolTip(tr("%1 is before %2").arg(to.toString(), from.toString()));
        } else {
            c.hasWindow = true;
            c.windowFrom = from;
            c.windowTo = to;
        }
    }
    if (m_category->currentIndex() > 0)
        c.categories.insert(m_category->currentText());
    c.minDegree = m_minDegree->value();
    c.maxDegree = m_maxDegree->value() > 0 ? m_maxDegree->value() : INT_MAX;
    c.text = m_text->text();
    c.tags = tagsInForm();
    c.unsourcedOnly = m_unsourced->isChecked();
    const int selected = m_document->selected();
    if (m_ego->isChecked() && selected >= 0 && m_document->graph()) {
        c.egoId = m_document->graph()->entity(selected).id;
        c.egoDepth = m_egoDepth->value();
    }
    bool ok = false;
    const double threshold = m_metricMin->text().toDouble(&ok);
    if (ok && m_metric->count() > 0 && !m_metric->currentText().startsWith(u'('))
        c.metricMin.insert(m_metric->currentText(), threshold);
    c.mode = m_dim->isChecked() ? FilterCriteria::Mode::Dim : FilterCriteria::Mode::Hide;
    if (c == m_criteria)
        return;
    m_criteria = c;
    emit criteriaChanged(m_criteria);
}

QSet<QString> FilterPanel::tagsInForm() const
{
    QSet<QString> tags;
    for (const QString& t : m_tags->text().split(u',', Qt::SkipEmptyParts))
        if (!t.trimmed().isEmpty())
            tags.insert(t.trimmed());
    return tags;
}

} // namespace entente
