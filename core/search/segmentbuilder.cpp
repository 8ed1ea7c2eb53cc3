#include "search/segmentbuilder.h"

#include "search/fts5format.h"

#include <algorithm>
#include <cstring>

namespace za::search {

namespace {

using fts5::appendVarint;
using fts5::getVarint;
using fts5::putVarint;
using fts5::varintLength;

constexpr int kMaxTokenBytes = 32768;    // FTS5_MAX_TOKEN_SIZE: longer tokens are cut there
constexpr int kMinDoclistIndexPages = 4; // FTS5_MIN_DLIDX_SIZE
using fts5::kMainIndexPrefix;

void putU16(std::string &buffer, std::size_t at, std::size_t value)
{
    buffer[at] = static_cast<char>((value >> 8) & 0xff);
    buffer[at + 1] = static_cast<char>(value & 0xff);
}

std::size_t commonPrefix(const std::string &a, const std::string &b)
{
    const std::size_t n = std::min(a.size(), b.size());
    std::size_t i = 0;
    while (i < n && a[i] == b[i])
        ++i;
    return i;
}

// The largest run of whole varints at p of at most max bytes, but at least one varint (as FTS5 does:
// a page may then end a few bytes past its nominal size).
int poslistPrefix(const unsigned char *p, int max)
{
    int taken = varintLength(p);
    if (taken < max) {
        while (true) {
            const int next = varintLength(p + taken);
            if (taken + next > max)
                break;
            taken += next;
        }
    }
    return taken;
}

QByteArray bytesOf(const std::string &s)
{
    return QByteArray(s.data(), static_cast<qsizetype>(s.size()));
}

// Lays terms and their doclists out in leaf pages, as FTS5's flush of its pending terms does
// (fts5WriteAppendTerm, fts5WriteFlushLeaf, the doclist index and %_idx writers).
class PageWriter
{
public:
    PageWriter(int pageSize, SegmentBuilder::Segment &out)
        : m_pageSize(static_cast<std::size_t>(pageSize))
        , m_out(out)
    {
        m_page.assign(4, '\0');
        m_doclistIndex.resize(1);
    }

    void appendTermAndDoclist(const std::string &term, const std::string &doclist)
    {
        appendTerm(term);
        if (m_pageSize >= m_page.size() + m_pageIndex.size() + doclist.size() + 1) {
            m_page += doclist;
            return;
        }
        // The doclist does not fit on this leaf: row by row, position lists cut at varint boundaries.
        const auto *data = reinterpret_cast<const unsigned char *>(doclist.data());
        std::size_t offset = 0;
        quint64 rowid = 0;
        while (offset < doclist.size()) {
            quint64 delta = 0;
            offset += static_cast<std::size_t>(getVarint(data + offset, &delta));
            quint64 sizeField = 0;
            const int sizeBytes = getVarint(data + offset, &sizeField);
            const std::size_t copy = static_cast<std::size_t>(sizeBytes) + (sizeField >> 1);
            rowid += delta;
            if (m_firstRowidInPage) {
                putU16(m_page, 0, m_page.size());
                appendVarint(m_page, rowid);
                m_firstRowidInPage = false;
                addDoclistIndexEntry(static_cast<qint64>(rowid));
            } else {
                appendVarint(m_page, delta);
            }
            if (m_page.size() + m_pageIndex.size() + copy <= m_pageSize) {
                m_page.append(doclist, offset, copy);
            } else {
                std::size_t done = 0;
                while (true) {
                    const auto space = static_cast<long long>(m_pageSize) -
                                       static_cast<long long>(m_page.size() + m_pageIndex.size());
                    std::size_t n = 0;
                    if (static_cast<long long>(copy - done) <= space)
                        n = copy - done;
                    else
                        n = static_cast<std::size_t>(poslistPrefix(
                            data + offset + done, static_cast<int>(std::max<long long>(space, 0))));
                    m_page.append(doclist, offset + done, n);
                    done += n;
                    if (m_page.size() + m_pageIndex.size() >= m_pageSize)
                        flushLeaf();
                    if (done >= copy)
                        break;
                }
            }
            offset += copy;
        }
    }

