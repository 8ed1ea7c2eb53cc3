#include "library/maintenance.h"

#include "library/library.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace za::library {

namespace {

QString tr(const char *text, const char *comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("za::library", text, comment, n);
}

QString timeStamp(const QDateTime &when)
{
    return when.toString(u"yyyyMMdd-HHmmss"_s);
}

// Moves a library file and its SQLite companions aside; returns the new name of the main file.
bool moveAside(const QString &path, const QString &suffix, QString *movedTo, QString *error)
{
    QString target = path + suffix;
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = path + suffix + u'-' + QString::number(n);
    if (!QFile::rename(path, target)) {
        *error = tr("Cannot move %1 aside to %2").arg(path, target);
        return false;
    }
    for (const QString &companion : {u"-wal"_s, u"-shm"_s}) {
        if (QFileInfo::exists(path + companion))
            QFile::rename(path + companion, target + companion);
    }
    *movedTo = target;
    return true;
}

void removeWithCompanions(const QString &path)
{
    QFile::remove(path);
    QFile::remove(path + u"-wal"_s);
    QFile::remove(path + u"-shm"_s);
}

// Opens a library file, runs the library's check and closes it again.
bool verifyLibrary(const QString &path, LibraryStats *stats, QString *error)
{
    Library copy(path);
    if (!copy.open(OpenMode::OpenExisting, error))
        return false;
    const QStringList problems = copy.check();
    if (stats)
        *stats = copy.stats();
    copy.database().close();
    if (!problems.isEmpty()) {
        *error = tr("%1 fails its check: %2").arg(path, problems.join(u"; "_s));
        return false;
    }
    return true;
}

// A read-only connection to a damaged file, without the library's migrations or tokenizer: the salvage
// reads plain tables only and must not write to the file it rescues.
class RawConnection final
{
    Q_DISABLE_COPY_MOVE(RawConnection)

public:
    explicit RawConnection(const QString &path)
    {
        static QAtomicInteger<quint64> counter;
        m_name = u"zonearchive-salvage-%1"_s.arg(counter.fetchAndAddRelaxed(1));
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        db.open();
    }
    ~RawConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
};

QStringList columnsOf(const QSqlDatabase &db, const QString &table)
{
    QStringList columns;
    QSqlQuery query(db);
    query.prepare(u"SELECT name FROM pragma_table_info(?)"_s);
    query.addBindValue(table);
    if (query.exec()) {
        while (query.next())
            columns << query.value(0).toString();
    }
    return columns;
}

bool hasRowId(const QSqlDatabase &db, const QString &table)
{
    QSqlQuery query(db);
    query.prepare(u"SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = ?"_s);
    query.addBindValue(table);
    return query.exec() && query.next() &&
           !query.value(0).toString().contains(u"WITHOUT ROWID"_s, Qt::CaseInsensitive);
}

QString quoted(const QString &identifier)
{
    return u'"' + QString(identifier).replace(u'"', u"\"\""_s) + u'"';
}

struct TableCopy
{
    qint64 copied = 0;
    qint64 lost = 0;
};

// Copies the readable rows of one table. Table and column names come from the two schemas, never from
// user input; values are bound. A rowid table is read in rowid order in batches, and where a batch
// fails (a damaged page) the rows up to the largest rowid are probed one by one, so that one bad page
// costs only the rows on it.
TableCopy copyTable(const QSqlDatabase &from, const QSqlDatabase &to, const QString &table)
{
    TableCopy result;
    const QStringList targetColumns = columnsOf(to, table);
    QStringList columns;
    for (const QString &column : columnsOf(from, table)) {
        if (targetColumns.contains(column))
            columns << column;
    }
    if (columns.isEmpty())
        return result;
    QStringList quotedColumns;
    for (const QString &column : std::as_const(columns))
        quotedColumns << quoted(column);
    const QString columnList = quotedColumns.join(u", "_s);
    const QString parameters = QStringList(columns.size(), u"?"_s).join(u", "_s);

    QSqlQuery insert(to);
    insert.prepare(
        u"INSERT OR REPLACE INTO %1 (%2) VALUES (%3)"_s.arg(quoted(table), columnList, parameters));
    const auto copyRow = [&](const QSqlQuery &row, int offset) {
        for (int i = 0; i < columns.size(); ++i)
            insert.bindValue(i, row.value(i + offset));
        if (insert.exec())
            ++result.copied;
        else
            ++result.lost;
    };

    if (!hasRowId(from, table)) {
        QSqlQuery read(from);
        read.setForwardOnly(true);
        if (!read.exec(u"SELECT %1 FROM %2"_s.arg(columnList, quoted(table))))
            return result;
        while (read.next())
            copyRow(read, 0);
        return result;
    }

    qint64 maxRowId = 0;
    {
        QSqlQuery max(from);
        if (max.exec(u"SELECT max(rowid) FROM %1"_s.arg(quoted(table))) && max.next())
            maxRowId = max.value(0).toLongLong();
    }
    QSqlQuery batch(from);
    batch.setForwardOnly(true);
    batch.prepare(u"SELECT rowid, %1 FROM %2 WHERE rowid > ? ORDER BY rowid LIMIT 256"_s.arg(columnList,
                                                                                             quoted(table)));
    QSqlQuery single(from);
    single.setForwardOnly(true);
    single.prepare(u"SELECT rowid, %1 FROM %2 WHERE rowid = ?"_s.arg(columnList, quoted(table)));
    qint64 last = std::numeric_limits<qint64>::min();
    while (true) {
        batch.bindValue(0, last);
        int rows = 0;
        bool failed = !batch.exec();
        while (!failed && batch.next()) {
            last = batch.value(0).toLongLong();
            copyRow(batch, 1);
            ++rows;
        }
        failed = failed || batch.lastError().isValid();
        batch.finish();
        if (!failed) {
            if (rows == 0)
                break;
            continue;
        }
        // Probe past the damage until a row reads again.
        bool resumed = false;
        for (qint64 id = std::max<qint64>(last, 0) + 1; id <= maxRowId; ++id) {
            single.bindValue(0, id);
            if (!single.exec()) {
                ++result.lost;
                continue;
            }
            if (single.next()) {
                last = id;
                copyRow(single, 1);
                single.finish();
                resumed = true;
                break;
            }
            if (single.lastError().isValid())
                ++result.lost;
            single.finish();
        }
        if (!resumed)
            break;
    }
    return result;
}

// Deletes rows whose parent row did not survive, repeating until nothing changes (a lost page takes its
// review items, which take their revisions). Returns the rows deleted per table.
QMap<QString, qint64> dropOrphans(const QSqlDatabase &db, const QStringList &tables)
{
    QMap<QString, qint64> dropped;
    bool changed = true;
    while (changed) {
        changed = false;
        for (const QString &table : tables) {
            QSqlQuery keys(db);
            keys.prepare(u"SELECT \"table\", \"from\", \"to\" FROM pragma_foreign_key_list(?)"_s);
            keys.addBindValue(table);
            if (!keys.exec())
                continue;
            while (keys.next()) {
                const QString parent = keys.value(0).toString();
                const QString column = keys.value(1).toString();
                const QString parentColumn =
                    keys.value(2).toString().isEmpty() ? u"rowid"_s : keys.value(2).toString();
                QSqlQuery remove(db);
                if (remove.exec(
                        u"DELETE FROM %1 WHERE %2 IS NOT NULL AND %2 NOT IN (SELECT %3 FROM %4)"_s.arg(
                            quoted(table), quoted(column), quoted(parentColumn), quoted(parent))) &&
                    remove.numRowsAffected() > 0) {
                    dropped[table] += remove.numRowsAffected();
                    changed = true;
                }
            }
        }
    }
    return dropped;
}

} // namespace

