#include "compare/reprints.h"
#include "corpus.h"
#include "library/importer.h"
#include "library/issuechecks.h"
#include "library/library.h"
#include "library/reprints.h"
#include "library/review.h"
#include "library/reviewreport.h"

#include <QFile>
#include <QJsonArray>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace za::library;

namespace {

FieldCorrection fix(std::optional<QString> FieldCorrection::*field, const QString &value)
{
    FieldCorrection c;
    c.*field = value;
    return c;
}

struct PageArticle
{
    QString headline;
    QStringList paragraphs;
};

// A page as the parser expects it: "## headline", paragraphs, the byline in brackets.
QByteArray renderPage(const QList<PageArticle> &articles)
{
    QString text;
    for (const PageArticle &a : articles)
        text += u"## "_s + a.headline + u"\n\n"_s + a.paragraphs.join(u"\n\n"_s) + u"(记者 王明)\n\n"_s;
    return text.toUtf8();
}

QList<PageArticle> generatedArticles(int count, quint64 seed)
{
    za::corpus::CorpusOptions options;
    options.seed = seed;
    options.bodyChars = 500;
    za::corpus::CorpusGenerator generator(options);
    QString error;
    EXPECT_TRUE(generator.load(&error)) << error.toStdString();
    QList<PageArticle> list;
    for (const za::corpus::CorpusArticle &a : generator.generate(count)) {
        QStringList paragraphs = a.body.split(u'\n', Qt::SkipEmptyParts);
        // The generator's continuation markers belong to its own pages, not these.
        for (QString &p : paragraphs)
            p.remove(QRegularExpression(u"[(（][上下]接.*?[)）]"_s));
        list << PageArticle{a.headline, paragraphs};
    }
    return list;
}

class ReviewTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_library = std::make_unique<Library>(m_dir.filePath(u"lib.zarchive"_s));
        QString error;
        ASSERT_TRUE(m_library->open(OpenMode::OpenOrCreate, &error)) << error.toStdString();
    }

    FileImportResult import(const QList<PageArticle> &articles, const QString &page,
                            const QString &issueNo = u"18"_s)
    {
        ImportOptions options;
        options.meta.bulletin = u"测试简报"_s;
        options.meta.issueNo = issueNo;
        options.meta.issueDate = QDate(2023, 5, 12);
        options.meta.page = page;
        Importer importer(*m_library);
        return importer.importBytes(page + u".md"_s, renderPage(articles), {}, options);
    }

    // Current article of the page with this headline (ids change on reindex).
    qint64 idOf(const QString &headline)
    {
        for (const ArticleSummary &s : m_library->articleSummaries()) {
            if (s.headline == headline)
                return s.id;
        }
        return 0;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Library> m_library;
};

TEST_F(ReviewTest, CorrectViewRestore)
{
    const QList<PageArticle> articles = generatedArticles(3, 11);
    ASSERT_EQ(import(articles, u"D1"_s).status, ImportStatus::Imported);
    const qint64 id = idOf(articles[1].headline);
    ASSERT_GT(id, 0);
    ReviewStore store(*m_library);
    EXPECT_TRUE(store.revisions(id).isEmpty());

    FieldCorrection c;
    c.headline = u"更正后的标题"_s;
    c.body = u"第一段更正文字，含有独特词语琥珀色灯塔。\n\n第二段。"_s;
    c.authors = QStringList{u"李四"_s};
    c.date = u"2023-05-10"_s;
    ASSERT_EQ(store.correct(id, c, u"编辑甲"_s), 1) << store.lastError().toStdString();

    const auto article = m_library->article(id);
    ASSERT_TRUE(article);
    EXPECT_EQ(article->headline, u"更正后的标题"_s);
    EXPECT_EQ(article->authors, QStringList{u"李四"_s});
    EXPECT_EQ(article->date, u"2023-05-10"_s);
    // Search sees the current revision.
    za::search::SearchRequest request;
    request.setQuery(u"琥珀色灯塔"_s);
    const za::search::SearchResult found = m_library->search(request);
    ASSERT_EQ(found.total, 1);
    EXPECT_EQ(found.hits.first().id, id);
    request.setQuery(u""_s);
    request.setAuthors({u"李四"_s});
    EXPECT_EQ(m_library->search(request).total, 1);

    const QList<Revision> revisions = store.revisions(id);
    ASSERT_EQ(revisions.size(), 2);
    EXPECT_EQ(revisions[0].fields.headline, articles[1].headline); // the machine's parse stays
    EXPECT_EQ(revisions[1].author, u"编辑甲"_s);
    EXPECT_EQ(store.revision(id, 1)->fields.headline, u"更正后的标题"_s);

    EXPECT_EQ(store.restore(id, 0, u"编辑乙"_s), 2);
    EXPECT_EQ(m_library->article(id)->headline, articles[1].headline);
    EXPECT_EQ(store.revision(id, 2)->fields, revisions[0].fields);
    EXPECT_EQ(store.revisions(id).size(), 3);

    EXPECT_EQ(store.correct(id, fix(&FieldCorrection::date, u"2023-13-40"_s), u"x"_s), -1);
}

