#pragma once

#include "search/sqlitestatement.h"

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <algorithm>
#include <cstddef>

namespace za::library {

// One article's reprint: another article sharing much of its text.
struct ReprintLink
{
    qint64 articleId = 0;
    qint64 otherId = 0;
    QString bulletin; // of the other article
    QString issueDate;
    QString issueNo;
    QString page;
    QString headline;
    double score = 0; // fraction (0..1) of the shorter text found in the other
    qint64 sharedChars = 0;
    QString decision; // "", "same" (same story) or "different"

    // Where the other article is, as a badge says it: "第18期 D2", or "2023-05-12 D2" without a number.
    QString label() const;
};

struct ReprintPassStats
{
    qint64 sketched = 0;   // articles new to the pass
    qint64 indexed = 0;    // articles compared against
    qint64 candidates = 0; // pairs from the LSH buckets
    qint64 verified = 0;   // pairs compared on their texts
    qint64 pairs = 0;      // pairs stored (new or updated)
    double seconds = 0;
};

// Sketches made ahead of the reprint pass. An import sketches each article on its preparing thread;
// the writer keeps the sketch in a temporary table of its connection until the next
// ReprintFinder::update() on that connection, which then uses it instead of reading the article back
// (that read was most of the pass, run after the import, on one core). Temporary: an import that stops
// leaves nothing behind, and its articles are sketched from their text next time.
class PendingSketches final
{
public:
    explicit PendingSketches(const QSqlDatabase &db);

    // The stored sketch ReprintFinder::update() makes of an article with this headline and body
    // (thread-safe): the same bytes, so that either way gives the same pairs.
    static QByteArray sketchOf(const QString &headline, const QString &body);

    bool put(qint64 articleId, const QByteArray &sketch);
    // An article written without a sketch made ahead: SQLite may have given it the id of an article
    // deleted since, whose pending sketch must not be taken for its own.
    bool forget(qint64 articleId);
    bool clear();
    const QString &lastError() const { return m_error; }

private:
    static bool createTable(const QSqlDatabase &db, QString *error);

    QSqlDatabase m_db;
    QString m_error;
    bool m_ready; // the table exists; before the statements, which need it
    search::SqliteStatement m_put;
    search::SqliteStatement m_forget;
};

// Finds reprints across the library: MinHash sketches of every article (stored, derived data), LSH
// candidates, verification with za::compare::sharedPassages. Incremental: update() sketches only the
// articles without a sketch (new ones; all of them after reindex) and compares them with all others.
// Pairs are stored by the articles' stable keys (page, position), so editors' decisions survive reindex.
class ReprintFinder final
{
public:
    explicit ReprintFinder(const QSqlDatabase &db);

    // Minimum fraction of the shorter text shared with the other for a pair to count as a reprint.
    void setMinScore(double score) { m_minScore = score; }
    // New articles are sketched and compared this many at a time (see update()); small in tests only.
    void setChunkSize(std::size_t articles) { m_chunk = std::max<std::size_t>(1, articles); }

    bool update(ReprintPassStats *stats, QString *error);

    QList<ReprintLink> reprintsOf(qint64 articleId, QString *error = nullptr) const;
    // Every pair, best first (articleId/otherId are the two articles).
    QList<ReprintLink> allPairs(QString *error = nullptr) const;
    // "same", "different" or "" (undecided) for the pair of two articles.
    bool decide(qint64 articleA, qint64 articleB, const QString &decision, const QString &editor,
                QString *error);

private:
    QSqlDatabase m_db;
    double m_minScore = 0.5;
    std::size_t m_chunk = 50'000;
};

} // namespace za::library
