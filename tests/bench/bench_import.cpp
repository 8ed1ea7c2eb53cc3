// Import benchmark over the real pipeline: generates bulletin pages (za_corpus renderPage: displaced
// headlines, cut paragraphs, bylines, about 4.6 KB of text per article, five articles a page) with a
// JSON sidecar each, imports them with za::library::Importer (decode, parse, classify, store, index),
// then runs the fixed query mix through the library's search engine (first 20 ranked hits and all facet
// counts).
//
//   bench_import [--articles N] [--dir DIR] [--keep] [--rounds R] [--first-rounds F] [--one-connection]
//                [--compare-direct] [--seed S] [--into LIBRARY]
//   bench_import --articles N --dir DIR --child plain --queries-only   (search a kept library again)
//
// --first-rounds F repeats the first searches F times (the engine forgetting its match sets between
// rounds) and prints each query's median; --one-connection reads the index on one connection only;
// --compare-direct imports a second time ([direct]) with the import writing the index's segments
// itself (Importer::setDirectIndexing) instead of FTS5 indexing every article ([plain]).
// --seed S generates another corpus (its issues numbered from (S - 1) * 1,000,000 + 1, so that its pages
// never share a key with those of another seed), and --into LIBRARY imports it into that existing library
// instead of a new one: the import rate of a library that is already large, in minutes rather than the
// hours a whole import to that size takes.
//
// The import runs in a child process (this program again, with --child) so that its peak memory
// (getrusage ru_maxrss) is its own and not the generator's. It is the Importer exactly as the CLI and
// the GUI run it. Printed: articles/s, peak RSS, library size against the raw page text
// (with a breakdown), and p50/p95/p99 of the mix, over all rounds and over first runs only (the first
// run of a text query cannot use the engine's match cache).

#include "corpus.h"
#include "library/importer.h"
#include "library/library.h"
#include "search/index.h"
#include "search/searchengine.h"
#include "search/sqliteconfig.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QStringBuilder>
#include <QTemporaryDir>
#include <QVariant>

#include <algorithm>
#include <cstdio>
#include <limits>
#include <memory>
#include <sys/resource.h>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

constexpr int kPagesPerFolder = 1000;
constexpr int kArticlesPerPage = 5;

[[noreturn]] void fail(const QString &message)
{
    std::fprintf(stderr, "bench_import: %s\n", qPrintable(message));
    std::exit(1);
}

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

double peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
}

struct Corpus
{
    int articles = 0;
    int pages = 0;
    qint64 rawBytes = 0; // the page files' text (UTF-8), sidecars excluded
};

