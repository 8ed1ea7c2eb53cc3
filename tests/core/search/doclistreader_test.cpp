#include "search/doclistreader.h"
#include "search/ftstokenizer.h"
#include "search/index.h"
#include "search/searchengine.h"
#include "search/sqlitestatement.h"
#include "testlibrary.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QTemporaryDir>
#include <QVariant>

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <map>
#include <random>

using namespace Qt::StringLiterals;
using namespace za::search;
using za::search::test::TestLibrary;

namespace {

// A headline occurrence counts this much, so that a row's frequency shows which column each came from.
constexpr double kHeadWeight = 1000.0;

// Few characters, so that every one of them and their bigrams are in many articles: long doclists
// over many pages, in every segment.
const QString kAlphabet = u"招商区晋项目建设开发经济园太原签约产业"_s;

QString randomText(std::mt19937 &random, int length)
{
    std::uniform_int_distribution<int> pick(0, static_cast<int>(kAlphabet.size()) - 1);
    std::uniform_int_distribution<int> separator(0, 11);
    QString text;
    text.reserve(length + length / 8);
    for (int i = 0; i < length; ++i) {
        text.append(kAlphabet[pick(random)]);
        if (separator(random) == 0)
            text.append(separator(random) < 6 ? u'，' : u' ');
    }
    return text;
}

// What FTS5 itself says: each row the term matches and its occurrences (head ones weighted), walked
// position by position by the scan function.
std::map<qint64, double> fts5Rows(sqlite3 *db, const QString &term)
{
    return za::search::test::scanRows(db, u'"' + term + u'"', kHeadWeight, false);
}

// The reader's entries with newer segments superseding older ones, as a caller applies them, added to
// what out holds (older segments' rows).
void applyRows(sqlite3 *db, const QString &term, bool frequencies, DoclistReader::Share share,
               std::map<qint64, double> &out, DoclistReader::Result *result, QByteArray *structure = nullptr)
{
    const auto visit = [&](const DoclistReader::Entry *entries, std::size_t count) {
        for (std::size_t i = 0; i < count; ++i) {
            if (entries[i].present)
                out[entries[i].rowid] = entries[i].frequency;
            else
                out.erase(entries[i].rowid);
        }
    };
    QString error;
    *result =
        DoclistReader::read(db, term.toUtf8(), frequencies, kHeadWeight, visit, &error, share, structure);
    EXPECT_TRUE(error.isEmpty()) << error.toStdString();
}

std::map<qint64, double> readerRows(sqlite3 *db, const QString &term, bool frequencies,
                                    DoclistReader::Result *result)
{
    std::map<qint64, double> out;
    applyRows(db, term, frequencies, {0, 1}, out, result);
    return out;
}

class DoclistReaderTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_library.error().isEmpty()) << m_library.error().toStdString();
        m_db = sqliteHandle(m_library.db());
        ASSERT_NE(m_db, nullptr);
    }

    // Articles added in transactions of the given sizes: each commit writes a segment of its own, and
    // FTS5 merges them as they accumulate.
    void addArticles(std::mt19937 &random, const QList<int> &transactionSizes)
    {
        std::uniform_int_distribution<int> length(40, 900);
        std::uniform_int_distribution<int> headline(0, 3);
        for (const int size : transactionSizes) {
            ASSERT_TRUE(m_library.db().transaction());
            for (int i = 0; i < size; ++i) {
                const QString head = headline(random) == 0 ? randomText(random, 12) : QString();
                ASSERT_GT(m_library.addArticle(head, randomText(random, length(random))), 0)
                    << m_library.error().toStdString();
            }
            ASSERT_TRUE(m_library.db().commit());
        }
    }

    // Every character of the alphabet, some of their bigrams, and terms in no article.
    static QStringList terms()
    {
        QStringList out;
        for (const QChar c : kAlphabet)
            out.append(QString(c));
        for (qsizetype i = 0; i + 1 < kAlphabet.size(); i += 3)
            out.append(kAlphabet.mid(i, 2));
        out << u"招招"_s << u"产业"_s << u"mems"_s << u"无"_s << u"\U0002A6A5"_s;
        return out;
    }

    void expectReaderEqualsFts5(const char *state)
    {
        SCOPED_TRACE(state);
        int compared = 0;
        for (const QString &term : terms()) {
            SCOPED_TRACE(term.toStdString());
            const std::map<qint64, double> expected = fts5Rows(m_db, term);
            DoclistReader::Result result = DoclistReader::Result::Failed;
            const std::map<qint64, double> withFrequencies = readerRows(m_db, term, true, &result);
            ASSERT_EQ(result, DoclistReader::Result::Read);
            EXPECT_EQ(withFrequencies, expected);
            const std::map<qint64, double> rowsOnly = readerRows(m_db, term, false, &result);
            ASSERT_EQ(result, DoclistReader::Result::Read);
            ASSERT_EQ(rowsOnly.size(), expected.size());
            auto want = expected.begin();
            for (auto got = rowsOnly.begin(); got != rowsOnly.end(); ++got, ++want) {
                EXPECT_EQ(got->first, want->first);
                EXPECT_EQ(got->second, 0.0);
            }
            compared += expected.empty() ? 0 : 1;
        }
        EXPECT_GE(compared, static_cast<int>(kAlphabet.size()));
    }

    // The older and the newer share of the segments, applied in that order, give what one read gives.
    void expectSharesEqualTheWhole()
    {
        int splitTerms = 0;
        for (const QString &term : terms()) {
            SCOPED_TRACE(term.toStdString());
            DoclistReader::Result result = DoclistReader::Result::Failed;
            const std::map<qint64, double> whole = readerRows(m_db, term, true, &result);
            ASSERT_EQ(result, DoclistReader::Result::Read);
            std::map<qint64, double> older;
            QByteArray olderStructure;
            applyRows(m_db, term, true, {0, 2}, older, &result, &olderStructure);
            ASSERT_EQ(result, DoclistReader::Result::Read);
            std::map<qint64, double> both = older;
            QByteArray newerStructure;
            applyRows(m_db, term, true, {1, 2}, both, &result, &newerStructure);
            ASSERT_EQ(result, DoclistReader::Result::Read);
            EXPECT_EQ(both, whole);
            EXPECT_EQ(olderStructure, newerStructure);
            EXPECT_FALSE(olderStructure.isEmpty());
            splitTerms += !older.empty() && both != older ? 1 : 0;
        }
        EXPECT_GT(splitTerms, 0) << "no term's rows were split between the shares";
    }

    int segmentCount()
    {
        QSqlQuery q(m_library.db());
        // FTS5's structure record starts with a cookie and the numbers of levels and segments.
        if (!q.exec(u"SELECT block FROM article_fts_data WHERE id = 10"_s) || !q.next())
            return -1;
        const QByteArray block = q.value(0).toByteArray();
        return block.size() > 5 ? static_cast<unsigned char>(block[5]) : -1; // one-byte varints here
    }

    TestLibrary m_library;
    sqlite3 *m_db = nullptr;
};

