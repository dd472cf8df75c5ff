#include "relationeditdialog.h"

#include "editfields.h"
#include "graph/editcheck.h"
#include "graph/knowledgegraph.h"
#include "query/entityresolver.h"
#include "sourcepicker.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace entente {

RelationEditDialog::RelationEditDialog(const KnowledgeGraph& graph, const Relation& relation,
                                       bool isNew, QWidget* parent)
    : QDialog(parent), m_graph(graph), m_original(relation), m_isNew(isNew)
{
    setWindowTitle(isNew ? tr("New relation") : tr("Edit relation"));
    m_source = new QLineEdit(relation.source, this);
    m_source->setObjectName(QStringLiteral("source"));
    m_source->setPlaceholderText(tr("id, name or alias"));
    m_target = new QLineEdit(relation.target, this);
    m_target->setObjectName(QStringLiteral("target"));
    m_target->setPlaceholderText(tr("id, name or alias"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kind"));
    m_start = EditFields::dateField(this);
    m_start->setObjectName(QStringLiteral("start"));
    m_start->setText(relation.interval.start().toString());
    m_end = EditFields::dateField(this);
    m_end->setObjectName(QStringLiteral("end"));
    m_end->setText(relation.interval.end().toString());
    m_attributes = new QPlainTextEdit(EditFields::attributesText(relation.attributes), this);
    m_attributes->setObjectName(QStringLiteral("attributes"));
    m_attributes->setPlaceholderText(tr("key: value, one per line (role: mediator)"));
    m_attributes->setFixedHeight(60);
    m_note = new QPlainTextEdit(relation.note, this);
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setFixedHeight(60);

    auto* form = new QFormLayout;
    form->addRow(tr("&From"), m_source);
    form->addRow(tr("&Kind"), m_kind);
    form->addRow(tr("&To"), m_target);
    form->addRow(tr("&Since"), m_start);
    form->addRow(tr("&Until"), m_end);
    form->addRow(tr("A&ttributes"), m_attributes);
    form->addRow(tr("&Note"), m_note);
    m_sources = new SourcePicker(this);
    m_sources->setCitations(relation.sources, relation.citations);
    form->addRow(tr("Sources"), m_sources);
    m_error = EditFields::layOut(this, form);

    connect(m_source, &QLineEdit::editingFinished, this, &RelationEditDialog::refillKinds);
    connect(m_target, &QLineEdit::editingFinished, this, &RelationEditDialog::refillKinds);
    refillKinds();
    if (const int i = m_kind->findData(relation.kind); i >= 0)
        m_kind->setCurrentIndex(i);
}

int RelationEditDialog::resolve(const QLineEdit* field) const
{
    const QString text = field->text().trimmed();
    if (text.isEmpty())
        return -1;
    if (const int v = m_graph.indexOf(text); v >= 0)
        return v;
    const EntityResolver::Result r = EntityResolver(m_graph).resolve(text);
    return r.status == EntityResolver::Status::Found ? r.vertex : -1;
}

void RelationEditDialog::refillKinds()
{
    const QString current = m_kind->currentData().toString();
    const int s = resolve(m_source);
    const int t = resolve(m_target);
    m_kind->clear();
    for (const RelationKind& k : m_graph.vocabulary().kinds()) {
        if (s >= 0 && t >= 0 && !k.allows(m_graph.entity(s).kind, m_graph.entity(t).kind))
            continue;
        m_kind->addItem(QStringLiteral("%1 (%2)").arg(k.label, k.id), k.id);
    }
    if (const int i = m_kind->findData(current); i >= 0)
        m_kind->setCurrentIndex(i);
    if (s >= 0 && t >= 0 && m_kind->count() == 0) {
        m_error->setText(noKindMessage(s, t));
        m_error->show();
    } else if (!m_error->isHidden() && m_error->text().startsWith(tr("No relation kind"))) {
        m_error->hide();
    }
}

QString RelationEditDialog::noKindMessage(int s, int t) const
{
    const Entity& from = m_graph.entity(s);
    const Entity& to = m_graph.entity(t);
    return tr("No relation kind joins %1 (%2) to %3 (%4); swap the ends or pick other entities.")
        .arg(from.name, entityKindName(from.kind), to.name, entityKindName(to.kind));
}

QStringList RelationEditDialog::offeredKinds() const
{
    QStringList out;
    for (int i = 0; i < m_kind->count(); ++i)
        out << m_kind->itemData(i).toString();
    return out;
}

Relation RelationEditDialog::relation(QString* error) const
{
    Relation r = m_original;
    QString why;
    const int s = resolve(m_source);
    const int t = resolve(m_target);
    r.source = s >= 0 ? m_graph.entity(s).id : m_source->text().trimmed();
    r.target = t >= 0 ? m_graph.entity(t).id : m_target->text().trimmed();
    if (s < 0)
        why = tr("\"%1\" is not an entity (type an id, or an exact name or alias).")
                  .arg(m_source->text().trimmed());
    else if (t < 0)
        why = tr("\"%1\" is not an entity (type an id, or an exact name or alias).")
                  .arg(m_target->text().trimmed());
    r.kind = m_kind->currentData().toString();
    if (why.isEmpty() && r.kind.isEmpty())
        why = noKindMessage(s, t);
    if (why.isEmpty()) {
        const auto start = EditFields::date(m_start, tr("Start date"), &why);
        const auto end = start ? EditFields::date(m_end, tr("End date"), &why) : std::nullopt;
        if (start && end)
            r.interval = DateInterval(*start, *end);
    }
    if (why.isEmpty())
        r.attributes =
            EditFields::attributes(m_attributes->toPlainText(), m_original.attributes, &why);
    r.note = m_note->toPlainText().trimmed();
    r.sources = m_sources->keys();
    r.citations = m_sources->citations();
    if (error)
        *error = why;
    return r;
}

QString RelationEditDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void RelationEditDialog::accept()
{
    refillKinds();
    QString why;
    const Relation r = relation(&why);
    if (why.isEmpty())
        why = EditCheck::relation(m_graph, r, EditCheck::Id::Unchecked);
    if (!why.isEmpty()) {
        m_error->setText(why);
        m_error->show();
        return;
    }
    m_error->hide();
    QDialog::accept();
}

} // namespace entente
