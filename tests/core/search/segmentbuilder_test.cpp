#include "corpus.h"
#include "search/fts5format.h"
#include "search/index.h"
#include "search/segmentbuilder.h"
#include "search/sqlitestatement.h"
#include "testlibrary.h"

#include <QSqlQuery>
#include <QVariant>

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <map>
#include <utility>

using namespace Qt::StringLiterals;
using namespace za::search;
using za::search::test::TestLibrary;

namespace {

struct Document
{
    QString head;
    QString body;
};

// Texts that reach every branch of the page layout: doclists over many pages (with doclist indexes of
// several levels at a small page size), one row's position list over several pages, terms longer than
// the packed keys, head-column positions, colocated unigrams, numbers, and rows with empty columns.
std::vector<Document> documents()
{
    std::vector<Document> docs;
    za::corpus::CorpusOptions options;
    options.seed = 5;
    options.bodyChars = 400;
    za::corpus::CorpusGenerator generator(options);
    QString error;
    if (generator.load(&error)) {
        for (const za::corpus::CorpusArticle &a : generator.generate(150))
            docs.push_back({a.kicker + u' ' + a.headline, a.body});
    }
    for (int i = 0; i < 2500; ++i)
        docs.push_back(
            {u"第%1号"_s.arg(i),
             u"开发区 %1 项目 开发区 开发区 开发区 开发区 MEMS%2 3.%3%"_s.arg(i * 7).arg(i % 13).arg(i %
                                                                                                     100)});
    docs.push_back({QString(), QString(24000, QChar(0x533a)) + u"区域"_s}); // 区 x 24000: one row over pages
    docs.push_back({u"internationalisation supercalifragilistic"_s, QString()}); // long Latin words
    docs.push_back({QString(), QString()});
    docs.push_back({u"𠀋𠀌𠀍 臨汾經濟開發區"_s, u"ＡＢＣ１２３ 全角 𠀋𠀋"_s});
    return docs;
}

struct Stored
{
    std::map<std::pair<int, int>, QByteArray> leaves; // (height incl. dlidx marker, page) -> block
    std::map<QByteArray, qint64> idx;                 // term -> pgno field
    std::map<qint64, QByteArray> docsizes;
    QByteArray averages;
    int segments = 0;
};

Stored stored(QSqlDatabase &db)
{
    Stored out;
    QSqlQuery q(db);
    EXPECT_TRUE(q.exec(u"SELECT id, block FROM article_fts_data WHERE id > 10"_s));
    QSet<int> segments;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        segments.insert(int(id >> 37));
        const int kind = int((id >> 31) & 0x3f); // dlidx flag and height
        out.leaves[{kind, int(id & 0x7fffffff)}] = q.value(1).toByteArray();
    }
    out.segments = int(segments.size());
    EXPECT_TRUE(q.exec(u"SELECT term, pgno FROM article_fts_idx"_s));
    while (q.next())
        out.idx[q.value(0).toByteArray()] = q.value(1).toLongLong();
    EXPECT_TRUE(q.exec(u"SELECT id, sz FROM article_fts_docsize"_s));
    while (q.next())
        out.docsizes[q.value(0).toLongLong()] = q.value(1).toByteArray();
    EXPECT_TRUE(q.exec(u"SELECT block FROM article_fts_data WHERE id = 1"_s));
    if (q.next())
        out.averages = q.value(0).toByteArray();
    return out;
}

Stored fromBuilder(const SegmentBuilder::Segment &segment)
{
    Stored out;
    out.segments = segment.leaves.empty() ? 0 : 1;
    for (std::size_t i = 0; i < segment.leaves.size(); ++i)
        out.leaves[{0, int(i + 1)}] = segment.leaves[i];
    for (const SegmentBuilder::Segment::Record &r : segment.doclistIndexes)
        out.leaves[{32 + r.height, r.page}] = r.block;
    for (const SegmentBuilder::Segment::IdxRow &row : segment.idx)
        out.idx[row.term] = row.page;
    for (const auto &[rowid, size] : segment.docsizes)
        out.docsizes[rowid] = size;
    for (quint64 v : {quint64(segment.rows), quint64(segment.tokens[0]), quint64(segment.tokens[1])})
        fts5::appendVarint(out.averages, v);
    return out;
}

void expectSame(const Stored &fts5, const Stored &ours)
{
    EXPECT_EQ(fts5.segments, 1);
    EXPECT_EQ(ours.segments, 1);
    ASSERT_EQ(fts5.leaves.size(), ours.leaves.size());
    int differing = 0;
    for (const auto &[key, block] : fts5.leaves) {
        const auto it = ours.leaves.find(key);
        ASSERT_NE(it, ours.leaves.end()) << "missing record " << key.first << "/" << key.second;
        if (it->second != block && ++differing <= 3)
            ADD_FAILURE() << "record " << key.first << "/" << key.second << " differs";
    }
    EXPECT_EQ(differing, 0);
    EXPECT_EQ(fts5.idx, ours.idx);
    EXPECT_EQ(fts5.docsizes, ours.docsizes);
    EXPECT_EQ(fts5.averages, ours.averages);
}

