// Search benchmark: builds a library from the synthetic corpus (za_corpus), then measures the index
// rate, library size against the raw text, and the latency of a fixed query mix (1-, 2- and 4-character
// terms, a phrase, a boolean; each with and without facet selections), every search returning the
// first 20 ranked hits and all facet counts.
//
//   ZA_BENCH_SIZES=10000,100000 (default 10000)   article counts, one library each
//   ZA_BENCH_DIR=/tmp/za-bench (default: the system temp dir)   libraries are kept and reused
//   ZA_BENCH_FTS_OPTIONS="detail=column"   recreate article_fts with extra options (size experiments)
//   ZA_BENCH_SORT=date   sort by date instead of relevance (no BM25: shows what ranking costs)
//
// Counters: p50_ms / p95_ms per query; for the build: articles_per_s, raw_MB, library_MB, ratio.

#include "corpus.h"
#include "library/migrations.h"
#include "search/index.h"
#include "search/searchengine.h"
#include "search/sqliteconfig.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringBuilder>
#include <QVariant>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdio>
#include <map>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

struct Library
{
    QString connection;
    QSqlDatabase db;
    std::unique_ptr<za::search::SearchEngine> engine;
    QString topZone;
    double engineLoadMs = 0;
};

std::map<int, Library> g_libraries;

void fail(const QString &message)
{
    std::fprintf(stderr, "bench_search: %s\n", qPrintable(message));
    std::exit(1);
}

QSqlDatabase open(const QString &path, const QString &connection)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
    db.setDatabaseName(path);
    if (!db.open())
        fail(db.lastError().text());
    QString error;
    if (!za::search::registerExtensions(db, &error))
        fail(error);
    QSqlQuery q(db);
    q.exec(u"PRAGMA journal_mode = WAL"_s);
    q.exec(u"PRAGMA synchronous = NORMAL"_s);
    q.exec(u"PRAGMA cache_size = -65536"_s);
    return db;
}

// Builds (or reuses) the library of `count` articles and reports how it went.
void buildLibrary(int count)
{
    const QString dir = qEnvironmentVariable("ZA_BENCH_DIR", QDir::tempPath());
    const QString path = dir % u"/za-bench-search-"_s % QString::number(count) % u".sqlite"_s;
    const bool exists = QFile::exists(path);
    Library &library = g_libraries[count];
    library.connection = u"bench-"_s % QString::number(count);
    library.db = open(path, library.connection);
    QSqlQuery q(library.db);
    if (!exists) {
        for (const za::library::Migration &m : za::library::migrations()) {
            for (const QString &statement : m.statements) {
                if (!q.exec(statement))
                    fail(q.lastError().text());
            }
        }
        const QString ftsOptions = qEnvironmentVariable("ZA_BENCH_FTS_OPTIONS");
        if (!ftsOptions.isEmpty()) {
            // Size experiments only (e.g. "detail=column"): queries may not support every option.
            q.exec(u"DROP TABLE article_fts"_s);
            if (!q.exec(u"CREATE VIRTUAL TABLE article_fts USING fts5(body, head, content='article_search', "
                        "content_rowid='id', tokenize='zonearchive', "_s %
                        ftsOptions % u")"_s))
                fail(q.lastError().text());
        }
        za::corpus::CorpusGenerator generator;
        QString error;
        if (!generator.load(&error))
            fail(error);
        QElapsedTimer timer;
        timer.start();
        qint64 rawBytes = 0;
        qint64 generateNs = 0;
        for (int done = 0; done < count;) {
            const int batch = std::min(1000, count - done);
            QElapsedTimer generateTimer;
            generateTimer.start();
            const QList<za::corpus::CorpusArticle> articles = generator.generate(batch);
            for (const auto &a : articles)
                rawBytes += a.searchableText().toUtf8().size();
            generateNs += generateTimer.nsecsElapsed();
            if (!za::corpus::insertArticles(library.db, articles, generator.zones(), &error))
                fail(error);
            done += batch;
        }
        const double insertSeconds = static_cast<double>(timer.nsecsElapsed() - generateNs) / 1e9;
        timer.restart();
        if (!za::search::Index::optimize(library.db, &error))
            fail(error);
        const double optimizeSeconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
        q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
        q.exec(u"VACUUM"_s);
        q.exec(u"CREATE TABLE IF NOT EXISTS bench_info(raw_bytes INTEGER, insert_s REAL, optimize_s REAL)"_s);
        q.prepare(u"INSERT INTO bench_info VALUES (?, ?, ?)"_s);
        q.addBindValue(rawBytes);
        q.addBindValue(insertSeconds);
        q.addBindValue(optimizeSeconds);
        q.exec();
    }
    q.exec(u"SELECT raw_bytes, insert_s, optimize_s FROM bench_info"_s);
    q.next();
    const double rawMb = q.value(0).toDouble() / 1e6;
    const double insertSeconds = q.value(1).toDouble();
    const double optimizeSeconds = q.value(2).toDouble();
    q.exec(u"SELECT sum(length(block)) FROM article_fts_data"_s);
    q.next();
    const double ftsMb = q.value(0).toDouble() / 1e6;
    q.exec(u"SELECT sum(length(kicker) + length(headline) + length(za_text(body))) FROM articles"_s);
    const double libraryMb = static_cast<double>(QFileInfo(path).size()) / 1e6;
    std::printf(
        "library %d articles: insert+index %.1f s (%.0f articles/s), optimize %.1f s; raw text %.1f MB, "
        "FTS index %.1f MB (%.2fx), library file %.1f MB (%.2fx raw)\n",
        count, insertSeconds, count / std::max(insertSeconds, 1e-9), optimizeSeconds, rawMb, ftsMb,
        ftsMb / rawMb, libraryMb, libraryMb / rawMb);

    q.exec(u"SELECT z.name FROM article_zones az JOIN zones z ON z.id = az.zone_id GROUP BY z.name "
           "ORDER BY count(*) DESC LIMIT 1"_s);
    q.next();
    library.topZone = q.value(0).toString();
    library.engine = std::make_unique<za::search::SearchEngine>(library.db);
    QElapsedTimer timer;
    timer.start();
    za::search::SearchRequest warmup;
    warmup.setLimit(1);
    library.engine->search(warmup);
    library.engineLoadMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    std::printf("library %d articles: search engine first load (facet data) %.0f ms\n", count,
                library.engineLoadMs);
    std::fflush(stdout);
}

