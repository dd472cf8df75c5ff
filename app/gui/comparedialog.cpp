#include "comparedialog.h"

#include "filtercontroller.h"
#include "graph/graphdocument.h"
#include "models/entitylistmodel.h"
#include "query/actorcomparison.h"
#include "query/entityresolver.h"
#include "query/pathconstraints.h"

#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace entente {

CompareDialog::CompareDialog(GraphDocument* document, EntityListModel* entities, FilterController* filter, QWidget* parent)
    : QDialog(parent), m_document(document), m_filter(filter)
{
    setWindowTitle(tr("Compare two actors"));
    resize(560, 520);
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    auto field = [&](const QString& placeholder) {
        auto* e = new QLineEdit(this);
        e->setPlaceholderText(placeholder);
        auto* c = new QCompleter(entities, e);
        c->setCaseSensitivity(Qt::CaseInsensitive);
        c->setFilterMode(Qt::MatchContains);
        e->setCompleter(c);
        connect(c, QOverload<const QModelIndex&>::of(&QCompleter::activated), e,
                [e](const QModelIndex& i) { e->setText(i.data(EntityListModel::IdRole).toString()); });
        return e;
    };
    m_a = field(tr("first actor"));
    m_b = field(tr("second actor"));
    form->addRow(tr("Compare"), m_a);
    form->addRow(tr("with"), m_b);
    layout->addLayout(form);
    auto* go = new QPushButton(tr("Compare"), this);
    layout->addWidget(go);
    m_result = new QTextBrowser(this);
    layout->addWidget(m_result, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(go, &QPushButton::clicked, this, [this] { compare(m_a->text(), m_b->text()); });
}

QString CompareDialog::resultText() const
{
    return m_result->toPlainText();
}

void CompareDialog::compare(const QString& aText, const QString& bText)
{
    m_a->setText(aText);
    m_b->setText(bText);
    const KnowledgeGraph* g = m_document->graph();
    if (!g)
        return;
    const EntityResolver resolver(*g);
    const auto ra = resolver.resolve(aText), rb = resolver.resolve(bText);
    if (ra.status != EntityResolver::Status::Found || rb.status != EntityResolver::Status::Found) {
        m_result->setPlainText(tr("Name two entities (an id, name or alias); “%1” is not one.")
                                   .arg(ra.status != EntityResolver::Status::Found ? aText : bText));
        return;
    }
    PathConstraints c(*g);
    c.setAsOf(m_filter->criteria().asOf);
    const ActorComparison cmp(*g, ra.vertex, rb.vertex, c);
    auto list = [&](const std::vector<int>& vs) {
        QStringList names;
        for (int v : vs)
            names << g->entity(v).name.toHtmlEscaped();
        return names.isEmpty() ? tr("<i>none</i>") : names.join(QStringLiteral(", "));
    };
    QString html = tr("<h3>%1 and %2</h3>").arg(g->entity(ra.vertex).name.toHtmlEscaped(), g->entity(rb.vertex).name.toHtmlEscaped());
    if (!c.isUnconstrained())
        html += tr("<p><i>%1</i></p>").arg(c.describe().join(QStringLiteral("; ")));
    html += tr("<p><b>Jaccard similarity:</b> %1 (%2 and %3 neighbours)</p>")
                .arg(QString::number(cmp.jaccard(), 'f', 3))
                .arg(cmp.neighboursOfA())
                .arg(cmp.neighboursOfB());
    html += tr("<p><b>Shared organisations (%1):</b> %2</p>").arg(cmp.sharedOrganisations().size()).arg(list(cmp.sharedOrganisations()));
    html += tr("<p><b>Shared alliances (%1):</b> %2</p>").arg(cmp.sharedAlliances().size()).arg(list(cmp.sharedAlliances()));
    html += tr("<p><b>Shared treaties (%1):</b> %2</p>").arg(cmp.sharedTreaties().size()).arg(list(cmp.sharedTreaties()));
    html += tr("<p><b>Other shared ties (%1):</b> %2</p>").arg(cmp.sharedOther().size()).arg(list(cmp.sharedOther()));
    m_result->setHtml(html);
}

} // namespace entente
