#include "library/database.h"

#include "library/migrations.h"
#include "search/ftstokenizer.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace za::library {

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return u"zonearchive-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

quint32 readBigEndian(const char *bytes, int count)
{
    quint32 value = 0;
    for (int i = 0; i < count; ++i)
        value = (value << 8) | static_cast<quint8>(bytes[i]);
    return value;
}

constexpr int kBusyTimeoutMs = 10000;
constexpr int kNewLibraryPageSize = 8192;

bool exec(QSqlQuery &query, const QString &sql, QString *error)
{
    if (query.exec(sql))
        return true;
    if (error)
        *error = query.lastError().text();
    return false;
}

sqlite3 *nativeHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

} // namespace

Database::Database(QString path)
    : m_path(std::move(path))
    , m_connectionName(nextConnectionName())
{}

Database::~Database()
{
    close();
}

bool Database::isOpen() const
{
    return m_open;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

void Database::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_open = false;
}

bool Database::validateExistingFile(QString *error)
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_problem = OpenProblem::Unavailable;
        *error =
            QCoreApplication::translate("za::library", "Cannot read %1: %2").arg(m_path, file.errorString());
        return false;
    }
    const QByteArray header = file.read(100);
    const qint64 size = file.size();
    if (header.size() < 100 || !header.startsWith(QByteArrayView("SQLite format 3\0", 16))) {
        m_problem = OpenProblem::NotLibrary;
        *error = QCoreApplication::translate("za::library",
                                             "%1 is not a ZoneArchive library (not an SQLite database)")
                     .arg(m_path);
        return false;
    }
    // The header records the page size and, while valid, the page count: a file shorter than that is a
    // truncated copy, which SQLite would only notice page by page.
    quint32 pageSize = readBigEndian(header.constData() + 16, 2);
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 pageCount = readBigEndian(header.constData() + 28, 4);
    const quint32 changeCounter = readBigEndian(header.constData() + 24, 4);
    const quint32 validFor = readBigEndian(header.constData() + 92, 4);
    // With a write-ahead log beside it the file may legitimately be short: a checkpoint interrupted by a
    // crash writes page 1 (and its page count) before the pages that extend the file, and SQLite finishes
    // the job from the log on open.
    const QFileInfo wal(m_path + u"-wal"_s);
    const bool walPending = wal.exists() && wal.size() > 0;
    if (!walPending && changeCounter == validFor && pageCount > 0 && qint64(pageSize) * pageCount > size) {
        m_problem = OpenProblem::Damaged;
        *error =
            QCoreApplication::translate(
                "za::library", "%1 is damaged: the file is shorter than its header says (truncated copy?)")
                .arg(m_path);
        return false;
    }
    return true;
}

bool Database::open(OpenMode mode, QString *error)
{
    QString localError;
    if (!error)
        error = &localError;
    close();
    m_problem = OpenProblem::None;

    const QFileInfo info(m_path);
    const bool exists = info.exists();
    if (!exists && mode == OpenMode::OpenExisting) {
        m_problem = OpenProblem::Missing;
        *error = QCoreApplication::translate("za::library", "No library at %1").arg(m_path);
        return false;
    }
    if (exists && !info.isFile()) {
        m_problem = OpenProblem::NotLibrary;
        *error = QCoreApplication::translate("za::library", "%1 is not a file").arg(m_path);
        return false;
    }
    // SQLite creates the file empty and writes its header with the first transaction: a process killed
    // in between leaves zero bytes, which is an empty library (as SQLite itself treats it), not damage.
    const bool empty = exists && info.size() == 0;
    if (exists && !empty && !validateExistingFile(error))
        return false;
    m_created = !exists || empty;
    if (m_created && !QDir().mkpath(info.absolutePath())) {
        m_problem = OpenProblem::Unavailable;
        *error = QCoreApplication::translate("za::library", "Cannot create the folder %1")
                     .arg(info.absolutePath());
        return false;
    }

    {
        // Scoped: close() removes the connection, which warns while a handle to it is alive.
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
        db.setDatabaseName(m_path);
        // A busy timeout lets the GUI and a CLI import share the file: writers queue instead of failing.
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(kBusyTimeoutMs));
        if (!db.open())
            *error = QCoreApplication::translate("za::library", "Cannot open %1: %2")
                         .arg(m_path, db.lastError().text());
    }
    if (!connection().isOpen()) {
        m_problem = OpenProblem::Unavailable;
        close();
        return false;
    }
    m_open = true;
    if (!configureConnection(error) || !migrate(error)) {
        if (m_problem == OpenProblem::None)
            m_problem = OpenProblem::Unavailable;
        close();
        return false;
    }
    return true;
}

