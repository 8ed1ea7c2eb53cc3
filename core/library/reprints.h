#pragma once

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