TEST_F(ReviewTest, OverridesSurviveReindexAndReclassify)
{
    const QList<PageArticle> articles = generatedArticles(3, 12);
    ASSERT_EQ(import(articles, u"D1"_s).status, ImportStatus::Imported);
    const qint64 id = idOf(articles[0].headline);
    ASSERT_GT(id, 0);
    ReviewStore store(*m_library);
    const auto before = m_library->article(id);
    ASSERT_TRUE(before);
    ASSERT_TRUE(store.setTag(id, TagKind::Theme, u"编辑专题"_s, true, u"甲"_s))
        << store.lastError().toStdString();
    ASSERT_TRUE(store.setTag(id, TagKind::Zone, u"示范测试经济开发区"_s, true, u"甲"_s));
    ASSERT_TRUE(store.setTag(id, TagKind::City, u"虚构市"_s, true, u"甲"_s));
    QString removedTheme;
    if (!before->themes.isEmpty()) {
        removedTheme = before->themes.first().name;
        ASSERT_TRUE(store.setTag(id, TagKind::Theme, removedTheme, false, u"甲"_s));
    }
    ASSERT_GE(store.correct(id, fix(&FieldCorrection::headline, u"编辑改过的标题"_s), u"甲"_s), 1);
    ASSERT_TRUE(store.setStatus(id, ReviewStatus::Approved, u"甲"_s));

    const auto check = [&](const char *when) {
        const qint64 now = idOf(u"编辑改过的标题"_s);
        ASSERT_GT(now, 0) << when;
        const auto a = m_library->article(now);
        QStringList themes, zones;
        for (const ThemeTag &t : a->themes)
            themes << t.name;
        for (const ZoneTag &z : a->zones)
            zones << z.name;
        EXPECT_TRUE(themes.contains(u"编辑专题"_s)) << when;
        if (!removedTheme.isEmpty()) {
            EXPECT_FALSE(themes.contains(removedTheme)) << when;
        }
        EXPECT_TRUE(zones.contains(u"示范测试经济开发区"_s)) << when;
        EXPECT_TRUE(a->cities.contains(u"虚构市"_s)) << when;
        EXPECT_EQ(store.state(now)->status, ReviewStatus::Approved) << when;
        za::search::SearchRequest request;
        request.setThemes({u"编辑专题"_s});
        EXPECT_EQ(m_library->search(request).total, 1) << when;
        request.setThemes({});
        request.setZones({u"示范测试经济开发区"_s});
        EXPECT_EQ(m_library->search(request).total, 1) << when;
    };
    check("after the change");
    Importer importer(*m_library);
    QString error;
    ASSERT_TRUE(importer.reindex({}, &error)) << error.toStdString();
    check("after reindex");
    ASSERT_TRUE(importer.reclassify({}, &error)) << error.toStdString();
    check("after reclassify");

    ASSERT_TRUE(store.clearTagOverride(idOf(u"编辑改过的标题"_s), TagKind::Theme, u"编辑专题"_s));
    za::search::SearchRequest request;
    request.setThemes({u"编辑专题"_s});
    EXPECT_EQ(m_library->search(request).total, 0);
}

TEST_F(ReviewTest, ReimportCarriesMatchedWorkAndListsTheRest)
{
    QList<PageArticle> articles = generatedArticles(3, 13);
    ASSERT_EQ(import(articles, u"D2"_s).status, ImportStatus::Imported);
    ReviewStore store(*m_library);
    const qint64 kept = idOf(articles[2].headline);
    const qint64 dropped = idOf(articles[1].headline);
    ASSERT_TRUE(store.setStatus(kept, ReviewStatus::NeedsChanges, u"甲"_s));
    ASSERT_GE(store.correct(kept, fix(&FieldCorrection::kicker, u"编辑引题"_s), u"甲"_s), 1);
    ASSERT_GT(store.addNote(dropped, u"此文待核"_s, u"甲"_s), 0);

    // The new version: a sentence changed in the kept article, the middle article gone, one added.
    QList<PageArticle> changed = {articles[0], articles[2], generatedArticles(1, 99).first()};
    changed[1].paragraphs.first().append(u"新增一句补充说明。"_s);
    const FileImportResult result = import(changed, u"D2"_s);
    ASSERT_EQ(result.status, ImportStatus::Replaced) << result.message.toStdString();
    EXPECT_TRUE(result.warnings.join(u'\n').contains(articles[1].headline))
        << result.warnings.join(u'\n').toStdString();

    qint64 now = 0;
    for (const ArticleSummary &s : m_library->articleSummaries()) {
        if (s.kicker == u"编辑引题"_s)
            now = s.id;
    }
    ASSERT_GT(now, 0) << "the correction was not carried over";
    EXPECT_EQ(m_library->article(now)->headline, articles[2].headline);
    EXPECT_EQ(store.state(now)->status, ReviewStatus::NeedsChanges);
    const QList<UnmatchedWork> unmatched = store.unmatched();
    ASSERT_EQ(unmatched.size(), 1);
    EXPECT_EQ(unmatched.first().headline, articles[1].headline);
    EXPECT_EQ(unmatched.first().notes, 1);
    // The editor attaches it to the new article.
    const qint64 added = idOf(changed[2].headline);
    ASSERT_TRUE(store.reattach(unmatched.first().itemId, added)) << store.lastError().toStdString();
    EXPECT_TRUE(store.unmatched().isEmpty());
    EXPECT_EQ(store.notes(idOf(changed[2].headline)).size(), 1);
}