QStringList preservedTables()
{
    // Parents before children. Everything not listed here is derived and rebuilt from the sources.
    return {u"library_info"_s, u"bulletin_settings"_s, u"sources"_s,
            u"pages"_s,        u"page_history"_s,      u"zones"_s,
            u"zone_aliases"_s, u"review_items"_s,      u"article_revisions"_s,
            u"review_notes"_s, u"tag_overrides"_s,     u"page_edits"_s,
            u"reprint_pairs"_s};
}

bool backupLibrary(Library &library, const QString &target, BackupResult *result, QString *error)
{
    const QString absolute = QFileInfo(target).absoluteFilePath();
    result->path = absolute;
    if (QFileInfo(absolute) == QFileInfo(library.path())) {
        *error = tr("The backup must go to another file than the library");
        return false;
    }
    // A damaged library would only copy its damage: say so rather than produce a backup that looks sound.
    result->problems = library.database().integrityProblems();
    if (!result->problems.isEmpty()) {
        *error = tr("The library is damaged, no backup made");
        return false;
    }
    if (!library.database().backupTo(absolute, error))
        return false;
    // Proof that the copy opens as a library and is sound, before telling anybody it is safe.
    return verifyLibrary(absolute, &result->stats, error);
}

QString suggestedBackupPath(const QString &libraryPath, const QDateTime &when)
{
    const QFileInfo info(libraryPath);
    return info.absoluteDir().filePath(info.completeBaseName() + u".backup-"_s + timeStamp(when) +
                                       u".zarchive"_s);
}