    void finish()
    {
        if (m_page.size() > 4)
            flushLeaf();
        flushBtree();
    }

private:
    struct DoclistIndexLevel
    {
        int page = 0;
        bool previousValid = false;
        qint64 previous = 0;
        std::string buffer;
    };

    void appendTerm(const std::string &term)
    {
        if (m_page.size() + m_pageIndex.size() + term.size() + 2 >= m_pageSize && m_page.size() > 4)
            flushLeaf();
        appendVarint(m_pageIndex, m_page.size() - m_previousTermOffset);
        m_previousTermOffset = m_page.size();
        std::size_t prefix = 0;
        if (m_firstTermInPage) {
            if (m_pageNumber != 1) {
                // The split key: the shortest prefix of this term above every earlier term.
                const std::size_t n = m_lastTerm.empty() ? term.size() : 1 + commonPrefix(m_lastTerm, term);
                flushBtree();
                m_btreeTerm.assign(term, 0, n);
                m_btreePage = m_pageNumber;
            }
        } else {
            prefix = commonPrefix(m_lastTerm, term);
            appendVarint(m_page, prefix);
        }
        appendVarint(m_page, term.size() - prefix);
        m_page.append(term, prefix, std::string::npos);
        m_lastTerm = term;
        m_firstTermInPage = false;
        m_firstRowidInPage = false;
        m_doclistIndex[0].page = m_pageNumber;
    }

    void flushLeaf()
    {
        putU16(m_page, 2, m_page.size());
        if (m_firstTermInPage) {
            // A page of rows only: the doclist index notes a page without any row start as 0.
            if (m_firstRowidInPage && !m_doclistIndex[0].buffer.empty())
                appendVarint(m_doclistIndex[0].buffer, 0);
            ++m_emptyPages;
        } else {
            m_page += m_pageIndex;
        }
        m_out.leaves.push_back(bytesOf(m_page));
        m_page.assign(4, '\0');
        m_pageIndex.clear();
        m_previousTermOffset = 0;
        ++m_pageNumber;
        m_firstTermInPage = true;
        m_firstRowidInPage = true;
    }

    // The %_idx row of the leaf m_btreePage, written once the doclist of its last term has ended.
    void flushBtree()
    {
        if (m_btreePage == 0)
            return;
        const bool hasIndex = !m_doclistIndex[0].buffer.empty() && m_emptyPages >= kMinDoclistIndexPages;
        for (std::size_t level = 0; level < m_doclistIndex.size(); ++level) {
            DoclistIndexLevel &l = m_doclistIndex[level];
            if (l.buffer.empty())
                break;
            if (hasIndex)
                m_out.doclistIndexes.push_back({static_cast<int>(level), l.page, bytesOf(l.buffer)});
            l.buffer.clear();
            l.previousValid = false;
        }
        m_emptyPages = 0;
        m_out.idx.push_back(
            {bytesOf(m_btreeTerm), (static_cast<qint64>(m_btreePage) << 1) + (hasIndex ? 1 : 0)});
        m_btreePage = 0;
    }

    // The first row of a leaf within a doclist: an entry of the term's doclist index (a b-tree of
    // pages of at most a leaf's size, each level's first row pushed up to its parent).
    void addDoclistIndexEntry(qint64 rowid)
    {
        bool done = false;
        for (std::size_t i = 0; !done; ++i) {
            if (m_doclistIndex[i].buffer.size() >= m_pageSize) {
                DoclistIndexLevel &full = m_doclistIndex[i];
                full.buffer[0] = 0x01; // not the root
                m_out.doclistIndexes.push_back({static_cast<int>(i), full.page, bytesOf(full.buffer)});
                if (m_doclistIndex.size() < i + 2)
                    m_doclistIndex.resize(i + 2);
                DoclistIndexLevel &level = m_doclistIndex[i];
                DoclistIndexLevel &parent = m_doclistIndex[i + 1];
                if (parent.buffer.empty()) {
                    // The full page was the root: its first row goes up to the new root.
                    const auto *p = reinterpret_cast<const unsigned char *>(level.buffer.data());
                    quint64 ignored = 0;
                    const int skip = 1 + getVarint(p + 1, &ignored);
                    quint64 first = 0;
                    getVarint(p + skip, &first);
                    parent.page = level.page;
                    appendVarint(parent.buffer, 0);
                    appendVarint(parent.buffer, static_cast<quint64>(level.page));
                    appendVarint(parent.buffer, first);
                    parent.previousValid = true;
                    parent.previous = static_cast<qint64>(first);
                }
                level.buffer.clear();
                level.previousValid = false;
                ++level.page;
            } else {
                done = true;
            }
            DoclistIndexLevel &level = m_doclistIndex[i];
            quint64 value = 0;
            if (level.previousValid) {
                value = static_cast<quint64>(rowid - level.previous);
            } else {
                const int page = i == 0 ? m_pageNumber : m_doclistIndex[i - 1].page;
                appendVarint(level.buffer, done ? 0 : 1);
                appendVarint(level.buffer, static_cast<quint64>(page));
                value = static_cast<quint64>(rowid);
            }
            appendVarint(level.buffer, value);
            level.previousValid = true;
            level.previous = rowid;
        }
    }