// Writes the pages, or reuses them when a previous run with --keep left the same number in dir.
Corpus generate(const QString &dir, int count, quint64 seed)
{
    Corpus corpus;
    const QString stamp = dir % u"/corpus.json"_s;
    QFile info(stamp);
    if (info.open(QIODevice::ReadOnly)) {
        const QJsonObject o = QJsonDocument::fromJson(info.readAll()).object();
        // Corpora of the first seed were written without one.
        if (o.value(u"articles"_s).toInt() == count && o.value(u"seed"_s).toInteger(1) == qint64(seed)) {
            corpus.articles = count;
            corpus.pages = o.value(u"pages"_s).toInt();
            corpus.rawBytes = static_cast<qint64>(o.value(u"raw_bytes"_s).toDouble());
            std::printf("corpus: reusing %d pages in %s\n", corpus.pages, qPrintable(dir));
            return corpus;
        }
        info.close();
    }
    QDir(dir % u"/pages"_s).removeRecursively();
    za::corpus::CorpusOptions options;
    options.seed = seed;
    za::corpus::CorpusGenerator generator(options);
    const qint64 firstIssue = qint64(seed - 1) * 1'000'000 + 1;
    QString error;
    if (!generator.load(&error))
        fail(error);
    QElapsedTimer timer;
    timer.start();
    QList<za::corpus::CorpusArticle> page;
    auto flush = [&]() {
        if (page.isEmpty())
            return;
        const za::corpus::CorpusArticle &first = page.first();
        const QString folder = dir % u"/pages/"_s % QString::number(corpus.pages / kPagesPerFolder);
        if (corpus.pages % kPagesPerFolder == 0 && !QDir().mkpath(folder))
            fail(u"cannot create "_s % folder);
        const QString base = folder % u"/page-"_s % QString::number(corpus.pages).rightJustified(7, u'0');
        const QByteArray text = generator.renderPage(page).toUtf8();
        // Eight pages an issue, numbered on: the generator's own page keys repeat at this scale, and a
        // repeated key would make the importer replace a page instead of adding one.
        QJsonObject sidecar;
        sidecar.insert(u"bulletin"_s, first.bulletin);
        sidecar.insert(u"issue_date"_s, first.issueDate);
        sidecar.insert(u"issue_no"_s, QString::number(firstIssue + corpus.pages / 8));
        sidecar.insert(u"page"_s, QString(u"A"_s % QString::number(corpus.pages % 8 + 1)));
        QFile md(base % u".md"_s);
        QFile json(base % u".json"_s);
        if (!md.open(QIODevice::WriteOnly) || md.write(text) != text.size() ||
            !json.open(QIODevice::WriteOnly) || json.write(QJsonDocument(sidecar).toJson()) < 0)
            fail(u"cannot write "_s % base);
        corpus.rawBytes += text.size();
        corpus.articles += static_cast<int>(page.size());
        ++corpus.pages;
        page.clear();
    };
    for (int done = 0; done < count;) {
        const int batch = std::min(1000, count - done);
        for (const za::corpus::CorpusArticle &a : generator.generate(batch)) {
            page.append(a);
            if (page.size() == kArticlesPerPage)
                flush();
        }
        done += batch;
    }
    flush();
    QJsonObject o;
    o.insert(u"articles"_s, corpus.articles);
    o.insert(u"pages"_s, corpus.pages);
    o.insert(u"raw_bytes"_s, static_cast<double>(corpus.rawBytes));
    o.insert(u"seed"_s, qint64(seed));
    if (!info.open(QIODevice::WriteOnly) || info.write(QJsonDocument(o).toJson()) < 0)
        fail(u"cannot write "_s % stamp);
    std::printf("corpus: %d articles on %d pages, %.1f MB of text, generated in %.1f s\n", corpus.articles,
                corpus.pages, static_cast<double>(corpus.rawBytes) / 1e6,
                static_cast<double>(timer.elapsed()) / 1e3);
    std::fflush(stdout);
    return corpus;
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[static_cast<std::size_t>(p * static_cast<double>(values.size() - 1) + 0.5)];
}

QString printable(const std::vector<double> &ms)
{
    return u"p50 %1 ms, p95 %2 ms, p99 %3 ms (%4 searches)"_s.arg(percentile(ms, 0.5), 0, 'f', 1)
        .arg(percentile(ms, 0.95), 0, 'f', 1)
        .arg(percentile(ms, 0.99), 0, 'f', 1)
        .arg(ms.size());
}

double scalar(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toDouble() : -1;
}

// The library's size against the raw text, with a breakdown.
void printSizes(const QSqlDatabase &db, const QString &mode, double libraryBytes, double raw)
{
    std::printf("[%s] library %.1f MB = %.2fx the raw page text (%.1f MB)", qPrintable(mode),
                libraryBytes / 1e6, libraryBytes / raw, raw / 1e6);
    // Where the bytes go (dbstat is compiled into Debian's SQLite; skipped when absent).
    QSqlQuery q(db);
    if (q.exec(u"SELECT name, sum(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC LIMIT 6"_s)) {
        std::printf(":");
        while (q.next())
            std::printf(" %s %.2fx", qPrintable(q.value(0).toString()),
                        static_cast<double>(q.value(1).toLongLong()) / raw);
    }
    std::printf("\n");
    const double articleText =
        scalar(db, u"SELECT sum(length(CAST(kicker || headline || za_text(body) AS BLOB))) FROM articles"_s);
    std::printf("[%s] article text %.2fx raw; FTS data blocks %.0f\n", qPrintable(mode), articleText / raw,
                scalar(db, u"SELECT count(*) FROM article_fts_data"_s));
    std::fflush(stdout);
}

