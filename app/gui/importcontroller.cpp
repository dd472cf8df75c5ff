#include "importcontroller.h"

#include "core/progressreporter.h"
#include "csvimportdialog.h"
#include "formats/formaterror.h"
#include "formats/graphimporter.h"
#include "formats/importcancelled.h"
#include "formats/importresult.h"
#include "graph/knowledgegraph.h"
#include "importprogress.h"
#include "projectsession.h"
#include "store/storeerror.h"

#include <QFileInfo>
#include <QPointer>
#include <QProgressDialog>
#include <QThread>

namespace entente {

ImportController::ImportController(ProjectSession* session, QWidget* dialogParent, QObject* parent)
    : QObject(parent), m_session(session), m_dialogParent(dialogParent)
{
}

ImportController::~ImportController()
{
    cancel();
    wait();
}

void ImportController::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void ImportController::wait()
{
    if (m_thread)
        m_thread->wait();
}

bool ImportController::start(const QString& path)
{
    if (!m_session->isOpen() || m_session->isReadOnly()) {
        emit failed(
            tr("%1 is read-only. Use File → Save as to make an editable copy, then import into it.")
                .arg(m_session->displayName()));
        return false;
    }
    if (m_thread && m_thread->isRunning())
        return false;
    try {
        if (GraphImporter::detect(path) == GraphFormat::Csv)
            return startCsvWizard(path);
    } catch (const FormatError& e) {
        emit failed(e.toString());
        return false;
    }
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_dialog = new QProgressDialog(tr("Reading %1…").arg(QFileInfo(path).fileName()), tr("Cancel"),
                                   0, 100, m_dialogParent);
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->setMinimumDuration(300);
    m_dialog->setAutoClose(false);
    connect(m_dialog, &QProgressDialog::canceled, this, &ImportController::cancel);
    const RelationKindVocabulary vocabulary = m_session->graph()->vocabulary();
    auto flag = m_cancel;
    QPointer<QProgressDialog> dialog = m_dialog;
    m_thread = QThread::create([this, path, vocabulary, flag, dialog] {
        ImportProgress progress(this, dialog, flag);
        QString error;
        std::shared_ptr<ImportResult> result;
        try {
            result = std::make_shared<ImportResult>(
                GraphImporter::read(path, vocabulary, GraphFormat::Auto, &progress));
        } catch (const FormatError& e) {
            error = e.toString();
        } catch (const ImportCancelled&) {
            error = tr("Import cancelled; the project is unchanged.");
        } catch (const std::exception& e) {
            error = QString::fromUtf8(e.what());
        }
        QPointer<ImportController> self = this;
        QMetaObject::invokeMethod(
            this,
            [self, result, error] {
                if (!self)
                    return;
                if (self->m_dialog) {
                    self->m_dialog->close();
                    self->m_dialog->deleteLater();
                }
                if (!result) {
                    emit self->failed(error);
                    return;
                }
                try {
                    // The write is one transaction on the GUI thread: the store is not shared.
                    emit self->finished(self->m_session->mergeImport(*result));
                } catch (const StoreError& e) {
                    emit self->failed(e.message());
                }
            },
            Qt::QueuedConnection);
    });
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    connect(m_thread, &QObject::destroyed, this, [this, t = m_thread] {
        if (m_thread == t)
            m_thread = nullptr;
    });
    m_thread->start();
    return true;
}

CsvImportDialog* ImportController::csvDialog() const
{
    return qobject_cast<CsvImportDialog*>(m_csvDialog);
}

bool ImportController::startCsvWizard(const QString& path)
{
    if (m_csvDialog)
        return false;
    CsvImportDialog* dialog = nullptr;
    try {
        dialog = new CsvImportDialog(path, m_session->graph(), m_dialogParent);
    } catch (const FormatError& e) {
        emit failed(e.toString());
        return false;
    }
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_csvDialog = dialog;
    connect(dialog, &QObject::destroyed, this, [this] { m_csvDialog = nullptr; });
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const auto result = dialog->result();
        if (!result)
            return;
        try {
            // The wizard's last read is the import: one transaction, then the project reloads.
            emit finished(m_session->mergeImport(*result));
        } catch (const StoreError& e) {
            emit failed(e.message());
        }
    });
    dialog->open();
    return true;
}

} // namespace entente