TEST_F(ReviewTest, StatusProgressAndNotes)
{
    const QList<PageArticle> articles = generatedArticles(4, 14);
    ASSERT_EQ(import(articles, u"D1"_s).status, ImportStatus::Imported);
    ReviewStore store(*m_library);
    const qint64 a = idOf(articles[0].headline);
    const qint64 b = idOf(articles[1].headline);
    EXPECT_EQ(store.state(a)->status, ReviewStatus::Unreviewed);
    ASSERT_TRUE(store.setStatus(a, ReviewStatus::Approved, u"甲"_s));
    ASSERT_TRUE(store.setStatus(b, ReviewStatus::NeedsChanges, u"乙"_s));
    const auto state = store.state(a);
    EXPECT_EQ(state->status, ReviewStatus::Approved);
    EXPECT_EQ(state->reviewer, u"甲"_s);
    EXPECT_FALSE(state->reviewedAt.isEmpty());
    const QList<IssueProgress> progress = store.issueProgress();
    ASSERT_EQ(progress.size(), 1);
    EXPECT_EQ(progress[0].articles, 4);
    EXPECT_EQ(progress[0].approved, 1);
    EXPECT_EQ(progress[0].needsChanges, 1);

    const QString body = m_library->article(a)->body;
    ASSERT_GT(store.addNote(a, u"核对数字 100%"_s, u"甲"_s, std::pair<qsizetype, qsizetype>(2, 8)), 0);
    ASSERT_GT(store.addNote(b, u"标题太长"_s, u"乙"_s), 0);
    EXPECT_EQ(store.addNote(a, u"越界"_s, u"甲"_s, std::pair<qsizetype, qsizetype>(5, body.size() + 1)), 0);
    const QList<ReviewNote> notes = store.notes(a);
    ASSERT_EQ(notes.size(), 1);
    EXPECT_EQ(notes[0].quote, body.mid(2, 6));
    EXPECT_EQ(*notes[0].from, 2);
    EXPECT_EQ(store.searchNotes(u"100%"_s).size(), 1);
    EXPECT_EQ(store.searchNotes(u"%"_s).size(), 1); // the pattern is literal
    EXPECT_EQ(store.searchNotes(u"标题"_s).first().articleId, b);
    EXPECT_EQ(store.searchNotes({}).size(), 2);
}

TEST_F(ReviewTest, SplitAndMergeSurviveReindex)
{
    QList<PageArticle> articles = {{u"开发区召开推进会"_s,
                                    {u"本刊讯 开发区召开重点项目推进会，部署下一阶段任务。"_s,
                                     u"会议要求加快项目建设进度，确保年内投产见效。"_s}},
                                   {u"园区新增企业十家"_s,
                                    {u"今年以来，园区新增入驻企业十家，涵盖新材料和装备制造领域。"_s,
                                     u"预计年产值超过五亿元，带动就业两千人。"_s}}};
    // The parser's first article absorbs the second: the page has three paragraphs under one headline.
    PageArticle joined{articles[0].headline, articles[0].paragraphs + articles[1].paragraphs};
    ASSERT_EQ(import({joined}, u"D3"_s).status, ImportStatus::Imported);
    const qint64 id = idOf(joined.headline);
    ASSERT_GT(id, 0);
    ReviewStore store(*m_library);
    ASSERT_TRUE(store.setStatus(id, ReviewStatus::Approved, u"甲"_s));
    const auto second = store.split(id, int(articles[0].paragraphs.size()), u"甲"_s);
    ASSERT_TRUE(second) << store.lastError().toStdString();
    ASSERT_EQ(store.correct(*second, fix(&FieldCorrection::headline, articles[1].headline), u"甲"_s), 1);
    const auto check = [&] {
        const qint64 first = idOf(joined.headline);
        const qint64 other = idOf(articles[1].headline);
        ASSERT_GT(first, 0);
        ASSERT_GT(other, 0);
        const QString body = m_library->article(first)->body;
        EXPECT_TRUE(body.endsWith(articles[0].paragraphs[1])) << body.toStdString();
        EXPECT_FALSE(body.contains(articles[1].paragraphs[0])) << body.toStdString();
        EXPECT_TRUE(m_library->article(other)->body.startsWith(articles[1].paragraphs.first()));
        EXPECT_EQ(store.state(first)->status, ReviewStatus::Approved);
    };
    check();
    Importer importer(*m_library);
    QString error;
    ASSERT_TRUE(importer.reindex({}, &error)) << error.toStdString();
    check();
    EXPECT_EQ(m_library->stats().articles, 2);
    // A corrected body refuses a structural edit; merging the uncorrected pair works.
    const auto merged = store.mergeWithNext(idOf(joined.headline), u"甲"_s);
    ASSERT_TRUE(merged) << store.lastError().toStdString();
    EXPECT_EQ(m_library->stats().articles, 1);
    EXPECT_EQ(store.unmatched().size(), 1); // the second part's correction is kept for the editor
}