// One import and the query mix, in this process (the child).
// into: an existing library to import into, or empty for a new one in dir.
int runChild(const QString &dir, const QString &mode, const Corpus &corpus, int rounds, int firstRounds,
             bool queriesOnly, bool oneConnection, const QString &into)
{
    const QString path = into.isEmpty() ? dir % u"/library-"_s % mode % u".zalib"_s : into;
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s}) {
        if (!queriesOnly && into.isEmpty())
            QFile::remove(path + suffix);
    }
    if (!into.isEmpty() && !QFileInfo::exists(into))
        fail(into % u": no such library"_s);
    auto library = std::make_unique<za::library::Library>(path);
    QString error;
    if (!library->open(za::library::OpenMode::OpenOrCreate, &error))
        fail(error);
    const double rssBefore = peakRssMb();
    const double articlesBefore =
        scalar(library->database().connection(), u"SELECT count(*) FROM articles"_s);

    QElapsedTimer timer;
    timer.start();
    const double cpuBefore = cpuSeconds();
    int articles = 0;
    int failed = 0;
    {
        za::library::Importer importer(*library);
        importer.setDirectIndexing(mode == u"direct"_s);
        // Results are counted as they come, not kept (as the CLI does).
        const auto count = [&](const za::library::FileImportResult &r) {
            articles += r.articles;
            if (r.status == za::library::ImportStatus::Failed) {
                if (++failed <= 3)
                    std::fprintf(stderr, "bench_import: %s: %s\n", qPrintable(r.path), qPrintable(r.message));
            }
        };
        if (!queriesOnly)
            importer.importPaths({dir % u"/pages"_s}, za::library::ImportOptions{}, {}, nullptr, count);
    }
    const double importSeconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    const double importCpu = cpuSeconds() - cpuBefore;
    const double importRss = peakRssMb();

    QSqlDatabase db = library->database().connection();
    QSqlQuery q(db);
    q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    const double libraryBytes = static_cast<double>(QFileInfo(path).size());
    const double raw = static_cast<double>(corpus.rawBytes);
    // CPU time too: on a shared machine the wall clock also measures the neighbours.
    if (!queriesOnly)
        std::printf(
            "[%s] import: %d generated articles (%d as the parser split them, %d pages, %d failed) in "
            "%.1f s = %.0f articles/s (CPU %.1f s = %.0f articles/s); peak RSS %.0f MB (%.0f MB before)\n",
            qPrintable(mode), corpus.articles, articles, corpus.pages, failed, importSeconds,
            corpus.articles / std::max(importSeconds, 1e-9), importCpu,
            corpus.articles / std::max(importCpu, 1e-9), importRss, rssBefore);
    // Sizes come with a new library's import (reading every article takes minutes at a million).
    if (!queriesOnly && into.isEmpty())
        printSizes(db, mode, libraryBytes, raw);
    if (!into.isEmpty())
        std::printf("[%s] into %s: %.0f articles before, %.0f after\n", qPrintable(mode), qPrintable(into),
                    articlesBefore, scalar(db, u"SELECT count(*) FROM articles"_s));

    // The query mix, through the library as the app and the CLI run it.
    const QString topZone = [&] {
        QSqlQuery z(db);
        z.exec(u"SELECT z.name FROM article_zones az JOIN zones z ON z.id = az.zone_id GROUP BY z.name "
               "ORDER BY count(*) DESC LIMIT 1"_s);
        return z.next() ? z.value(0).toString() : QString();
    }();
    const QStringList queries = {u"晋"_s,
                                 u"区"_s,
                                 u"招商"_s,
                                 u"太原"_s,
                                 u"项目建设"_s,
                                 u"经济开发"_s,
                                 u"\"重点项目 开工\""_s,
                                 u"(招商 OR 签约) -安全"_s};
    // The engine Library::search runs, on the library's connection, so that its kept match sets can be
    // forgotten between rounds of first searches.
    za::search::SearchEngine engine(db);
    if (oneConnection)
        engine.setParallelScanThreshold(std::numeric_limits<std::size_t>::max());
    timer.restart();
    za::search::SearchRequest browse;
    browse.setLimit(20);
    const za::search::SearchResult first = engine.search(browse);
    if (!first.ok())
        fail(first.error);
    std::printf("[%s] first search (loads facet data): %.0f ms\n", qPrintable(mode),
                static_cast<double>(timer.nsecsElapsed()) / 1e6);
    auto run = [&](const QString &query, bool filtered) {
        za::search::SearchRequest request;
        request.setQuery(query);
        request.setLimit(20);
        if (filtered) {
            request.setZones({topZone});
            request.setYears({2020, 2021});
        }
        const za::search::SearchResult result = engine.search(request);
        if (!result.ok())
            fail(query % u": "_s % result.error);
        return result;
    };
    std::vector<double> all;
    std::vector<std::vector<double>> firstRuns(static_cast<std::size_t>(queries.size()));
    for (int round = 0; round < rounds; ++round) {
        for (const bool filtered : {false, true}) {
            for (qsizetype q = 0; q < queries.size(); ++q) {
                const za::search::SearchResult result = run(queries[q], filtered);
                all.push_back(result.tookMs);
                if (round == 0 && !filtered)
                    firstRuns[static_cast<std::size_t>(q)].push_back(result.tookMs);
                if (round == 0)
                    std::printf("[%s]   %-24s %s %7lld hits %6.1f ms\n", qPrintable(mode),
                                qPrintable(queries[q]), filtered ? "+zone+years" : "           ",
                                static_cast<long long>(result.total), result.tookMs);
            }
        }
    }
    // More rounds of first searches: on a shared machine one round says little.
    for (int round = 1; round < firstRounds; ++round) {
        engine.forgetMatches();
        for (qsizetype q = 0; q < queries.size(); ++q)
            firstRuns[static_cast<std::size_t>(q)].push_back(run(queries[q], false).tookMs);
    }
    std::vector<double> firstMedians;
    for (qsizetype q = 0; q < queries.size() && firstRounds > 1; ++q) {
        std::vector<double> &times = firstRuns[static_cast<std::size_t>(q)];
        std::sort(times.begin(), times.end());
        firstMedians.push_back(percentile(times, 0.5));
        std::printf("[%s]   %-24s first runs: median %6.1f ms, min %6.1f, max %6.1f (%d)\n", qPrintable(mode),
                    qPrintable(queries[q]), firstMedians.back(), times.front(), times.back(), firstRounds);
    }
    std::vector<double> firstAll;
    for (const std::vector<double> &times : firstRuns)
        firstAll.insert(firstAll.end(), times.begin(), times.end());
    std::printf("[%s] query mix at %d articles, all runs: %s\n", qPrintable(mode), corpus.articles,
                qPrintable(printable(all)));
    std::printf("[%s] query mix at %d articles, first runs (no match cache): %s\n", qPrintable(mode),
                corpus.articles, qPrintable(printable(firstAll)));
    if (firstRounds > 1)
        std::printf("[%s] query mix at %d articles, medians of %d first runs: %s\n", qPrintable(mode),
                    corpus.articles, firstRounds, qPrintable(printable(firstMedians)));
    std::printf("[%s] peak RSS after searching %.0f MB\n", qPrintable(mode), peakRssMb());
    std::fflush(stdout);
    return failed == 0 ? 0 : 2;
}

} // namespace

