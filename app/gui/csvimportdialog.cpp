#include "csvimportdialog.h"

#include "formats/csvgraphreader.h"
#include "formats/formaterror.h"
#include "formats/importcancelled.h"
#include "formats/importresult.h"
#include "graph/knowledgegraph.h"
#include "import/csvmappingpanel.h"
#include "importprogress.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QPointer>
#include <QPushButton>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

namespace entente {

namespace {

constexpr int PreviewRows = 50;

QString attributeText(const QVariantMap& attributes)
{
    QStringList parts;
    for (auto it = attributes.cbegin(); it != attributes.cend(); ++it)
        parts << it.key() + u'=' + it.value().toString();
    return parts.join(QStringLiteral("; "));
}

/** Messages name files by their full path; in the dialog the file name is enough. */
QString shortened(QString message, const QString& path)
{
    return message.replace(QFileInfo(path).absolutePath() + u'/', QString());
}

} // namespace

CsvImportDialog::CsvImportDialog(const QString& path, std::shared_ptr<const KnowledgeGraph> graph,
                                 QWidget* parent)
    : QDialog(parent), m_path(path), m_graph(std::move(graph)), m_panel(new CsvMappingPanel(this)),
      m_debounce(new QTimer(this))
{
    setWindowTitle(tr("Import %1").arg(QFileInfo(path).fileName()));
    // The columns of the chosen table and of its partner (X-nodes.csv beside X-edges.csv), each
    // pre-set to what the reader would guess in its own table.
    QStringList examples, roles;
    QStringList tables{path};
    if (const QString partner = CsvGraphReader::partnerTable(path); !partner.isEmpty())
        tables << partner;
    for (const QString& table : tables) {
        const QList<QStringList> head = CsvGraphReader::head(table, 1);
        const QStringList& header = head.first();
        bool source = false, target = false;
        for (const QString& h : header) {
            source |= CsvColumnMapping::guess(h, true) == CsvColumnMapping::Role::Source;
            target |= CsvColumnMapping::guess(h, true) == CsvColumnMapping::Role::Target;
        }
        for (qsizetype c = 0; c < header.size(); ++c) {
            if (m_columns.contains(header[c], Qt::CaseInsensitive))
                continue;
            m_columns << header[c];
            examples << (head.size() > 1 ? head[1].value(c) : QString());
            roles << CsvColumnMapping::roleName(
                CsvColumnMapping::guess(header[c], source && target));
        }
    }
    QList<CsvMappingPanel::Choice> choices;
    for (CsvColumnMapping::Role r : CsvColumnMapping::choices())
        choices << CsvMappingPanel::Choice{CsvColumnMapping::roleName(r),
                                           CsvColumnMapping::roleLabel(r)};
    m_panel->setChoices(choices);
    m_panel->setColumns(m_columns, examples, roles);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_import->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_panel, 1);
    layout->addWidget(buttons);
    resize(900, 720);

    // Several quick changes (keyboard through a menu) make one read.
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(200);
    connect(m_debounce, &QTimer::timeout, this, &CsvImportDialog::startRead);
    connect(m_panel, &CsvMappingPanel::rolesChanged, this, [this] {
        m_result.reset();
        m_import->setEnabled(false);
        m_panel->setSummary(tr("Reading the file with these meanings…"));
        m_debounce->start();
    });
    m_panel->setSummary(tr("Reading the file…"));
    startRead();
}

CsvImportDialog::~CsvImportDialog()
{
    stopWorker();
}

void CsvImportDialog::stopWorker()
{
    if (m_cancel)
        m_cancel->store(true);
    if (m_thread)
        m_thread->wait();
}

CsvColumnMapping CsvImportDialog::mapping() const
{
    CsvColumnMapping mapping;
    const QStringList roles = m_panel->roles();
    for (qsizetype c = 0; c < m_columns.size() && c < roles.size(); ++c)
        if (const auto role = CsvColumnMapping::roleFromName(roles[c]))
            mapping.set(m_columns[c], *role);
    return mapping;
}

