#pragma once

#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QString>

namespace za::search {

// Registers the tokenizer on the connection behind a QSQLITE database (see ftstokenizer.h).
bool registerTokenizer(const QSqlDatabase &db, QString *error);

// Maintenance of the full-text index article_fts (schema 2). Triggers on articles keep the index in
// step with every insert, update and delete (cascades included), so the importer needs no call per
// article; these are for bulk work.
class Index final
{
public:
    // Re-reads every article (after a bulk change made with the triggers dropped, or a suspected fault).
    static bool rebuild(QSqlDatabase &db, QString *error = nullptr);
    // Merges the index segments into one: smaller and faster to query; worth it after a large import.
    static bool optimize(QSqlDatabase &db, QString *error = nullptr);
    // FTS5's own consistency check of the index against article_search.
    static bool integrityCheck(QSqlDatabase &db, QString *error = nullptr);

    class BulkGuard;
};

// Bulk indexing: while a guard is active the three FTS triggers of schema 2 are dropped, so article
// rows are written without touching the index; commit() then indexes the rows added or changed with
// one INSERT ... SELECT from article_search (or a 'rebuild' when they are most of the library) and
// restores the triggers exactly as they were. FTS5 then builds a few large segments instead of one
// per row batch, and merges far less.
//
// Rows that were indexed before the guard and are deleted or updated under it are taken out of the
// index at once (temporary triggers read their old text from article_search), so the index never
// holds stale text. Rows added under it are remembered in a temporary table.
//
// Scope: constructed inside an open transaction, everything (dropping, indexing, restoring) happens
// in that transaction, and a rollback undoes it all, triggers included: the safe way. Constructed
// outside one, the guard commits its own short transactions at the start and at commit(), so that
// other transactions (e.g. one per imported file) can run in between; the library then lacks its
// triggers until commit() (a crash in that window leaves them missing: see the caller's notes).
//
// Mode::Rebuild is for rebuilding all derived data (reindex): no per-row work at all, and commit()
// re-reads every article.
class Index::BulkGuard final
{
public:
    enum class Mode { Incremental, Rebuild };

    explicit BulkGuard(QSqlDatabase &db, Mode mode = Mode::Incremental);
    // Commits the index work if commit() was not called and the triggers are still missing (a caller
    // that returns early must not leave the library without them); after a rollback there is nothing
    // left to do.
    ~BulkGuard();
    Q_DISABLE_COPY_MOVE(BulkGuard)

    bool isActive() const { return m_active; }
    const QString &error() const { return m_error; } // why the guard could not start or commit

    // Indexes what changed and restores the triggers. Returns false (and sets *error) on failure; in a
    // caller's transaction the caller should then roll back.
    bool commit(QString *error = nullptr);
    // Rows added or changed under the guard so far (Mode::Incremental).
    qint64 pendingCount() const;

private:
    bool exec(const QString &sql);
    bool finish();

    QSqlDatabase m_db;
    Mode m_mode;
    bool m_active = false;
    bool m_ownTransactions = false;
    QList<QPair<QString, QString>> m_triggers; // name, CREATE statement as stored in the schema
    QString m_error;
};

} // namespace za::search