TEST_F(DoclistReaderTest, ReadsWhatFts5ReadsThroughSegmentsPagesDeletesAndUpdates)
{
    std::mt19937 random(20261129);
    addArticles(random, {700, 1, 3, 250, 40, 2, 1, 90, 5, 600, 1, 1, 30});
    // A position list longer than a page (a leaf is about 4 KB): the list continues on the next ones.
    QString repeated;
    for (int i = 0; i < 12000; ++i)
        repeated += i % 2 ? u"招商"_s : u"区"_s;
    ASSERT_GT(m_library.addArticle(u"招商 区"_s, repeated, u"2023-06-01"_s, u"招商"_s), 0);
    ASSERT_GT(segmentCount(), 1) << "the test needs an index of several segments";
    expectReaderEqualsFts5("after the imports");

    // Deleted and changed articles: newer segments hold entries that cancel or replace older ones.
    QSqlQuery q(m_library.db());
    ASSERT_TRUE(m_library.db().transaction());
    ASSERT_TRUE(q.exec(u"DELETE FROM articles WHERE id % 7 = 3"_s)) << q.lastError().text().toStdString();
    ASSERT_TRUE(q.prepare(u"UPDATE articles SET headline = ? WHERE id % 5 = 1"_s));
    q.addBindValue(u"晋城经济开发区签约项目"_s);
    ASSERT_TRUE(q.exec()) << q.lastError().text().toStdString();
    ASSERT_TRUE(m_library.db().commit());
    expectReaderEqualsFts5("after deletes and updates");

    addArticles(random, {3, 120});
    expectReaderEqualsFts5("after more imports");
    expectSharesEqualTheWhole();

    ASSERT_TRUE(q.exec(u"INSERT INTO article_fts(article_fts) VALUES ('optimize')"_s))
        << q.lastError().text().toStdString();
    EXPECT_EQ(segmentCount(), 1);
    expectReaderEqualsFts5("after optimize");
}

