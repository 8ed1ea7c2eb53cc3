#pragma once

#include "search/ftstokenizer.h"

#include <QByteArray>
#include <QtGlobal>

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <unordered_map>
#include <vector>

namespace za::search {

// One new level-0 segment of article_fts, made from documents' tokens without FTS5: the leaf pages, the
// doclist indexes and the %_idx rows exactly as FTS5 writes them when it flushes its pending terms
// (fts5_index.c, fts5FlushOneHash; the format is documented at the top of that file), and the
// %_docsize rows and totals FTS5 keeps beside them. With Importer::setDirectIndexing, FTS5's own
// insertion (a hash lookup and list append per token on the writing thread) and flush are this
// builder's work, on a thread of its own (SegmentBuilderThread), at 0.6 of FTS5's cost
// (bench_segments); DirectIndex stores the result.
//
// Columns are (body, head), as article_fts declares them; positions and token counts follow FTS5's
// insertion: a colocated token takes the previous token's position, except as a column's first.
class SegmentBuilder final
{
    Q_DISABLE_COPY_MOVE(SegmentBuilder)

public:
    static constexpr int kDefaultPageSize = 4050; // FTS5's 'pgsz' default
    static constexpr int kColumns = 2;

    struct Segment
    {
        struct Record
        {
            int height = 0; // of a doclist index page
            int page = 0;
            QByteArray block;
        };
        struct IdxRow
        {
            QByteArray term; // the split key (FTS5's '0' prefix included), empty for the first leaf
            qint64 page = 0; // (leaf page << 1) | whether the last term of that page has a doclist index
        };
        std::vector<QByteArray> leaves;     // pages 1..n
        std::vector<Record> doclistIndexes; // keyed by (height, page) under the segment
        std::vector<IdxRow> idx;
        std::vector<std::pair<qint64, QByteArray>> docsizes; // row, %_docsize blob
        qint64 rows = 0;
        qint64 tokens[kColumns] = {0, 0}; // per column, for the averages record
        bool isEmpty() const { return docsizes.empty(); }
    };

    explicit SegmentBuilder(int pageSize = kDefaultPageSize);
    ~SegmentBuilder();

    // Documents in ascending row order; false (and nothing added) for a row not above the last one, or
    // a column FTS5 would read differently (not valid, see PretokenizedColumn::valid).
    bool add(qint64 rowid, const PretokenizedColumn &head, const PretokenizedColumn &body);
    bool isEmpty() const { return m_docsizes.empty(); }
    // The segment of everything added since the last finish() or clear(); the builder is empty again.
    Segment finish();
    void clear();

private:
    struct Term
    {
        std::string key;     // FTS5's index key: '0' then the token
        std::string doclist; // rowid delta, size field, position list; row after row
        qint64 lastRow = 0;
    };
    // A document's tokens are first gathered per term in a small table of its own (most terms occur
    // several times in an article), so that the table of all terms, which no cache holds, is visited
    // once per term and document rather than once per token.
    struct LocalTerm
    {
        std::uint64_t hash = 0;
        const char *token = nullptr;
        std::uint32_t size = 0;
        std::uint32_t first = 0; // occurrence indexes, chained through Occurrence::next
        std::uint32_t last = 0;
    };
    struct Occurrence
    {
        std::uint32_t next;
        std::uint32_t column;
        std::uint32_t position;
    };
    void gather(const char *token, std::size_t size, int column, int position);
    void flushDocument(qint64 rowid);
    Term &termFor(const char *token, std::size_t size);

    int m_pageSize;
    std::vector<Term> m_terms;
    // Tokens of up to 7 bytes (every Han bigram and unigram) are found by their bytes packed into an
    // integer, in an open-addressed table; longer ones by string.
    std::vector<std::uint64_t> m_keys; // packed key + 1, 0 = empty
    std::vector<std::uint32_t> m_slots;
    std::size_t m_shortCount = 0;
    std::unordered_map<std::string, std::uint32_t> m_long;
    std::vector<std::uint32_t> m_localSlots; // index + 1 into m_local, 0 = empty
    std::vector<LocalTerm> m_local;
    std::vector<Occurrence> m_occurrences;
    std::string m_positions; // one row's position list, while it is encoded
    qint64 m_lastRow = 0;
    std::vector<std::pair<qint64, QByteArray>> m_docsizes;
    qint64 m_tokens[kColumns] = {0, 0};
};

// A SegmentBuilder on a thread of its own: add() queues a document and returns, finish() waits for the
// segment. The columns are moved in; the caller's are left empty.
class SegmentBuilderThread final
{
    Q_DISABLE_COPY_MOVE(SegmentBuilderThread)

public:
    explicit SegmentBuilderThread(int pageSize = SegmentBuilder::kDefaultPageSize);
    ~SegmentBuilderThread();

    void add(qint64 rowid, PretokenizedColumn &&head, PretokenizedColumn &&body);
    // False when a document was refused (see SegmentBuilder::add): the segment is not to be stored.
    bool finish(SegmentBuilder::Segment *segment);
    void discard(); // forgets what was added
    bool isEmpty() const { return m_added == 0; }

private:
    static constexpr std::size_t kMaxQueued = 512; // articles (about 0.1 MB of tokens each)
    struct Job
    {
        enum class Kind { Add, Finish, Discard, Stop } kind = Kind::Add;
        qint64 rowid = 0;
        PretokenizedColumn head;
        PretokenizedColumn body;
        static Job control(Kind kind)
        {
            Job job;
            job.kind = kind;
            return job;
        }
    };
    void post(Job &&job);
    void run();

    SegmentBuilder m_builder;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_done;
    std::deque<Job> m_jobs;
    bool m_answered = false;
    bool m_refused = false;
    SegmentBuilder::Segment m_result;
    qint64 m_added = 0;
    std::thread m_thread;
};

} // namespace za::search
