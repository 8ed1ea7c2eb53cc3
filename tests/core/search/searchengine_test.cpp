#include "corpus.h"
#include "search/ftstokenizer.h"
#include "search/index.h"
#include "search/query.h"
#include "search/searchengine.h"
#include "search/sqlitestatement.h"
#include "testlibrary.h"
#include "text/fold.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <cmath>
#include <limits>
#include <map>
#include <random>
#include <set>

using namespace Qt::StringLiterals;
using namespace za::search;
using za::corpus::CorpusArticle;
using za::search::test::TestLibrary;

namespace {

QSet<qint64> hitIds(const SearchResult &result)
{
    QSet<qint64> ids;
    for (const SearchHit &hit : result.hits)
        ids.insert(hit.id);
    return ids;
}

SearchResult run(SearchEngine &engine, const QString &query, int limit = 100000)
{
    SearchRequest request;
    request.setQuery(query);
    request.setLimit(limit);
    return engine.search(request);
}

// A generated library (with some Traditional and full-width articles) plus, when the shared sample
// is present, its paragraphs as articles: real text in the recall property.
class SearchCorpus : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_library = new TestLibrary;
        ASSERT_TRUE(s_library->error().isEmpty()) << s_library->error().toStdString();
        za::corpus::CorpusOptions options;
        options.seed = 7;
        options.bodyChars = 600;
        options.traditionalShare = 0.1;
        options.fullWidthShare = 0.1;
        s_generator = new za::corpus::CorpusGenerator(options);
        QString error;
        ASSERT_TRUE(s_generator->load(&error)) << error.toStdString();
        s_articles = new QList<CorpusArticle>(s_generator->generate(400));
        ASSERT_TRUE(za::corpus::insertArticles(s_library->db(), *s_articles, s_generator->zones(), &error))
            << error.toStdString();
        s_texts = new QMap<qint64, QString>;
        for (qsizetype i = 0; i < s_articles->size(); ++i)
            s_texts->insert(i + 1, (*s_articles)[i].searchableText());

        QFile sample(QStringLiteral(ZA_SHARED_DIR "/samples/shanxi-bulletin-2023-05-page.md"));
        if (sample.open(QIODevice::ReadOnly)) {
            const QStringList paragraphs =
                QString::fromUtf8(sample.readAll()).split(u"\n\n"_s, Qt::SkipEmptyParts);
            for (const QString &p : paragraphs) {
                const qint64 id = s_library->addArticle(QString(), p.trimmed());
                ASSERT_GT(id, 0) << s_library->error().toStdString();
                s_texts->insert(id, u"\n\n\n\n\n"_s + p.trimmed());
            }
        }
    }
    static void TearDownTestSuite()
    {
        delete s_texts;
        delete s_articles;
        delete s_generator;
        delete s_library;
    }

    static QSet<qint64> bruteForce(const QString &needle)
    {
        const QString folded = za::text::foldForSearch(needle);
        QSet<qint64> ids;
        for (auto it = s_texts->cbegin(); it != s_texts->cend(); ++it) {
            if (za::text::foldForSearch(it.value()).contains(folded))
                ids.insert(it.key());
        }
        return ids;
    }

    static TestLibrary *s_library;
    static za::corpus::CorpusGenerator *s_generator;
    static QList<CorpusArticle> *s_articles;
    static QMap<qint64, QString> *s_texts;
};

TestLibrary *SearchCorpus::s_library = nullptr;
za::corpus::CorpusGenerator *SearchCorpus::s_generator = nullptr;
QList<CorpusArticle> *SearchCorpus::s_articles = nullptr;
QMap<qint64, QString> *SearchCorpus::s_texts = nullptr;

TEST_F(SearchCorpus, HanRecallEqualsBruteForceSubstringScan)
{
    SearchEngine engine(s_library->db());
    QStringList queries = {u"晋"_s,   u"太原"_s, u"招商"_s, u"开发区"_s, u"经济技术开发区"_s,
                           u"侯马"_s, u"临汾"_s, u"龍"_s,   u"發展"_s,   u"贺玉斌"_s,
                           u"峰"_s,   u"〇"_s};
    // Plus substrings of 1-4 Han characters drawn from the texts themselves (and a few that occur nowhere).
    std::mt19937_64 rng(42);
    const QList<QString> texts = s_texts->values();
    while (queries.size() < 200) {
        const QString &text = texts[static_cast<qsizetype>(rng() % static_cast<quint64>(texts.size()))];
        const qsizetype length = 1 + static_cast<qsizetype>(rng() % 4);
        const qsizetype at = static_cast<qsizetype>(rng() % static_cast<quint64>(text.size()));
        const QString candidate = text.mid(at, length);
        bool allHan = candidate.size() == length;
        for (const QChar c : candidate)
            allHan = allHan && za::text::isHan(c.unicode());
        if (allHan)
            queries.append(candidate);
    }
    int nonEmpty = 0;
    for (const QString &q : std::as_const(queries)) {
        const SearchResult result = run(engine, q);
        ASSERT_TRUE(result.ok()) << q.toStdString() << ": " << result.error.toStdString();
        const QSet<qint64> expected = bruteForce(q);
        EXPECT_EQ(hitIds(result), expected) << "query " << q.toStdString();
        EXPECT_EQ(result.total, expected.size()) << "query " << q.toStdString();
        nonEmpty += !expected.isEmpty();
    }
    EXPECT_GT(nonEmpty, 150); // the property is not vacuous
}