TEST_F(ReviewTest, MoveParagraphMakesRevisionsThatSurviveReindex)
{
    const QList<PageArticle> d1 = {{u"开发区召开推进会"_s,
                                    {u"开发区召开重点项目推进会，部署下一阶段任务。"_s,
                                     u"园区新增入驻企业十家，其中有独特词语琥珀色灯塔。"_s,
                                     u"会议要求加快项目建设进度，确保年内投产见效。"_s}}};
    const QList<PageArticle> d2 = {{u"园区新增企业十家"_s,
                                    {u"今年以来，园区新增入驻企业十家，涵盖新材料和装备制造领域。"_s,
                                     u"预计年产值超过五亿元，带动就业两千人。"_s}}};
    ASSERT_EQ(import(d1, u"D1"_s).status, ImportStatus::Imported);
    ASSERT_EQ(import(d2, u"D2"_s).status, ImportStatus::Imported);
    ASSERT_EQ(
        import({{u"别期文章"_s, {u"另一期的第一段。"_s, u"另一期的第二段。"_s}}}, u"D1"_s, u"19"_s).status,
        ImportStatus::Imported);
    const qint64 a = idOf(d1[0].headline);
    const qint64 b = idOf(d2[0].headline);
    const qint64 other = idOf(u"别期文章"_s);
    ASSERT_GT(a, 0);
    ASSERT_GT(b, 0);
    ASSERT_GT(other, 0);
    const QStringList before = m_library->article(a)->body.split(u"\n\n"_s);
    const QStringList targetBefore = m_library->article(b)->body.split(u"\n\n"_s);
    ASSERT_EQ(before.size(), 3);
    ASSERT_EQ(targetBefore.size(), 2);
    ReviewStore store(*m_library);

    const QList<ArticleSummary> issue = store.issueArticles(a);
    ASSERT_EQ(issue.size(), 2); // the other issue's article is not offered
    EXPECT_EQ(issue[0].id, a);
    EXPECT_EQ(issue[1].id, b);

    // Refused, each with a message, changing nothing.
    const auto refused = [&](qint64 from, int paragraph, qint64 to, int position, const char *what) {
        EXPECT_FALSE(store.moveParagraph(from, paragraph, to, position, u"甲"_s)) << what;
        EXPECT_FALSE(store.lastError().isEmpty()) << what;
    };
    refused(a, 1, a, -1, "same article");
    refused(a, 3, b, -1, "paragraph out of range");
    refused(a, -1, b, -1, "negative paragraph");
    refused(a, 1, b, 3, "position out of range");
    refused(a, 1, 999999, -1, "no target");
    refused(999999, 0, b, -1, "no source");
    refused(a, 1, other, -1, "other issue");
    EXPECT_TRUE(store.lastError().contains(u"same issue"_s)) << store.lastError().toStdString();
    EXPECT_TRUE(store.revisions(a).isEmpty());
    EXPECT_TRUE(store.revisions(b).isEmpty());

    const auto move = store.moveParagraph(a, 1, b, 1, u"甲"_s, u"错分"_s);
    ASSERT_TRUE(move) << store.lastError().toStdString();
    EXPECT_EQ(move->sourceRevision, 1);
    EXPECT_EQ(move->targetRevision, 1);
    EXPECT_EQ(move->targetParagraph, 1);
    const QStringList moved = {before[0], before[2]};
    const QStringList received = {targetBefore[0], before[1], targetBefore[1]};
    const auto check = [&](const char *when) {
        const qint64 first = idOf(d1[0].headline);
        const qint64 second = idOf(d2[0].headline);
        EXPECT_EQ(m_library->article(first)->body.split(u"\n\n"_s), moved) << when;
        EXPECT_EQ(m_library->article(second)->body.split(u"\n\n"_s), received) << when;
        // Search uses the current revisions.
        za::search::SearchRequest request;
        request.setQuery(u"琥珀色灯塔"_s);
        const za::search::SearchResult found = m_library->search(request);
        ASSERT_EQ(found.total, 1) << when;
        EXPECT_EQ(found.hits.first().id, second) << when;
    };
    check("after the move");
    const QList<Revision> sourceRevisions = store.revisions(a);
    ASSERT_EQ(sourceRevisions.size(), 2);
    EXPECT_EQ(sourceRevisions[0].fields.body.split(u"\n\n"_s), before); // the machine's parse stays
    EXPECT_TRUE(sourceRevisions[1].comment.contains(d2[0].headline))
        << sourceRevisions[1].comment.toStdString();
    EXPECT_TRUE(sourceRevisions[1].comment.contains(u"错分"_s));
    EXPECT_EQ(sourceRevisions[1].author, u"甲"_s);
    const QList<Revision> targetRevisions = store.revisions(b);
    ASSERT_EQ(targetRevisions.size(), 2);
    EXPECT_TRUE(targetRevisions[1].comment.contains(d1[0].headline));

    Importer importer(*m_library);
    QString error;
    ASSERT_TRUE(importer.reindex({}, &error)) << error.toStdString();
    check("after reindex");

    // Appending (no position), then restoring one side on its own.
    const qint64 b2 = idOf(d2[0].headline);
    const auto append = store.moveParagraph(idOf(d1[0].headline), 0, b2, -1, u"乙"_s);
    ASSERT_TRUE(append) << store.lastError().toStdString();
    EXPECT_EQ(append->targetParagraph, 3);
    EXPECT_EQ(m_library->article(b2)->body.split(u"\n\n"_s).constLast(), before[0]);
    // The only paragraph left cannot be moved.
    refused(idOf(d1[0].headline), 0, b2, -1, "only paragraph");
    EXPECT_EQ(store.restore(b2, 0, u"乙"_s), 3);
    EXPECT_EQ(m_library->article(b2)->body.split(u"\n\n"_s), targetBefore);
    EXPECT_EQ(store.restore(idOf(d1[0].headline), 0, u"乙"_s), 3);
    EXPECT_EQ(m_library->article(idOf(d1[0].headline))->body.split(u"\n\n"_s), before);
}

