#include "sqlitedatabase.h"

#include "storeerror.h"

#include <QByteArray>
#include <QFileInfo>

#include <sqlite3.h>

#include <cstring>

namespace entente {

SqliteDatabase::~SqliteDatabase()
{
    close();
}

void SqliteDatabase::close()
{
    if (m_db)
        sqlite3_close_v2(m_db);
    m_db = nullptr;
    delete m_image;
    m_image = nullptr;
}

void SqliteDatabase::open(const QString& path, Mode mode)
{
    close();
    m_label = path;
    int flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE;
    switch (mode) {
    case Mode::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    case Mode::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case Mode::Create:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    }
    const QByteArray file =
        (path == QLatin1String(":memory:") ? path : QFileInfo(path).absoluteFilePath()).toUtf8();
    const int rc = sqlite3_open_v2(file.constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString why = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("out of memory");
        close();
        throw StoreError(StoreError::Code::Io, QStringLiteral("%1: cannot open: %2").arg(path, why));
    }
    harden();
}

void SqliteDatabase::openImage(const QByteArray& image, const QString& label)
{
    close();
    m_label = label;
    if (sqlite3_open_v2(":memory:", &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_MEMORY, nullptr) != SQLITE_OK)
        fail(QStringLiteral("cannot open an in-memory database"));
    harden();
    // SQLite reads the image in place; keep our own copy alive for as long as the connection.
    m_image = new QByteArray(image);
    auto* data = reinterpret_cast<unsigned char*>(m_image->data());
    const int rc = sqlite3_deserialize(m_db, "main", data, m_image->size(), m_image->size(),
                                       SQLITE_DESERIALIZE_READONLY);
    if (rc != SQLITE_OK)
        fail(QStringLiteral("cannot load the database image"));
}

void SqliteDatabase::harden()
{
    // DESIGN.md: a file from elsewhere is opened defensively. We apply the same settings to
    // every connection, our own files included, because Entente's schema needs none of it.
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_ENABLE_VIEW, 0, nullptr);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, nullptr);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_ENABLE_FKEY, 1, nullptr);
    // Huge strings or blobs in a hostile file must not exhaust memory.
    sqlite3_limit(m_db, SQLITE_LIMIT_LENGTH, MaxValueBytes);
    sqlite3_busy_timeout(m_db, 2000);
}

void SqliteDatabase::exec(const char* sql)
{
    char* err = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &err) != SQLITE_OK) {
        const QString why = QString::fromUtf8(err ? err : "unknown error");
        sqlite3_free(err);
        fail(why);
    }
}

qint64 SqliteDatabase::queryInt(const char* sql)
{
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(m_db, sql, -1, &st, nullptr) != SQLITE_OK)
        fail(QString::fromUtf8(sqlite3_errmsg(m_db)));
    qint64 v = 0;
    const int rc = sqlite3_step(st);
    if (rc == SQLITE_ROW)
        v = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        fail(QString::fromUtf8(sqlite3_errstr(rc)));
    return v;
}

void SqliteDatabase::fail(const QString& what) const
{
    const int code = m_db ? sqlite3_errcode(m_db) & 0xff : SQLITE_ERROR;
    const QString detail = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString();
    if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB)
        throw StoreError(code == SQLITE_CORRUPT ? StoreError::Code::Corrupt : StoreError::Code::NotAProject,
                         QStringLiteral("%1: the project file is damaged (%2)").arg(m_label, detail));
    if (code == SQLITE_BUSY || code == SQLITE_LOCKED)
        // Another program held the write lock for longer than the busy timeout: say so plainly,
        // because "database is locked" reads like damage and the file is fine.
        throw StoreError(
            StoreError::Code::Io,
            QStringLiteral("%1: the project is in use by another program that is writing to it; "
                           "nothing was changed, try again when it has finished (%2)")
                .arg(m_label, what));
    if (code == SQLITE_TOOBIG)
        throw StoreError(
            StoreError::Code::InvalidData,
            QStringLiteral(
                "%1: the project holds a text or value larger than %2 MiB, which Entente "
                "does not read (%3)")
                .arg(m_label)
                .arg(MaxValueBytes / (1024 * 1024))
                .arg(what));
    QString message = QStringLiteral("%1: %2").arg(m_label, what);
    if (!detail.isEmpty() && !what.contains(detail))
        message += QStringLiteral(" (%1)").arg(detail);
    StoreError::Code c = StoreError::Code::Io;
    if (code == SQLITE_CORRUPT)
        c = StoreError::Code::Corrupt;
    else if (code == SQLITE_NOTADB)
        c = StoreError::Code::NotAProject;
    else if (code == SQLITE_READONLY)
        c = StoreError::Code::ReadOnly;
    else if (code == SQLITE_CONSTRAINT)
        c = StoreError::Code::InvalidData;
    throw StoreError(c, message);
}

SqliteTransaction::SqliteTransaction(SqliteDatabase& db) : m_db(db)
{
    m_db.exec("BEGIN IMMEDIATE");
}

SqliteTransaction::~SqliteTransaction()
{
    if (!m_done)
        sqlite3_exec(m_db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

void SqliteTransaction::commit()
{
    m_db.exec("COMMIT");
    m_done = true;
}

} // namespace entente