// A quoted phrase of Han runs ("重点项目 开工") matches where each run occurs as written and the next
// follows it with nothing, or only spaces and punctuation, between them. Documents carry a character's
// unigram only at a run's end or its first occurrence, so the characters where the phrase's runs meet
// are asked as unigram or bigram, and a last one-character run as a prefix: compared here with a
// regular-expression scan of each full-text column.
TEST_F(SearchCorpus, HanPhrasesAcrossSeparatorsMatchBruteForce)
{
    // The columns as the index has them: head (kicker, headline) and body (the rest).
    QMap<qint64, QStringList> columns;
    for (qsizetype i = 0; i < s_articles->size(); ++i) {
        const CorpusArticle &a = (*s_articles)[i];
        const QString head = a.kicker % u'\n' % a.headline;
        const QString body =
            a.dateline % u'\n' % a.subheadings.join(u'\n') % u'\n' % a.authors.join(u'\n') % u'\n' % a.body;
        columns.insert(i + 1, {za::text::foldForSearch(head), za::text::foldForSearch(body)});
    }
    for (auto it = s_texts->cbegin(); it != s_texts->cend(); ++it) {
        if (!columns.contains(it.key()))
            columns.insert(it.key(), {QString(), za::text::foldForSearch(it.value())});
    }
    // Candidates: 2-5 consecutive Han characters of a column, cut in two by a space; half of them taken
    // across punctuation (the text's Han characters only), so that runs meet over separators too.
    QStringList queries = {u"开发 区"_s, u"经济 开发区"_s, u"重点项目 开工"_s, u"太 原"_s, u"项目，建设"_s};
    std::mt19937_64 rng(7);
    const QList<QStringList> all = columns.values();
    while (queries.size() < 200) {
        const QString &text = all[qsizetype(rng() % quint64(all.size()))].last();
        QString han;
        const bool across = rng() % 2 == 0;
        for (const char32_t cp : text.toUcs4()) {
            if (za::search::isIndexedAsHan(cp))
                han.append(QString::fromUcs4(&cp, 1));
            else if (!across)
                han.append(u'|');
        }
        const qsizetype length = 2 + qsizetype(rng() % 4);
        if (han.size() <= length)
            continue;
        QString candidate = han.mid(qsizetype(rng() % quint64(han.size() - length)), length);
        if (candidate.contains(u'|') || candidate.size() != length)
            continue;
        candidate.insert(1 + qsizetype(rng() % quint64(length - 1)), u' ');
        queries.append(candidate);
    }
    SearchEngine engine(s_library->db());
    int nonEmpty = 0;
    for (const QString &q : std::as_const(queries)) {
        const SearchResult result = run(engine, u"\""_s + q + u"\""_s);
        ASSERT_TRUE(result.ok()) << q.toStdString() << ": " << result.error.toStdString();
        QStringList runs;
        for (const QString &run :
             za::text::foldForSearch(q).split(QRegularExpression(u"[ ，,]"_s), Qt::SkipEmptyParts))
            runs.append(QRegularExpression::escape(run));
        const QRegularExpression pattern(runs.join(u"[^\\p{L}\\p{N}]*"_s));
        QSet<qint64> expected;
        for (auto it = columns.cbegin(); it != columns.cend(); ++it) {
            for (const QString &column : it.value()) {
                if (pattern.match(column).hasMatch())
                    expected.insert(it.key());
            }
        }
        EXPECT_EQ(hitIds(result), expected) << "query \"" << q.toStdString() << "\"";
        nonEmpty += !expected.isEmpty();
    }
    EXPECT_GT(nonEmpty, 120);
}

TEST_F(SearchCorpus, PhraseOfHanRunsAndMixedQueriesMatchBruteForce)
{
    SearchEngine engine(s_library->db());
    for (const QString &q : {u"3.26亿元"_s, u"28.9%"_s, u"D1"_s, u"MEMS"_s, u"２８．９％"_s, u"ｍｅｍｓ"_s}) {
        const SearchResult result = run(engine, u"\""_s + q + u"\""_s);
        ASSERT_TRUE(result.ok());
        // Latin/number terms are whole words: compare with a word-bounded scan.
        const QString folded = za::text::foldForSearch(q);
        const QRegularExpression word(u"(?<![0-9a-z.])"_s + QRegularExpression::escape(folded) +
                                      u"(?![0-9a-z]|\\.[0-9])"_s);
        QSet<qint64> expected;
        for (auto it = s_texts->cbegin(); it != s_texts->cend(); ++it) {
            if (word.match(za::text::foldForSearch(it.value())).hasMatch())
                expected.insert(it.key());
        }
        EXPECT_EQ(hitIds(result), expected) << q.toStdString();
    }
}

