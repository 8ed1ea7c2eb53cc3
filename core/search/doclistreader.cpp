#include "search/doclistreader.h"

#include "search/fts5format.h"
#include "search/ftstokenizer.h"
#include "search/sqlitestatement.h"

#include <QStringBuilder>

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <climits>
#include <memory>
#include <string>
#include <vector>

using namespace Qt::StringLiterals;

namespace za::search {

namespace {

constexpr int kMaxSegments = 2000; // FTS5_MAX_SEGMENT
using fts5::kMainIndexPrefix;
using fts5::readVarint;

// Most varints of a doclist (row id deltas, list sizes, positions) are one byte.
inline bool readVarintFast(const unsigned char *&p, const unsigned char *end, quint64 *value)
{
    if (p < end && *p < 0x80) {
        *value = *p++;
        return true;
    }
    return readVarint(p, end, value);
}

bool readInt(const unsigned char *&p, const unsigned char *end, int *value)
{
    quint64 v = 0;
    if (!readVarint(p, end, &v) || v > static_cast<quint64>(INT_MAX))
        return false;
    *value = static_cast<int>(v);
    return true;
}

struct Segment
{
    int id = 0;
    int firstPage = 0; // 0: all of it merged into another segment already
    int lastPage = 0;
};

// The structure record: a configuration cookie, then varints (levels, segments, write counter, and per
// level the segments being merged, the segment count and each segment's id, first and last page).
// Segments come out oldest first: FTS5 lists a level's segments oldest first, and a higher level's
// segments are older than a lower one's (merges and promotions move the oldest segments up).
bool readStructure(const unsigned char *p, int size, std::vector<Segment> *out)
{
    const unsigned char *end = p + size;
    if (size < 4)
        return false;
    p += 4;
    int levels = 0;
    int segments = 0;
    quint64 writeCounter = 0;
    if (!readInt(p, end, &levels) || !readInt(p, end, &segments) || !readVarint(p, end, &writeCounter) ||
        levels > kMaxSegments || segments > kMaxSegments)
        return false;
    std::vector<Segment> listed; // as the record lists them: level 0 first
    std::vector<std::size_t> levelStarts;
    for (int level = 0; level < levels; ++level) {
        int merging = 0;
        int count = 0;
        if (!readInt(p, end, &merging) || !readInt(p, end, &count) || merging > count ||
            count > kMaxSegments - static_cast<int>(listed.size()))
            return false;
        levelStarts.push_back(listed.size());
        for (int i = 0; i < count; ++i) {
            Segment s;
            if (!readInt(p, end, &s.id) || !readInt(p, end, &s.firstPage) || !readInt(p, end, &s.lastPage) ||
                s.id <= 0 || s.lastPage < s.firstPage)
                return false;
            listed.push_back(s);
        }
    }
    // A record with anything more (a later format) is not one this reader knows.
    if (static_cast<int>(listed.size()) != segments || p != end)
        return false;
    out->clear();
    for (std::size_t level = levelStarts.size(); level-- > 0;) {
        const std::size_t first = levelStarts[level];
        const std::size_t last = level + 1 < levelStarts.size() ? levelStarts[level + 1] : listed.size();
        out->insert(out->end(), listed.begin() + static_cast<std::ptrdiff_t>(first),
                    listed.begin() + static_cast<std::ptrdiff_t>(last));
    }
    return true;
}

// One leaf page: a header of two big-endian 16-bit offsets (the first row id stored before the page's
// first term, or 0; the start of the footer), term and doclist data, and a footer of term offsets.
struct Page
{
    const unsigned char *data = nullptr;
    int size = 0;
    int leafSize = 0;   // where the footer starts
    int firstRowid = 0; // offset of a row id stored whole before the first term, 0 for none
    int firstTerm = -1; // offset of the first term, -1 for a page without terms