void CsvImportDialog::startRead()
{
    if (m_cancel)
        m_cancel->store(true);
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const int generation = ++m_generation;
    const CsvColumnMapping chosen = mapping();
    const RelationKindVocabulary vocabulary =
        m_graph ? m_graph->vocabulary() : RelationKindVocabulary();
    QPointer<CsvImportDialog> self = this;
    auto* thread =
        QThread::create([self, generation, chosen, vocabulary, path = m_path, flag = m_cancel] {
            ImportProgress progress(nullptr, nullptr,
                                    flag); // stops as soon as a newer mapping makes it stale
            std::shared_ptr<const ImportResult> result;
            QString error;
            try {
                result = std::make_shared<ImportResult>(
                    CsvGraphReader::read(path, vocabulary, &progress, chosen));
            } catch (const FormatError& e) {
                error = e.toString();
            } catch (const ImportCancelled&) {
                return; // a newer read replaces this one
            } catch (const std::exception& e) {
                error = QString::fromUtf8(e.what());
            }
            QMetaObject::invokeMethod(
                QCoreApplication::instance(),
                [self, generation, result, error] {
                    if (self)
                        self->showRead(generation, result, error);
                },
                Qt::QueuedConnection);
        });
    // Reads may overlap for a moment (the stale one stops at its next row check); each thread
    // deletes itself, and the dialog waits only for the newest.
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    connect(thread, &QObject::destroyed, this, [this, thread] {
        if (m_thread == thread)
            m_thread = nullptr;
    });
    if (m_thread)
        m_thread->wait();
    m_thread = thread;
    thread->start();
}

void CsvImportDialog::showRead(int generation, std::shared_ptr<const ImportResult> result,
                               const QString& error)
{
    if (generation != m_generation)
        return;
    m_result = result;
    m_import->setEnabled(result != nullptr);
    if (!result) {
        m_panel->setPreview({}, {}, {}, {});
        m_panel->setProblems({shortened(error, m_path)});
        m_panel->setSummary(tr("<b>Nothing can be imported yet.</b> Choose another meaning for the "
                               "column named above, "
                               "or fix the file at that line and column."));
        emit previewReady();
        return;
    }
    QList<QStringList> entities, relations;
    for (const Entity& e : result->batch.entities.mid(0, PreviewRows))
        entities << QStringList{e.id,
                                e.name,
                                entityKindName(e.kind),
                                e.category,
                                e.existence.start().toString(),
                                e.existence.end().toString(),
                                e.description,
                                attributeText(e.attributes)};
    for (const Relation& r : result->batch.relations.mid(0, PreviewRows))
        relations << QStringList{r.source,
                                 r.kind,
                                 r.target,
                                 r.interval.start().toString(),
                                 r.interval.end().toString(),
                                 r.note,
                                 attributeText(r.attributes),
                                 r.id};
    m_panel->setPreview({tr("Id"), tr("Name"), tr("Kind"), tr("Category"), tr("Start"), tr("End"),
                         tr("Description"), tr("Attributes")},
                        entities,
                        {tr("Source"), tr("Relation kind"), tr("Target"), tr("Start"), tr("End"),
                         tr("Note"), tr("Attributes"), tr("Id")},
                        relations);
    QStringList problems;
    for (const QString& w : result->warnings)
        problems << shortened(w, m_path);
    m_panel->setProblems(problems);

    // What the merge would do: a record whose id the project has is updated, else added.
    int entitiesAdded = 0, relationsAdded = 0, updated = 0;
    for (const Entity& e : result->batch.entities)
        (m_graph && m_graph->indexOf(e.id) >= 0 ? updated : entitiesAdded) += 1;
    for (const Relation& r : result->batch.relations)
        (m_graph && m_graph->relationIndexOf(r.id) >= 0 ? updated : relationsAdded) += 1;
    m_panel->setSummary(
        tr("<b>Import will add %1 entities and %2 relations, update %3 and skip %4 rows.</b>")
            .arg(entitiesAdded)
            .arg(relationsAdded)
            .arg(updated)
            .arg(result->skipped));
    emit previewReady();
}

} // namespace entente