// The engine scores in memory from za_scan's frequencies; FTS5's own bm25() (same index, head weighted
// 5) is the reference. Terms of one phrase each, alone and together (BM25 sums over terms).
TEST_F(SearchCorpus, ScoresEqualFts5Bm25)
{
    SearchEngine engine(s_library->db());
    const QList<QPair<QString, QString>> queries = {
        {u"晋"_s, u"\"晋\""_s},
        {u"招商"_s, u"\"招商\""_s},
        {u"经济开发区"_s, u"\"经济开发区\""_s},
        {u"太原 项目"_s, u"\"太原\" AND \"项目\""_s},
        {u"项目 OR 签约"_s, u"\"项目\" OR \"签约\""_s},
        {u"mems"_s, u"\"mems\""_s},
    };
    for (const auto &[query, match] : queries) {
        SCOPED_TRACE(query.toStdString());
        std::map<qint64, double> expected;
        QSqlQuery q(s_library->db());
        ASSERT_TRUE(q.prepare(
            u"SELECT rowid, -bm25(article_fts, 1.0, 5.0) FROM article_fts WHERE article_fts MATCH ?"_s));
        q.addBindValue(match);
        ASSERT_TRUE(q.exec());
        while (q.next())
            expected[q.value(0).toLongLong()] = q.value(1).toDouble();
        const SearchResult result = run(engine, query);
        ASSERT_EQ(static_cast<std::size_t>(result.hits.size()), expected.size());
        for (const SearchHit &hit : result.hits) {
            ASSERT_TRUE(expected.count(hit.id)) << hit.id;
            const double want = expected[hit.id];
            EXPECT_NEAR(hit.score, want, 1e-4 * std::max(1.0, std::abs(want))) << hit.id;
        }
    }
}

TEST_F(SearchCorpus, FacetCountsEqualBruteForceRecount)
{
    SearchEngine engine(s_library->db());
    engine.setParallelFacetThreshold(0); // facets counted on two threads, as at scale
    const auto &zones = s_generator->zones();
    // Two zones (OR), a theme and a year (AND), with and without a query; then one selection alone, so
    // that the hits and the articles failing only that selection are many (counted by value bitsets).
    QStringList zoneNames = {zones[(*s_articles)[0].zones[0]].name, zones[(*s_articles)[1].zones[0]].name};
    const QString theme = (*s_articles)[2].themes[0];
    const QString year = (*s_articles)[3].date.left(4);
    const QList<std::map<QString, QStringList>> selectionSets = {
        {{u"zone"_s, zoneNames}, {u"theme"_s, {theme}}, {u"year"_s, {year}}},
        {{u"year"_s, {year}}},
        {{u"theme"_s, {theme}}},
    };
    for (qsizetype set = 0; set < selectionSets.size(); ++set) {
        const std::map<QString, QStringList> &selections = selectionSets[set];
        for (const QString &query : {QString(), u"招商"_s, u"项目 -安全"_s}) {
            SCOPED_TRACE("selection set " + std::to_string(set));
            SearchRequest request;
            request.setQuery(query);
            for (const auto &[facet, wanted] : selections) {
                Facet f{};
                ASSERT_TRUE(facetFromName(facet, &f));
                request.setSelection(f, wanted);
            }
            request.setLimit(1000);
            request.setFacetLimit(0);
            const SearchResult result = engine.search(request);
            ASSERT_TRUE(result.ok()) << result.error.toStdString();

            const QSet<qint64> textMatch = query.isEmpty()
                                               ? QSet<qint64>(s_texts->keyBegin(), s_texts->keyEnd())
                                               : hitIds(run(engine, query));
            // The real-text paragraphs (ids after the generated articles) carry only addArticle's date.
            auto values = [&](qint64 id, const QString &facet) {
                if (id > s_articles->size())
                    return facet == u"year"_s ? QStringList{u"2023"_s} : QStringList();
                const CorpusArticle &a = (*s_articles)[id - 1];
                QStringList out;
                if (facet == u"zone"_s)
                    for (const int z : a.zones)
                        out.append(zones[z].name);
                if (facet == u"theme"_s)
                    out = a.themes;
                if (facet == u"year"_s)
                    out = {a.date.left(4)};
                if (facet == u"city"_s) {
                    out = a.cities;
                }
                if (facet == u"author"_s)
                    out = a.authors;
                if (facet == u"page"_s)
                    out = {a.page};
                return out;
            };
            auto passes = [&](qint64 id, const QString &except) {
                for (const auto &[facet, wanted] : selections) {
                    if (facet == except)
                        continue;
                    bool any = false;
                    for (const QString &v : values(id, facet))
                        any = any || wanted.contains(v);
                    if (!any)
                        return false;
                }
                return true;
            };
            qint64 total = 0;
            for (const qint64 id : s_texts->keys())
                total += textMatch.contains(id) && passes(id, QString());
            EXPECT_EQ(result.total, total) << query.toStdString();
            for (const QString &facet :
                 {u"zone"_s, u"theme"_s, u"year"_s, u"city"_s, u"author"_s, u"page"_s}) {
                std::map<QString, qint64> expected;
                for (const qint64 id : s_texts->keys()) {
                    if (!textMatch.contains(id) || !passes(id, facet))
                        continue;
                    for (const QString &v : values(id, facet))
                        ++expected[v];
                }
                std::map<QString, qint64> actual;
                for (const FacetValue &v : result.facets.value(facet)) {
                    if (v.count > 0)
                        actual[v.value] = v.count;
                }
                EXPECT_EQ(actual, expected) << query.toStdString() << " facet " << facet.toStdString();
            }
        }
    }
}

