#include "entityeditdialog.h"

#include "editfields.h"
#include "graph/editcheck.h"
#include "graph/knowledgegraph.h"
#include "sourcepicker.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSet>
#include <QVBoxLayout>

namespace entente {

EntityEditDialog::EntityEditDialog(const KnowledgeGraph& graph, const Entity& entity, bool isNew,
                                   QWidget* parent)
    : QDialog(parent), m_graph(graph), m_original(entity), m_isNew(isNew)
{
    setWindowTitle(isNew ? tr("New entity") : tr("Edit %1").arg(entity.name));
    auto* form = new QFormLayout;
    m_name = new QLineEdit(entity.name, this);
    m_name->setObjectName(QStringLiteral("name"));
    m_id = new QLineEdit(entity.id, this);
    m_id->setObjectName(QStringLiteral("id"));
    m_id->setReadOnly(
        !isNew); // ids are stable: other projects, saved views and exports refer to them
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kind"));
    for (EntityKind k : allEntityKinds)
        m_kind->addItem(entityKindName(k), static_cast<int>(k));
    m_kind->setCurrentIndex(static_cast<int>(entity.kind));
    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("category"));
    m_category->setEditable(true);
    QSet<QString> categories;
    for (int v = 0; v < graph.entityCount() && categories.size() < 200; ++v)
        categories.insert(graph.entity(v).category);
    QStringList sorted(categories.cbegin(), categories.cend());
    sorted.removeAll(QString());
    sorted.sort();
    m_category->addItems(sorted);
    m_category->setCurrentText(entity.category);
    m_aliases = new QLineEdit(entity.aliases.join(QStringLiteral("; ")), this);
    m_aliases->setObjectName(QStringLiteral("aliases"));
    m_aliases->setPlaceholderText(tr("other names, separated by ;"));
    m_description = new QPlainTextEdit(entity.description, this);
    m_description->setObjectName(QStringLiteral("description"));
    m_description->setFixedHeight(80);
    m_region = new QLineEdit(entity.region, this);
    m_start = EditFields::dateField(this);
    m_start->setObjectName(QStringLiteral("start"));
    m_start->setText(entity.existence.start().toString());
    m_end = EditFields::dateField(this);
    m_end->setObjectName(QStringLiteral("end"));
    m_end->setText(entity.existence.end().toString());
    m_attributes = new QPlainTextEdit(EditFields::attributesText(entity.attributes), this);
    m_attributes->setObjectName(QStringLiteral("attributes"));
    m_attributes->setPlaceholderText(tr("key: value, one per line (tags: a; b)"));
    m_attributes->setFixedHeight(70);

    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("&Id"), m_id);
    form->addRow(tr("&Kind"), m_kind);
    form->addRow(tr("&Category"), m_category);
    form->addRow(tr("&Aliases"), m_aliases);
    form->addRow(tr("&Description"), m_description);
    form->addRow(tr("&Region"), m_region);
    form->addRow(tr("&From"), m_start);
    form->addRow(tr("&Until"), m_end);
    form->addRow(tr("A&ttributes"), m_attributes);
    m_sources = new SourcePicker(this);
    m_sources->setCitations(entity.sources, entity.citations);
    form->addRow(tr("Sources"), m_sources);

    m_error = EditFields::layOut(this, form);

    if (isNew) {
        // Suggest an id from kind and name until the user writes one.
        auto suggest = [this] {
            if (!m_idTouched)
                m_id->setText(EditCheck::suggestEntityId(
                    m_graph, static_cast<EntityKind>(m_kind->currentData().toInt()),
                    m_name->text()));
        };
        connect(m_name, &QLineEdit::textEdited, this, suggest);
        connect(m_kind, &QComboBox::currentIndexChanged, this, suggest);
        connect(m_id, &QLineEdit::textEdited, this, [this] { m_idTouched = true; });
    }
}

Entity EntityEditDialog::entity(QString* error) const
{
    Entity e = m_original;
    e.id = m_id->text();
    e.kind = static_cast<EntityKind>(m_kind->currentData().toInt());
    e.category = m_category->currentText().trimmed();
    e.name = m_name->text().trimmed();
    e.aliases.clear();
    for (const QString& a : m_aliases->text().split(u';', Qt::SkipEmptyParts))
        if (!a.trimmed().isEmpty())
            e.aliases << a.trimmed();
    e.description = m_description->toPlainText().trimmed();
    e.region = m_region->text().trimmed();
    QString why;
    const auto start = EditFields::date(m_start, tr("Start date"), &why);
    const auto end = start ? EditFields::date(m_end, tr("End date"), &why) : std::nullopt;
    if (start && end)
        e.existence = DateInterval(*start, *end);
    if (why.isEmpty())
        e.attributes =
            EditFields::attributes(m_attributes->toPlainText(), m_original.attributes, &why);
    e.sources = m_sources->keys();
    e.citations = m_sources->citations();
    if (error)
        *error = why;
    return e;
}

QString EntityEditDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void EntityEditDialog::accept()
{
    QString why;
    const Entity e = entity(&why);
    if (why.isEmpty())
        why = EditCheck::entity(m_graph, e, m_isNew);
    if (!why.isEmpty()) {
        m_error->setText(why);
        m_error->show();
        return;
    }
    m_error->clear();
    m_error->hide();
    QDialog::accept();
}

} // namespace entente
