#pragma once

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

class QProgressDialog;
class QThread;
class QWidget;

namespace entente {

class ProjectSession;

/**
 * File → Import: reads a graph file on a worker thread (progress dialog with Cancel), then
 * merges it into the open project in one transaction and reloads. Refuses read-only projects
 * (the default dataset) with the way out: Save As first. A bad file is reported with its
 * file:line:column and the project stays as it was.
 */
class ImportController : public QObject
{
    Q_OBJECT
public:
    ImportController(ProjectSession* session, QWidget* dialogParent, QObject* parent = nullptr);
    ~ImportController() override;

    /** Starts importing `path`; returns false (and emits failed) when it cannot start. */
    bool start(const QString& path);
    void cancel();
    void wait();

signals:
    void finished(const QString& summary);
    void failed(const QString& message);

private:
    ProjectSession* m_session;
    QWidget* m_dialogParent;
    QThread* m_thread = nullptr;
    QProgressDialog* m_dialog = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace entente
