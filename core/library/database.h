#pragma once

#include <QSqlDatabase>
#include <QString>

namespace za::library {

enum class OpenMode {
    OpenOrCreate, // create an empty library when the file does not exist
    OpenExisting  // refuse a missing file
};

// Why open() failed, so that a caller can offer the right way out (restore a backup or rebuild for a
// damaged file, another file for a foreign one, an update for a newer one).
enum class OpenProblem {
    None,
    Missing,     // no file (OpenExisting)
    NotLibrary,  // not SQLite, or another program's database
    Damaged,     // SQLite reports corruption, or the file is shorter than its header says
    NewerSchema, // written by a newer ZoneArchive
    Unavailable  // cannot read or write (permissions, busy, disk)
};

// One SQLite connection to a library file. QSqlDatabase connections belong to the thread that opened
// them, so every thread (GUI, search worker, importer) opens its own Database on the same path; WAL
// mode lets readers go on while one writer imports.
class Database final
{
    Q_DISABLE_COPY_MOVE(Database)

public:
    explicit Database(QString path);
    ~Database();

    // Validates the file before SQLite may write to it (a text file or a truncated copy is refused and
    // left untouched), then applies pending migrations. On failure returns false and sets *error.
    bool open(OpenMode mode, QString *error);
    bool isOpen() const;
    // True when the last open() created the file: the caller may seed a new library (sample bulletin).
    bool wasCreated() const { return m_created; }
    // Set by a failed open(); None after a successful one.
    OpenProblem openProblem() const { return m_problem; }
    void close();

    const QString &path() const { return m_path; }
    QSqlDatabase connection() const;
    int schemaVersion() const;

    // Starts a write transaction with BEGIN IMMEDIATE; finish it with connection().commit()/rollback().
    // QSqlDatabase::transaction() issues a deferred BEGIN, which fails at once with "database is locked"
    // when a read turns into a write after another process committed (two imports at once, the GUI and
    // the CLI); taking the write lock up front makes the busy timeout apply, so writers queue instead.
    bool beginWrite(QString *error);

    // Runs SQLite's integrity_check and foreign_key_check; returns the problems found (empty = sound).
    QStringList integrityProblems() const;
    // SQLite's quick_check: the file's structure without comparing indexes to their tables; several times
    // faster than integrityProblems() (used after a session that did not end cleanly).
    QStringList quickCheckProblems() const;

    // SQLite's data_version: changes when another connection (another program) commits to the file.
    qint64 dataVersion() const;

    // Consistent copy of the live library (SQLite online backup semantics via VACUUM INTO).
    bool backupTo(const QString &targetPath, QString *error) const;

    // Magic stored in the SQLite header's application_id field: "ZARC".
    static constexpr int kApplicationId = 0x5A415243;

private:
    bool validateExistingFile(QString *error);
    bool configureConnection(QString *error);
    bool migrate(QString *error);

    QString m_path;
    QString m_connectionName;
    bool m_open = false;
    bool m_created = false;
    OpenProblem m_problem = OpenProblem::None;
};

} // namespace za::library
