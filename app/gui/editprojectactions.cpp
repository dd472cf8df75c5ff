#include "editprojectactions.h"

#include "editcontroller.h"
#include "projectsession.h"
#include "store/storeerror.h"

#include <QAction>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>
#include <QUndoStack>
#include <QUndoView>
#include <functional>

namespace entente {

namespace {

QString askNewPath(QMainWindow* window, const QString& title)
{
    QString path = QFileDialog::getSaveFileName(window, title, QString(),
                                                QObject::tr("Entente projects (*.entente)"));
    if (!path.isEmpty() && !path.endsWith(QLatin1String(".entente")))
        path += QLatin1String(".entente");
    return path;
}

void run(QMainWindow* window, EditController* edit, const QString& done,
         const std::function<void()>& f)
{
    try {
        f();
        window->statusBar()->showMessage(done, 6000);
    } catch (const StoreError& e) {
        emit edit->failed(e.message());
    }
}

} // namespace

void EditProjectActions::addTo(QMenu* file, QAction* before, ProjectSession* session,
                               EditController* edit, QMainWindow* window)
{
    auto* fromDefault = new QAction(QObject::tr("&New project from default dataset…"), file);
    fromDefault->setShortcut(QKeySequence::New);
    QObject::connect(fromDefault, &QAction::triggered, window, [=] {
        const QString path =
            askNewPath(window, QObject::tr("New project from the default dataset"));
        if (!path.isEmpty())
            run(window, edit,
                QObject::tr("Created %1 from the default dataset; edits are saved as you make them")
                    .arg(path),
                [&] {
                    QFile::remove(path); // the dialog asked whether to replace it
                    session->newFromDefault(path);
                });
    });
    auto* empty = new QAction(QObject::tr("New &empty project…"), file);
    QObject::connect(empty, &QAction::triggered, window, [=] {
        const QString path = askNewPath(window, QObject::tr("New empty project"));
        if (!path.isEmpty())
            run(window, edit, QObject::tr("Created the empty project %1").arg(path), [&] {
                QFile::remove(path);
                session->newEmpty(path);
            });
    });
    auto* checkpoint = new QAction(QObject::tr("Save &checkpoint"), file);
    QObject::connect(checkpoint, &QAction::triggered, window, [=] {
        run(window, edit,
            QObject::tr("Checkpoint saved as %1")
                .arg(QFileInfo(session->checkpointPath()).fileName()),
            [&] { session->saveCheckpoint(); });
    });
    auto* revert = new QAction(QObject::tr("Re&vert to last checkpoint…"), file);
    QObject::connect(revert, &QAction::triggered, window, [=] {
        if (QMessageBox::question(
                window, QObject::tr("Revert to checkpoint"),
                QObject::tr("Replace the project with its last checkpoint? Every change made since "
                            "then is lost and the undo history is cleared.")) != QMessageBox::Yes)
            return;
        run(window, edit, QObject::tr("Reverted to the last checkpoint"),
            [&] { session->revertToCheckpoint(); });
    });
    auto updateEnabled = [=] {
        const bool editable = session->isOpen() && !session->isReadOnly();
        checkpoint->setEnabled(editable);
        revert->setEnabled(editable && QFileInfo::exists(session->checkpointPath()));
    };
    QObject::connect(session, &ProjectSession::opened, checkpoint, updateEnabled);
    QObject::connect(file, &QMenu::aboutToShow, checkpoint, updateEnabled);
    file->insertActions(before, {fromDefault, empty});
    file->insertSeparator(before);
    file->insertActions(before, {checkpoint, revert});
}

QDockWidget* EditProjectActions::historyDock(EditController* edit, QMainWindow* window)
{
    auto* view = new QUndoView(edit->undoStack(), window);
    view->setEmptyLabel(QObject::tr("<opened>"));
    auto* dock = new QDockWidget(QObject::tr("History"), window);
    dock->setObjectName(QStringLiteral("historyDock"));
    dock->setWidget(view);
    return dock;
}

} // namespace entente
