#include "cli/cli.h"
#include "library/articlejson.h"
#include "library/articlewriter.h"
#include "library/compactjson.h"
#include "library/importer.h"
#include "library/library.h"
#include "library/sourcecodec.h"
#include "search/index.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTextStream>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace za::library;

namespace {

const QString kPageD1 =
    u"## 晋城经济技术开发区\n\n"
    "# 招商引资跑出加速度\n\n"
    "本刊讯 3月6日，晋城经济技术开发区召开招商引资推进会，总结一季度工作。(下转 D2 版)\n"_s;
const QString kPageD2 = u"(上接 D1 版)会议要求，各部门要强化服务，确保项目早签约、早落地、早达效。\n\n"
                        "# 运城经开区开展安全生产大检查\n\n"
                        "本刊讯 3月8日，运城经济技术开发区组织开展安全生产大检查，排查隐患十二处。(王明)\n"_s;

// One article long enough for its body to be stored compressed.
QString longPage(int paragraphs = 12)
{
    QString page = u"# 太原经开区项目建设提速\n\n本刊讯 "_s;
    for (int i = 1; i <= paragraphs; ++i)
        page +=
            u"第%1批重点项目集中开工，总投资%2亿元，涉及新材料、装备制造和数字经济等领域。\n\n"_s.arg(i).arg(
                i * 7);
    return page;
}

qint64 count(Library &library, const QString &table)
{
    QSqlQuery query(library.database().connection());
    // Table names come from the tests themselves.
    if (!query.exec(u"SELECT count(*) FROM %1"_s.arg(table)) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

class ImporterTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_library = std::make_unique<Library>(m_dir.filePath(u"lib.zarchive"_s));
        QString error;
        ASSERT_TRUE(m_library->open(OpenMode::OpenOrCreate, &error)) << error.toStdString();
    }

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return path;
    }

