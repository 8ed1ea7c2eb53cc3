// Reprint pass benchmark: a library of N generated articles (za_corpus) of which 1% are reprinted
// (lightly edited copies in a later issue), then the full reprint pass (MinHash sketches, LSH candidates,
// verification, pairs stored) and an incremental pass after adding 100 more articles.
//
//   ZA_BENCH_SIZES=10000,100000 (default 10000)   article counts
//
// Counters: articles_per_s (full pass), pairs, recall (of the planted reprints), incremental_ms.

#include "corpus.h"
#include "library/library.h"
#include "library/reprints.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

QList<za::corpus::CorpusArticle> reprintsOf(const QList<za::corpus::CorpusArticle> &articles, int every)
{
    QList<za::corpus::CorpusArticle> copies;
    for (qsizetype i = 0; i < articles.size(); i += every) {
        za::corpus::CorpusArticle copy = articles[i];
        copy.issueNo = u"R"_s + copy.issueNo;
        copy.body += u"（来源：省商务厅）"_s;
        copies << copy;
    }
    return copies;
}

void BM_ReprintPass(benchmark::State &state)
{
    const int count = int(state.range(0));
    for (auto _ : state) {
        state.PauseTiming();
        QTemporaryDir dir;
        za::library::Library library(dir.filePath(u"bench.zarchive"_s));
        QString error;
        if (!library.open(za::library::OpenMode::OpenOrCreate, &error)) {
            state.SkipWithError(qPrintable(error));
            return;
        }
        za::corpus::CorpusOptions options;
        options.seed = 7;
        za::corpus::CorpusGenerator generator(options);
        if (!generator.load(&error)) {
            state.SkipWithError(qPrintable(error));
            return;
        }
        const int planted = count / 100;
        QList<za::corpus::CorpusArticle> articles = generator.generate(count - planted);
        articles << reprintsOf(articles, std::max(1, int(articles.size()) / std::max(1, planted)));
        QSqlDatabase db = library.database().connection();
        if (!za::corpus::insertArticles(db, articles, generator.zones(), &error)) {
            state.SkipWithError(qPrintable(error));
            return;
        }
        state.ResumeTiming();

        za::library::ReprintFinder finder(db);
        za::library::ReprintPassStats stats;
        if (!finder.update(&stats, &error)) {
            state.SkipWithError(qPrintable(error));
            return;
        }
        state.PauseTiming();
        // Recall: planted copies whose original is paired with them.
        QSqlQuery q(db);
        q.exec(u"SELECT count(*) FROM reprint_pairs r JOIN articles a ON a.page_id = r.page_a AND a.seq = "
               u"r.seq_a "
               "JOIN articles b ON b.page_id = r.page_b AND b.seq = r.seq_b WHERE a.headline = b.headline "
               "AND (a.issue_no LIKE 'R%') <> (b.issue_no LIKE 'R%')"_s);
        const double found = q.next() ? q.value(0).toDouble() : 0;
        q.finish();
        const QList<za::corpus::CorpusArticle> more = generator.generate(100);
        za::corpus::insertArticles(db, more, generator.zones(), &error);
        za::library::ReprintPassStats incremental;
        finder.update(&incremental, &error);
        state.counters["articles_per_s"] = double(stats.sketched) / stats.seconds;
        state.counters["pass_s"] = stats.seconds;
        state.counters["candidates"] = double(stats.candidates);
        state.counters["verified"] = double(stats.verified);
        state.counters["pairs"] = double(stats.pairs);
        state.counters["planted"] = double(articles.size() - (count - planted));
        state.counters["recall"] =
            found / double(std::max<qsizetype>(1, articles.size() - (count - planted)));
        state.counters["incremental_ms"] = incremental.seconds * 1000;
        state.ResumeTiming();
    }
}

void sizes(benchmark::internal::Benchmark *b)
{
    const QByteArray env = qgetenv("ZA_BENCH_SIZES");
    const QList<QByteArray> parts = env.isEmpty() ? QList<QByteArray>{"10000"} : env.split(',');
    for (const QByteArray &p : parts)
        b->Arg(p.toInt());
}

BENCHMARK(BM_ReprintPass)->Apply(sizes)->Unit(benchmark::kSecond)->Iterations(1);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv); // QSQLITE is a plugin
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