bool Database::configureConnection(QString *error)
{
    QSqlDatabase db = connection();
    sqlite3 *handle = nativeHandle(db);
    if (!handle) {
        *error =
            QCoreApplication::translate("za::library", "The Qt SQLite driver does not expose its connection");
        return false;
    }
    QString tokenizerError;
    if (!za::search::registerExtensions(handle, &tokenizerError)) {
        *error = QCoreApplication::translate("za::library", "Cannot register the full-text tokenizer: %1")
                     .arg(tokenizerError);
        return false;
    }

    QSqlQuery query(db);
    // A damaged file and a foreign one need different advice.
    const auto unreadable = [&] {
        const int code = sqlite3_errcode(handle) & 0xff;
        const bool damaged = code == SQLITE_CORRUPT || code == SQLITE_NOTADB;
        m_problem = damaged ? OpenProblem::Damaged : OpenProblem::NotLibrary;
        if (damaged)
            *error = QCoreApplication::translate("za::library",
                                                 "%1 is damaged (%2). Restore a backup of it (a *.bak file "
                                                 "beside it or one made with `zonearchive-cli backup`), or "
                                                 "import the original files into a new library.")
                         .arg(m_path, QString::fromUtf8(sqlite3_errmsg(handle)));
        else
            *error = QCoreApplication::translate("za::library", "%1 is not a ZoneArchive library: %2")
                         .arg(m_path, *error);
        return false;
    };
    // Read-only checks first: nothing is written to a file that turns out not to be ours.
    // One statement, so one snapshot: another program creating the library may commit in between.
    if (!exec(query,
              u"SELECT application_id, (SELECT count(*) FROM sqlite_schema) FROM pragma_application_id"_s,
              error) ||
        !query.next())
        return unreadable();
    const int applicationId = query.value(0).toInt();
    const int objectCount = query.value(1).toInt();
    query.finish();
    if (applicationId != kApplicationId && objectCount > 0) {
        m_problem = OpenProblem::NotLibrary;
        *error = QCoreApplication::translate(
                     "za::library", "%1 is an SQLite database of another program, not a ZoneArchive library")
                     .arg(m_path);
        return false;
    }
    const int version = schemaVersion();
    if (version > latestSchemaVersion()) {
        m_problem = OpenProblem::NewerSchema;
        *error =
            QCoreApplication::translate(
                "za::library", "%1 was written by a newer ZoneArchive (schema %2; this build knows up to "
                               "%3). Please update ZoneArchive; the library was not changed.")
                .arg(m_path)
                .arg(version)
                .arg(latestSchemaVersion());
        return false;
    }

    if (!exec(query, u"PRAGMA foreign_keys = ON"_s, error))
        return false;
    // A new library gets 8 KB pages (a WAL library keeps the size it was made with): b-trees a level
    // shallower and half as many pages for an import to read and write. Fresh imports of 100,000
    // articles, interleaved: 984 and 1,114 articles/s against 937 and 950/s with 4 KB pages, CPU
    // 155 and 140 s against 164 and 161 s, the library 2.34x the text instead of 2.39x, searches no
    // slower.
    if (objectCount == 0 && !exec(query, u"PRAGMA page_size = %1"_s.arg(kNewLibraryPageSize), error))
        return false;
    // Switching a new, empty file to WAL writes its first page, and SQLite reports a busy file at once
    // there instead of asking the busy handler: two programs creating the same library wait here.
    QElapsedTimer waited;
    waited.start();
    while (!exec(query, u"PRAGMA journal_mode = WAL"_s, error)) {
        if ((sqlite3_extended_errcode(handle) & 0xff) != SQLITE_BUSY || waited.elapsed() > kBusyTimeoutMs)
            return false;
        QThread::msleep(20);
    }
    // An import lets the WAL grow to a few hundred MB between checkpoints (WalCheckpointer): the next
    // time SQLite starts the file over after it, it is cut back to 64 MB rather than kept at its largest.
    // Debian's SQLite zeroes every freed page by default (secure_delete): each FTS5 merge then wrote the
    // pages of the segments it replaced once more, through the WAL and again at the checkpoint. FAST
    // still clears deleted content from pages written anyway (50,000 articles imported into a library of
    // a million: 659-728/s with it on, 748-784/s with FAST).
    return exec(query, u"PRAGMA synchronous = NORMAL"_s, error) &&
           exec(query, u"PRAGMA journal_size_limit = 67108864"_s, error) &&
           exec(query, u"PRAGMA secure_delete = FAST"_s, error);
}