// A library in a file loads its facet data on two connections at once (the in-memory test library
// cannot be opened twice and loads on one): both must give the same answers.
// za_scan counts a phrase's occurrences from the bytes of its position lists once its first rows agree
// with FTS5's own reader. Here the bytes are counted on every row and compared with a scan that walks
// every row through xPhraseNext: long bodies (positions of two bytes and more) and headline matches
// (a column number in the list, weighted).
TEST_F(SearchCorpus, ScanCountsPositionBytesAsFts5ReadsThem)
{
    sqlite3 *db = sqliteHandle(s_library->db());
    ASSERT_NE(db, nullptr);
    // A headline occurrence counts this much: a row with both kinds shows as a frequency above it
    // and not a multiple of it.
    constexpr double kMixedWeight = 1000.0;
    auto frequencies = [&](const QString &match, bool countBytes) {
        return za::search::test::scanRows(db, match, kMixedWeight, countBytes);
    };
    int mixedRows = 0;
    // 的 comes from the real sample page only: without it (no ../shared), its scan must find nothing.
    const QList<std::pair<QString, QStringList>> matches = {
        {u"\"经济\""_s, {u"经济"_s}},
        {u"\"项目\""_s, {u"项目"_s}},
        {u"\"开发\" OR \"招商\""_s, {u"开发"_s, u"招商"_s}},
        {u"\"晋\""_s, {u"晋"_s}},
        {u"\"的\""_s, {u"的"_s}},
        {u"\"区\""_s, {u"区"_s}},
    };
    for (const auto &[match, needles] : matches) {
        SCOPED_TRACE(match.toStdString());
        const std::map<qint64, double> walked = frequencies(match, false);
        const std::map<qint64, double> counted = frequencies(match, true);
        QSet<qint64> expected;
        for (const QString &needle : needles)
            expected |= bruteForce(needle);
        ASSERT_EQ(walked.size(), std::size_t(expected.size()));
        EXPECT_EQ(walked, counted);
        for (const auto &[rowid, frequency] : walked)
            mixedRows += frequency > kMixedWeight && std::fmod(frequency, kMixedWeight) != 0 ? 1 : 0;
    }
    EXPECT_GT(mixedRows, 0); // position lists with a column number in them were counted
}

// A copy of a library in a file (second connections need one), open on a connection of its own with
// the extensions registered. Engines on it must go first.
class LibraryFile final
{
    Q_DISABLE_COPY_MOVE(LibraryFile)

public:
    LibraryFile(const QSqlDatabase &source, const QString &connectionName)
        : m_name(connectionName)
    {
        if (!m_dir.isValid()) {
            m_error = u"no temporary directory"_s;
            return;
        }
        const QString path = m_dir.filePath(u"copy.zalib"_s);
        QSqlQuery copy(source);
        copy.prepare(u"VACUUM INTO ?"_s);
        copy.addBindValue(path);
        if (!copy.exec()) {
            m_error = copy.lastError().text();
            return;
        }
        QSqlDatabase file = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        file.setDatabaseName(path);
        if (!file.open())
            m_error = file.lastError().text();
        else
            registerExtensions(file, &m_error);
    }
    ~LibraryFile()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    const QString &error() const { return m_error; }

private:
    QTemporaryDir m_dir;
    QString m_name;
    QString m_error;
};

