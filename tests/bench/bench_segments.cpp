// The full-text index's insertion, per article of the synthetic corpus (za_corpus, ~4.6 KB of text):
// SegmentBuilder (what an import runs on a thread of its own) against FTS5's own insertion of the same
// pretokenized columns (what the writing thread did before), both including the segment's layout.
//
//   bench_segments [--benchmark_filter=...]

#include "corpus.h"
#include "search/index.h"
#include "search/segmentbuilder.h"
#include "search/sqliteconfig.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <benchmark/benchmark.h>

#include <vector>

using namespace Qt::StringLiterals;
using namespace za::search;

namespace {

constexpr int kArticles = 2000; // an import's group of 400 files

struct Columns
{
    PretokenizedColumn head;
    PretokenizedColumn body;
};

const std::vector<Columns> &columns()
{
    static const std::vector<Columns> all = [] {
        std::vector<Columns> out;
        za::corpus::CorpusGenerator generator;
        QString error;
        if (!generator.load(&error))
            return out;
        for (const za::corpus::CorpusArticle &a : generator.generate(kArticles))
            out.push_back({pretokenize(IndexWriter::headText(a.kicker, a.headline)),
                           pretokenize(IndexWriter::bodyText(a.dateline, u"[]"_s, u"[]"_s, a.body))});
        return out;
    }();
    return all;
}

qint64 tokens()
{
    qint64 n = 0;
    for (const Columns &c : columns())
        n += qint64(c.head.entries.size() + c.body.entries.size());
    return n;
}

void BM_SegmentBuilder(benchmark::State &state)
{
    const std::vector<Columns> &docs = columns();
    SegmentBuilder builder;
    for (auto _ : state) {
        qint64 row = 0;
        for (const Columns &c : docs)
            builder.add(++row, c.head, c.body);
        SegmentBuilder::Segment segment = builder.finish();
        benchmark::DoNotOptimize(segment.leaves.data());
    }
    state.SetItemsProcessed(state.iterations() * qint64(docs.size()));
    state.counters["ns/token"] =
        benchmark::Counter(double(tokens()) * double(state.iterations()) * 1e-9,
                           benchmark::Counter::kIsRate | benchmark::Counter::kInvert);
}
BENCHMARK(BM_SegmentBuilder)->Unit(benchmark::kMillisecond);

void BM_Fts5Insertion(benchmark::State &state)
{
    const std::vector<Columns> &docs = columns();
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"bench-segments"_s);
    db.setDatabaseName(u":memory:"_s);
    QString error;
    if (!db.open() || !registerExtensions(db, &error)) {
        state.SkipWithError("cannot open an in-memory database");
        return;
    }
    QSqlQuery q(db);
    q.exec(u"CREATE VIRTUAL TABLE article_fts USING fts5(body, head, content='', tokenize='zonearchive')"_s);
    q.exec(u"INSERT INTO article_fts(article_fts, rank) VALUES ('hashsize', 1073741824)"_s);
    for (auto _ : state) {
        state.PauseTiming();
        q.exec(u"INSERT INTO article_fts(article_fts) VALUES ('delete-all')"_s);
        state.ResumeTiming();
        // One transaction: FTS5 collects the terms in its hash and lays the segment out at the commit.
        db.transaction();
        {
            IndexWriter writer(db);
            qint64 row = 0;
            for (const Columns &c : docs)
                writer.add(++row, c.head, c.body);
        }
        db.commit();
    }
    state.SetItemsProcessed(state.iterations() * qint64(docs.size()));
    q = QSqlQuery();
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"bench-segments"_s);
}
BENCHMARK(BM_Fts5Insertion)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    configureSqlite();
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