TEST_F(ReviewTest, ReviewReportHtmlHasEscapedTextCorrectionsNotesAndChecks)
{
    const QList<PageArticle> d1 = {
        {u"开发区召开<推进会>"_s,
         {u"开发区召开重点项目推进会，部署下一阶段任务。"_s,
          u"会议要求加快项目建设进度，确保年内投产见效。"_s}},
        {u"园区新增企业十家"_s, {u"今年以来，园区新增入驻企业十家，涵盖新材料和装备制造领域。"_s}}};
    ASSERT_EQ(import(d1, u"D1"_s).status, ImportStatus::Imported);
    // D3 without D2: the completeness check finds a missing page.
    ASSERT_EQ(import({{u"第三版文章"_s, {u"第三版的正文，讲述园区建设。"_s}}}, u"D3"_s).status,
              ImportStatus::Imported);
    const qint64 a = idOf(d1[0].headline);
    const qint64 b = idOf(d1[1].headline);
    ASSERT_GT(a, 0);
    ASSERT_GT(b, 0);
    ReviewStore store(*m_library);
    ASSERT_TRUE(store.setStatus(a, ReviewStatus::Approved, u"张编辑"_s));
    ASSERT_EQ(store.correct(a, fix(&FieldCorrection::headline, u"更正后标题 & <b>粗体</b>"_s), u"张编辑"_s,
                            u"标题错字"_s),
              1);
    ASSERT_GT(store.addNote(b, u"核对<script>数字</script>"_s, u"李编辑"_s), 0);

    ReviewReport report;
    QString error;
    ASSERT_TRUE(buildReviewReport(*m_library, IssueSelector{u"测试简报"_s, u"18"_s, {}}, &report, &error))
        << error.toStdString();
    ASSERT_EQ(report.articles.size(), 3);
    EXPECT_EQ(report.approved(), 1);
    ASSERT_FALSE(report.checks.isEmpty());
    ASSERT_EQ(report.articles[0].corrections.size(), 1);
    EXPECT_EQ(report.articles[0].corrections[0].field, u"headline"_s);

    const QString html = report.toHtml();
    EXPECT_TRUE(html.startsWith(u"<!DOCTYPE html>"_s));
    // Before and after of the correction, escaped.
    EXPECT_TRUE(html.contains(u"开发区召开&lt;推进会&gt;"_s)) << html.toStdString();
    EXPECT_TRUE(html.contains(u"更正后标题 &amp; &lt;b&gt;粗体&lt;/b&gt;"_s));
    EXPECT_FALSE(html.contains(u"<b>粗体"_s));
    EXPECT_TRUE(html.contains(u"标题错字"_s)); // the revision's comment
    // The note, escaped, with its author.
    EXPECT_TRUE(html.contains(u"核对&lt;script&gt;数字&lt;/script&gt;"_s));
    EXPECT_FALSE(html.contains(u"<script>"_s));
    EXPECT_TRUE(html.contains(u"李编辑"_s));
    // Every open check's message.
    for (const IssueCheck &c : std::as_const(report.checks))
        EXPECT_TRUE(html.contains(c.message.toHtmlEscaped())) << c.message.toStdString();
    EXPECT_TRUE(html.contains(u"张编辑"_s));

    // CSV and JSON come from the same report.
    EXPECT_TRUE(report.toCsv().contains(u"correction,"_s + QString::number(a) + u",D1,更正后标题"_s));
    EXPECT_EQ(report.toJson().value(u"articles"_s).toArray().size(), 3);

    EXPECT_FALSE(buildReviewReport(*m_library, IssueSelector{u"测试简报"_s, u"77"_s, {}}, &report, &error));
    EXPECT_FALSE(error.isEmpty());
}