TEST_F(SearchCorpus, FileLibraryLoadsOnTwoConnectionsAlike)
{
    const LibraryFile file(s_library->db(), u"two-connections"_s);
    ASSERT_TRUE(file.error().isEmpty()) << file.error().toStdString();
    {
        SearchEngine fromFile(file.db());
        fromFile.setParallelFacetThreshold(0); // and the other one counts on one thread
        SearchEngine inMemory(s_library->db());
        const auto &zones = s_generator->zones();
        for (const QString &query : {QString(), u"招商"_s, u"项目 -安全"_s, u"晋"_s}) {
            SearchRequest request;
            request.setQuery(query);
            request.setLimit(50);
            request.setFacetLimit(0);
            for (const bool filtered : {false, true}) {
                request.setZones(filtered ? QStringList{zones[(*s_articles)[0].zones[0]].name}
                                          : QStringList());
                const SearchResult a = fromFile.search(request);
                const SearchResult b = inMemory.search(request);
                ASSERT_TRUE(a.ok()) << a.error.toStdString();
                EXPECT_EQ(a.total, b.total) << query.toStdString();
                ASSERT_EQ(a.hits.size(), b.hits.size());
                for (qsizetype i = 0; i < a.hits.size(); ++i) {
                    EXPECT_EQ(a.hits[i].id, b.hits[i].id);
                    EXPECT_FLOAT_EQ(float(a.hits[i].score), float(b.hits[i].score));
                }
                for (int f = 0; f < kFacetCount; ++f) {
                    const QString name = facetName(static_cast<Facet>(f));
                    const QList<FacetValue> x = a.facets.value(name);
                    const QList<FacetValue> y = b.facets.value(name);
                    ASSERT_EQ(x.size(), y.size()) << name.toStdString();
                    for (qsizetype i = 0; i < x.size(); ++i) {
                        EXPECT_EQ(x[i].value, y[i].value) << name.toStdString();
                        EXPECT_EQ(x[i].count, y[i].count) << name.toStdString();
                    }
                }
            }
        }
    }
}

// The index read on two connections at once (each term of a query on one, the rows of a lone phrase
// shared between them at the middle article) gives what one connection gives, scores included.
TEST_F(SearchCorpus, FileLibraryScansOnTwoConnectionsAlike)
{
    const LibraryFile file(s_library->db(), u"two-scans"_s);
    ASSERT_TRUE(file.error().isEmpty()) << file.error().toStdString();
    {
        SearchEngine shared(file.db());
        shared.setParallelScanThreshold(0);
        SearchEngine single(file.db());
        single.setParallelScanThreshold(std::size_t(1) << 40);
        const QStringList queries = {
            u"经济开发区"_s,                  // one phrase of bigrams, its rows shared
            u"\"重点项目 开工\""_s,           // alternative phrases, shared
            u"headline:经济"_s,               // a column filter
            u"太原 项目"_s,                   // two terms, one on each connection
            u"(招商 OR 签约) -安全"_s,        // three, one of them unscored
            u"晋 经济开发区 \"项目 建设\""_s, // a character, a phrase and alternatives
            u"mems OR 28.9%"_s,
        };
        for (const QString &query : queries) {
            SCOPED_TRACE(query.toStdString());
            const SearchResult a = run(shared, query);
            const SearchResult b = run(single, query);
            za::search::test::expectSameHits(a, b);
            EXPECT_EQ(hitIds(a).size(), a.hits.size()); // a shared row is reported once
        }
        EXPECT_GT(run(shared, u"经济开发区"_s).total, 0);
    }
}

TEST_F(SearchCorpus, FieldTermsFilter)
{
    SearchEngine engine(s_library->db());
    const CorpusArticle &a = (*s_articles)[5];
    const QString zone = s_generator->zones()[a.zones[0]].name;
    const SearchResult result = run(engine, u"zone:\""_s + zone + u"\""_s);
    ASSERT_TRUE(result.ok());
    EXPECT_TRUE(hitIds(result).contains(6));
    for (const SearchHit &hit : result.hits)
        EXPECT_TRUE(hit.zones.contains(zone));

    const SearchResult dated = run(engine, u"date:"_s + a.date);
    ASSERT_TRUE(dated.ok());
    EXPECT_TRUE(hitIds(dated).contains(6));
    for (const SearchHit &hit : dated.hits)
        EXPECT_EQ(hit.date, a.date);

    const SearchResult page = run(engine, u"page:"_s + a.page.toLower() + u" author:"_s + a.authors[0]);
    ASSERT_TRUE(page.ok());
    EXPECT_TRUE(hitIds(page).contains(6));
    for (const SearchHit &hit : page.hits)
        EXPECT_EQ(hit.page, a.page);

    // issue: takes an issue's number or its date, whichever the facet shows (the real-text paragraphs
    // have addArticle's issue date and no number).
    for (const QString &issue : {a.issueNo, a.issueDate}) {
        if (issue.isEmpty())
            continue;
        QSet<qint64> expected;
        for (const qint64 id : s_texts->keys()) {
            const bool generated = id <= s_articles->size();
            const QString number = generated ? (*s_articles)[id - 1].issueNo : QString();
            const QString date = generated ? (*s_articles)[id - 1].issueDate : u"2023-05-12"_s;
            if (za::text::foldForSearch(number) == za::text::foldForSearch(issue) || date == issue)
                expected.insert(id);
        }
        const SearchResult byIssue = run(engine, u"issue:\""_s + issue + u"\""_s);
        ASSERT_TRUE(byIssue.ok()) << byIssue.error.toStdString();
        EXPECT_TRUE(expected.contains(6));
        EXPECT_EQ(hitIds(byIssue), expected) << issue.toStdString();
    }
}