za::search::SearchRequest makeRequest(const Library &library, const QString &query, bool filtered)
{
    za::search::SearchRequest request;
    request.setQuery(query);
    request.setLimit(20);
    if (qEnvironmentVariable("ZA_BENCH_SORT") == u"date"_s)
        request.setSort(za::search::SortOrder::Date);
    if (filtered) {
        request.setZones({library.topZone});
        request.setYears({2020, 2021});
    }
    return request;
}

// The whole mix, round-robin: every query with and without selections weighs the same.
void reportMix(int count, const QStringList &queries)
{
    Library &library = g_libraries[count];
    std::vector<double> ms;
    for (int round = 0; round < 10; ++round) {
        for (const bool filtered : {false, true}) {
            for (const QString &q : queries)
                ms.push_back(library.engine->search(makeRequest(library, q, filtered)).tookMs);
        }
    }
    std::sort(ms.begin(), ms.end());
    auto at = [&](double p) { return ms[static_cast<std::size_t>(p * static_cast<double>(ms.size() - 1))]; };
    std::printf("query mix at %d articles (%zu searches, 20 hits + all facets): p50 %.1f ms, p95 %.1f ms, "
                "max %.1f ms\n",
                count, ms.size(), at(0.5), at(0.95), ms.back());
}

void searchBenchmark(benchmark::State &state, int count, QString query, bool filtered)
{
    Library &library = g_libraries[count];
    const za::search::SearchRequest request = makeRequest(library, query, filtered);
    std::vector<double> ms;
    qint64 total = 0;
    for (auto _ : state) {
        const za::search::SearchResult result = library.engine->search(request);
        if (!result.ok()) {
            state.SkipWithError(qPrintable(result.error));
            return;
        }
        ms.push_back(result.tookMs);
        total = result.total;
        benchmark::DoNotOptimize(result.hits.size());
    }
    std::sort(ms.begin(), ms.end());
    auto percentile = [&](double p) {
        return ms.empty() ? 0.0 : ms[static_cast<std::size_t>(p * static_cast<double>(ms.size() - 1))];
    };
    state.counters["p50_ms"] = percentile(0.5);
    state.counters["p95_ms"] = percentile(0.95);
    state.counters["hits"] = static_cast<double>(total);
}

} // namespace

int main(int argc, char **argv)
{
    za::search::configureSqlite();
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    QList<int> sizes;
    for (const QString &s :
         qEnvironmentVariable("ZA_BENCH_SIZES", u"10000"_s).split(u',', Qt::SkipEmptyParts))
        sizes.append(s.toInt());
    const QStringList queries = {u"晋"_s,
                                 u"区"_s,
                                 u"招商"_s,
                                 u"太原"_s,
                                 u"项目建设"_s,
                                 u"经济开发"_s,
                                 u"\"重点项目 开工\""_s,
                                 u"(招商 OR 签约) -安全"_s};
    for (const int count : sizes) {
        buildLibrary(count);
        for (const bool filtered : {false, true}) {
            for (const QString &q : queries) {
                const std::string name = "search/" + std::to_string(count) + "/" + q.toStdString() +
                                         (filtered ? "/+zone+years" : "");
                benchmark::RegisterBenchmark(name.c_str(), searchBenchmark, count, q, filtered)
                    ->Unit(benchmark::kMillisecond);
            }
        }
    }
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    for (const int count : sizes)
        reportMix(count, queries);
    for (auto &[count, library] : g_libraries) {
        library.engine.reset();
        library.db.close();
        library.db = QSqlDatabase();
        QSqlDatabase::removeDatabase(library.connection);
    }
    return 0;
}