QList<BackupFile> findBackups(const QString &libraryPath)
{
    const QFileInfo info(libraryPath);
    const QString base = QRegularExpression::escape(info.fileName());
    const QString stem = QRegularExpression::escape(info.completeBaseName());
    const QRegularExpression pattern(
        u"^(?:%1\\.schema\\d+\\.bak|%2\\.backup-\\d{8}-\\d{6}\\.zarchive)$"_s.arg(base, stem));
    QList<BackupFile> found;
    const QFileInfoList entries = info.absoluteDir().entryInfoList(QDir::Files, QDir::Time);
    for (const QFileInfo &entry : entries) {
        if (pattern.match(entry.fileName()).hasMatch())
            found << BackupFile{entry.absoluteFilePath(), entry.lastModified(), entry.size()};
    }
    return found;
}

bool restoreBackup(const QString &libraryPath, const QString &backupPath, QString *movedAside, QString *error)
{
    if (QFileInfo(backupPath) == QFileInfo(libraryPath)) {
        *error = tr("The backup is the library itself");
        return false;
    }
    // Restoring a backup that does not open would replace one broken library by another.
    if (!verifyLibrary(backupPath, nullptr, error))
        return false;
    const QString staging = libraryPath + u".restoring"_s;
    removeWithCompanions(staging);
    if (!QFile::copy(backupPath, staging)) {
        *error = tr("Cannot copy %1 to %2").arg(backupPath, staging);
        return false;
    }
    movedAside->clear();
    if (QFileInfo::exists(libraryPath) &&
        !moveAside(libraryPath, u".damaged-"_s + timeStamp(QDateTime::currentDateTime()), movedAside,
                   error)) {
        QFile::remove(staging);
        return false;
    }
    if (!QFile::rename(staging, libraryPath)) {
        *error = tr("Cannot move %1 to %2").arg(staging, libraryPath);
        return false;
    }
    return true;
}

bool salvageLibrary(const QString &libraryPath, const Importer::ProgressCallback &progress,
                    SalvageReport *report, QString *error)
{
    const QString staging = libraryPath + u".rebuilding"_s;
    removeWithCompanions(staging);
    {
        Library rebuilt(staging);
        if (!rebuilt.open(OpenMode::OpenOrCreate, error))
            return false;
        QSqlDatabase to = rebuilt.database().connection();
        {
            RawConnection damaged(libraryPath);
            QSqlDatabase from = damaged.db();
            if (!from.isOpen()) {
                *error = tr("Cannot read %1: %2").arg(libraryPath, from.lastError().text());
                removeWithCompanions(staging);
                return false;
            }
            // Foreign keys are checked once at the end: rows arrive parents first, but a replaced seed zone
            // must not take aliases with it half-way.
            QSqlQuery pragma(to);
            pragma.exec(u"PRAGMA foreign_keys = OFF"_s);
            if (!rebuilt.database().beginWrite(error)) {
                removeWithCompanions(staging);
                return false;
            }
            ImportProgress state;
            state.filesTotal = int(preservedTables().size());
            for (const QString &table : preservedTables()) {
                state.currentFile = table;
                if (progress)
                    progress(state);
                const TableCopy copied = copyTable(from, to, table);
                report->rowsCopied[table] = copied.copied;
                report->rowsLost[table] = copied.lost;
                ++state.filesDone;
            }
            const QMap<QString, qint64> orphans = dropOrphans(to, preservedTables());
            for (auto it = orphans.cbegin(); it != orphans.cend(); ++it) {
                report->rowsCopied[it.key()] -= it.value();
                report->rowsLost[it.key()] += it.value();
            }
            if (!to.commit()) {
                *error = to.lastError().text();
                to.rollback();
                removeWithCompanions(staging);
                return false;
            }
            pragma.exec(u"PRAGMA foreign_keys = ON"_s);
        }
        if (report->rowsCopied.value(u"sources"_s) == 0) {
            *error = tr("Nothing of %1 could be read: no stored page survived").arg(libraryPath);
            rebuilt.database().close();
            removeWithCompanions(staging);
            return false;
        }
        // The importer's prepared statements must be gone before the connection closes, or SQLite
        // refuses to close it and the staging file is renamed without its write-ahead log.
        const bool reindexed = Importer(rebuilt).reindex(progress, error);
        if (!reindexed) {
            rebuilt.database().close();
            removeWithCompanions(staging);
            return false;
        }
        report->stats = rebuilt.stats();
        rebuilt.database().close();
    }
    if (!moveAside(libraryPath, u".damaged-"_s + timeStamp(QDateTime::currentDateTime()), &report->movedAside,
                   error))
        return false;
    if (!QFile::rename(staging, libraryPath)) {
        *error = tr("Cannot move %1 to %2").arg(staging, libraryPath);
        return false;
    }
    return true;
}

} // namespace za::library