TEST_F(SearchCorpus, BrowseAllIsByDateAndPaged)
{
    SearchEngine engine(s_library->db());
    SearchRequest request;
    request.setLimit(20);
    request.setOffset(10);
    request.setRequestId(77);
    const SearchResult result = engine.search(request);
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(result.requestId, 77u);
    EXPECT_EQ(result.total, s_texts->size());
    ASSERT_EQ(result.hits.size(), 20);
    for (qsizetype i = 1; i < result.hits.size(); ++i)
        EXPECT_GE(result.hits[i - 1].date, result.hits[i].date);
}

// Pages of hits that all score alike (browsing, a date sort, a character in most articles) are read off
// the library newest first; those of other queries by sorting the hits. Both give the order a sort of
// every hit by date (undated last), then id, would, at every offset.
TEST_F(SearchCorpus, DateOrderedPagesEqualASortOfAllHits)
{
    QHash<qint64, int> dateKey;
    {
        QSqlQuery q(s_library->db());
        ASSERT_TRUE(q.exec(u"SELECT id, coalesce(nullif(date, ''), issue_date) FROM articles"_s));
        static const QRegularExpression isoDate(u"^(\\d{4})-(\\d{2})-(\\d{2})"_s);
        while (q.next()) {
            const QRegularExpressionMatch m = isoDate.match(q.value(1).toString());
            dateKey.insert(q.value(0).toLongLong(), m.hasMatch() ? m.captured(1).toInt() * 10000 +
                                                                       m.captured(2).toInt() * 100 +
                                                                       m.captured(3).toInt()
                                                                 : 0);
        }
    }
    // A character in more than half of the articles has a zero IDF: every hit scores the same.
    const QString common = u"区"_s;
    ASSERT_GT(bruteForce(common).size() * 2, s_texts->size());
    const QSet<int> dates(dateKey.begin(), dateKey.end());
    ASSERT_GT(dates.size(), 3) << "dates to order by";
    ASSERT_LT(dates.size(), dateKey.size()) << "ties to break by id";

    struct Case
    {
        QString query;
        SortOrder sort;
    };
    const QList<Case> cases = {{QString(), SortOrder::Relevance},
                               {QString(), SortOrder::Date},
                               {common, SortOrder::Relevance},
                               {u"招商"_s, SortOrder::Date},
                               {u"太原"_s, SortOrder::Date}};
    SearchEngine engine(s_library->db());
    for (const Case &c : cases) {
        SearchRequest all;
        all.setQuery(c.query);
        all.setLimit(100000);
        const SearchResult everything = engine.search(all);
        ASSERT_TRUE(everything.ok()) << everything.error.toStdString();
        const QSet<qint64> hits = hitIds(everything);
        QList<qint64> expected(hits.begin(), hits.end());
        ASSERT_GT(expected.size(), 20) << c.query.toStdString();
        std::sort(expected.begin(), expected.end(), [&](qint64 x, qint64 y) {
            return dateKey.value(x) != dateKey.value(y) ? dateKey.value(x) > dateKey.value(y) : x > y;
        });
        for (const int offset : {0, 7, 40, static_cast<int>(expected.size()) - 3}) {
            for (const bool facets : {true, false}) {
                SearchRequest page;
                page.setQuery(c.query);
                page.setSort(c.sort);
                page.setOffset(offset);
                page.setLimit(10);
                page.setWithFacets(facets);
                const SearchResult result = engine.search(page);
                ASSERT_TRUE(result.ok()) << result.error.toStdString();
                QList<qint64> ids;
                for (const SearchHit &hit : result.hits)
                    ids.append(hit.id);
                EXPECT_EQ(ids, expected.mid(offset, 10))
                    << c.query.toStdString() << " offset " << offset << (facets ? " with facets" : "");
            }
        }
    }
}

TEST_F(SearchCorpus, ZoneSortGroupsHitsByTheirFirstZone)
{
    SearchEngine engine(s_library->db());
    SearchRequest request;
    request.setSort(SortOrder::Zone);
    request.setLimit(int(s_texts->size()));
    const SearchResult result = engine.search(request);
    ASSERT_TRUE(result.ok());
    ASSERT_EQ(result.hits.size(), s_texts->size());
    bool sawZoneless = false;
    for (qsizetype i = 1; i < result.hits.size(); ++i) {
        const SearchHit &previous = result.hits[i - 1];
        const SearchHit &hit = result.hits[i];
        if (previous.zones.isEmpty())
            sawZoneless = true;
        if (hit.zones.isEmpty())
            continue;
        EXPECT_FALSE(sawZoneless) << "articles without a zone come last";
        ASSERT_FALSE(previous.zones.isEmpty());
        EXPECT_LE(previous.zones.first(), hit.zones.first());
        if (previous.zones.first() == hit.zones.first()) {
            EXPECT_GE(previous.date, hit.date) << "newest first within a zone";
        }
    }
}