    bool load(const void *blob, int bytes)
    {
        data = static_cast<const unsigned char *>(blob);
        size = bytes;
        if (!data || size < 4)
            return false;
        firstRowid = (data[0] << 8) | data[1];
        leafSize = (data[2] << 8) | data[3];
        if (leafSize < 4 || leafSize > size || firstRowid >= leafSize)
            return false;
        firstTerm = -1;
        if (size > leafSize) {
            const unsigned char *footer = data + leafSize;
            if (!readInt(footer, data + size, &firstTerm) || firstTerm < 4 || firstTerm >= leafSize)
                return false;
        }
        return true;
    }
    // Where a doclist that runs onto this page ends on it: at its first term, or at its end.
    int doclistEnd() const { return firstTerm >= 0 ? firstTerm : leafSize; }
};

// Counts the positions of a position list fed in pieces (a list may continue over several pages):
// each position is one varint (an offset delta + 2); a 0x01 where a varint starts announces a column
// number, as in the scan function's countRemaining (ftstokenizer.cpp).
class PositionCounter final
{
public:
    explicit PositionCounter(double headWeight)
        : m_headWeight(headWeight)
    {}
    void start()
    {
        m_column = 0;
        m_atStart = true;
        m_inColumnNumber = false;
        m_columnNumber = 0;
        m_ended = 0;
        m_total = 0;
    }
    void feed(const unsigned char *p, const unsigned char *end)
    {
        while (p < end) {
            const unsigned char byte = *p++;
            if (m_inColumnNumber) {
                m_columnNumber = (m_columnNumber << 7) | (byte & 0x7F);
                if (!(byte & 0x80)) {
                    m_inColumnNumber = false;
                    m_column = static_cast<int>(m_columnNumber);
                }
                continue;
            }
            if (m_atStart && byte == 0x01) {
                close();
                m_inColumnNumber = true;
                m_columnNumber = 0;
                continue;
            }
            m_atStart = !(byte & 0x80);
            m_ended += m_atStart ? 1 : 0;
        }
    }
    double total()
    {
        close();
        return m_total;
    }

private:
    void close()
    {
        m_total += static_cast<double>(m_ended) * (m_column == kHeadColumn ? m_headWeight : 1.0);
        m_ended = 0;
    }

    double m_headWeight;
    int m_column = 0;
    bool m_atStart = true;
    bool m_inColumnNumber = false;
    quint32 m_columnNumber = 0;
    std::size_t m_ended = 0;
    double m_total = 0;
};

// The same count for a list that lies whole on one page, in one loop over local state where it has no
// column number (the common case).
double countList(const unsigned char *p, const unsigned char *end, double headWeight)
{
    // Nearly every list is a few positions in the body only: with no 0x01 byte anywhere there is no
    // column number, and the positions are the bytes that end a varint, counted without a branch.
    std::size_t endings = 0;
    bool columnNumbers = false;
    for (const unsigned char *q = p; q < end; ++q) {
        endings += *q < 0x80 ? 1 : 0;
        columnNumbers |= *q == 0x01;
    }
    if (!columnNumbers)
        return static_cast<double>(endings);
    PositionCounter counter(headWeight);
    counter.start();
    counter.feed(p, end);
    return counter.total();
}

using Statement = OwnedStatement;

class Reader final
{
public:
    Reader(sqlite3 *db, bool frequencies, double headWeight, const DoclistReader::Visit &visit)
        : m_db(db)
        , m_frequencies(frequencies)
        , m_headWeight(headWeight)
        , m_counter(headWeight)
        , m_visit(visit)
    {}

    DoclistReader::Result run(const QByteArray &term, DoclistReader::Share share, QByteArray *structureRead,
                              QString *error);

private:
    using Result = DoclistReader::Result;