TEST_F(DoclistReaderTest, SearchesInsideATransactionSeeItsOwnUncommittedArticles)
{
    std::mt19937 random(11);
    addArticles(random, {50});
    SearchEngine engine(m_library.db());
    SearchRequest request;
    request.setQuery(u"鑫"_s); // one index term, in no generated article
    EXPECT_EQ(engine.search(request).total, 0);
    // Only FTS5 knows the terms of this connection's open transaction: the engine asks it there.
    ASSERT_TRUE(m_library.db().transaction());
    const qint64 id = m_library.addArticle(u"鑫"_s, u"鑫源产业园签约"_s);
    ASSERT_GT(id, 0);
    const SearchResult inside = engine.search(request);
    ASSERT_EQ(inside.total, 1) << inside.error.toStdString();
    EXPECT_EQ(inside.hits.first().id, id);
    ASSERT_TRUE(m_library.db().commit());
    EXPECT_EQ(engine.search(request).total, 1);
}

TEST_F(DoclistReaderTest, SearchesSharingTheSegmentsFindWhatOneConnectionFinds)
{
    std::mt19937 random(5);
    addArticles(random, {400, 30, 200, 5, 60});
    QSqlQuery q(m_library.db());
    ASSERT_TRUE(q.exec(u"DELETE FROM articles WHERE id % 9 = 4"_s)) << q.lastError().text().toStdString();
    ASSERT_TRUE(q.exec(u"UPDATE articles SET headline = '招商签约' WHERE id % 11 = 2"_s))
        << q.lastError().text().toStdString();
    // A second connection needs a file.
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(u"copy.zalib"_s);
    ASSERT_TRUE(q.prepare(u"VACUUM INTO ?"_s));
    q.addBindValue(path);
    ASSERT_TRUE(q.exec()) << q.lastError().text().toStdString();
    const QString name = u"doclist-shares"_s;
    {
        QSqlDatabase file = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        file.setDatabaseName(path);
        ASSERT_TRUE(file.open()) << file.lastError().text().toStdString();
        QString error;
        ASSERT_TRUE(registerExtensions(file, &error)) << error.toStdString();
        SearchEngine shared(file);
        shared.setParallelScanThreshold(0);
        SearchEngine single(file);
        single.setParallelScanThreshold(std::size_t(1) << 40);
        for (const QString &query : terms() + QStringList{u"(招商 OR 签约) -安全"_s, u"区 晋"_s}) {
            SCOPED_TRACE(query.toStdString());
            SearchRequest request;
            request.setQuery(query);
            request.setLimit(100000);
            const SearchResult a = shared.search(request);
            const SearchResult b = single.search(request);
            za::search::test::expectSameHits(a, b);
        }
    }
    QSqlDatabase::removeDatabase(name);
}

