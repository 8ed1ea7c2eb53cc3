#pragma once

#include "library/importer.h"
#include "library/records.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace za::library {

class Library;

// Keeping somebody's only copy safe: backups, restoring one, and rebuilding a damaged file from what can
// still be read of it. Used by `zonearchive-cli backup|rebuild` and the GUI's File menu and recovery dialog.

struct BackupResult
{
    QString path;
    LibraryStats stats;
    QStringList problems; // why the library or the copy was refused (damage found by SQLite's checks)
};

// Writes a consistent copy of a library that may be in use (VACUUM INTO reads one snapshot), refusing a
// damaged library, whose copy would only carry the damage; then opens the copy and runs its check, so that
// a backup reported as made is known to open. target must not exist.
bool backupLibrary(Library &library, const QString &target, BackupResult *result, QString *error);

// Where a backup made now goes by default: beside the library, named after it and the time.
QString suggestedBackupPath(const QString &libraryPath, const QDateTime &when);

struct BackupFile
{
    QString path;
    QDateTime modified;
    qint64 size = 0;
};

// Backups found beside a library: those a migration made (<name>.schemaN.bak) and those written with a
// suggested name (<name>.backup-<time>.zarchive). Newest first.
QList<BackupFile> findBackups(const QString &libraryPath);

// Puts a backup in the library's place. The backup is opened and checked first; the file it replaces
// (with its -wal and -shm) is moved aside to <name>.damaged-<time>, never deleted; *movedAside names it.
bool restoreBackup(const QString &libraryPath, const QString &backupPath, QString *movedAside,
                   QString *error);

struct SalvageReport
{
    QMap<QString, qint64> rowsCopied; // table -> rows read from the damaged file and kept
    QMap<QString, qint64> rowsLost;   // table -> rows that could not be read, or lost their parent
    QString movedAside;               // where the damaged file now is
    LibraryStats stats;               // of the rebuilt library
};

// Rebuilds a library whose file SQLite reports as damaged: every row of the original and people's tables
// (sources, pages, zones, review state, revisions, notes, overrides, page edits, reprint decisions) that can
// still be read is copied, row ids kept, into a new file; the derived data (articles, tags, index) is then
// rebuilt from the copied sources. The new file takes the library's place and the damaged one is moved
// aside. Rows in damaged parts of the file are counted in rowsLost.
// The tables copied by salvageLibrary(), parents first; every other table is derived.
QStringList preservedTables();

bool salvageLibrary(const QString &libraryPath, const Importer::ProgressCallback &progress,
                    SalvageReport *report, QString *error);

} // namespace za::library
