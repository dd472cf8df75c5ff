#include "filereplace.h"

#include "sqlitedatabase.h"
#include "storeerror.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <filesystem>
#include <system_error>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace entente {

namespace {

void syncFolder(const QString& folder)
{
#ifdef Q_OS_UNIX
    // rename(2) is atomic but only durable once the folder entry itself reaches the disk.
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(folder);
#endif
}

/**
 * A target left with a WAL (by a program that was killed) holds committed pages only there.
 * Checkpointing moves them into the main file, so removing the WAL afterwards loses nothing
 * even if we are killed before the rename; and a WAL never outlives the file it belongs to.
 */
void foldWal(const QString& target)
{
    const QString wal = target + QStringLiteral("-wal");
    if (!QFileInfo::exists(wal))
        return;
    try {
        SqliteDatabase db;
        db.open(target, SqliteDatabase::Mode::ReadWrite);
        db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    } catch (const StoreError&) {
        // Not a database we can open: its WAL cannot belong to anything worth keeping.
    }
    QFile::remove(wal);
    QFile::remove(target + QStringLiteral("-shm"));
}

} // namespace

void replaceFileAtomically(const QString& finished, const QString& target)
{
    foldWal(target);
    std::error_code error;
    std::filesystem::rename(QFile::encodeName(finished).toStdString(),
                            QFile::encodeName(target).toStdString(), error);
    if (error) {
        QFile::remove(finished);
        throw StoreError(StoreError::Code::Io,
                         QStringLiteral("%1: cannot write the file (%2)")
                             .arg(target, QString::fromStdString(error.message())));
    }
    syncFolder(QFileInfo(target).absolutePath());
}

} // namespace entente