TEST(Reprints, ConstructedPairIsSimilarUnrelatedIsNot)
{
    const QList<PageArticle> articles = generatedArticles(2, 16);
    const QString a = articles[0].paragraphs.join(u"\n"_s);
    // A reprint: other spacing, full-width digits, a sentence added.
    QString b = a;
    b.replace(u"，"_s, u", "_s).replace(u"1"_s, u"１"_s);
    b += u"（本刊转载）"_s;
    za::compare::MinHashSignature sa, sb, sc;
    ASSERT_TRUE(za::compare::minHash(a, &sa));
    ASSERT_TRUE(za::compare::minHash(b, &sb));
    ASSERT_TRUE(za::compare::minHash(articles[1].paragraphs.join(u"\n"_s), &sc));
    EXPECT_GT(za::compare::estimatedJaccard(sa, sb), 0.8);
    EXPECT_LT(za::compare::estimatedJaccard(sa, sc), 0.2);
    za::compare::ReprintIndex index;
    index.add(1, sa);
    index.add(3, sc);
    const std::vector<qint64> candidates = index.candidates(sb);
    EXPECT_NE(std::find(candidates.begin(), candidates.end(), 1), candidates.end());
    EXPECT_EQ(std::find(candidates.begin(), candidates.end(), 3), candidates.end());
    EXPECT_FALSE(za::compare::minHash(u"短"_s, &sa));
}

