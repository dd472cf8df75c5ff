#pragma once

#include <QObject>
#include <QString>
#include <atomic>
#include <memory>

class QDialog;
class QProgressDialog;
class QThread;
class QWidget;

namespace entente {

class CsvImportDialog;
class ProjectSession;

/**
 * File → Import: reads a graph file on a worker thread (progress dialog with Cancel), then
 * merges it into the open project in one transaction and reloads. Refuses read-only projects
 * (the default dataset) with the way out: Save As first. A bad file is reported with its
 * file:line:column and the project stays as it was. A CSV file first goes through the
 * column-mapping wizard (CsvImportDialog), whose read is what gets merged.
 */
class ImportController : public QObject
{
    Q_OBJECT
public:
    ImportController(ProjectSession* session, QWidget* dialogParent, QObject* parent = nullptr);
    ~ImportController() override;

    /** Starts importing `path` (CSV: opens the mapping wizard); returns false (and emits failed)
     *  when it cannot start. */
    bool start(const QString& path);
    /** The open CSV wizard, if any. */
    CsvImportDialog* csvDialog() const;
    void cancel();
    void wait();

signals:
    void finished(const QString& summary);
    void failed(const QString& message);

private:
    bool startCsvWizard(const QString& path);

    ProjectSession* m_session;
    QWidget* m_dialogParent;
    QThread* m_thread = nullptr;
    QProgressDialog* m_dialog = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QDialog* m_csvDialog = nullptr; ///< deleted on close; cleared by its destroyed signal
};

} // namespace entente
