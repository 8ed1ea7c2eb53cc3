#include "search/directindex.h"

#include "search/fts5format.h"
#include "search/sqlitestatement.h"

#include <sqlite3.h>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace za::search {

namespace {

// article_fts as schema 9 created it: the only table definition this code writes segments for.
constexpr const char *kTableSql = "CREATE VIRTUAL TABLE article_fts USING fts5(body, head, "
                                  "content='article_search', content_rowid='id', tokenize='zonearchive')";
constexpr int kFts5Version = 4;    // FTS5_CURRENT_VERSION of the formats read and written here
constexpr int kMaxSegments = 2000; // FTS5_MAX_SEGMENT
constexpr int kMaxLevels = 64;     // FTS5_MAX_LEVEL
constexpr qint64 kWorkUnit = 64;   // FTS5_WORK_UNIT: leaf pages per unit of automerge work

using Statement = OwnedStatement;
using fts5::readVarint;

QString errorOf(sqlite3 *db)
{
    return QString::fromUtf8(sqlite3_errmsg(db));
}

bool runToEnd(sqlite3_stmt *statement)
{
    while (true) {
        const int rc = sqlite3_step(statement);
        if (rc == SQLITE_ROW)
            continue;
        sqlite3_reset(statement);
        sqlite3_clear_bindings(statement);
        return rc == SQLITE_DONE;
    }
}

struct Structure
{
    struct Segment
    {
        int id = 0;
        int first = 0;
        int last = 0;
        int size() const { return 1 + last - first; }
    };
    struct Level
    {
        int merging = 0;
        std::vector<Segment> segments; // oldest first
    };
    quint32 cookie = 0;
    quint64 writeCounter = 0;
    std::vector<Level> levels;

    int segmentCount() const
    {
        int n = 0;
        for (const Level &level : levels)
            n += static_cast<int>(level.segments.size());
        return n;
    }

