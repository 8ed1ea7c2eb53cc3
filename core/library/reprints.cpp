#include "library/reprints.h"

#include "compare/passages.h"
#include "compare/reprints.h"
#include "library/sqlvalues.h"
#include "search/parallelread.h"
#include "search/sqlitestatement.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

#include <cstring>
#include <optional>

using namespace Qt::StringLiterals;

namespace za::library {

namespace {

QString tr(const char *text, const char *comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("za::library", text, comment, n);
}

// Pairs of signatures estimated to share less than this (Jaccard) are not worth a text comparison: a
// reprint sharing half of the shorter text has a Jaccard similarity of about a third or more.
constexpr double kMinEstimatedJaccard = 0.2;
// Texts are compared on their first characters only: real articles are far shorter, and a runaway
// "article" (a whole file on one line) must not cost minutes.
constexpr int kMaxChars = 50000;

// The first `count` characters (code points, as SQL's substr() counts them) of a text.
QStringView leftCharacters(QStringView text, qsizetype count)
{
    if (text.size() <= count)
        return text;
    qsizetype units = 0;
    for (qsizetype chars = 0; chars < count && units < text.size(); ++chars)
        units += text[units].isHighSurrogate() && units + 1 < text.size() && text[units + 1].isLowSurrogate()
                     ? 2
                     : 1;
    return text.first(units);
}

QByteArray toBlob(const compare::MinHashSignature &signature)
{
    QByteArray blob(qsizetype(sizeof(signature)), Qt::Uninitialized);
    std::memcpy(blob.data(), signature.data(), sizeof(signature));
    return blob;
}

bool fromBlob(const QByteArray &blob, compare::MinHashSignature *signature)
{
    if (blob.size() != qsizetype(sizeof(*signature)))
        return false;
    std::memcpy(signature->data(), blob.constData(), sizeof(*signature));
    // An all-max signature stands for a text too short to sketch: never a candidate.
    for (const compare::MinHashValue v : *signature) {
        if (v != compare::kMaxMinHashValue)
            return true;
    }
    return false;
}

struct Key
{
    qint64 pageId = 0;
    int seq = 0;
    bool operator<(const Key &o) const { return pageId != o.pageId ? pageId < o.pageId : seq < o.seq; }
};

// Fraction of the shorter text's characters that lie in shared passages.
double pairScore(const QString &a, const QString &b, qint64 *sharedChars)
{
    const QList<compare::SharedPassage> passages = compare::sharedPassages(a, b);
    QList<compare::SharedPassage> swapped;
    swapped.reserve(passages.size());
    qint64 shared = 0;
    for (const compare::SharedPassage &p : passages) {
        swapped << compare::SharedPassage{p.startB, p.lengthB, p.startA, p.lengthA};
        shared += p.lengthB;
    }
    *sharedChars = shared;
    return std::max(compare::sharedFraction(b, passages), compare::sharedFraction(a, swapped));
}

constexpr auto kLinkSql =
    "SELECT a.id, o.id, o.bulletin, o.issue_date, o.issue_no, o.page, o.headline, r.score, r.shared_chars, "
    "r.decision FROM reprint_pairs r "
    "JOIN articles a ON (a.page_id = r.page_a AND a.seq = r.seq_a) OR (a.page_id = r.page_b AND a.seq = "
    "r.seq_b) "
    "JOIN articles o ON o.id <> a.id AND ((o.page_id = r.page_a AND o.seq = r.seq_a) OR "
    "(o.page_id = r.page_b AND o.seq = r.seq_b)) ";

QList<ReprintLink> readLinks(QSqlQuery &q)
{
    QList<ReprintLink> list;
    while (q.next()) {
        ReprintLink l;
        l.articleId = q.value(0).toLongLong();
        l.otherId = q.value(1).toLongLong();
        l.bulletin = q.value(2).toString();
        l.issueDate = q.value(3).toString();
        l.issueNo = q.value(4).toString();
        l.page = q.value(5).toString();
        l.headline = q.value(6).toString();
        l.score = q.value(7).toDouble();
        l.sharedChars = q.value(8).toLongLong();
        l.decision = q.value(9).toString();
        list << l;
    }
    return list;
}

// Stored sketches whose articles may be reprints of a chunk's: (stored article, the chunk's matches).
struct StoredMatches
{
    std::vector<std::pair<qint64, std::vector<qint64>>> matches;
    qint64 probed = 0; // candidate pairs from the LSH buckets
    QString error;
};

bool sketchIdRange(sqlite3 *db, qint64 *first, qint64 *last, QString *error)
{
    sqlite3_stmt *statement = nullptr;
    bool ok = sqlite3_prepare_v2(db, "SELECT min(article_id), max(article_id) FROM reprint_sketches", -1,
                                 &statement, nullptr) == SQLITE_OK &&
              sqlite3_step(statement) == SQLITE_ROW;
    if (ok && sqlite3_column_type(statement, 0) != SQLITE_NULL) {
        *first = sqlite3_column_int64(statement, 0);
        *last = sqlite3_column_int64(statement, 1);
    }
    if (!ok)
        *error = QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_finalize(statement);
    return ok;
}

// Streams the stored sketches of articles first..last past `probe`; starts afresh if run again.
template <typename Probe>
bool streamSketches(sqlite3 *db, qint64 first, qint64 last, const Probe &probe, StoredMatches *out)
{
    *out = StoredMatches();
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(
            db,
            "SELECT article_id, signature FROM reprint_sketches WHERE article_id BETWEEN ?1 AND "
            "?2 ORDER BY article_id",
            -1, &statement, nullptr) != SQLITE_OK) {
        out->error = QString::fromUtf8(sqlite3_errmsg(db));
        return false;
    }
    sqlite3_bind_int64(statement, 1, first);
    sqlite3_bind_int64(statement, 2, last);
    std::vector<qint64> matches;
    int rc = SQLITE_ROW;
    try {
        while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
            const auto *blob = static_cast<const char *>(sqlite3_column_blob(statement, 1));
            compare::MinHashSignature signature;
            if (!fromBlob(QByteArray::fromRawData(blob, sqlite3_column_bytes(statement, 1)), &signature))
                continue;
            matches.clear();
            probe(signature, &matches, &out->probed);
            if (!matches.empty())
                out->matches.emplace_back(sqlite3_column_int64(statement, 0), matches);
        }
    } catch (const std::bad_alloc &) {
        rc = SQLITE_NOMEM;
    }
    if (rc != SQLITE_DONE)
        out->error = rc == SQLITE_NOMEM ? u"out of memory"_s : QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_finalize(statement);
    return rc == SQLITE_DONE;
}

} // namespace

