#pragma once

#include "search/ftstokenizer.h"
#include "search/sqlitestatement.h"

#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace za::search {

// Registers the tokenizer on the connection behind a QSQLITE database (see ftstokenizer.h).
bool registerExtensions(const QSqlDatabase &db, QString *error);

// Maintenance of the full-text index article_fts (schema 2). New articles are indexed explicitly
// (IndexWriter); triggers on articles take updated and deleted rows (cascades included) out of the index
// and put updated ones back.
class Index final
{
public:
    // Re-reads every article (after a bulk change made with the triggers dropped, or a suspected fault).
    static bool rebuild(QSqlDatabase &db, QString *error = nullptr);
    // Merges the index segments into one: smaller and faster to query; worth it after a large import.
    static bool optimize(QSqlDatabase &db, QString *error = nullptr);
    // FTS5's own consistency check of the index against article_search.
    static bool integrityCheck(QSqlDatabase &db, QString *error = nullptr);
    // Indexes one stored article as the view article_search shows it (for writers that have only the
    // row id at hand; IndexWriter is the fast path).
    static bool indexStoredArticle(QSqlDatabase &db, qint64 articleId, QString *error = nullptr);

    class BulkGuard;
};

// Adds new articles to article_fts, one single-row INSERT ... VALUES each. Schema 5 dropped the insert
// trigger on purpose: a trigger (and INSERT ... SELECT) makes every article statement open a statement
// journal, and FTS5 writes its pending terms to disk at each of those savepoints; single-row inserts
// let the terms of a whole transaction collect in memory and reach disk as a few large segments.
// The text must equal what article_search shows for the row, or FTS5's 'delete' would later remove the
// wrong tokens: headText() and bodyText() are the view's expressions (schema 2), checked by a test
// through FTS5's integrity check.
class IndexWriter final
{
    Q_DISABLE_COPY_MOVE(IndexWriter)

public:
    explicit IndexWriter(const QSqlDatabase &db);
    ~IndexWriter();

    // kicker and headline, as the view's head column.
    static QString headText(const QString &kicker, const QString &headline);
    // dateline, subheadings and authors (JSON arrays as stored) and body, as the view's body column.
    static QString bodyText(const QString &dateline, const QString &subheadingsJson,
                            const QString &authorsJson, const QString &body);

    bool add(qint64 articleId, const QString &head, const QString &body);
    // The same with both columns tokenized ahead of time (pretokenize(), on any thread); both must be
    // valid (see PretokenizedColumn::valid).
    bool add(qint64 articleId, const PretokenizedColumn &head, const PretokenizedColumn &body);
    const QString &lastError() const { return m_insert.lastError(); }

private:
    SqliteStatement m_insert;
};

// Bulk rewriting of every article (reindex): while a guard is active the FTS triggers of schema 2 are
// dropped, so rows are deleted and written without touching the index; commit() re-reads every
// article with one 'rebuild' and restores the triggers exactly as they were. Writers under a guard
// should not index (IndexWriter) rows themselves: the rebuild does it once.
//
// Scope: constructed inside an open transaction, everything (dropping, indexing, restoring) happens
// in that transaction, and a rollback undoes it all, triggers included: the safe way. Constructed
// outside one, the guard commits its own short transactions at the start and at commit(); the library
// then lacks its triggers until commit() (a crash in that window leaves them missing).
class Index::BulkGuard final
{
public:
    explicit BulkGuard(QSqlDatabase &db);
    // Commits the index work if commit() was not called and the triggers are still missing (a caller
    // that returns early must not leave the library without them); after a rollback there is nothing
    // left to do.
    ~BulkGuard();
    Q_DISABLE_COPY_MOVE(BulkGuard)

    bool isActive() const { return m_active; }
    const QString &error() const { return m_error; } // why the guard could not start or commit

    // Rebuilds the index and restores the triggers. Returns false (and sets *error) on failure; in a
    // caller's transaction the caller should then roll back.
    bool commit(QString *error = nullptr);

private:
    bool exec(const QString &sql);
    bool finish();

    QSqlDatabase m_db;
    bool m_active = false;
    bool m_ownTransactions = false;
    QList<QPair<QString, QString>> m_triggers; // name, CREATE statement as stored in the schema
    QString m_error;
};

} // namespace za::search