TEST_F(ReviewTest, ReprintsInGeneratedLibrary)
{
    // 60 pages of 4 generated articles (page p is D(p%4+1) of issue p/4+1); 5 of them printed again (lightly
    // edited) in issue 99.
    const QList<PageArticle> all = generatedArticles(240, 17);
    for (int p = 0; p < 60; ++p)
        ASSERT_EQ(
            import(all.mid(p * 4, 4), u"D"_s + QString::number(p % 4 + 1), QString::number(p / 4 + 1)).status,
            ImportStatus::Imported);
    const QList<int> reprinted = {3, 50, 101, 170, 233};
    QList<PageArticle> reprints;
    for (int i : reprinted) {
        PageArticle r = all[i];
        r.paragraphs.last().append(u"来源：省商务厅。"_s);
        reprints << r;
    }
    reprints << generatedArticles(1, 1234).first(); // not a reprint
    ASSERT_EQ(import(reprints, u"D1"_s, u"99"_s).status, ImportStatus::Imported);
    QHash<qint64, QString> issueOf;
    for (const ArticleSummary &s : m_library->articleSummaries())
        issueOf.insert(s.id, s.issueNo);

    ReprintFinder finder(m_library->database().connection());
    ReprintPassStats stats;
    QString error;
    ASSERT_TRUE(finder.update(&stats, &error)) << error.toStdString();
    EXPECT_EQ(stats.sketched, m_library->stats().articles); // importBytes leaves the pass to its caller
    const QList<ReprintLink> pairs = finder.allPairs();
    QSet<QString> found;
    for (const ReprintLink &l : pairs) {
        const bool aReprint = issueOf.value(l.articleId) == u"99"_s;
        EXPECT_NE(aReprint, issueOf.value(l.otherId) == u"99"_s) << l.headline.toStdString();
        found.insert(m_library->article(aReprint ? l.otherId : l.articleId)->headline);
    }
    EXPECT_EQ(found.size(), reprinted.size());
    for (int i : reprinted)
        EXPECT_TRUE(found.contains(all[i].headline)) << i;
    ASSERT_TRUE(finder.update(&stats, &error));
    EXPECT_EQ(stats.sketched, 0); // incremental: nothing new

    // The same pairs when new articles are taken a few at a time: each chunk is compared with itself
    // and with the sketches stored before it.
    {
        QSqlQuery clear(m_library->database().connection());
        ASSERT_TRUE(clear.exec(u"DELETE FROM reprint_sketches"_s));
        ASSERT_TRUE(clear.exec(u"DELETE FROM reprint_pairs"_s));
        ReprintFinder chunked(m_library->database().connection());
        chunked.setChunkSize(7);
        ASSERT_TRUE(chunked.update(&stats, &error)) << error.toStdString();
        EXPECT_EQ(stats.sketched, m_library->stats().articles);
        QSet<QPair<qint64, qint64>> before;
        QSet<QPair<qint64, qint64>> after;
        for (const ReprintLink &l : pairs)
            before.insert({std::min(l.articleId, l.otherId), std::max(l.articleId, l.otherId)});
        for (const ReprintLink &l : chunked.allPairs())
            after.insert({std::min(l.articleId, l.otherId), std::max(l.articleId, l.otherId)});
        EXPECT_EQ(after, before);
    }

    // The badge, and an editor's decision that survives reindex.
    const auto reprintOf = [&](const QString &headline) -> qint64 {
        for (const ArticleSummary &s : m_library->articleSummaries()) {
            if (s.issueNo == u"99"_s && s.headline == headline)
                return s.id;
        }
        return 0;
    };
    const qint64 reprint = reprintOf(all[50].headline);
    const QList<ReprintLink> links = finder.reprintsOf(reprint);
    ASSERT_EQ(links.size(), 1);
    EXPECT_EQ(links[0].label(), u"第4期 D1"_s);
    EXPECT_GT(links[0].score, 0.9);
    ASSERT_TRUE(finder.decide(reprint, links[0].otherId, u"same"_s, u"甲"_s, &error)) << error.toStdString();
    Importer importer(*m_library);
    ASSERT_TRUE(importer.reindex({}, &error)) << error.toStdString();
    const QList<ReprintLink> after = finder.reprintsOf(reprintOf(all[50].headline));
    ASSERT_EQ(after.size(), 1);
    EXPECT_EQ(after[0].decision, u"same"_s);
    EXPECT_EQ(finder.allPairs().size(), pairs.size());
}

// The import sketches articles ahead (PendingSketches, on its preparing thread); the pass must store
// exactly the sketch it would have made from the stored text, long texts (cut at 50,000 characters,
// counted as SQL counts them) and characters outside the BMP included.
TEST_F(ReviewTest, SketchesMadeAheadEqualThoseMadeFromStoredText)
{
    QList<PageArticle> articles = generatedArticles(6, 23);
    QString longParagraph;
    for (int i = 0; longParagraph.size() < 70000; ++i)
        longParagraph += u"𠀀𪚥经开区第%1号项目开工，"_s.arg(i);
    articles[2].paragraphs.append(longParagraph);
    articles[4].paragraphs = {u"短讯。"_s};                              // too short to sketch
    ASSERT_EQ(import(articles, u"D1"_s).status, ImportStatus::Imported); // importBytes: nothing ahead
    QSqlDatabase db = m_library->database().connection();
    const auto stored = [&db]() {
        QMap<qint64, QByteArray> out;
        QSqlQuery q(db);
        EXPECT_TRUE(q.exec(u"SELECT article_id, signature FROM reprint_sketches"_s))
            << q.lastError().text().toStdString();
        while (q.next())
            out.insert(q.value(0).toLongLong(), q.value(1).toByteArray());
        return out;
    };
    ReprintFinder finder(db);
    QString error;
    ASSERT_TRUE(finder.update(nullptr, &error)) << error.toStdString();
    const QMap<qint64, QByteArray> fromText = stored();
    ASSERT_EQ(fromText.size(), m_library->stats().articles);
    bool sawLong = false;
    for (auto it = fromText.cbegin(); it != fromText.cend(); ++it) {
        const std::optional<ArticleRecord> article = m_library->article(it.key());
        ASSERT_TRUE(article);
        sawLong = sawLong || article->body.size() > 50000;
        EXPECT_EQ(PendingSketches::sketchOf(article->headline, article->body), it.value())
            << article->headline.toStdString();
    }
    EXPECT_TRUE(sawLong);

    // Pending sketches are taken as they are (here each article is given its neighbour's), then dropped.
    QSqlQuery clear(db);
    ASSERT_TRUE(clear.exec(u"DELETE FROM reprint_sketches"_s));
    PendingSketches pending(db);
    const QList<qint64> ids = fromText.keys();
    QMap<qint64, QByteArray> given;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        given.insert(ids[i], fromText.value(ids[(i + 1) % ids.size()]));
        ASSERT_TRUE(pending.put(ids[i], given.value(ids[i]))) << pending.lastError().toStdString();
    }
    ASSERT_TRUE(pending.forget(ids.first()));
    given[ids.first()] = fromText.value(ids.first()); // forgotten: sketched from its text again
    ASSERT_TRUE(finder.update(nullptr, &error)) << error.toStdString();
    EXPECT_EQ(stored(), given);
    ASSERT_TRUE(clear.exec(u"SELECT count(*) FROM temp.za_pending_sketches"_s) && clear.next());
    EXPECT_EQ(clear.value(0).toInt(), 0);

    // A real import of files: sketched ahead, stored as from the text.
    Importer importer(*m_library);
    const QString path = m_dir.filePath(u"d2.md"_s);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(renderPage(generatedArticles(4, 29)));
    file.close();
    ImportOptions options;
    options.meta.bulletin = u"测试简报"_s;
    options.meta.issueNo = u"19"_s;
    options.meta.issueDate = QDate(2023, 5, 19);
    options.meta.page = u"D2"_s;
    const QList<FileImportResult> results = importer.importPaths({path}, options);
    ASSERT_EQ(results.size(), 1);
    ASSERT_EQ(results.first().status, ImportStatus::Imported);
    const QMap<qint64, QByteArray> afterImport = stored();
    EXPECT_EQ(afterImport.size(), m_library->stats().articles);
    for (auto it = afterImport.cbegin(); it != afterImport.cend(); ++it) {
        if (fromText.contains(it.key()))
            continue;
        const std::optional<ArticleRecord> article = m_library->article(it.key());
        ASSERT_TRUE(article);
        EXPECT_EQ(PendingSketches::sketchOf(article->headline, article->body), it.value());
    }
}

