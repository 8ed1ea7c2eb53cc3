#include "corpus.h"
#include "search/ftstokenizer.h"
#include "search/index.h"
#include "search/searchengine.h"
#include "search/sqlitestatement.h"
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
    exec(library, u"UPDATE articles SET body = za_text(body) || '太原新增' WHERE id % 17 = 3"_s);
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
    EXPECT_EQ(triggerSql(guarded).size(), 2);
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

TEST_P(BulkGuardTest, RebuildAfterReplacingEverythingEqualsTriggerMaintainedIndex)
{
    ASSERT_TRUE(m_guarded.db().transaction());
    {
        Index::BulkGuard guard(m_guarded.db());
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

TEST_P(BulkGuardTest, DestroyedWithoutCommitRebuildsAndRestores)
{
    {
        Index::BulkGuard guard(m_guarded.db()); // no transaction open: the guard's own
        ASSERT_TRUE(guard.isActive()) << guard.error().toStdString();
        ASSERT_TRUE(m_guarded.db().transaction());
        edit(m_guarded, GetParam(), 240);
        ASSERT_TRUE(m_guarded.db().commit());
        ASSERT_TRUE(m_guarded.db().transaction()); // a failed file: rolled back
        exec(m_guarded, u"DELETE FROM articles WHERE id % 5 = 0"_s);
        ASSERT_TRUE(m_guarded.db().rollback());
    }
    edit(m_reference, GetParam(), 240);
    expectSameIndex(m_guarded, m_reference);
}

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
    EXPECT_EQ(triggerSql(library).size(), 2);
}

} // namespace

namespace {

// IndexWriter's text must be what the view article_search shows, or FTS5's 'delete' would later take
// the wrong tokens out: FTS5's integrity check (rank 1) compares the index with the view.
TEST(IndexWriter, TextEqualsTheViewSoDeletesStayExact)
{
    TestLibrary library;
    ASSERT_TRUE(library.error().isEmpty()) << library.error().toStdString();
    QSqlQuery q(library.db());
    ASSERT_TRUE(
        q.exec(u"INSERT INTO sources(id, sha256, file_name, content, encoding, byte_size, imported_at) "
               "VALUES (1, 'x', 'x', x'', 'UTF-8', 0, '2024-01-01')"_s));
    ASSERT_TRUE(q.exec(u"INSERT INTO pages(id, bulletin, source_id) VALUES (1, '简报', 1)"_s));
    const QString subheadings = u"[\"一、开发区\",\"二、招商\"]"_s;
    const QString authors = u"[\"王晋\"]"_s;
    IndexWriter writer(library.db());
    const auto write = [&](int seq, const QString &body, bool tamper) {
        QSqlQuery a(library.db());
        a.prepare(u"INSERT INTO articles(page_id, seq, bulletin, kicker, headline, dateline, subheadings, "
                  "authors, body) VALUES (1, ?, '简报', '引题', '太原经开区签约', '本报讯', ?, ?, ?)"_s);
        a.addBindValue(seq);
        a.addBindValue(subheadings);
        a.addBindValue(authors);
        a.addBindValue(body);
        EXPECT_TRUE(a.exec()) << a.lastError().text().toStdString();
        const qint64 id = a.lastInsertId().toLongLong();
        const QString indexed = IndexWriter::bodyText(u"本报讯"_s, subheadings, authors, body);
        EXPECT_TRUE(writer.add(id, IndexWriter::headText(u"引题"_s, u"太原经开区签约"_s),
                               tamper ? indexed + u"大同"_s : indexed))
            << writer.lastError().toStdString();
        return id;
    };
    write(0, u"5月12日，项目签约 28.9%。"_s, false);
    const qint64 second = write(1, u"晋中市招商引资。"_s, false);
    QString error;
    EXPECT_TRUE(Index::integrityCheck(library.db(), &error)) << error.toStdString();
    SearchEngine engine(library.db());
    SearchRequest request;
    request.setQuery(u"王晋 二、招商 本报讯 引题"_s);
    EXPECT_EQ(engine.search(request).total, 2);
    // Deleting through the trigger leaves a consistent index.
    ASSERT_TRUE(exec(library, u"DELETE FROM articles WHERE id = %1"_s.arg(second)));
    EXPECT_TRUE(Index::integrityCheck(library.db(), &error)) << error.toStdString();
    EXPECT_EQ(engine.search(request).total, 1);
    // The check does notice an index that differs from the view.
    write(2, u"朔州。"_s, true);
    EXPECT_FALSE(Index::integrityCheck(library.db(), &error));
}

} // namespace