int main(int argc, char **argv)
{
    za::search::configureSqlite();
    QCoreApplication app(argc, argv);
    int firstRounds = 1;
    bool oneConnection = false; // the index read on one connection only (for comparison)
    bool compareDirect = false; // a second import writing the index segments itself (for comparison)
    int count = 1000;
    int rounds = 10;
    QString dir;
    QString child;
    bool keep = false;
    bool queriesOnly = false; // with --child: the library a --keep run left, searched again
    quint64 seed = 1;
    QString into;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &a = args[i];
        const bool hasValue = i + 1 < args.size();
        if (a == u"--articles"_s && hasValue)
            count = args[++i].toInt();
        else if (a == u"--dir"_s && hasValue)
            dir = args[++i];
        else if (a == u"--rounds"_s && hasValue)
            rounds = std::max(1, args[++i].toInt());
        else if (a == u"--child"_s && hasValue)
            child = args[++i];
        else if (a == u"--keep"_s)
            keep = true;
        else if (a == u"--queries-only"_s)
            queriesOnly = true;
        else if (a == u"--first-rounds"_s && hasValue)
            firstRounds = std::max(1, args[++i].toInt());
        else if (a == u"--one-connection"_s)
            oneConnection = true;
        else if (a == u"--compare-direct"_s)
            compareDirect = true;
        else if (a == u"--seed"_s && hasValue)
            seed = std::max<quint64>(1, args[++i].toULongLong());
        else if (a == u"--into"_s && hasValue)
            into = QFileInfo(args[++i]).absoluteFilePath();
        else
            fail(u"usage: bench_import [--articles N] [--dir DIR] [--keep] [--rounds R] [--first-rounds F] "
                 "[--one-connection] [--compare-direct] [--seed S] [--into LIBRARY]"_s);
    }
    if (count < 5)
        fail(u"--articles must be at least 5"_s);
    std::unique_ptr<QTemporaryDir> temporary;
    if (dir.isEmpty()) {
        temporary = std::make_unique<QTemporaryDir>(QDir::tempPath() % u"/za-bench-import-XXXXXX"_s);
        temporary->setAutoRemove(!keep);
        dir = temporary->path();
    } else if (!QDir().mkpath(dir)) {
        fail(u"cannot create "_s % dir);
    }
    const Corpus corpus = generate(dir, count, seed);
    if (!child.isEmpty())
        return runChild(dir, child, corpus, rounds, firstRounds, queriesOnly, oneConnection, into);

    QStringList modes = {u"plain"_s};
    if (compareDirect)
        modes << u"direct"_s;
    int status = 0;
    for (const QString &m : std::as_const(modes)) {
        QProcess process;
        process.setProcessChannelMode(QProcess::ForwardedChannels);
        QStringList childArguments = {
            u"--articles"_s, QString::number(count),  u"--dir"_s,          dir,
            u"--rounds"_s,   QString::number(rounds), u"--first-rounds"_s, QString::number(firstRounds),
            u"--seed"_s,     QString::number(seed),   u"--child"_s,        m};
        if (oneConnection)
            childArguments.append(u"--one-connection"_s);
        if (!into.isEmpty())
            childArguments << u"--into"_s << into;
        process.start(app.applicationFilePath(), childArguments);
        if (!process.waitForFinished(-1) || process.exitStatus() != QProcess::NormalExit)
            fail(u"the "_s % m % u" run crashed"_s);
        status = std::max(status, process.exitCode());
        if (!keep && into.isEmpty())
            for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
                QFile::remove(dir % u"/library-"_s % m % u".zalib"_s % suffix);
    }
    if (keep)
        std::printf("kept: %s\n", qPrintable(dir));
    if (!keep && !temporary) { // a --dir of the caller's: remove what this run wrote
        QDir(dir % u"/pages"_s).removeRecursively();
        QFile::remove(dir % u"/corpus.json"_s);
    }
    return status;
}