TEST_F(ReviewTest, CompletenessChecks)
{
    const QList<PageArticle> articles = generatedArticles(8, 18);
    ASSERT_EQ(import(articles.mid(0, 2), u"D1"_s).status, ImportStatus::Imported);
    ASSERT_EQ(import(articles.mid(2, 2), u"D2"_s).status, ImportStatus::Imported);
    // D4: a continuation from D3 (absent), a very short article, an article without a byline.
    QString d4 = u"## 续文\n\n(上接 D3 版)"_s + articles[4].paragraphs.join(u"\n\n"_s) +
                 u"(记者 王明)\n\n"_s + u"## 短讯\n\n会议召开。(记者 王明)\n\n"_s + u"## 无署名文章\n\n"_s +
                 articles[5].paragraphs.join(u"\n\n"_s) + u"\n\n"_s;
    ImportOptions options;
    options.meta.bulletin = u"测试简报"_s;
    options.meta.issueNo = u"18"_s;
    options.meta.issueDate = QDate(2023, 5, 12);
    options.meta.page = u"D4"_s;
    Importer importer(*m_library);
    ASSERT_EQ(importer.importBytes(u"d4.md"_s, d4.toUtf8(), {}, options).status, ImportStatus::Imported);

    QList<IssueCheck> checks;
    QString error;
    ASSERT_TRUE(checkIssue(m_library->database().connection(), {u"测试简报"_s, u"18"_s, {}}, &checks, &error))
        << error.toStdString();
    const auto has = [&](const QString &kind, const QString &headline = {}) {
        for (const IssueCheck &c : std::as_const(checks)) {
            if (c.kind == kind && (headline.isEmpty() || c.headline == headline))
                return true;
        }
        return false;
    };
    QStringList all;
    for (const IssueCheck &c : std::as_const(checks))
        all << c.kind + u' ' + c.page + u' ' + c.headline + u' ' + c.message;
    EXPECT_TRUE(has(u"missing_page"_s)) << all.join(u'\n').toStdString();
    EXPECT_TRUE(has(u"missing_continuation"_s, u"续文"_s)) << all.join(u'\n').toStdString();
    EXPECT_TRUE(has(u"too_short"_s, u"短讯"_s)) << all.join(u'\n').toStdString();
    EXPECT_TRUE(has(u"no_byline"_s, u"无署名文章"_s)) << all.join(u'\n').toStdString();
    EXPECT_FALSE(has(u"no_byline"_s, articles[0].headline));
    EXPECT_FALSE(has(u"too_long"_s));
    for (const IssueCheck &c : std::as_const(checks)) {
        if (c.kind == u"missing_page"_s) {
            EXPECT_EQ(c.page, u"D3"_s);
        }
    }
    EXPECT_FALSE(
        checkIssue(m_library->database().connection(), {u"测试简报"_s, u"77"_s, {}}, &checks, &error));
}

} // namespace