namespace {

// Columns tokenized ahead (on the import's preparing thread) must index exactly like SQLite's own call
// of the tokenizer: the integrity check compares the index with the view, and searches agree.
TEST(IndexWriter, PretokenizedColumnsIndexLikeTheTokenizer)
{
    TestLibrary ahead;
    TestLibrary plain;
    ASSERT_TRUE(ahead.error().isEmpty() && plain.error().isEmpty());
    const QList<CorpusArticle> &all = articles();
    ASSERT_FALSE(all.isEmpty());
    for (TestLibrary *library : {&ahead, &plain}) {
        QSqlQuery q(library->db());
        ASSERT_TRUE(q.exec(u"INSERT INTO sources(id, sha256, file_name, content, encoding, byte_size, "
                           "imported_at) VALUES (1, 'x', 'x', x'', 'UTF-8', 0, '2024-01-01')"_s));
        ASSERT_TRUE(q.exec(u"INSERT INTO pages(id, bulletin, source_id) VALUES (1, '简报', 1)"_s));
    }
    IndexWriter aheadWriter(ahead.db());
    IndexWriter plainWriter(plain.db());
    for (int i = 0; i < 40; ++i) {
        const CorpusArticle &a = all[i];
        // Full-width digits, Latin, Traditional characters and a percentage in every article.
        const QString body = a.body + u" ＭＥＭＳ 28.9% 臨汾經濟開發區"_s;
        for (TestLibrary *library : {&ahead, &plain}) {
            QSqlQuery q(library->db());
            q.prepare(u"INSERT INTO articles(page_id, seq, bulletin, kicker, headline, body) "
                      "VALUES (1, ?, '简报', ?, ?, ?)"_s);
            q.addBindValue(i);
            q.addBindValue(a.kicker.isNull() ? u""_s : a.kicker);
            q.addBindValue(a.headline);
            q.addBindValue(body);
            ASSERT_TRUE(q.exec()) << q.lastError().text().toStdString();
            const qint64 id = q.lastInsertId().toLongLong();
            const QString head = IndexWriter::headText(a.kicker, a.headline);
            const QString text = IndexWriter::bodyText({}, u"[]"_s, u"[]"_s, body);
            if (library == &ahead) {
                const PretokenizedColumn h = pretokenize(head);
                const PretokenizedColumn b = pretokenize(text);
                ASSERT_TRUE(h.valid && b.valid);
                EXPECT_EQ(b.entries.size(), std::size_t(tokenize(text, TokenizeMode::Document).size()));
                ASSERT_TRUE(aheadWriter.add(id, h, b)) << aheadWriter.lastError().toStdString();
            } else {
                ASSERT_TRUE(plainWriter.add(id, head, text)) << plainWriter.lastError().toStdString();
            }
        }
    }
    QString error;
    EXPECT_TRUE(Index::integrityCheck(ahead.db(), &error)) << error.toStdString();
    EXPECT_EQ(answers(ahead), answers(plain));
    SearchEngine engine(ahead.db());
    SearchRequest request;
    request.setQuery(u"mems 28.9% 临汾经济开发区"_s);
    EXPECT_EQ(engine.search(request).total, 40);
    // Text SQLite would convert its own way is left to SQLite.
    EXPECT_FALSE(pretokenize(QString(QChar(0xD800)) + u"太原"_s).valid);
}

TEST(SqliteStatement, BindsValuesAndReportsErrors)
{
    TestLibrary library;
    ASSERT_TRUE(library.error().isEmpty());
    QSqlQuery q(library.db());
    ASSERT_TRUE(q.exec(u"CREATE TABLE t (a INTEGER, b TEXT NOT NULL, c REAL, d BLOB, UNIQUE (a))"_s));
    SqliteStatement insert(library.db(), "INSERT INTO t (a, b, c, d) VALUES (?1, ?2, ?3, ?4)");
    ASSERT_TRUE(insert.isValid()) << insert.lastError().toStdString();
    insert.bind(1, qint64(7));
    insert.bind(2, QString()); // null QString: '' for a NOT NULL column
    insert.bind(3, std::optional<double>());
    insert.bind(4, QByteArray("\0\1", 2));
    ASSERT_TRUE(insert.exec()) << insert.lastError().toStdString();
    EXPECT_EQ(insert.lastInsertId(), 1);
    insert.bind(1, qint64(8));
    insert.bind(2, u"开发区 ✓"_s);
    insert.bind(3, std::optional<double>(2.5));
    ASSERT_TRUE(insert.exec());
    ASSERT_TRUE(q.exec(u"SELECT a, b, c IS NULL, length(d), typeof(d) FROM t ORDER BY a"_s));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(1).toString(), u""_s);
    EXPECT_TRUE(q.value(2).toBool());
    EXPECT_EQ(q.value(3).toInt(), 2);
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(1).toString(), u"开发区 ✓"_s);
    EXPECT_EQ(q.value(4).toString(), u"null"_s); // bindings are cleared after every run
    q.finish();
    insert.bind(1, qint64(8));
    insert.bind(2, u"again"_s);
    EXPECT_FALSE(insert.exec());
    EXPECT_TRUE(insert.lastError().contains(u"UNIQUE"_s)) << insert.lastError().toStdString();
    SqliteStatement broken(library.db(), "INSERT INTO nowhere VALUES (1)");
    EXPECT_FALSE(broken.isValid());
    EXPECT_FALSE(broken.exec());
    EXPECT_FALSE(broken.lastError().isEmpty());
}

} // namespace