int Database::schemaVersion() const
{
    QSqlQuery query(connection());
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next())
        return -1;
    return query.value(0).toInt();
}

bool Database::migrate(QString *error)
{
    QSqlDatabase db = connection();
    const int current = schemaVersion();
    if (current > 0 && current < latestSchemaVersion()) {
        // Keep the library as it was before any migration touches it.
        const QString backup = m_path + u".schema%1.bak"_s.arg(current);
        if (!QFileInfo::exists(backup) && !backupTo(backup, error))
            return false;
    }
    bool compact = false;
    for (const Migration &migration : migrations()) {
        if (migration.version <= current)
            continue;
        if (!beginWrite(error))
            return false;
        // Another process opening the same new library may have migrated it while this one waited.
        if (schemaVersion() >= migration.version) {
            db.commit();
            continue;
        }
        QSqlQuery query(db);
        bool ok = true;
        for (const QString &statement : migration.statements) {
            if (!query.exec(statement)) {
                *error = QCoreApplication::translate("za::library", "Migration to schema %1 failed: %2")
                             .arg(migration.version)
                             .arg(query.lastError().text());
                ok = false;
                break;
            }
        }
        // PRAGMAs take no bound values; both numbers come from this build, never from input.
        ok = ok && exec(query, u"PRAGMA user_version = %1"_s.arg(migration.version), error) &&
             exec(query, u"PRAGMA application_id = %1"_s.arg(kApplicationId), error);
        if (!ok || !db.commit()) {
            if (ok)
                *error = db.lastError().text();
            db.rollback();
            return false;
        }
        compact = compact || migration.compactAfter;
    }
    // A library rewritten by a migration is as small as a new one only once its freed pages leave the
    // file. Not an error when it cannot be done now (another program is reading): imports reuse them.
    if (compact && current > 0) {
        QSqlQuery query(db);
        if (!query.exec(u"VACUUM"_s))
            qWarning("za::library: the migrated library was not compacted: %s",
                     qPrintable(query.lastError().text()));
    }
    return true;
}

bool Database::beginWrite(QString *error)
{
    QSqlQuery query(connection());
    if (query.exec(u"BEGIN IMMEDIATE"_s))
        return true;
    if (error)
        *error = QCoreApplication::translate("za::library", "The library is busy (another program is writing "
                                                            "to it): %1")
                     .arg(query.lastError().text());
    return false;
}

QStringList Database::integrityProblems() const
{
    QStringList problems;
    QSqlQuery query(connection());
    if (!query.exec(u"PRAGMA integrity_check"_s)) {
        problems << query.lastError().text();
        return problems;
    }
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != "ok"_L1)
            problems << line;
    }
    if (query.exec(u"PRAGMA foreign_key_check"_s)) {
        while (query.next())
            problems << QCoreApplication::translate("za::library", "Broken reference from %1 row %2 to %3")
                            .arg(query.value(0).toString(), query.value(1).toString(),
                                 query.value(2).toString());
    }
    return problems;
}

qint64 Database::dataVersion() const
{
    QSqlQuery query(connection());
    if (!query.exec(u"PRAGMA data_version"_s) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

QStringList Database::quickCheckProblems() const
{
    QStringList problems;
    QSqlQuery query(connection());
    if (!query.exec(u"PRAGMA quick_check"_s)) {
        problems << query.lastError().text();
        return problems;
    }
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != "ok"_L1)
            problems << line;
    }
    return problems;
}

bool Database::backupTo(const QString &targetPath, QString *error) const
{
    if (QFileInfo::exists(targetPath)) {
        *error = QCoreApplication::translate("za::library", "%1 already exists").arg(targetPath);
        return false;
    }
    QSqlQuery query(connection());
    query.prepare(u"VACUUM INTO ?"_s);
    query.addBindValue(targetPath);
    if (!query.exec()) {
        *error = QCoreApplication::translate("za::library", "Backup to %1 failed: %2")
                     .arg(targetPath, query.lastError().text());
        return false;
    }
    return true;
}

} // namespace za::library
