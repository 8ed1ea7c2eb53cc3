#include "corpus.h"
#include "search/index.h"
#include "search/searchengine.h"
#include "testlibrary.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <gtest/gtest.h>

#include <functional>

using namespace Qt::StringLiterals;
using namespace za::search;
using za::corpus::CorpusArticle;
using za::search::test::TestLibrary;

namespace {

const QList<CorpusArticle> &articles()
{
    static const QList<CorpusArticle> all = [] {
        za::corpus::CorpusOptions options;
        options.seed = 11;
        options.bodyChars = 300;
        options.traditionalShare = 0.2;
        za::corpus::CorpusGenerator generator(options);
        QString error;
        if (!generator.load(&error))
            return QList<CorpusArticle>();
        return generator.generate(240);
    }();
    return all;
}

qint64 add(TestLibrary &library, int index)
{
    const CorpusArticle &a = articles()[index];
    return library.addArticle(a.headline, a.body, a.date, a.kicker);
}

bool exec(TestLibrary &library, const QString &sql)
{
    QSqlQuery q(library.db());
    return q.exec(sql);
}

// The edits an import makes: new rows, rows replaced (updated), rows removed, including rows that were
// added under the guard itself.
void edit(TestLibrary &library, int first, int last)
{
    for (int i = first; i < last; ++i)
        add(library, i);
    exec(library, u"UPDATE articles SET body = body || '太原新增' WHERE id % 17 = 3"_s);
    exec(library, u"UPDATE articles SET headline = '更正' || headline WHERE id % 23 = 5"_s);
    exec(library, u"DELETE FROM articles WHERE id % 19 = 7"_s);
    exec(library, u"UPDATE articles SET id = id + 100000 WHERE id % 29 = 11"_s);
}

QStringList triggerSql(TestLibrary &library)
{
    QSqlQuery q(library.db());
    q.exec(u"SELECT sql FROM sqlite_schema WHERE type = 'trigger' ORDER BY name"_s);
    QStringList sql;
    while (q.next())
        sql.append(q.value(0).toString());
    return sql;
}

QList<QSet<qint64>> answers(TestLibrary &library)
{
    SearchEngine engine(library.db());
    QList<QSet<qint64>> out;
    for (const QString &query : {u"太原"_s, u"区"_s, u"更正"_s, u"经济开发"_s, u"新增"_s, u"招商 OR 项目"_s,
                                 u"\"重点项目\""_s, u"headline:更正"_s}) {
        SearchRequest request;
        request.setQuery(query);
        request.setLimit(100000);
        request.setWithFacets(false);
        QSet<qint64> ids;
        for (const SearchHit &hit : engine.search(request).hits)
            ids.insert(hit.id);
        out.append(ids);
    }
    return out;
}

// The guarded library's index must be exactly the one triggers maintain: FTS5's integrity check
// compares it with the content, and the same queries find the same articles.
void expectSameIndex(TestLibrary &guarded, TestLibrary &reference)
{
    QString error;
    EXPECT_TRUE(Index::integrityCheck(guarded.db(), &error)) << error.toStdString();
    EXPECT_EQ(triggerSql(guarded), triggerSql(reference));
    EXPECT_EQ(triggerSql(guarded).size(), 3);
    EXPECT_EQ(answers(guarded), answers(reference));
    QSqlQuery g(guarded.db());
    QSqlQuery r(reference.db());
    const QString sizes = u"SELECT count(*), total(length(sz)) FROM article_fts_docsize"_s;
    ASSERT_TRUE(g.exec(sizes) && g.next());
    ASSERT_TRUE(r.exec(sizes) && r.next());
    EXPECT_EQ(g.value(0).toLongLong(), r.value(0).toLongLong());
    EXPECT_EQ(g.value(1).toLongLong(), r.value(1).toLongLong());
    // The triggers work again afterwards.
    const qint64 id = guarded.addArticle(u"后来"_s, u"朔州开工。"_s);
    reference.addArticle(u"后来"_s, u"朔州开工。"_s);
    EXPECT_EQ(answers(guarded), answers(reference));
    EXPECT_TRUE(exec(guarded, u"DELETE FROM articles WHERE id = %1"_s.arg(id)));
    EXPECT_TRUE(Index::integrityCheck(guarded.db(), &error)) << error.toStdString();
}

class BulkGuardTest : public ::testing::TestWithParam<int> // articles indexed before the guard
{
protected:
    void SetUp() override
    {
        ASSERT_EQ(articles().size(), 240);
        ASSERT_TRUE(m_guarded.error().isEmpty()) << m_guarded.error().toStdString();
        ASSERT_TRUE(m_reference.error().isEmpty()) << m_reference.error().toStdString();
        for (int i = 0; i < GetParam(); ++i) {
            add(m_guarded, i);
            add(m_reference, i);
        }
    }
    TestLibrary m_guarded;
    TestLibrary m_reference;
};

TEST_P(BulkGuardTest, InCallersTransactionEqualsTriggerMaintainedIndex)
{
    const int before = GetParam();
    ASSERT_TRUE(m_guarded.db().transaction());
    {
        Index::BulkGuard guard(m_guarded.db());
        ASSERT_TRUE(guard.isActive()) << guard.error().toStdString();
        EXPECT_TRUE(triggerSql(m_guarded).isEmpty());
        edit(m_guarded, before, 240);
        EXPECT_GT(guard.pendingCount(), 0);
        QString error;
        ASSERT_TRUE(guard.commit(&error)) << error.toStdString();
    }
    ASSERT_TRUE(m_guarded.db().commit());
    edit(m_reference, before, 240);
    expectSameIndex(m_guarded, m_reference);
}

TEST_P(BulkGuardTest, AcrossTransactionsEqualsTriggerMaintainedIndex)
{
    const int before = GetParam();
    {
        Index::BulkGuard guard(m_guarded.db()); // no transaction open: the guard's own
        ASSERT_TRUE(guard.isActive()) << guard.error().toStdString();
        const int middle = (before + 240) / 2;
        ASSERT_TRUE(m_guarded.db().transaction());
        for (int i = before; i < middle; ++i)
            add(m_guarded, i);
        ASSERT_TRUE(m_guarded.db().commit());
        ASSERT_TRUE(m_guarded.db().transaction()); // a failed file: rolled back, pending rows too
        add(m_guarded, 0);
        exec(m_guarded, u"DELETE FROM articles WHERE id % 5 = 0"_s);
        ASSERT_TRUE(m_guarded.db().rollback());
        ASSERT_TRUE(m_guarded.db().transaction());
        edit(m_guarded, middle, 240);
        ASSERT_TRUE(m_guarded.db().commit());
        // Destroyed without commit(): the destructor indexes and restores.
    }
    edit(m_reference, before, 240);
    expectSameIndex(m_guarded, m_reference);
}

TEST_P(BulkGuardTest, RebuildModeAfterReplacingEverything)
{
    ASSERT_TRUE(m_guarded.db().transaction());
    {
        Index::BulkGuard guard(m_guarded.db(), Index::BulkGuard::Mode::Rebuild);
        ASSERT_TRUE(guard.isActive()) << guard.error().toStdString();
        exec(m_guarded, u"DELETE FROM articles"_s);
        edit(m_guarded, 0, 240);
        QString error;
        ASSERT_TRUE(guard.commit(&error)) << error.toStdString();
    }
    ASSERT_TRUE(m_guarded.db().commit());
    exec(m_reference, u"DELETE FROM articles"_s);
    edit(m_reference, 0, 240);
    expectSameIndex(m_guarded, m_reference);
}

// 0: everything new ('rebuild' at commit); 200: a few new rows (INSERT ... SELECT of just those).
INSTANTIATE_TEST_SUITE_P(IndexedBefore, BulkGuardTest, ::testing::Values(0, 60, 200));

TEST(BulkGuard, RollbackRestoresTriggersAndIndex)
{
    TestLibrary library;
    ASSERT_TRUE(library.error().isEmpty()) << library.error().toStdString();
    const QStringList triggers = triggerSql(library);
    library.addArticle(u"标题"_s, u"太原招商。"_s);
    ASSERT_TRUE(library.db().transaction());
    {
        Index::BulkGuard guard(library.db());
        ASSERT_TRUE(guard.isActive()) << guard.error().toStdString();
        library.addArticle(u"标题"_s, u"大同招商。"_s);
        exec(library, u"DELETE FROM articles WHERE id = 1"_s);
        ASSERT_TRUE(library.db().rollback());
    }
    EXPECT_EQ(triggerSql(library), triggers);
    QString error;
    EXPECT_TRUE(Index::integrityCheck(library.db(), &error)) << error.toStdString();
    SearchEngine engine(library.db());
    SearchRequest request;
    request.setQuery(u"招商"_s);
    EXPECT_EQ(engine.search(request).total, 1);
    library.addArticle(u"标题"_s, u"大同招商。"_s);
    EXPECT_EQ(engine.search(request).total, 2);
}

TEST(BulkGuard, RefusesASecondGuardAndALibraryWithoutTriggers)
{
    TestLibrary library;
    ASSERT_TRUE(library.db().transaction());
    Index::BulkGuard first(library.db());
    ASSERT_TRUE(first.isActive()) << first.error().toStdString();
    Index::BulkGuard second(library.db());
    EXPECT_FALSE(second.isActive());
    EXPECT_FALSE(second.error().isEmpty());
    EXPECT_FALSE(second.commit());
    EXPECT_TRUE(first.commit());
    EXPECT_TRUE(library.db().commit());
    EXPECT_EQ(triggerSql(library).size(), 3);
}

} // namespace