TEST_F(SearchCorpus, HostileQueriesNeverFailInSql)
{
    SearchEngine engine(s_library->db());
    const QStringList inputs = {u"\""_s,
                                u"\"\""_s,
                                u"((("_s,
                                u")))"_s,
                                u"NOT"_s,
                                u"*"_s,
                                u"a*"_s,
                                u"NEAR(太原 招商, 2)"_s,
                                u"^太原"_s,
                                u"太原:招商"_s,
                                u"{head}:太原"_s,
                                u"head:太原"_s,
                                u"- - -"_s,
                                u"OR OR"_s,
                                u"'; DROP TABLE articles; --"_s,
                                QString(10000, u'x'),
                                QString(3000, u'('),
                                QString(u"\"太原"_s + QChar(0) + u"招商\""_s)};
    for (const QString &q : inputs) {
        const SearchResult result = run(engine, q, 5);
        if (!result.ok()) {
            EXPECT_FALSE(result.error.contains(u"fts5"_s, Qt::CaseInsensitive)) << result.error.toStdString();
            EXPECT_FALSE(result.error.contains(u"SQL"_s)) << result.error.toStdString();
        }
    }
    EXPECT_EQ(run(engine, QString()).total, s_texts->size());
}

// Every nesting the query language accepts must also fit FTS5's own parser stack (found by fuzz_query:
// 25 nested NOT groups overflowed it); one level more is refused with the query's own message.
TEST_F(SearchCorpus, DeepestAcceptedNestingRunsInFts)
{
    SearchEngine engine(s_library->db());
    for (const QString &op : {u"NOT"_s, u"OR"_s, u"AND"_s, u"-"_s}) {
        QString query = u"项目"_s;
        for (int depth = 1; depth <= kMaxQueryDepth + 1; ++depth) {
            query = op == u"-"_s ? u"太原 -(%1)"_s.arg(query) : u"太原 %1 (%2)"_s.arg(op, query);
            const SearchResult result = run(engine, query, 5);
            if (depth <= kMaxQueryDepth) {
                EXPECT_TRUE(result.ok())
                    << op.toStdString() << " depth " << depth << ": " << result.error.toStdString();
            } else {
                EXPECT_FALSE(result.ok()) << op.toStdString() << " depth " << depth;
                EXPECT_FALSE(result.error.contains(u"fts5"_s, Qt::CaseInsensitive))
                    << result.error.toStdString();
            }
        }
    }
}

TEST(SearchEngine, TraditionalQueryFindsSimplifiedTextAndBack)
{
    TestLibrary library;
    ASSERT_TRUE(library.error().isEmpty()) << library.error().toStdString();
    const qint64 simplified =
        library.addArticle(u"临汾经济开发区召开会议"_s, u"临汾经济开发区管委会召开会议。"_s);
    const qint64 traditional = library.addArticle(u"開發區建設"_s, u"臨汾經濟開發區加快項目建設。"_s);
    library.addArticle(u"无关"_s, u"太原市召开会议。"_s);
    ASSERT_GT(traditional, 0) << library.error().toStdString();
    SearchEngine engine(library.db());
    EXPECT_EQ(hitIds(run(engine, u"臨汾經濟開發區"_s)), (QSet<qint64>{simplified, traditional}));
    EXPECT_EQ(hitIds(run(engine, u"临汾经济开发区"_s)), (QSet<qint64>{simplified, traditional}));
}

TEST(SearchEngine, FullWidthAndHalfWidthFold)
{
    TestLibrary library;
    const qint64 full = library.addArticle(u"标题"_s, u"完成３．２６亿元，增长２８．９％，ＭＥＭＳ中心。"_s);
    const qint64 half = library.addArticle(u"标题"_s, u"完成3.26亿元，增长28.9%，MEMS中心。"_s);
    SearchEngine engine(library.db());
    for (const QString &q : {u"3.26"_s, u"３．２６"_s, u"28.9%"_s, u"mems"_s, u"ＭＥＭＳ"_s, u"3.26亿元"_s})
        EXPECT_EQ(hitIds(run(engine, q)), (QSet<qint64>{full, half})) << q.toStdString();
}

TEST(SearchEngine, HighlightsMarkTheOriginalText)
{
    TestLibrary library;
    const qint64 id = library.addArticle(u"標題"_s, u"<b>會議</b>：臨汾經濟開發區增長２８．９％。"_s);
    QSqlQuery q(library.db());
    // Column 0 is the body (kHeadColumn is the other).
    ASSERT_TRUE(q.prepare(
        u"SELECT highlight(article_fts, 0, '[', ']') FROM article_fts WHERE article_fts MATCH ?"_s));
    q.addBindValue(u"\"临汾\" OR \"28.9%\""_s);
    ASSERT_TRUE(q.exec() && q.next());
    EXPECT_TRUE(q.value(0).toString().endsWith(u"<b>會議</b>：[臨汾]經濟開發區增長[２８．９％]。"_s))
        << q.value(0).toString().toStdString();

    SearchEngine engine(library.db());
    const SearchResult result = run(engine, u"临汾 28.9%"_s);
    ASSERT_EQ(result.hits.size(), 1);
    EXPECT_EQ(result.hits[0].id, id);
    EXPECT_EQ(result.hits[0].snippet,
              u"&lt;b&gt;會議&lt;/b&gt;：<mark>臨汾</mark>經濟開發區增長<mark>２８．９％</mark>。"_s);
}