void checkAgainstFts5(int pageSize)
{
    TestLibrary library;
    ASSERT_TRUE(library.error().isEmpty()) << qPrintable(library.error());
    QSqlQuery q(library.db());
    // Everything in one segment: FTS5 flushes its pending terms once, at the commit.
    ASSERT_TRUE(q.exec(u"INSERT INTO article_fts(article_fts, rank) VALUES ('hashsize', 1073741824)"_s));
    ASSERT_TRUE(q.exec(u"INSERT INTO article_fts(article_fts, rank) VALUES ('pgsz', %1)"_s.arg(pageSize)));
    const std::vector<Document> docs = documents();
    ASSERT_GT(docs.size(), 2600u);
    SegmentBuilder builder(pageSize);
    ASSERT_TRUE(library.db().transaction());
    {
        IndexWriter writer(library.db());
        qint64 rowid = 100;
        for (const Document &doc : docs) {
            rowid += 1 + rowid % 3; // gaps, as deleted articles leave them
            const PretokenizedColumn head = pretokenize(doc.head);
            const PretokenizedColumn body = pretokenize(doc.body);
            ASSERT_TRUE(writer.add(rowid, head, body)) << qPrintable(writer.lastError());
            ASSERT_TRUE(builder.add(rowid, head, body));
        }
    }
    ASSERT_TRUE(library.db().commit());
    const SegmentBuilder::Segment segment = builder.finish();
    EXPECT_GT(segment.leaves.size(), 20u);
    EXPECT_FALSE(segment.doclistIndexes.empty()); // the long doclists have indexes
    expectSame(stored(library.db()), fromBuilder(segment));
    EXPECT_TRUE(builder.isEmpty());
}

} // namespace

TEST(SegmentBuilder, WritesWhatFts5WritesAtItsDefaultPageSize)
{
    checkAgainstFts5(SegmentBuilder::kDefaultPageSize);
}

// At 64 bytes a page, doclist indexes fill pages of their own and grow levels, and position lists
// are cut at nearly every varint.
TEST(SegmentBuilder, WritesWhatFts5WritesAtASmallPageSize)
{
    checkAgainstFts5(64);
}

TEST(SegmentBuilder, RefusesRowsOutOfOrderAndInvalidText)
{
    SegmentBuilder builder;
    const PretokenizedColumn text = pretokenize(u"太原"_s);
    EXPECT_TRUE(builder.add(5, text, text));
    EXPECT_FALSE(builder.add(5, text, text));
    EXPECT_FALSE(builder.add(4, text, text));
    QString lone = u"太"_s;
    lone.append(QChar(0xd800)); // a lone surrogate: SQLite converts such text its own way
    const PretokenizedColumn invalid = pretokenize(lone);
    EXPECT_FALSE(invalid.valid);
    EXPECT_FALSE(builder.add(9, text, invalid));
    const SegmentBuilder::Segment segment = builder.finish();
    EXPECT_EQ(segment.rows, 1);
}

TEST(SegmentBuilder, ThreadHandsOverWhatItWasGiven)
{
    SegmentBuilder direct;
    SegmentBuilderThread thread;
    for (qint64 row = 1; row <= 50; ++row) {
        const QString body = u"第%1项目 开发区"_s.arg(row);
        direct.add(row, pretokenize(u"标题"_s), pretokenize(body));
        thread.add(row, pretokenize(u"标题"_s), pretokenize(body));
    }
    SegmentBuilder::Segment fromThread;
    ASSERT_TRUE(thread.finish(&fromThread));
    const SegmentBuilder::Segment expected = direct.finish();
    EXPECT_EQ(fromThread.leaves, expected.leaves);
    EXPECT_EQ(fromThread.rows, 50);
    EXPECT_TRUE(thread.isEmpty());

    // A refused document spoils the segment; discard() forgets everything.
    thread.add(3, pretokenize(u"a"_s), pretokenize(u"b"_s));
    thread.add(2, pretokenize(u"a"_s), pretokenize(u"b"_s));
    EXPECT_FALSE(thread.finish(&fromThread));
    thread.add(7, pretokenize(u"a"_s), pretokenize(u"b"_s));
    thread.discard();
    ASSERT_TRUE(thread.finish(&fromThread));
    EXPECT_TRUE(fromThread.isEmpty());
}