QString ReprintLink::label() const
{
    const QString issue = issueNo.isEmpty() ? issueDate : tr("第%1期").arg(issueNo);
    return page.isEmpty() ? issue : issue + u' ' + page;
}

PendingSketches::PendingSketches(const QSqlDatabase &db)
    : m_db(db)
    , m_ready(createTable(db, &m_error))
    , m_put(db, "INSERT OR REPLACE INTO temp.za_pending_sketches (article_id, signature) VALUES (?1, ?2)")
    , m_forget(db, "DELETE FROM temp.za_pending_sketches WHERE article_id = ?1")
{}

bool PendingSketches::createTable(const QSqlDatabase &db, QString *error)
{
    QSqlQuery query(db);
    if (query.exec(u"CREATE TEMP TABLE IF NOT EXISTS za_pending_sketches "
                   "(article_id INTEGER PRIMARY KEY, signature BLOB NOT NULL)"_s))
        return true;
    *error = query.lastError().text();
    return false;
}

QByteArray PendingSketches::sketchOf(const QString &headline, const QString &body)
{
    const QString text = headline + u'\n' + body;
    compare::MinHashSignature signature;
    if (!compare::minHash(leftCharacters(text, kMaxChars), &signature))
        signature.fill(compare::kMaxMinHashValue); // what fromBlob() reads as "never a candidate"
    return toBlob(signature);
}