TEST(SearchEngine, HeadlineMatchesRankFirstThenNewer)
{
    TestLibrary library;
    const qint64 bodyOld = library.addArticle(u"会议"_s, u"侯马经济开发区推进项目。"_s, u"2022-01-01"_s);
    const qint64 bodyNew = library.addArticle(u"会议"_s, u"侯马经济开发区推进项目。"_s, u"2023-01-01"_s);
    const qint64 head = library.addArticle(u"侯马经济开发区推进项目"_s, u"会议召开。"_s, u"2021-01-01"_s);
    SearchEngine engine(library.db());
    const SearchResult result = run(engine, u"侯马"_s);
    ASSERT_EQ(result.hits.size(), 3);
    EXPECT_EQ(result.hits[0].id, head);
    EXPECT_EQ(result.hits[1].id, bodyNew);
    EXPECT_EQ(result.hits[2].id, bodyOld);
    EXPECT_GT(result.hits[0].score, result.hits[1].score);
}

TEST(SearchEngine, TriggersKeepTheIndexInStep)
{
    TestLibrary library;
    const qint64 id = library.addArticle(u"标题"_s, u"太原招商。"_s);
    SearchEngine engine(library.db());
    EXPECT_EQ(run(engine, u"招商"_s).total, 1);
    QSqlQuery q(library.db());
    ASSERT_TRUE(q.exec(u"UPDATE articles SET body = '大同开工。' WHERE id = %1"_s.arg(id)));
    EXPECT_EQ(run(engine, u"招商"_s).total, 0);
    EXPECT_EQ(run(engine, u"大同"_s).total, 1);
    QString error;
    EXPECT_TRUE(Index::integrityCheck(library.db(), &error)) << error.toStdString();
    ASSERT_TRUE(q.exec(u"DELETE FROM pages"_s)); // cascades to articles
    EXPECT_EQ(run(engine, u"大同"_s).total, 0);
    EXPECT_TRUE(Index::integrityCheck(library.db(), &error)) << error.toStdString();
    EXPECT_TRUE(Index::rebuild(library.db(), &error)) << error.toStdString();
    EXPECT_TRUE(Index::optimize(library.db(), &error)) << error.toStdString();
}

TEST(SearchEngine, NegationAndFieldsCombine)
{
    TestLibrary library;
    const qint64 a = library.addArticle(u"甲"_s, u"太原招商。"_s, u"2023-05-02"_s);
    const qint64 b = library.addArticle(u"乙"_s, u"太原开工。"_s, u"2022-05-02"_s);
    const qint64 c = library.addArticle(u"丙"_s, u"大同招商。"_s, u"2023-06-02"_s);
    SearchEngine engine(library.db());
    EXPECT_EQ(hitIds(run(engine, u"太原 -招商"_s)), QSet<qint64>{b});
    EXPECT_EQ(hitIds(run(engine, u"-太原"_s)), QSet<qint64>{c});
    EXPECT_EQ(hitIds(run(engine, u"招商 OR 开工"_s)), (QSet<qint64>{a, b, c}));
    EXPECT_EQ(hitIds(run(engine, u"招商 date:2023-05"_s)), QSet<qint64>{a});
    EXPECT_EQ(hitIds(run(engine, u"date:2023 OR 开工"_s)), (QSet<qint64>{a, b, c}));
    EXPECT_EQ(hitIds(run(engine, u"headline:甲 OR headline:丙"_s)), (QSet<qint64>{a, c}));
    EXPECT_EQ(hitIds(run(engine, u"(太原 OR 大同) NOT date:2023-06"_s)), (QSet<qint64>{a, b}));
    SearchRequest request;
    request.setDateRange(QDate(2023, 1, 1), QDate(2023, 5, 31));
    EXPECT_EQ(hitIds(engine.search(request)), QSet<qint64>{a});
    // A headline: term is looked for in the head column only, also when the body has it.
    const qint64 d = library.addArticle(u"太原会议"_s, u"大同开工。"_s, u"2021-01-02"_s);
    EXPECT_EQ(hitIds(run(engine, u"headline:太原"_s)), QSet<qint64>{d});
    EXPECT_EQ(hitIds(run(engine, u"headline:\"原会\" 开工"_s)), QSet<qint64>{d});
    EXPECT_EQ(hitIds(run(engine, u"太原"_s)), (QSet<qint64>{a, b, d}));
    EXPECT_EQ(hitIds(run(engine, u"headline:大同"_s)), QSet<qint64>{});
    // Runs meeting in a quoted phrase become alternative phrases: each keeps the column filter.
    EXPECT_EQ(hitIds(run(engine, u"headline:\"太原 会议\""_s)), QSet<qint64>{d});
    EXPECT_EQ(hitIds(run(engine, u"headline:\"大同 开工\""_s)), QSet<qint64>{});
    EXPECT_EQ(hitIds(run(engine, u"\"大同 开工\""_s)), QSet<qint64>{d});
}

} // namespace