TEST_F(DoclistReaderTest, AnEmptyIndexHasNoRows)
{
    DoclistReader::Result result = DoclistReader::Result::Failed;
    EXPECT_TRUE(readerRows(m_db, u"招商"_s, true, &result).empty());
    EXPECT_EQ(result, DoclistReader::Result::Read);
}

TEST_F(DoclistReaderTest, AStructureRecordOfAnotherFormatIsLeftToFts5)
{
    std::mt19937 random(7);
    addArticles(random, {20});
    QSqlQuery q(m_library.db());
    ASSERT_TRUE(q.exec(u"SELECT block FROM article_fts_data WHERE id = 10"_s) && q.next());
    QByteArray block = q.value(0).toByteArray();
    block.append('\x01'); // one byte more than this reader knows the record to hold
    ASSERT_TRUE(m_library.db().transaction());
    ASSERT_TRUE(q.prepare(u"UPDATE article_fts_data SET block = ? WHERE id = 10"_s));
    q.addBindValue(block);
    ASSERT_TRUE(q.exec()) << q.lastError().text().toStdString();
    DoclistReader::Result result = DoclistReader::Result::Failed;
    readerRows(m_db, u"招商"_s, true, &result);
    EXPECT_EQ(result, DoclistReader::Result::Unsupported);
    m_library.db().rollback();
}

TEST_F(DoclistReaderTest, DamagedPagesNeverReadOutsideThemselves)
{
    // Whatever a page holds, the reader stays inside it (the ASan build checks) and ends.
    std::mt19937 random(3);
    addArticles(random, {150, 60});
    QSqlQuery q(m_library.db());
    ASSERT_TRUE(q.exec(u"SELECT id, block FROM article_fts_data WHERE id > 10"_s));
    QList<QPair<qint64, QByteArray>> pages;
    while (q.next())
        pages.append({q.value(0).toLongLong(), q.value(1).toByteArray()});
    ASSERT_GT(pages.size(), 4);
    std::uniform_int_distribution<qsizetype> pickPage(0, pages.size() - 1);
    std::uniform_int_distribution<int> pickByte(0, 255);
    std::uniform_int_distribution<int> howMany(1, 6);
    for (int round = 0; round < 300; ++round) {
        const auto &[id, original] = pages[pickPage(random)];
        QByteArray damaged = original;
        for (int i = howMany(random); i > 0 && !damaged.isEmpty(); --i) {
            std::uniform_int_distribution<qsizetype> at(0, damaged.size() - 1);
            damaged[at(random)] = static_cast<char>(pickByte(random));
        }
        if (round % 10 == 0)
            damaged.truncate(damaged.size() / 3);
        ASSERT_TRUE(m_library.db().transaction());
        ASSERT_TRUE(q.prepare(u"UPDATE article_fts_data SET block = ? WHERE id = ?"_s));
        q.addBindValue(damaged);
        q.addBindValue(id);
        ASSERT_TRUE(q.exec()) << q.lastError().text().toStdString();
        for (const QString &term : {u"招商"_s, u"区"_s, u"产业"_s}) {
            DoclistReader::Result result = DoclistReader::Result::Failed;
            readerRows(m_db, term, round % 2 == 0, &result);
        }
        ASSERT_TRUE(m_library.db().rollback());
    }
}

TEST_F(DoclistReaderTest, ALibraryWithoutTheIndexIsLeftToFts5)
{
    QSqlQuery q(m_library.db());
    ASSERT_TRUE(q.exec(u"DROP TABLE article_fts"_s)) << q.lastError().text().toStdString();
    DoclistReader::Result result = DoclistReader::Result::Failed;
    readerRows(m_db, u"招商"_s, true, &result);
    EXPECT_EQ(result, DoclistReader::Result::Unsupported);
}

} // namespace