// Without the table (a connection that cannot make one) sketches are not kept: the pass reads texts.
bool PendingSketches::put(qint64 articleId, const QByteArray &sketch)
{
    if (!m_ready)
        return true;
    m_put.bind(1, articleId);
    m_put.bind(2, sketch);
    if (m_put.exec())
        return true;
    m_error = m_put.lastError();
    return false;
}

bool PendingSketches::forget(qint64 articleId)
{
    if (!m_ready)
        return true;
    m_forget.bind(1, articleId);
    if (m_forget.exec())
        return true;
    m_error = m_forget.lastError();
    return false;
}

bool PendingSketches::clear()
{
    if (!m_ready)
        return true;
    QSqlQuery query(m_db);
    if (query.exec(u"DELETE FROM temp.za_pending_sketches"_s))
        return true;
    m_error = query.lastError().text();
    return false;
}

ReprintFinder::ReprintFinder(const QSqlDatabase &db)
    : m_db(db)
{}

bool ReprintFinder::update(ReprintPassStats *stats, QString *error)
{
    QElapsedTimer timer;
    timer.start();
    ReprintPassStats local;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT count(*) FROM reprint_sketches"_s) || !q.next()) {
        *error = q.lastError().text();
        return false;
    }
    local.indexed = q.value(0).toLongLong();
    // Only the ids of the articles to sketch: their text is read one at a time below.
    struct Fresh
    {
        qint64 id;
        Key key;
    };
    std::vector<Fresh> fresh;
    if (!q.exec(
            u"SELECT a.id, a.page_id, a.seq FROM articles a "
            "WHERE NOT EXISTS (SELECT 1 FROM reprint_sketches s WHERE s.article_id = a.id) ORDER BY a.id"_s)) {
        *error = q.lastError().text();
        return false;
    }
    while (q.next())
        fresh.push_back({q.value(0).toLongLong(), Key{q.value(1).toLongLong(), q.value(2).toInt()}});
    q.finish();
    local.sketched = qint64(fresh.size());

    QSqlQuery text(m_db);
    text.prepare(u"SELECT substr(headline || char(10) || za_text(body), 1, ?) FROM articles WHERE id = ?"_s);
    const auto textOf = [&](qint64 id, QString *out) {
        text.addBindValue(kMaxChars);
        text.addBindValue(id);
        if (!text.exec() || !text.next())
            return false;
        *out = text.value(0).toString();
        text.finish();
        return true;
    };

    // Sketches the import made ahead (PendingSketches); the others are made from the stored text.
    PendingSketches pending(m_db);
    QSqlQuery pendingQuery(m_db);
    const bool hasPending =
        pendingQuery.prepare(u"SELECT signature FROM temp.za_pending_sketches WHERE article_id = ?"_s);
    const auto pendingOf = [&](qint64 id) -> std::optional<QByteArray> {
        if (!hasPending)
            return std::nullopt;
        pendingQuery.addBindValue(id);
        if (!pendingQuery.exec() || !pendingQuery.next())
            return std::nullopt;
        QByteArray blob = pendingQuery.value(0).toByteArray();
        pendingQuery.finish();
        if (blob.size() != qsizetype(sizeof(compare::MinHashSignature)))
            return std::nullopt;
        return blob;
    };

    // New articles are taken in chunks: a chunk's sketches and LSH tables are all this pass holds, and
    // the sketches already stored (earlier imports, earlier chunks) are streamed past them once per
    // chunk. Memory then follows the chunk, not the library: holding every sketch and band entry of a
    // million articles took over a gigabyte.
    for (std::size_t first = 0; first < fresh.size(); first += m_chunk) {
        const std::size_t last = std::min(fresh.size(), first + m_chunk);
        compare::ReprintIndex index;
        QHash<qint64, compare::MinHashSignature> signatures; // this chunk's
        QHash<qint64, Key> keys;                             // of this chunk and of stored candidates
        QList<qint64> unsketchable; // too short to sketch: stored as such, never compared
        std::vector<std::pair<qint64, qint64>> candidates; // (stored or earlier in the chunk, new)
        for (std::size_t i = first; i < last; ++i) {
            const Fresh &f = fresh[i];
            compare::MinHashSignature signature;
            bool sketched = false;
            if (const std::optional<QByteArray> blob = pendingOf(f.id)) {
                sketched = fromBlob(*blob, &signature);
            } else {
                QString articleText;
                if (!textOf(f.id, &articleText))
                    continue;
                sketched = compare::minHash(articleText, &signature);
            }
            if (!sketched) {
                unsketchable << f.id;
                continue;
            }
            keys.insert(f.id, f.key);
            for (const qint64 other : index.candidates(signature)) {
                ++local.candidates;
                if (compare::estimatedJaccard(signature, signatures.value(other)) >= kMinEstimatedJaccard)
                    candidates.emplace_back(other, f.id);
            }
            index.add(f.id, signature);
            signatures.insert(f.id, signature);
        }
        if (!signatures.isEmpty() && local.indexed > 0) {
            // The stored sketches, streamed past this chunk's index in two halves of their ids, on two
            // connections and threads (the index and the chunk's signatures are only read). Sketches
            // alone: the key of an article is looked up for the few that match.
            sqlite3 *connection = search::sqliteHandle(m_db);
            StoredMatches low;
            StoredMatches high;
            qint64 firstId = 0;
            qint64 lastId = -1;
            if (!connection) {
                *error = u"the library is not an open SQLite connection"_s;
                return false;
            }
            if (!sketchIdRange(connection, &firstId, &lastId, error))
                return false;
            const qint64 middle = firstId + (lastId - firstId) / 2;
            const auto probe = [&](const compare::MinHashSignature &signature, std::vector<qint64> *matches,
                                   qint64 *probed) {
                for (const qint64 other : index.candidates(signature)) {
                    ++*probed;
                    if (compare::estimatedJaccard(signature, signatures.value(other)) >= kMinEstimatedJaccard)
                        matches->push_back(other);
                }
            };
            search::ParallelRead highHalf(connection, [&](sqlite3 *db) {
                return streamSketches(db, middle + 1, lastId, probe, &high);
            });
            const bool lowRead = streamSketches(connection, firstId, middle, probe, &low);
            if (!highHalf.finish() || !lowRead) {
                *error = !low.error.isEmpty() ? low.error : high.error;
                return false;
            }
            QSqlQuery keyQuery(m_db);
            keyQuery.prepare(u"SELECT page_id, seq FROM articles WHERE id = ?"_s);
            for (const StoredMatches *half : {&low, &high}) {
                local.candidates += half->probed;
                for (const auto &[id, others] : half->matches) {
                    keyQuery.addBindValue(id);
                    if (!keyQuery.exec() || !keyQuery.next())
                        continue; // a sketch whose article is gone
                    keys.insert(id, Key{keyQuery.value(0).toLongLong(), keyQuery.value(1).toInt()});
                    keyQuery.finish();
                    for (const qint64 other : others)
                        candidates.emplace_back(id, other);
                }
            }
        }

        // Verifying only reads; the results are written afterwards in one short write transaction, so
        // that another program importing into the library is not kept waiting.
        struct Pair
        {
            Key a, b;
            double score;
            qint64 shared;
        };
        QList<Pair> found;
        for (const auto &[other, id] : candidates) {
            QString articleText;
            QString otherText;
            if (!textOf(id, &articleText) || !textOf(other, &otherText))
                continue;
            ++local.verified;
            qint64 shared = 0;
            const double score = pairScore(articleText, otherText, &shared);
            if (score < m_minScore)
                continue;
            Key a = keys.value(id);
            Key b = keys.value(other);
            if (b < a)
                std::swap(a, b);
            found << Pair{a, b, score, shared};
        }

        QSqlQuery begin(m_db);
        if (!begin.exec(u"BEGIN IMMEDIATE"_s)) {
            *error = begin.lastError().text();
            return false;
        }
        const auto fail = [&](const QSqlQuery &query) {
            *error = query.lastError().text();
            m_db.rollback();
            return false;
        };
        QSqlQuery insertSketch(m_db);
        insertSketch.prepare(u"INSERT OR REPLACE INTO reprint_sketches (article_id, signature) "
                             "SELECT ?, ? WHERE EXISTS (SELECT 1 FROM articles WHERE id = ?)"_s);
        const auto writeSketch = [&](qint64 id, const QByteArray &blob) {
            insertSketch.addBindValue(id);
            insertSketch.addBindValue(blob);
            insertSketch.addBindValue(id);
            return insertSketch.exec();
        };
        for (std::size_t i = first; i < last; ++i) {
            const auto it = signatures.constFind(fresh[i].id);
            if (it != signatures.cend() && !writeSketch(it.key(), toBlob(*it)))
                return fail(insertSketch);
        }
        compare::MinHashSignature tooShort;
        tooShort.fill(compare::kMaxMinHashValue); // what fromBlob() reads as "never a candidate"
        const QByteArray tooShortBlob = toBlob(tooShort);
        for (const qint64 id : std::as_const(unsketchable)) {
            if (!writeSketch(id, tooShortBlob))
                return fail(insertSketch);
        }
        QSqlQuery insertPair(m_db);
        insertPair.prepare(
            u"INSERT INTO reprint_pairs (page_a, seq_a, page_b, seq_b, score, shared_chars) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (page_a, seq_a, page_b, seq_b) DO UPDATE SET "
            "score = excluded.score, shared_chars = excluded.shared_chars"_s);
        for (const Pair &p : std::as_const(found)) {
            insertPair.addBindValue(p.a.pageId);
            insertPair.addBindValue(p.a.seq);
            insertPair.addBindValue(p.b.pageId);
            insertPair.addBindValue(p.b.seq);
            insertPair.addBindValue(p.score);
            insertPair.addBindValue(p.shared);
            if (!insertPair.exec())
                return fail(insertPair);
            ++local.pairs;
        }
        if (!m_db.commit()) {
            *error = m_db.lastError().text();
            m_db.rollback();
            return false;
        }
        local.indexed += qint64(signatures.size() + unsketchable.size());
    }
    // Every pending sketch is stored now (or its article is gone).
    if (hasPending && !pending.clear()) {
        *error = pending.lastError();
        return false;
    }
    local.seconds = double(timer.nsecsElapsed()) / 1e9;
    if (stats)
        *stats = local;
    return true;
}