    std::size_t m_pageSize;
    SegmentBuilder::Segment &m_out;
    std::string m_page;
    std::string m_pageIndex;
    std::size_t m_previousTermOffset = 0;
    int m_pageNumber = 1;
    bool m_firstTermInPage = true;
    bool m_firstRowidInPage = true;
    std::string m_lastTerm;
    std::string m_btreeTerm;
    int m_btreePage = 1;
    int m_emptyPages = 0;
    std::vector<DoclistIndexLevel> m_doclistIndex;
};

std::uint64_t packShort(const char *token, std::size_t size)
{
    // '0' prefix excluded; bytes big-endian in the top seven bytes, the length in the lowest.
    std::uint64_t key = 0;
    for (std::size_t i = 0; i < size; ++i)
        key |= std::uint64_t(static_cast<unsigned char>(token[i])) << (56 - 8 * i);
    return key | size;
}

std::uint64_t mix(std::uint64_t key)
{
    key ^= key >> 29;
    key *= 0xbf58476d1ce4e5b9ULL;
    key ^= key >> 32;
    return key;
}

} // namespace

SegmentBuilder::SegmentBuilder(int pageSize)
    : m_pageSize(pageSize)
{
    m_keys.assign(1 << 16, 0);
    m_slots.assign(1 << 16, 0);
}

SegmentBuilder::~SegmentBuilder() = default;

SegmentBuilder::Term &SegmentBuilder::termFor(const char *token, std::size_t size)
{
    if (size <= 7) {
        const std::uint64_t stored = packShort(token, size) + 1;
        std::size_t mask = m_keys.size() - 1;
        std::size_t at = mix(stored) & mask;
        while (m_keys[at] != 0) {
            if (m_keys[at] == stored)
                return m_terms[m_slots[at]];
            at = (at + 1) & mask;
        }
        if ((m_shortCount + 1) * 2 > m_keys.size()) {
            std::vector<std::uint64_t> keys(m_keys.size() * 2, 0);
            std::vector<std::uint32_t> newSlots(m_keys.size() * 2, 0);
            mask = keys.size() - 1;
            for (std::size_t i = 0; i < m_keys.size(); ++i) {
                if (m_keys[i] == 0)
                    continue;
                std::size_t j = mix(m_keys[i]) & mask;
                while (keys[j] != 0)
                    j = (j + 1) & mask;
                keys[j] = m_keys[i];
                newSlots[j] = m_slots[i];
            }
            m_keys.swap(keys);
            m_slots.swap(newSlots);
            at = mix(stored) & mask;
            while (m_keys[at] != 0)
                at = (at + 1) & mask;
        }
        m_keys[at] = stored;
        m_slots[at] = static_cast<std::uint32_t>(m_terms.size());
        ++m_shortCount;
    } else {
        const auto [it, added] =
            m_long.try_emplace(std::string(token, size), static_cast<std::uint32_t>(m_terms.size()));
        if (!added)
            return m_terms[it->second];
    }
    Term &term = m_terms.emplace_back();
    term.key.reserve(size + 1);
    term.key += kMainIndexPrefix;
    term.key.append(token, size);
    return term;
}

namespace {

std::uint64_t hashOf(const char *token, std::size_t size)
{
    if (size <= 7)
        return mix(packShort(token, size) + 1);
    std::uint64_t h = 1469598103934665603ULL; // FNV-1a
    for (std::size_t i = 0; i < size; ++i)
        h = (h ^ static_cast<unsigned char>(token[i])) * 1099511628211ULL;
    return mix(h);
}

template <typename Buffer> void appendSmallVarint(Buffer &buffer, quint64 value)
{
    if (value < 0x80)
        buffer.push_back(static_cast<char>(value));
    else
        appendVarint(buffer, value);
}

} // namespace

void SegmentBuilder::gather(const char *token, std::size_t size, int column, int position)
{
    const std::uint64_t hash = hashOf(token, size);
    const std::size_t mask = m_localSlots.size() - 1;
    std::size_t at = hash & mask;
    while (true) {
        const std::uint32_t slot = m_localSlots[at];
        if (slot == 0)
            break;
        LocalTerm &local = m_local[slot - 1];
        if (local.hash == hash && local.size == size && std::memcmp(local.token, token, size) == 0) {
            m_occurrences[local.last].next = static_cast<std::uint32_t>(m_occurrences.size());
            local.last = static_cast<std::uint32_t>(m_occurrences.size());
            m_occurrences.push_back({0, std::uint32_t(column), std::uint32_t(position)});
            return;
        }
        at = (at + 1) & mask;
    }
    const auto index = static_cast<std::uint32_t>(m_occurrences.size());
    m_occurrences.push_back({0, std::uint32_t(column), std::uint32_t(position)});
    m_local.push_back({hash, token, std::uint32_t(size), index, index});
    m_localSlots[at] = static_cast<std::uint32_t>(m_local.size());
}

void SegmentBuilder::flushDocument(qint64 rowid)
{
    for (const LocalTerm &local : m_local) {
        // The row's position list, as FTS5's hash appends it: offsets + 2, a column marker before any
        // column but the first.
        m_positions.clear();
        std::uint32_t column = 0;
        std::uint32_t previous = 0;
        for (std::uint32_t i = local.first;; i = m_occurrences[i].next) {
            const Occurrence &o = m_occurrences[i];
            if (o.column != column) {
                m_positions.push_back('\x01');
                appendSmallVarint(m_positions, o.column);
                column = o.column;
                previous = 0;
            }
            appendSmallVarint(m_positions, quint64(o.position) - previous + 2);
            previous = o.position;
            if (i == local.last)
                break;
        }
        Term &term = termFor(local.token, local.size);
        appendSmallVarint(term.doclist, static_cast<quint64>(rowid - term.lastRow));
        appendSmallVarint(term.doclist, static_cast<quint64>(m_positions.size()) * 2);
        term.doclist += m_positions;
        term.lastRow = rowid;
    }
    for (const LocalTerm &local : m_local) {
        // Empties exactly the slots used: the table is sized for the largest document so far.
        std::size_t at = local.hash & (m_localSlots.size() - 1);
        while (m_localSlots[at] == 0 || &m_local[m_localSlots[at] - 1] != &local)
            at = (at + 1) & (m_localSlots.size() - 1);
        m_localSlots[at] = 0;
    }
    m_local.clear();
    m_occurrences.clear();
}

bool SegmentBuilder::add(qint64 rowid, const PretokenizedColumn &head, const PretokenizedColumn &body)
{
    if (!head.valid || !body.valid || rowid <= m_lastRow || rowid <= 0)
        return false;
    m_lastRow = rowid;
    const PretokenizedColumn *columns[kColumns] = {&body, &head};
    // At most half full: the local table grows with the largest document's token count.
    std::size_t wanted = 64;
    while (wanted < 2 * (body.entries.size() + head.entries.size()))
        wanted *= 2;
    if (m_localSlots.size() < wanted)
        m_localSlots.assign(wanted, 0);
    QByteArray docsize;
    for (int column = 0; column < kColumns; ++column) {
        const PretokenizedColumn &c = *columns[column];
        int count = 0;
        quint32 begin = 0;
        for (const PretokenizedColumn::Entry &e : c.entries) {
            if (!e.colocated || count == 0)
                ++count;
            const std::size_t size = std::min<std::size_t>(e.termEnd - begin, kMaxTokenBytes);
            gather(c.terms.data() + begin, size, column, count - 1);
            begin = e.termEnd;
        }
        m_tokens[column] += count;
        appendVarint(docsize, static_cast<quint64>(count));
    }
    flushDocument(rowid);
    m_docsizes.emplace_back(rowid, docsize);
    return true;
}

SegmentBuilder::Segment SegmentBuilder::finish()
{
    Segment segment;
    std::vector<std::uint32_t> order(m_terms.size());
    for (std::uint32_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(),
              [this](std::uint32_t a, std::uint32_t b) { return m_terms[a].key < m_terms[b].key; });
    if (!order.empty()) {
        PageWriter writer(m_pageSize, segment);
        for (std::uint32_t i : order)
            writer.appendTermAndDoclist(m_terms[i].key, m_terms[i].doclist);
        writer.finish();
    }
    segment.docsizes = std::move(m_docsizes);
    segment.rows = static_cast<qint64>(segment.docsizes.size());
    for (int column = 0; column < kColumns; ++column)
        segment.tokens[column] = m_tokens[column];
    clear();
    return segment;
}

void SegmentBuilder::clear()
{
    m_terms.clear();
    m_keys.assign(1 << 16, 0);
    m_slots.assign(1 << 16, 0);
    m_shortCount = 0;
    m_long.clear();
    m_lastRow = 0;
    m_docsizes.clear();
    m_tokens[0] = m_tokens[1] = 0;
}

SegmentBuilderThread::SegmentBuilderThread(int pageSize)
    : m_builder(pageSize)
    , m_thread([this]() { run(); })
{}

SegmentBuilderThread::~SegmentBuilderThread()
{
    post(Job::control(Job::Kind::Stop));
    m_thread.join();
}

void SegmentBuilderThread::post(Job &&job)
{
    {
        const std::lock_guard lock(m_mutex);
        m_jobs.push_back(std::move(job));
    }
    m_wake.notify_one();
}

void SegmentBuilderThread::add(qint64 rowid, PretokenizedColumn &&head, PretokenizedColumn &&body)
{
    {
        // A writer faster than the builder waits rather than queueing every article's tokens.
        std::unique_lock lock(m_mutex);
        m_done.wait(lock, [this]() { return m_jobs.size() < kMaxQueued; });
    }
    ++m_added;
    Job job;
    job.rowid = rowid;
    job.head = std::move(head);
    job.body = std::move(body);
    post(std::move(job));
}

bool SegmentBuilderThread::finish(SegmentBuilder::Segment *segment)
{
    std::unique_lock lock(m_mutex);
    m_answered = false;
    m_jobs.push_back(Job::control(Job::Kind::Finish));
    m_wake.notify_one();
    m_done.wait(lock, [this]() { return m_answered; });
    const bool refused = m_refused;
    m_refused = false;
    *segment = std::move(m_result);
    m_result = {};
    m_added = 0;
    return !refused;
}

void SegmentBuilderThread::discard()
{
    std::unique_lock lock(m_mutex);
    m_answered = false;
    m_jobs.push_back(Job::control(Job::Kind::Discard));
    m_wake.notify_one();
    m_done.wait(lock, [this]() { return m_answered; });
    m_refused = false;
    m_added = 0;
}

void SegmentBuilderThread::run()
{
    bool refused = false;
    while (true) {
        Job job;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this]() { return !m_jobs.empty(); });
            job = std::move(m_jobs.front());
            m_jobs.pop_front();
        }
        m_done.notify_all();
        switch (job.kind) {
        case Job::Kind::Add:
            if (!refused && !m_builder.add(job.rowid, job.head, job.body))
                refused = true;
            break;
        case Job::Kind::Finish:
        case Job::Kind::Discard: {
            SegmentBuilder::Segment segment;
            if (job.kind == Job::Kind::Finish && !refused)
                segment = m_builder.finish();
            else
                m_builder.clear();
            const std::lock_guard lock(m_mutex);
            m_result = std::move(segment);
            m_refused = refused;
            m_answered = true;
            refused = false;
            m_done.notify_all();
            break;
        }
        case Job::Kind::Stop:
            return;
        }
    }
}

} // namespace za::search