    bool parse(const unsigned char *p, int size)
    {
        const unsigned char *end = p + size;
        if (size < 4)
            return false;
        cookie = (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
        p += 4;
        quint64 levelCount = 0;
        quint64 segments = 0;
        if (!readVarint(p, end, &levelCount) || !readVarint(p, end, &segments) ||
            !readVarint(p, end, &writeCounter) || levelCount > kMaxLevels || segments > kMaxSegments)
            return false;
        levels.assign(levelCount, {});
        quint64 listed = 0;
        for (Level &level : levels) {
            quint64 merging = 0;
            quint64 count = 0;
            if (!readVarint(p, end, &merging) || !readVarint(p, end, &count) || count > kMaxSegments ||
                merging > count || listed + count > segments)
                return false;
            level.merging = static_cast<int>(merging);
            listed += count;
            for (quint64 i = 0; i < count; ++i) {
                quint64 id = 0;
                quint64 first = 0;
                quint64 last = 0;
                if (!readVarint(p, end, &id) || !readVarint(p, end, &first) || !readVarint(p, end, &last) ||
                    id == 0 || id > 0xffff || first > INT_MAX || last > INT_MAX)
                    return false;
                level.segments.push_back({int(id), int(first), int(last)});
            }
        }
        return listed == segments && p == end;
    }

    QByteArray serialized() const
    {
        QByteArray out;
        out.append(char(cookie >> 24))
            .append(char(cookie >> 16))
            .append(char(cookie >> 8))
            .append(char(cookie));
        fts5::appendVarint(out, levels.size());
        fts5::appendVarint(out, static_cast<quint64>(segmentCount()));
        fts5::appendVarint(out, writeCounter);
        for (const Level &level : levels) {
            fts5::appendVarint(out, static_cast<quint64>(level.merging));
            fts5::appendVarint(out, level.segments.size());
            for (const Segment &s : level.segments) {
                fts5::appendVarint(out, static_cast<quint64>(s.id));
                fts5::appendVarint(out, static_cast<quint64>(s.first));
                fts5::appendVarint(out, static_cast<quint64>(s.last));
            }
        }
        return out;
    }

    // fts5StructurePromote for a segment just added to level 0: segments of higher levels that are no
    // larger than it move down to level 0 (as its oldest), so that they are merged with it.
    void promoteToLevelZero()
    {
        Level &out = levels[0];
        if (out.merging != 0 || out.segments.empty())
            return;
        const int limit = out.segments.back().size();
        for (std::size_t l = 1; l < levels.size(); ++l) {
            Level &level = levels[l];
            if (level.merging != 0)
                return;
            while (!level.segments.empty()) {
                const Segment moved = level.segments.back();
                if (moved.size() > limit)
                    return;
                out.segments.insert(out.segments.begin(), moved);
                level.segments.pop_back();
            }
        }
    }

    bool uses(int id) const
    {
        for (const Level &level : levels)
            for (const Segment &s : level.segments)
                if (s.id == id)
                    return true;
        return false;
    }
};

bool readBlob(sqlite3 *db, qint64 rowid, QByteArray *out, QString *error)
{
    const Statement read = prepareStatement(db, "SELECT block FROM article_fts_data WHERE id = ?1");
    if (!read) {
        *error = errorOf(db);
        return false;
    }
    sqlite3_bind_int64(read.get(), 1, rowid);
    const int rc = sqlite3_step(read.get());
    if (rc == SQLITE_ROW) {
        const auto *data = static_cast<const char *>(sqlite3_column_blob(read.get(), 0));
        *out = QByteArray(data, sqlite3_column_bytes(read.get(), 0));
        return true;
    }
    *error = rc == SQLITE_DONE ? u"article_fts has no record %1"_s.arg(rowid) : errorOf(db);
    return false;
}

} // namespace

DirectIndex::DirectIndex(sqlite3 *db)
    : m_db(db)
{
    m_usable = open(db);
}

bool DirectIndex::setWhyNot(const QString &why)
{
    m_whyNot = why;
    return false;
}

bool DirectIndex::open(sqlite3 *db)
{
    if (!db)
        return setWhyNot(u"no connection"_s);
    {
        const Statement table =
            prepareStatement(db, "SELECT sql FROM sqlite_schema WHERE name = 'article_fts'");
        if (!table || sqlite3_step(table.get()) != SQLITE_ROW ||
            qstrcmp(reinterpret_cast<const char *>(sqlite3_column_text(table.get(), 0)), kTableSql) != 0)
            return setWhyNot(u"article_fts is not as this version made it"_s);
    }
    bool versionSeen = false;
    int usermerge = 4;
    {
        const Statement config = prepareStatement(db, "SELECT k, v FROM article_fts_config");
        if (!config)
            return setWhyNot(errorOf(db));
        while (sqlite3_step(config.get()) == SQLITE_ROW) {
            const QByteArray key(reinterpret_cast<const char *>(sqlite3_column_text(config.get(), 0)));
            const int value = sqlite3_column_int(config.get(), 1);
            if (key == "version") {
                versionSeen = value == kFts5Version;
            } else if (key == "pgsz") {
                m_pageSize = value;
            } else if (key == "automerge") {
                m_automerge = value;
            } else if (key == "usermerge") {
                usermerge = value;
            } else if (key == "crisismerge") {
                m_crisismerge = value;
            } else if (key != "hashsize" && key != "rank") {
                // An option this code does not know may change what FTS5 writes.
                return setWhyNot(u"article_fts has the option %1"_s.arg(QString::fromUtf8(key)));
            }
        }
    }
    if (!versionSeen)
        return setWhyNot(u"article_fts is of another FTS5 version"_s);
    if (m_pageSize < 32 || m_pageSize > 65536)
        return setWhyNot(u"article_fts has a page size of %1"_s.arg(m_pageSize));
    // 'merge' merges levels of usermerge segments: only with usermerge = automerge is it the merge
    // FTS5 would have done after writing the segment itself.
    if (usermerge != m_automerge && m_automerge != 0)
        return setWhyNot(u"article_fts has usermerge %1 and automerge %2"_s.arg(usermerge).arg(m_automerge));
    QByteArray record;
    QString error;
    Structure structure;
    if (!readBlob(db, fts5::kStructureRowid, &record, &error) ||
        !structure.parse(reinterpret_cast<const unsigned char *>(record.constData()), int(record.size())))
        return setWhyNot(u"the structure record of article_fts is not one this version reads"_s);
    return true;
}

DirectIndex::~DirectIndex()
{}

bool DirectIndex::store(const SegmentBuilder::Segment &segment, QString *error)
{
    if (!m_usable) {
        *error = m_whyNot;
        return false;
    }
    if (segment.isEmpty())
        return true;
    const auto failed = [&](const QString &why) {
        *error = why;
        return false;
    };
    QByteArray record;
    Structure structure;
    if (!readBlob(m_db, fts5::kStructureRowid, &record, error))
        return false;
    if (!structure.parse(reinterpret_cast<const unsigned char *>(record.constData()), int(record.size())))
        return failed(u"the structure record of article_fts is not one this version reads"_s);
    const Statement insertData =
        prepareStatement(m_db, "INSERT INTO article_fts_data (id, block) VALUES (?1, ?2)");
    const Statement replaceData =
        prepareStatement(m_db, "REPLACE INTO article_fts_data (id, block) VALUES (?1, ?2)");
    const Statement insertIdx =
        prepareStatement(m_db, "INSERT INTO article_fts_idx (segid, term, pgno) VALUES (?1, ?2, ?3)");
    const Statement insertSize =
        prepareStatement(m_db, "REPLACE INTO article_fts_docsize (id, sz) VALUES (?1, ?2)");
    const Statement dataInRange =
        prepareStatement(m_db, "SELECT 1 FROM article_fts_data WHERE id BETWEEN ?1 AND ?2 LIMIT 1");
    if (!insertData || !replaceData || !insertIdx || !insertSize || !dataInRange)
        return failed(errorOf(m_db));
    const auto putBlob = [](sqlite3_stmt *statement, qint64 id, const QByteArray &block) {
        sqlite3_bind_int64(statement, 1, id);
        sqlite3_bind_blob(statement, 2, block.constData(), int(block.size()), SQLITE_STATIC);
        return runToEnd(statement);
    };

    for (const auto &[rowid, size] : segment.docsizes) {
        if (!putBlob(insertSize.get(), rowid, size))
            return failed(errorOf(m_db));
    }
    // The averages record: rows, then each column's tokens (empty in a new table).
    QByteArray averages;
    if (!readBlob(m_db, fts5::kAveragesRowid, &averages, error))
        return false;
    quint64 totals[1 + SegmentBuilder::kColumns] = {0, 0, 0};
    const auto *p = reinterpret_cast<const unsigned char *>(averages.constData());
    const unsigned char *end = p + averages.size();
    for (quint64 &total : totals) {
        if (p < end && !readVarint(p, end, &total))
            return failed(u"the averages record of article_fts does not decode"_s);
    }
    totals[0] += static_cast<quint64>(segment.rows);
    for (int column = 0; column < SegmentBuilder::kColumns; ++column)
        totals[1 + column] += static_cast<quint64>(segment.tokens[column]);
    QByteArray newAverages;
    for (quint64 total : totals)
        fts5::appendVarint(newAverages, total);
    if (!putBlob(replaceData.get(), fts5::kAveragesRowid, newAverages))
        return failed(errorOf(m_db));

    if (segment.leaves.empty())
        return true; // documents without a single token
    if (structure.segmentCount() >= kMaxSegments)
        return failed(u"article_fts has %1 segments"_s.arg(kMaxSegments));
    // A segment id no segment has, with no rows left under it.
    int id = 0;
    for (int candidate = 1; candidate <= 0xffff && id == 0; ++candidate) {
        if (structure.uses(candidate))
            continue;
        sqlite3_bind_int64(dataInRange.get(), 1, fts5::segmentRowid(candidate, 0));
        sqlite3_bind_int64(dataInRange.get(), 2, fts5::segmentRowid(candidate + 1, 0) - 1);
        const int rc = sqlite3_step(dataInRange.get());
        sqlite3_reset(dataInRange.get());
        if (rc == SQLITE_DONE)
            id = candidate;
        else if (rc != SQLITE_ROW)
            return failed(errorOf(m_db));
    }
    if (id == 0)
        return failed(u"article_fts has no free segment id"_s);

    for (std::size_t page = 0; page < segment.leaves.size(); ++page) {
        if (!putBlob(insertData.get(), fts5::segmentRowid(id, int(page + 1)), segment.leaves[page]))
            return failed(errorOf(m_db));
    }
    for (const SegmentBuilder::Segment::Record &index : segment.doclistIndexes) {
        if (!putBlob(insertData.get(), fts5::doclistIndexRowid(id, index.height, index.page), index.block))
            return failed(errorOf(m_db));
    }
    for (const SegmentBuilder::Segment::IdxRow &row : segment.idx) {
        sqlite3_bind_int64(insertIdx.get(), 1, id);
        sqlite3_bind_blob(insertIdx.get(), 2, row.term.isEmpty() ? "" : row.term.constData(),
                          int(row.term.size()), SQLITE_STATIC);
        sqlite3_bind_int64(insertIdx.get(), 3, row.page);
        if (!runToEnd(insertIdx.get()))
            return failed(errorOf(m_db));
    }

    // The structure as fts5FlushOneHash leaves it, and the automerge work it would then do.
    if (structure.levels.empty())
        structure.levels.resize(1);
    const int leaves = static_cast<int>(segment.leaves.size());
    structure.levels[0].segments.push_back({id, 1, leaves});
    structure.promoteToLevelZero();
    const quint64 written = structure.writeCounter;
    const qint64 units = qint64((written + quint64(leaves)) / kWorkUnit - written / kWorkUnit);
    structure.writeCounter += quint64(leaves);
    if (m_automerge > 0)
        m_mergeWork += kWorkUnit * units * qint64(structure.levels.size());
    // A level 0 as full as FTS5's crisis merge allows gets a merge of its own at once.
    if (int(structure.levels[0].segments.size()) >= m_crisismerge)
        m_mergeWork += qint64(structure.levels[0].segments.size()) * leaves;
    if (!putBlob(replaceData.get(), fts5::kStructureRowid, structure.serialized()))
        return failed(errorOf(m_db));
    // FTS5 keeps the structure record it last read in memory, and only a rollback (or another
    // connection's commit) tells it the record changed on disk: a write it takes part in, rolled back
    // to a savepoint, drops its copy ('merge' of 0 pages writes nothing).
    if (sqlite3_exec(m_db,
                     "SAVEPOINT za_direct_index; "
                     "INSERT INTO article_fts (article_fts, rank) VALUES ('merge', 0); "
                     "ROLLBACK TO za_direct_index; RELEASE za_direct_index",
                     nullptr, nullptr, nullptr) != SQLITE_OK)
        return failed(u"cannot make FTS5 read the new segment: %1"_s.arg(errorOf(m_db)));
    return true;
}

bool DirectIndex::afterCommit(QString *error)
{
    if (!m_usable)
        return true;
    if (m_mergeWork <= 0 || !sqlite3_get_autocommit(m_db))
        return true;
    const Statement merge =
        prepareStatement(m_db, "INSERT INTO article_fts (article_fts, rank) VALUES ('merge', ?1)");
    if (!merge) {
        *error = errorOf(m_db);
        return false;
    }
    sqlite3_bind_int64(merge.get(), 1, std::min<qint64>(m_mergeWork, INT_MAX));
    if (!runToEnd(merge.get())) {
        *error = errorOf(m_db);
        return false;
    }
    m_mergeWork = 0;
    return true;
}

} // namespace za::search