QList<ReprintLink> ReprintFinder::reprintsOf(qint64 articleId, QString *error) const
{
    QSqlQuery q(m_db);
    q.prepare(QString::fromLatin1(kLinkSql) + u"WHERE a.id = ? ORDER BY r.score DESC, o.id"_s);
    q.addBindValue(articleId);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return {};
    }
    return readLinks(q);
}

QList<ReprintLink> ReprintFinder::allPairs(QString *error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QString::fromLatin1(kLinkSql) +
                u"WHERE a.page_id = r.page_a AND a.seq = r.seq_a ORDER BY r.score DESC, a.id, o.id"_s)) {
        if (error)
            *error = q.lastError().text();
        return {};
    }
    return readLinks(q);
}

bool ReprintFinder::decide(qint64 articleA, qint64 articleB, const QString &decision, const QString &editor,
                           QString *error)
{
    if (decision != u"same"_s && decision != u"different"_s && !decision.isEmpty()) {
        *error = tr("a reprint decision is “same” or “different”, not %1").arg(decision);
        return false;
    }
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE reprint_pairs SET decision = ?, decided_by = ?, decided_at = ? WHERE EXISTS ("
              "SELECT 1 FROM articles a, articles b WHERE a.id = ? AND b.id = ? AND "
              "((a.page_id = page_a AND a.seq = seq_a AND b.page_id = page_b AND b.seq = seq_b) OR "
              "(b.page_id = page_a AND b.seq = seq_a AND a.page_id = page_b AND a.seq = seq_b)))"_s);
    q.addBindValue(nonNull(decision));
    q.addBindValue(nonNull(editor));
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    q.addBindValue(articleA);
    q.addBindValue(articleB);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    if (q.numRowsAffected() < 1) {
        *error = tr("articles %1 and %2 are not a reprint pair").arg(articleA).arg(articleB);
        return false;
    }
    return true;
}

} // namespace za::library