    ImportOptions options(const QString &page = {}) const
    {
        ImportOptions o;
        o.meta.bulletin = u"测试简报"_s;
        o.meta.issueDate = QDate(2024, 3, 15);
        o.meta.issueNo = u"6"_s;
        o.meta.page = page;
        o.province = u"山西省"_s;
        return o;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Library> m_library;
};

TEST_F(ImporterTest, ImportsAPageAndKeepsTheSourceByteForByte)
{
    const QByteArray bytes = kPageD2.toUtf8();
    Importer importer(*m_library);
    const FileImportResult r = importer.importFile(write(u"d2.md"_s, bytes), options(u"D2"_s));
    ASSERT_EQ(r.status, ImportStatus::Imported) << r.message.toStdString();
    EXPECT_EQ(r.articles, 2);
    EXPECT_EQ(r.encoding, u"UTF-8"_s);
    const auto articles = m_library->articles();
    ASSERT_EQ(articles.size(), 2);
    EXPECT_EQ(articles[0].continuedFrom, u"D1"_s);
    EXPECT_EQ(articles[1].headline, u"运城经开区开展安全生产大检查"_s);
    EXPECT_EQ(articles[1].authors, QStringList{u"王明"_s});
    EXPECT_EQ(articles[1].date, u"2024-03-08"_s);
    EXPECT_EQ(m_library->sourceContent(articles[1].source.id).value_or(QByteArray()), bytes);
    EXPECT_TRUE(m_library->check().isEmpty());
}

// Stored compressed, read back byte for byte; rows written before compression (or without a gain) are
// stored as they are and read the same way; a blob that does not decode is refused, never passed on.
TEST_F(ImporterTest, SourcesAreStoredCompressedAndReadBackExactly)
{
    QByteArray bytes;
    for (int i = 0; i < 20; ++i)
        bytes += kPageD2.toUtf8();
    Importer importer(*m_library);
    const FileImportResult r = importer.importFile(write(u"d2.md"_s, bytes), options(u"D2"_s));
    ASSERT_EQ(r.status, ImportStatus::Imported) << r.message.toStdString();
    QSqlQuery query(m_library->database().connection());
    ASSERT_TRUE(query.exec(u"SELECT id, compression, length(content), byte_size FROM sources"_s) &&
                query.next());
    const qint64 sourceId = query.value(0).toLongLong();
    EXPECT_EQ(query.value(1).toString(), u"zstd"_s);
    EXPECT_LT(query.value(2).toLongLong() * 2, query.value(3).toLongLong());
    EXPECT_EQ(query.value(3).toLongLong(), bytes.size());
    query.finish();
    EXPECT_EQ(m_library->sourceContent(sourceId).value_or(QByteArray()), bytes);
    QString error;
    ASSERT_TRUE(importer.reindex({}, &error)) << error.toStdString();
    EXPECT_TRUE(m_library->check().isEmpty());

    // As an older library holds it.
    QSqlQuery update(m_library->database().connection());
    update.prepare(u"UPDATE sources SET content = ?, compression = '' WHERE id = ?"_s);
    update.addBindValue(bytes);
    update.addBindValue(sourceId);
    ASSERT_TRUE(update.exec());
    EXPECT_EQ(m_library->sourceContent(sourceId).value_or(QByteArray()), bytes);
    ASSERT_TRUE(importer.reindex({}, &error)) << error.toStdString();
    // Libraries before schema 10 compressed with zlib.
    update.prepare(u"UPDATE sources SET content = ?, compression = 'zlib' WHERE id = ?"_s);
    update.addBindValue(qCompress(bytes));
    update.addBindValue(sourceId);
    ASSERT_TRUE(update.exec());
    EXPECT_EQ(m_library->sourceContent(sourceId).value_or(QByteArray()), bytes);
    ASSERT_TRUE(importer.reindex({}, &error)) << error.toStdString();

    // Damaged: the wrong bytes are never handed on as the original.
    const qint64 articles = m_library->stats().articles;
    QByteArray truncated = packSource(bytes).data;
    truncated.chop(8);
    const QList<std::pair<QByteArray, QString>> damaged = {
        {QByteArray("\x00\x00\x10\x00garbage", 11), u"zlib"_s},
        {truncated, u"zstd"_s},
        {packSource(bytes.left(bytes.size() - 1)).data, u"zstd"_s}, // intact, but not the recorded size
        {packSource(bytes).data, u"lz4"_s},                         // unknown to this build
    };
    for (const auto &[content, compression] : damaged) {
        update.prepare(u"UPDATE sources SET content = ?, compression = ? WHERE id = ?"_s);
        update.addBindValue(content);
        update.addBindValue(compression);
        update.addBindValue(sourceId);
        ASSERT_TRUE(update.exec());
        EXPECT_FALSE(m_library->sourceContent(sourceId).has_value()) << compression.toStdString();
        EXPECT_FALSE(importer.reindex({}, &error));
        EXPECT_FALSE(error.isEmpty());
        EXPECT_EQ(m_library->stats().articles, articles);
    }
}

TEST_F(ImporterTest, Gb18030FileIsDetectedAndStoredUnchanged)
{
    QStringEncoder encoder("GB18030");
    ASSERT_TRUE(encoder.isValid());
    const QByteArray bytes = encoder.encode(kPageD2);
    Importer importer(*m_library);
    const FileImportResult r = importer.importFile(write(u"gbk.txt"_s, bytes), options(u"D2"_s));
    ASSERT_EQ(r.status, ImportStatus::Imported) << r.message.toStdString();
    EXPECT_EQ(r.encoding, u"GB18030"_s);
    const auto articles = m_library->articles();
    ASSERT_EQ(articles.size(), 2);
    EXPECT_EQ(articles[1].headline, u"运城经开区开展安全生产大检查"_s);
    EXPECT_EQ(m_library->sourceContent(articles[0].source.id).value_or(QByteArray()), bytes);
}

TEST_F(ImporterTest, IdenticalContentIsAlreadyImported)
{
    Importer importer(*m_library);
    const QString path = write(u"d2.md"_s, kPageD2.toUtf8());
    ASSERT_EQ(importer.importFile(path, options(u"D2"_s)).status, ImportStatus::Imported);
    const auto ids = m_library->articleIds();
    const FileImportResult again = importer.importFile(path, options(u"D2"_s));
    EXPECT_EQ(again.status, ImportStatus::AlreadyImported);
    EXPECT_EQ(m_library->articleIds(), ids) << "nothing may change";
    EXPECT_EQ(count(*m_library, u"sources"_s), 1);
}

TEST_F(ImporterTest, ChangedPageReplacesArticlesAndKeepsHistory)
{
    Importer importer(*m_library);
    ASSERT_EQ(importer.importFile(write(u"v1.md"_s, kPageD2.toUtf8()), options(u"D2"_s)).status,
              ImportStatus::Imported);
    QString changed = kPageD2;
    changed.replace(u"十二处"_s, u"十三处"_s);
    const FileImportResult r = importer.importFile(write(u"v2.md"_s, changed.toUtf8()), options(u"D2"_s));
    EXPECT_EQ(r.status, ImportStatus::Replaced);
    EXPECT_EQ(count(*m_library, u"articles"_s), 2);
    EXPECT_EQ(count(*m_library, u"pages"_s), 1);
    EXPECT_EQ(count(*m_library, u"sources"_s), 2) << "the older source stays in the library";
    EXPECT_EQ(count(*m_library, u"page_history"_s), 1);
    EXPECT_TRUE(m_library->articles().last().body.contains(u"十三处"_s));
}

TEST_F(ImporterTest, BadFilesAreRefusedOrSkippedWithoutChangingTheLibrary)
{
    Importer importer(*m_library);
    QByteArray binary("\x7f"
                      "ELF\x02\x01\x01\0\0\0\0\0",
                      12);
    binary.append(QByteArray(300, '\0'));
    const FileImportResult bin = importer.importFile(write(u"x.md"_s, binary), options(u"A1"_s));
    EXPECT_EQ(bin.status, ImportStatus::Failed);
    EXPECT_EQ(bin.message, u"not a text file"_s);
    const FileImportResult empty = importer.importFile(write(u"empty.md"_s, {}), options(u"A2"_s));
    EXPECT_EQ(empty.status, ImportStatus::Skipped);
    const auto missing = importer.importPaths({m_dir.filePath(u"absent.md"_s)}, options());
    ASSERT_EQ(missing.size(), 1);
    EXPECT_EQ(missing[0].status, ImportStatus::Failed);
    EXPECT_EQ(count(*m_library, u"sources"_s), 0);
    EXPECT_EQ(count(*m_library, u"articles"_s), 0);
}

TEST_F(ImporterTest, AFailureInsideTheTransactionLeavesTheLibraryAsItWas)
{
    Importer importer(*m_library);
    ASSERT_EQ(importer.importFile(write(u"d1.md"_s, kPageD1.toUtf8()), options(u"D1"_s)).status,
              ImportStatus::Imported);
    const qint64 sources = count(*m_library, u"sources"_s);
    const qint64 articles = count(*m_library, u"articles"_s);
    // Make the second article of the next page fail to insert.
    QSqlQuery query(m_library->database().connection());
    ASSERT_TRUE(query.exec(u"CREATE TRIGGER fail_second BEFORE INSERT ON articles WHEN NEW.seq = 1 "
                           "BEGIN SELECT RAISE(ABORT, 'injected failure'); END"_s));
    const FileImportResult r = importer.importFile(write(u"d2.md"_s, kPageD2.toUtf8()), options(u"D2"_s));
    EXPECT_EQ(r.status, ImportStatus::Failed);
    EXPECT_TRUE(r.message.contains(u"injected failure"_s)) << r.message.toStdString();
    EXPECT_EQ(count(*m_library, u"sources"_s), sources);
    EXPECT_EQ(count(*m_library, u"articles"_s), articles);
    EXPECT_EQ(count(*m_library, u"pages"_s), 1);
}

// importPaths commits files in groups; a failing file must still be left out alone, and what the
// writer remembered of the rolled-back group (ids of zones it had just added) must not outlive it.
TEST_F(ImporterTest, AFailingFileInAGroupLeavesOnlyThatFileOut)
{
    const QString newZone = u"朔州市平鲁区云杉数字示范区"_s;
    const auto page = [&](const QString &name, const QString &zone) {
        return write(u"group/2024-03-15_第6期_"_s + name + u".md"_s,
                     (u"# "_s + name + u"版头条\n\n本刊讯 3月6日，"_s + zone +
                      u"召开推进会，部署全年项目建设。\n\n# "_s + name +
                      u"版二条\n\n本刊讯 3月7日，晋城开展安全生产检查，排查隐患。\n"_s)
                         .toUtf8());
    };
    page(u"A1"_s, u"晋城经济技术开发区"_s);
    page(u"A2"_s, u"运城经济技术开发区"_s);
    page(u"A3"_s, newZone); // fails after writing its first article and the new zone
    page(u"A4"_s, newZone);
    page(u"A5"_s, u"长治高新技术产业开发区"_s);
    QSqlQuery query(m_library->database().connection());
    ASSERT_TRUE(query.exec(u"CREATE TRIGGER fail_a3 BEFORE INSERT ON articles WHEN NEW.page = 'A3' AND "
                           "NEW.seq = 1 BEGIN SELECT RAISE(ABORT, 'injected failure'); END"_s));
    ImportOptions o = options();
    Importer importer(*m_library);
    const QList<FileImportResult> results = importer.importPaths({m_dir.filePath(u"group"_s)}, o);
    ASSERT_EQ(results.size(), 5);
    const QStringList expected = {u"A1"_s, u"A2"_s, u"A3"_s, u"A4"_s, u"A5"_s};
    for (int i = 0; i < 5; ++i) {
        EXPECT_TRUE(results[i].path.endsWith(expected[i] + u".md"_s)) << results[i].path.toStdString();
        EXPECT_EQ(results[i].status, i == 2 ? ImportStatus::Failed : ImportStatus::Imported)
            << i << ": " << results[i].message.toStdString();
    }
    EXPECT_TRUE(results[2].message.contains(u"injected failure"_s)) << results[2].message.toStdString();
    EXPECT_EQ(count(*m_library, u"pages"_s), 4);
    EXPECT_EQ(count(*m_library, u"articles"_s), 8);
    ASSERT_TRUE(query.exec(u"SELECT z.name FROM article_zones t JOIN articles a ON a.id = t.article_id "
                           "JOIN zones z ON z.id = t.zone_id WHERE a.page = 'A4'"_s));
    ASSERT_TRUE(query.next());
    EXPECT_EQ(query.value(0).toString(), newZone);
    query.finish();
    ASSERT_TRUE(query.exec(u"PRAGMA foreign_key_check"_s));
    EXPECT_FALSE(query.next());
}

// With a result callback nothing is kept, and the callback sees what the returned list would hold, in
// the same order (problems found while collecting first, then every file once it is final).
TEST_F(ImporterTest, ResultCallbackSeesEveryFileInOrder)
{
    write(u"cb/2024-03-15_第6期_A1.md"_s, kPageD1.toUtf8());
    write(u"cb/2024-03-15_第6期_A2.md"_s, kPageD2.toUtf8());
    write(u"cb/2024-03-15_第6期_A3.md"_s, QByteArray());
    write(u"cb/2024-03-15_第6期_A4.md"_s, kPageD1.toUtf8()); // same bytes, another page
    const QStringList paths = {m_dir.filePath(u"cb"_s), m_dir.filePath(u"missing"_s)};
    QList<FileImportResult> seen;
    Importer importer(*m_library);
    const QList<FileImportResult> kept =
        importer.importPaths(paths, options(), {}, nullptr, [&](const FileImportResult &r) { seen << r; });
    EXPECT_TRUE(kept.isEmpty());
    ASSERT_EQ(seen.size(), 5);
    EXPECT_EQ(seen[0].status, ImportStatus::Failed); // the missing path
    EXPECT_EQ(seen[1].status, ImportStatus::Imported);
    EXPECT_EQ(seen[2].status, ImportStatus::Imported);
    EXPECT_EQ(seen[3].status, ImportStatus::Skipped);
    EXPECT_EQ(seen[4].status, ImportStatus::Imported);
    EXPECT_TRUE(seen[4].path.endsWith(u"A4.md"_s));
    // Without the callback, the same list is returned.
    Library again(m_dir.filePath(u"again.zarchive"_s));
    QString error;
    ASSERT_TRUE(again.open(OpenMode::OpenOrCreate, &error)) << error.toStdString();
    const QList<FileImportResult> returned = Importer(again).importPaths(paths, options());
    ASSERT_EQ(returned.size(), seen.size());
    for (qsizetype i = 0; i < returned.size(); ++i) {
        EXPECT_EQ(returned[i].path, seen[i].path);
        EXPECT_EQ(returned[i].status, seen[i].status);
        EXPECT_EQ(returned[i].articles, seen[i].articles);
    }
}

TEST_F(ImporterTest, ContinuedArticlesOfOneIssueAreLinked)
{
    Importer importer(*m_library);
    ASSERT_EQ(importer.importFile(write(u"d1.md"_s, kPageD1.toUtf8()), options(u"D1"_s)).status,
              ImportStatus::Imported);
    ASSERT_EQ(importer.importFile(write(u"d2.md"_s, kPageD2.toUtf8()), options(u"D2"_s)).status,
              ImportStatus::Imported);
    std::optional<ArticleRecord> first;
    std::optional<ArticleRecord> rest;
    for (const ArticleRecord &a : m_library->articles()) {
        if (a.continuedTo == u"D2"_s)
            first = a;
        if (a.continuedFrom == u"D1"_s)
            rest = a;
    }
    ASSERT_TRUE(first && rest);
    EXPECT_EQ(first->continuedToArticle, rest->id);
    EXPECT_EQ(rest->continuedFromArticle, first->id);
}

TEST_F(ImporterTest, FoldersAreWalkedOnceEvenWithALinkLoop)
{
    write(u"issue/a/2024-03-15_第6期_D1.md"_s, kPageD1.toUtf8());
    write(u"issue/b/2024-03-15_第6期_D2.md"_s, kPageD2.toUtf8());
    write(u"issue/b/notes.pdf"_s, "%PDF-1.4");
    ASSERT_TRUE(QFile::link(m_dir.filePath(u"issue"_s), m_dir.filePath(u"issue/a/loop"_s)));
    QList<FileImportResult> problems;
    const QStringList files = Importer::collectFiles({m_dir.filePath(u"issue"_s)}, &problems);
    EXPECT_EQ(files.size(), 2);
    EXPECT_TRUE(problems.isEmpty());
    Importer importer(*m_library);
    ImportOptions o;
    o.meta.bulletin = u"测试简报"_s;
    const auto results = importer.importPaths({m_dir.filePath(u"issue"_s)}, o);
    ASSERT_EQ(results.size(), 2);
    EXPECT_EQ(results[0].meta.page, u"D1"_s) << "page label from the file name";
    EXPECT_EQ(results[0].meta.issueNo, u"6"_s);
    EXPECT_EQ(results[0].meta.issueDate, QDate(2024, 3, 15));
}

TEST_F(ImporterTest, ReindexRebuildsTheSameArticlesFromTheSources)
{
    Importer importer(*m_library);
    importer.importFile(write(u"d1.md"_s, kPageD1.toUtf8()), options(u"D1"_s));
    importer.importFile(write(u"d2.md"_s, kPageD2.toUtf8()), options(u"D2"_s));
    QStringList before;
    for (const ArticleRecord &a : m_library->articles())
        before << a.headline + a.body + a.authors.join(u',');
    QSqlQuery query(m_library->database().connection());
    ASSERT_TRUE(query.exec(u"DELETE FROM article_themes"_s)); // derived data damaged
    QString error;
    ASSERT_TRUE(importer.reindex({}, &error)) << error.toStdString();
    QStringList after;
    for (const ArticleRecord &a : m_library->articles())
        after << a.headline + a.body + a.authors.join(u',');
    EXPECT_EQ(after, before);
    EXPECT_GT(count(*m_library, u"article_themes"_s), 0);
    EXPECT_TRUE(m_library->check().isEmpty());
}

TEST_F(ImporterTest, FiguresAreStoredAsOneListPerArticleAndReadBackInOrder)
{
    const QString page = u"# 开发区经济运行良好\n\n本刊讯 "
                         u"3月6日，晋城经济技术开发区一季度实现营业收入877亿元，同比增长19.57%，"
                         "新签约项目12个，总投资3-5亿元，新增就业岗位1200个，工业用电量增长8.6%，"
                         "规上企业达到216家。\n"_s;
    Importer importer(*m_library);
    ASSERT_EQ(importer.importFile(write(u"f.md"_s, page.toUtf8()), options(u"A1"_s)).status,
              ImportStatus::Imported);
    const QList<ArticleRecord> articles = m_library->articles();
    ASSERT_EQ(articles.size(), 1);
    const std::optional<ArticleRecord> record = m_library->article(articles.first().id);
    ASSERT_TRUE(record);
    QStringList texts;
    bool range = false;
    for (const FigureRecord &f : record->figures) {
        texts << f.text;
        if (f.text.contains(u'-'))
            range = !f.value.has_value();
    }
    ASSERT_GE(texts.size(), 6) << texts.join(u' ').toStdString();
    EXPECT_TRUE(texts.indexOf(u"877亿元"_s) < texts.indexOf(u"19.57%"_s)) << texts.join(u' ').toStdString();
    EXPECT_TRUE(range) << "a range has no single value";
    EXPECT_EQ(count(*m_library, u"article_figure_lists"_s), 1);
    // Long lists are compressed when that pays, and read back the same.
    QSqlQuery query(m_library->database().connection());
    ASSERT_TRUE(query.exec(u"SELECT compression, size, length(data) FROM article_figure_lists"_s) &&
                query.next());
    EXPECT_GT(query.value(1).toLongLong(), 0);
}

// The figure list's JSON is written by hand: quotes, backslashes, control characters, numbers and
// missing values must come back as they went in.
TEST(FigureListJson, RoundTripsAwkwardTextAndNumbers)
{
    QList<za::places::Figure> figures = {
        {u"营业收入"_s, 877.0, u"亿元"_s, u"877亿元"_s},
        {u"say \"hi\" \\ back"_s, 0.1 + 0.2, u"%"_s, u"tab\there\nnew\x01line"_s},
        {u"投资"_s, std::nullopt, u"亿元"_s, u"3-5亿元"_s},
        {u"big"_s, 1.5e21, QString(), u"𠀀 outside the BMP"_s},
        {u"tiny"_s, -2.5e-7, QString(), QString()},
    };
    for (int i = 0; i < 40; ++i) // long enough to be compressed
        figures.append({u"项目%1"_s.arg(i), double(i), u"个"_s, u"%1个"_s.arg(i)});
    const ArticleWriter::FigureList list = ArticleWriter::figureList(figures);
    const std::optional<QByteArray> json = unpackSource(list.stored.data, list.stored.compression, list.size);
    ASSERT_TRUE(json);
    EXPECT_FALSE(list.stored.compression.isEmpty()) << "a long list is stored compressed";
    QJsonParseError error{};
    const QJsonArray parsed = QJsonDocument::fromJson(*json, &error).array();
    ASSERT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();
    ASSERT_EQ(parsed.size(), figures.size());
    for (qsizetype i = 0; i < figures.size(); ++i) {
        const QJsonArray f = parsed.at(i).toArray();
        ASSERT_EQ(f.size(), 4);
        EXPECT_EQ(f.at(0).toString(), figures.at(i).metric);
        EXPECT_EQ(f.at(2).toString(), figures.at(i).unit);
        EXPECT_EQ(f.at(3).toString(), figures.at(i).text);
        if (figures.at(i).value)
            EXPECT_EQ(f.at(1), QJsonValue(*figures.at(i).value)) << i; // the shortest form reads back exactly
        else
            EXPECT_TRUE(f.at(1).isNull()) << i;
    }
    EXPECT_TRUE(ArticleWriter::figureList({}).stored.data.isEmpty());
}

// Subheadings, authors, section starts and warnings are stored as JSON written by hand as well.
TEST(CompactJson, StringAndNumberArraysReadBackAsWritten)
{
    const QStringList strings = {u"开发区"_s,
                                 QString(),
                                 u"quote \" and \\ slash"_s,
                                 u"ctl\x01\x1f\t\n"_s,
                                 u"𠀀 outside the BMP"_s,
                                 u"/ and \u2028"_s};
    QJsonParseError error{};
    const QJsonArray parsed = QJsonDocument::fromJson(jsonStringArray(strings), &error).array();
    ASSERT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();
    ASSERT_EQ(parsed.size(), strings.size());
    for (qsizetype i = 0; i < strings.size(); ++i)
        EXPECT_EQ(parsed.at(i).toString(), strings.at(i)) << i;
    EXPECT_EQ(jsonStringArray({}), QByteArray("[]"));
    EXPECT_EQ(jsonIntArray({0, 7, -3, qsizetype(1) << 40}), QByteArray("[0,7,-3,1099511627776]"));
    EXPECT_EQ(jsonIntArray({}), QByteArray("[]"));
}

// Schema 7 turned per-figure rows into one list per article; a library made before keeps its figures.
TEST_F(ImporterTest, MigrationKeepsFiguresOfAnOlderLibrary)
{
    const QString path = m_dir.filePath(u"old.zarchive"_s);
    qint64 id = 0;
    {
        Library library(path);
        QString error;
        ASSERT_TRUE(library.open(OpenMode::OpenOrCreate, &error)) << error.toStdString();
        Importer importer(library);
        ASSERT_EQ(importer.importFile(write(u"d2.md"_s, kPageD2.toUtf8()), options(u"D2"_s)).status,
                  ImportStatus::Imported);
        id = library.articles().last().id;
        QSqlQuery q(library.database().connection());
        // Back to schema 6: figures as rows (two, in seq order, one without a value).
        for (const QString &sql :
             {u"CREATE TABLE article_figures (article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE "
              "CASCADE, seq INTEGER NOT NULL, metric TEXT NOT NULL, value REAL, unit TEXT NOT NULL, "
              "text TEXT NOT NULL, PRIMARY KEY (article_id, seq)) WITHOUT ROWID"_s,
              u"DROP TABLE article_figure_lists"_s,
              u"INSERT INTO article_figures VALUES (%1, 1, '投资', NULL, '亿元', '3-5亿元')"_s.arg(id),
              u"INSERT INTO article_figures VALUES (%1, 0, '隐患', 12, '处', '十二处')"_s.arg(id),
              u"PRAGMA user_version = 6"_s})
            ASSERT_TRUE(q.exec(sql)) << q.lastError().text().toStdString();
    }
    Library library(path);
    QString error;
    ASSERT_TRUE(library.open(OpenMode::OpenExisting, &error)) << error.toStdString();
    const std::optional<ArticleRecord> record = library.article(id);
    ASSERT_TRUE(record);
    ASSERT_EQ(record->figures.size(), 2);
    EXPECT_EQ(record->figures[0].text, u"十二处"_s);
    EXPECT_EQ(record->figures[0].value, 12.0);
    EXPECT_EQ(record->figures[1].metric, u"投资"_s);
    EXPECT_FALSE(record->figures[1].value.has_value());
    EXPECT_EQ(record->figures[1].unit, u"亿元"_s);
}

// Bodies are stored compressed (schema 8); readers, the index and its triggers see the text.
TEST_F(ImporterTest, BodiesAreStoredCompressedAndIndexedAsText)
{
    Importer importer(*m_library);
    ASSERT_EQ(importer.importFile(write(u"d3.md"_s, longPage().toUtf8()), options(u"D3"_s)).status,
              ImportStatus::Imported);
    QSqlDatabase db = m_library->database().connection();
    QSqlQuery q(db);
    ASSERT_TRUE(q.exec(u"SELECT id, typeof(body), length(CAST(za_text(body) AS BLOB)), length(body) "
                       "FROM articles ORDER BY length(za_text(body)) DESC LIMIT 1"_s) &&
                q.next());
    const qint64 id = q.value(0).toLongLong();
    EXPECT_EQ(q.value(1).toString(), u"blob"_s);
    EXPECT_LT(q.value(3).toLongLong(), q.value(2).toLongLong());
    q.finish();
    const std::optional<ArticleRecord> record = m_library->article(id);
    ASSERT_TRUE(record);
    EXPECT_TRUE(record->body.contains(u"第12批重点项目集中开工，总投资84亿元"_s))
        << record->body.toStdString();
    QString error;
    EXPECT_TRUE(za::search::Index::integrityCheck(db, &error)) << error.toStdString();
    // An edit through SQL packs as the writer does, and the update trigger takes the old text out.
    q.prepare(u"UPDATE articles SET body = za_pack(?) WHERE id = ?"_s);
    q.addBindValue(
        QString(record->body + u"\n\n朔州经济开发区新签约项目十二个，总投资八十亿元。"_s.repeated(4)));
    q.addBindValue(id);
    ASSERT_TRUE(q.exec()) << q.lastError().text().toStdString();
    EXPECT_TRUE(za::search::Index::integrityCheck(db, &error)) << error.toStdString();
    za::search::SearchRequest request;
    request.setQuery(u"朔州经济开发区新签约"_s);
    EXPECT_EQ(m_library->search(request).total, 1);
}

// A library made before schema 8 has its bodies compressed when it is opened; its index stays valid.
TEST_F(ImporterTest, MigrationCompressesBodiesOfAnOlderLibrary)
{
    const QString path = m_dir.filePath(u"old8.zarchive"_s);
    QString before;
    qint64 id = 0;
    {
        Library library(path);
        QString error;
        ASSERT_TRUE(library.open(OpenMode::OpenOrCreate, &error)) << error.toStdString();
        Importer importer(library);
        ASSERT_EQ(importer.importFile(write(u"d2.md"_s, longPage().toUtf8()), options(u"D3"_s)).status,
                  ImportStatus::Imported);
        id = library.articles().first().id;
        // Enough text that rewriting it frees pages (compacting them away is checked below).
        for (int i = 0; i < 12; ++i)
            ASSERT_EQ(importer
                          .importFile(write(u"m%1.md"_s.arg(i), longPage(60 + i).toUtf8()),
                                      options(u"M%1"_s.arg(i)))
                          .status,
                      ImportStatus::Imported);
        before = library.article(id)->body;
        // Back to schema 7: bodies as text, read by the view and the triggers as they were.
        QSqlQuery q(library.database().connection());
        QStringList schema;
        ASSERT_TRUE(q.exec(u"SELECT sql FROM sqlite_schema WHERE name IN ('article_search', "
                           "'articles_fts_delete', 'articles_fts_update') ORDER BY type DESC"_s));
        while (q.next())
            schema << q.value(0).toString().replace(QRegularExpression(u"za_text\\((\\w+)\\.body\\)"_s),
                                                    u"\\1.body"_s);
        ASSERT_EQ(schema.size(), 3);
        for (const QString &sql :
             QStringList{u"DROP TRIGGER articles_fts_delete"_s, u"DROP TRIGGER articles_fts_update"_s,
                         u"DROP VIEW article_search"_s, u"UPDATE articles SET body = za_text(body)"_s} +
                 schema + QStringList{u"PRAGMA user_version = 7"_s})
            ASSERT_TRUE(q.exec(sql)) << q.lastError().text().toStdString() << sql.toStdString();
        ASSERT_TRUE(q.exec(u"SELECT count(*) FROM articles WHERE typeof(body) = 'blob'"_s) && q.next());
        ASSERT_EQ(q.value(0).toInt(), 0);
        QString error2;
        QSqlDatabase db = library.database().connection();
        ASSERT_TRUE(za::search::Index::integrityCheck(db, &error2)) << error2.toStdString();
    }
    Library library(path);
    QString error;
    ASSERT_TRUE(library.open(OpenMode::OpenExisting, &error)) << error.toStdString();
    QSqlDatabase db = library.database().connection();
    QSqlQuery q(db);
    ASSERT_TRUE(q.exec(u"SELECT typeof(body) FROM articles WHERE id = %1"_s.arg(id)) && q.next());
    EXPECT_EQ(q.value(0).toString(), u"blob"_s);
    // The pages the rewrite freed left the file.
    ASSERT_TRUE(q.exec(u"PRAGMA freelist_count"_s) && q.next());
    EXPECT_EQ(q.value(0).toInt(), 0);
    q.finish();
    EXPECT_EQ(library.article(id)->body, before);
    EXPECT_TRUE(za::search::Index::integrityCheck(db, &error)) << error.toStdString();
    // Deleting a migrated article takes exactly its text out of the index.
    ASSERT_TRUE(q.exec(u"DELETE FROM articles WHERE id = %1"_s.arg(id)));
    EXPECT_TRUE(za::search::Index::integrityCheck(db, &error)) << error.toStdString();
}

TEST_F(ImporterTest, ArticleJsonHasTheDocumentedFields)
{
    Importer importer(*m_library);
    importer.importFile(write(u"d2.md"_s, kPageD2.toUtf8()), options(u"D2"_s));
    const QJsonObject json = articleToJson(m_library->articles().last());
    for (const char *key :
         {"id",          "bulletin", "issue_date", "issue_no", "page",     "kicker",         "headline",
          "subheadings", "dateline", "date",       "authors",  "body",     "continued_from", "continued_to",
          "warnings",    "source",   "zones",      "cities",   "counties", "themes",         "figures"})
        EXPECT_TRUE(json.contains(QLatin1StringView(key))) << key;
    EXPECT_EQ(json.value(u"source"_s).toObject().value(u"sha256"_s).toString().size(), 64);
    EXPECT_EQ(json.value(u"issue_date"_s).toString(), u"2024-03-15"_s);
    bool yuncheng = false;
    for (const QJsonValue &zone : json.value(u"zones"_s).toArray())
        yuncheng = yuncheng || zone.toObject().value(u"name"_s).toString() == u"运城经济技术开发区"_s;
    EXPECT_TRUE(yuncheng) << "运城经开区 folds to its canonical name";
}

TEST(ImporterRealPage, TheSharedSamplePageGivesEightArticles)
{
    const QString page = QStringLiteral(ZA_SHARED_DIR) + u"/samples/shanxi-bulletin-2023-05-page.md"_s;
    if (!QFile::exists(page))
        GTEST_SKIP() << "the shared sample page is absent: " << page.toStdString();
    QTemporaryDir dir;
    Library library(dir.filePath(u"lib.zarchive"_s));
    ASSERT_TRUE(library.open(OpenMode::OpenOrCreate, nullptr));
    Importer importer(library);
    ImportOptions o;
    o.meta.bulletin = u"山西开发区"_s;
    o.meta.issueDate = QDate(2023, 5, 25);
    o.meta.page = u"D2"_s;
    o.province = u"山西省"_s;
    const FileImportResult r = importer.importFile(page, o);
    ASSERT_EQ(r.status, ImportStatus::Imported) << r.message.toStdString();
    const auto articles = library.articles();
    ASSERT_EQ(articles.size(), 8);
    EXPECT_EQ(articles[0].date, u"2023-05-12"_s);
    EXPECT_EQ(articles[6].continuedFrom, u"D1"_s);
    EXPECT_TRUE(articles[6].headline.isEmpty());
    EXPECT_EQ(articles[7].authors, QStringList{u"吕平"_s});
}

struct CliRun
{
    int code = -1;
    QString out;
    QString err;
};

CliRun runCli(const QStringList &args)
{
    CliRun run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    run.code = za::cli::run(QStringList{u"zonearchive-cli"_s} + args, out, err);
    out.flush();
    err.flush();
    return run;
}

TEST(CliImport, ExitCodesAndJson)
{
    QTemporaryDir dir;
    const QString lib = dir.filePath(u"lib.zarchive"_s);
    const QString good = dir.filePath(u"2024-03-15_第6期_D2.md"_s);
    {
        QFile f(good);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(kPageD2.toUtf8());
    }
    const CliRun ok =
        runCli({u"--library"_s, lib, u"import"_s, u"--bulletin"_s, u"测试简报"_s, good, u"--json"_s});
    ASSERT_EQ(ok.code, 0) << ok.err.toStdString();
    const QJsonObject result = QJsonDocument::fromJson(ok.out.toUtf8()).object();
    EXPECT_EQ(result.value(u"articles"_s).toInt(), 2);
    EXPECT_EQ(result.value(u"files"_s).toArray().at(0).toObject().value(u"status"_s).toString(),
              u"imported"_s);

    const CliRun partly = runCli({u"--library"_s, lib, u"import"_s, u"--bulletin"_s, u"测试简报"_s, good,
                                  dir.filePath(u"absent.md"_s)});
    EXPECT_EQ(partly.code, 1);
    EXPECT_TRUE(partly.out.contains(u"already imported"_s)) << partly.out.toStdString();
    EXPECT_EQ(runCli({u"--library"_s, lib, u"import"_s}).code, 2);
    EXPECT_EQ(runCli({u"--library"_s, lib, u"import"_s, u"--issue-date"_s, u"15.3.2024"_s, good}).code, 2);

    const CliRun list = runCli({u"--library"_s, lib, u"articles"_s, u"--json"_s});
    ASSERT_EQ(list.code, 0);
    const QJsonArray articles = QJsonDocument::fromJson(list.out.toUtf8()).array();
    ASSERT_EQ(articles.size(), 2);
    const qint64 id = articles.at(1).toObject().value(u"id"_s).toInteger();
    const CliRun show = runCli({u"--library"_s, lib, u"show"_s, QString::number(id)});
    EXPECT_EQ(show.code, 0);
    EXPECT_TRUE(show.out.contains(u"运城经开区开展安全生产大检查"_s));
    EXPECT_EQ(runCli({u"--library"_s, lib, u"show"_s, u"999999"_s}).code, 1);

    const CliRun search = runCli({u"--library"_s, lib, u"search"_s, u"安全"_s, u"--json"_s});
    ASSERT_EQ(search.code, 0) << search.err.toStdString();
    const QJsonObject hits = QJsonDocument::fromJson(search.out.toUtf8()).object();
    EXPECT_EQ(hits.value(u"total"_s).toInt(), 1);
    EXPECT_TRUE(hits.value(u"hits"_s)
                    .toArray()
                    .at(0)
                    .toObject()
                    .value(u"snippet"_s)
                    .toString()
                    .contains(u"<mark>安全</mark>"_s));
    EXPECT_TRUE(hits.value(u"facets"_s).toObject().contains(u"zone"_s));
}

} // namespace