    Result walkSegment(const Segment &segment);
    Result walkDoclist(int offset, int end);
    // A position list longer than what is left of the page: walked over the next pages.
    Result walkLongList(int listBytes, int *offset, int *end);
    // Steps to the segment's next page; false at its end (*result says whether that was expected).
    bool nextPage(Result *result);
    Result failed(const char *what)
    {
        m_error = QString::fromUtf8(what) % u": "_s % QString::fromUtf8(sqlite3_errmsg(m_db));
        return Result::Failed;
    }
    void report(qint64 rowid, double frequency, bool present)
    {
        m_batch[m_batched++] = {rowid, static_cast<float>(frequency), present};
        if (m_batched == kBatch)
            flush();
    }
    void flush()
    {
        if (m_batched)
            m_visit(m_batch.data(), m_batched);
        m_batched = 0;
    }

    sqlite3 *m_db;
    bool m_frequencies;
    double m_headWeight;
    PositionCounter m_counter;
    const DoclistReader::Visit &m_visit;
    static constexpr std::size_t kBatch = 512; // entries handed over at a time
    std::array<DoclistReader::Entry, kBatch> m_batch;
    std::size_t m_batched = 0;
    std::string m_term; // with the main index's prefix byte
    Statement m_firstPage;
    Statement m_pages;
    Segment m_segment;
    int m_pageNumber = 0;
    Page m_page;
    QString m_error;
};

DoclistReader::Result Reader::run(const QByteArray &term, DoclistReader::Share share,
                                  QByteArray *structureRead, QString *error)
{
    m_term.assign(1, kMainIndexPrefix);
    m_term.append(term.constData(), static_cast<std::size_t>(term.size()));
    // The structure statement stays on its row until the end: while it does, every other statement on
    // this connection reads the same snapshot, so no merge committed meanwhile can move pages away.
    const Statement structure = prepareStatement(m_db, "SELECT block FROM article_fts_data WHERE id = ?1");
    m_firstPage = prepareStatement(m_db, "SELECT pgno FROM article_fts_idx WHERE segid = ?1 AND term <= ?2 "
                                         "ORDER BY term DESC LIMIT 1");
    m_pages = prepareStatement(m_db, "SELECT id, block FROM article_fts_data WHERE id BETWEEN ?1 AND ?2");
    if (!structure || !m_firstPage || !m_pages)
        return Result::Unsupported; // no index of this shape here: FTS5 answers (or says why not)
    sqlite3_bind_int64(structure.get(), 1, fts5::kStructureRowid);
    const int rc = sqlite3_step(structure.get());
    if (rc != SQLITE_ROW) {
        if (rc == SQLITE_DONE)
            return Result::Unsupported;
        const Result result = failed("cannot read the full-text index");
        if (error)
            *error = m_error;
        return result;
    }
    const auto *record = static_cast<const unsigned char *>(sqlite3_column_blob(structure.get(), 0));
    const int recordSize = sqlite3_column_bytes(structure.get(), 0);
    if (structureRead)
        *structureRead = QByteArray(reinterpret_cast<const char *>(record), recordSize);
    std::vector<Segment> segments;
    if (!readStructure(record, recordSize, &segments))
        return Result::Unsupported;
    // Segments already merged into a newer one have no pages left (firstPage 0).
    std::erase_if(segments, [](const Segment &s) { return s.firstPage == 0; });
    qint64 pages = 0;
    for (const Segment &segment : segments)
        pages += segment.lastPage - segment.firstPage + 1;
    const int parts = std::max(1, share.parts);
    qint64 before = 0;
    for (const Segment &segment : segments) {
        const qint64 size = segment.lastPage - segment.firstPage + 1;
        // A segment belongs to the share its middle page falls in.
        const qint64 part = pages > 0 ? (before + size / 2) * parts / pages : 0;
        before += size;
        if (part != share.part)
            continue;
        const Result result = walkSegment(segment);
        if (result != Result::Read) {
            if (error)
                *error = m_error;
            return result;
        }
    }
    return Result::Read;
}

bool Reader::nextPage(Result *result)
{
    *result = Result::Read;
    if (m_pageNumber >= m_segment.lastPage)
        return false;
    ++m_pageNumber;
    sqlite3_stmt *pages = m_pages.get();
    const int rc = sqlite3_step(pages);
    if (rc != SQLITE_ROW) {
        *result = rc == SQLITE_DONE ? Result::Unsupported : failed("cannot read the full-text index");
        return false;
    }
    // A segment's pages are consecutive rows; a missing one is not a segment this reader knows.
    if (sqlite3_column_int64(pages, 0) != fts5::segmentRowid(m_segment.id, m_pageNumber) ||
        !m_page.load(sqlite3_column_blob(pages, 1), sqlite3_column_bytes(pages, 1))) {
        *result = Result::Unsupported;
        return false;
    }
    return true;
}

DoclistReader::Result Reader::walkSegment(const Segment &segment)
{
    m_segment = segment;
    int startPage = segment.firstPage;
    sqlite3_stmt *find = m_firstPage.get();
    sqlite3_reset(find);
    sqlite3_bind_int(find, 1, segment.id);
    sqlite3_bind_blob(find, 2, m_term.data(), static_cast<int>(m_term.size()), SQLITE_STATIC);
    const int found = sqlite3_step(find);
    if (found == SQLITE_ROW)
        startPage = std::max(startPage, static_cast<int>(sqlite3_column_int64(find, 0) >> 1));
    else if (found != SQLITE_DONE)
        return failed("cannot read the full-text index");
    sqlite3_reset(find);
    if (startPage > segment.lastPage)
        return Result::Read;

    sqlite3_stmt *pages = m_pages.get();
    sqlite3_reset(pages);
    sqlite3_bind_int64(pages, 1, fts5::segmentRowid(segment.id, startPage));
    sqlite3_bind_int64(pages, 2, fts5::segmentRowid(segment.id, segment.lastPage));
    m_pageNumber = startPage - 1;
    Result result = Result::Read;
    if (!nextPage(&result))
        return result == Result::Read ? Result::Unsupported : result;
    if (m_page.firstTerm < 0)
        return Result::Unsupported; // the page the b-tree names begins a term

    // The page's terms: the first stored whole (length, bytes), each later one as the length of the
    // prefix it shares with the one before, the length of the rest, and the rest.
    const unsigned char *const footerEnd = m_page.data + m_page.size;
    const unsigned char *footer = m_page.data + m_page.leafSize;
    int firstTerm = 0;
    if (!readInt(footer, footerEnd, &firstTerm)) // the first term's offset, read by Page::load
        return Result::Unsupported;
    const unsigned char *const leafEnd = m_page.data + m_page.leafSize;
    std::string current;
    int termOffset = m_page.firstTerm;
    for (bool first = true;; first = false) {
        const unsigned char *p = m_page.data + termOffset;
        int kept = 0;
        int added = 0;
        if ((!first && !readInt(p, leafEnd, &kept)) || !readInt(p, leafEnd, &added) ||
            static_cast<std::size_t>(kept) > current.size() || added > leafEnd - p)
            return Result::Unsupported;
        current.resize(static_cast<std::size_t>(kept));
        current.append(reinterpret_cast<const char *>(p), static_cast<std::size_t>(added));
        p += added;
        int nextTerm = -1;
        if (footer < footerEnd) {
            int delta = 0;
            if (!readInt(footer, footerEnd, &delta) || delta <= 0 || delta >= m_page.leafSize - termOffset)
                return Result::Unsupported;
            nextTerm = termOffset + delta;
        }
        const int order = current.compare(m_term);
        if (order == 0)
            return walkDoclist(static_cast<int>(p - m_page.data), nextTerm >= 0 ? nextTerm : m_page.leafSize);
        if (order > 0 || nextTerm < 0)
            return Result::Read; // not in this segment
        termOffset = nextTerm;
    }
}

DoclistReader::Result Reader::walkLongList(int listBytes, int *offset, int *end)
{
    // A list that continues on the next pages: its bytes fill each page from the 4-byte header on.
    if (m_frequencies)
        m_counter.start();
    for (int remaining = listBytes;;) {
        const int here = std::min(remaining, m_page.leafSize - *offset);
        if (m_frequencies)
            m_counter.feed(m_page.data + *offset, m_page.data + *offset + here);
        *offset += here;
        remaining -= here;
        if (remaining == 0)
            return Result::Read;
        Result result = Result::Read;
        if (!nextPage(&result))
            return result == Result::Read ? Result::Unsupported : result;
        *offset = 4;
        *end = m_page.doclistEnd();
    }
}

DoclistReader::Result Reader::walkDoclist(int offset, int end)
{
    Result result = Result::Read;
    // The first row id: right after the term, or at the start of the next page when the term ended one.
    if (offset >= m_page.leafSize) {
        if (!nextPage(&result))
            return result == Result::Read ? Result::Unsupported : result;
        offset = 4;
        end = m_page.doclistEnd();
    }
    quint64 rowid = 0;
    {
        const unsigned char *p = m_page.data + offset;
        if (!readVarint(p, m_page.data + m_page.leafSize, &rowid))
            return Result::Unsupported;
        offset = static_cast<int>(p - m_page.data);
    }
    for (;;) {
        // The position list: its size in bytes times two, plus one where the entry also deletes what
        // older segments hold for the row; then the positions, continued on the next pages if need be.
        const unsigned char *p = m_page.data + offset;
        const unsigned char *leafEnd = m_page.data + m_page.leafSize;
        quint64 sizeField = 0;
        if (!readVarintFast(p, leafEnd, &sizeField) || sizeField > static_cast<quint64>(INT_MAX))
            return Result::Unsupported;
        offset = static_cast<int>(p - m_page.data);
        const int listBytes = static_cast<int>(sizeField >> 1);
        if (listBytes <= leafEnd - p) { // the common case: the whole list on this page
            report(static_cast<qint64>(rowid),
                   m_frequencies ? countList(p, p + listBytes, m_headWeight) : 0.0, listBytes > 0);
            offset += listBytes;
        } else if (const Result spanned = walkLongList(listBytes, &offset, &end); spanned != Result::Read) {
            return spanned;
        } else {
            report(static_cast<qint64>(rowid), m_frequencies ? m_counter.total() : 0.0, true);
        }

        // The next row: a delta on this page, the page's first row id stored whole, or the next page's.
        if (end < m_page.leafSize && offset >= end) { // the next term begins
            if (offset != end)
                return Result::Unsupported;
            flush();
            return Result::Read;
        }
        if (offset >= m_page.leafSize) {
            for (;;) {
                if (!nextPage(&result)) {
                    if (result == Result::Read)
                        flush(); // the segment ends here
                    return result;
                }
                if (m_page.firstRowid != 0) {
                    offset = m_page.firstRowid;
                    end = m_page.doclistEnd();
                    break;
                }
                if (m_page.firstTerm >= 0) {
                    flush(); // the next page begins with the next term
                    return Result::Read;
                }
            }
        }
        if (offset < m_page.firstRowid)
            return Result::Unsupported; // a list continued onto this page ended before its first row
        const bool whole = offset == m_page.firstRowid;
        p = m_page.data + offset;
        leafEnd = m_page.data + m_page.leafSize;
        quint64 value = 0;
        if (!readVarintFast(p, leafEnd, &value) || (!whole && value == 0))
            return Result::Unsupported;
        rowid = whole ? value : rowid + value;
        offset = static_cast<int>(p - m_page.data);
    }
}

} // namespace

DoclistReader::Result DoclistReader::read(sqlite3 *db, const QByteArray &term, bool frequencies,
                                          double headWeight, const Visit &visit, QString *error, Share share,
                                          QByteArray *structure)
{
    if (!db || term.isEmpty() || share.part < 0 || share.part >= std::max(1, share.parts))
        return Result::Unsupported;
    Reader reader(db, frequencies, headWeight, visit);
    return reader.run(term, share, structure, error);
}

} // namespace za::search
