#include "library/importer.h"
#include "library/library.h"
#include "search/directindex.h"
#include "search/index.h"
#include "search/searchengine.h"
#include "search/sqlitestatement.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace za::library;

namespace {

const QStringList kZones = {u"晋城经济技术开发区"_s, u"运城经开区"_s, u"长治高新技术产业开发区"_s,
                            u"太原武宿综合保税区"_s, u"侯马经济开发区"_s};

// A page of two articles; `version` changes its text (a page imported again replaces the old one).
QByteArray pageText(int n, int version = 0)
{
    const QString zone = kZones[n % kZones.size()];
    QString text = u"# 第%1号项目签约落地\n\n本刊讯 3月%2日，%3召开招商引资推进会，签约项目%4个，总投资%5亿元"
                   "，同比增长%6.%7%。"_s.arg(n)
                       .arg(1 + n % 28)
                       .arg(zone)
                       .arg(n % 9 + 1)
                       .arg(n * 3)
                       .arg(n % 40)
                       .arg(n % 10);
    if (version)
        text += u"更正版本%1带有新的内容。"_s.arg(version);
    else
        text += u"原始版本独有的说明。"_s;
    text += u"\n\n# 安全生产检查第%1轮\n\n本刊讯 %2组织安全生产大检查，排查隐患%3处，整改MEMS产线%4条。\n"_s
                .arg(n)
                .arg(zone)
                .arg(n % 17)
                .arg(n % 5);
    return text.toUtf8();
}

class DirectIndexTest : public ::testing::Test
{
protected:
    std::unique_ptr<Library> open(const QString &name)
    {
        auto library = std::make_unique<Library>(m_dir.filePath(name));
        QString error;
        EXPECT_TRUE(library->open(OpenMode::OpenOrCreate, &error)) << error.toStdString();
        return library;
    }
    QString writePages(const QString &folder, int first, int last, int version = 0)
    {
        const QString dir = m_dir.filePath(folder);
        QDir().mkpath(dir);
        for (int n = first; n < last; ++n) {
            QFile file(dir + u"/2024-03-15_第%1期_D1.md"_s.arg(n + 1));
            EXPECT_TRUE(file.open(QIODevice::WriteOnly));
            file.write(pageText(n, version));
        }
        return dir;
    }
    static ImportOptions options()
    {
        ImportOptions o;
        o.meta.bulletin = u"测试简报"_s;
        o.province = u"山西省"_s;
        return o;
    }
    static QList<qint64> ids(Library &library, const QString &query)
    {
        za::search::SearchRequest request;
        request.setQuery(query);
        request.setLimit(10000);
        const za::search::SearchResult result = library.search(request);
        EXPECT_TRUE(result.error.isEmpty()) << result.error.toStdString();
        QList<qint64> out;
        for (const za::search::SearchHit &hit : result.hits)
            out << hit.id;
        std::sort(out.begin(), out.end());
        return out;
    }
    // Rows FTS5 itself finds for a phrase, on the library's own connection.
    static QSet<qint64> fts5Rows(Library &library, const QString &phrase)
    {
        QSqlQuery q(library.database().connection());
        QSet<qint64> rows;
        q.prepare(u"SELECT rowid FROM article_fts WHERE article_fts MATCH ?"_s);
        q.addBindValue(QString(u"\""_s + phrase + u"\""_s));
        EXPECT_TRUE(q.exec());
        while (q.next())
            rows.insert(q.value(0).toLongLong());
        return rows;
    }
    static void expectIntact(Library &library)
    {
        QSqlDatabase db = library.database().connection();
        QString error;
        EXPECT_TRUE(za::search::Index::integrityCheck(db, &error)) << error.toStdString();
    }

    QTemporaryDir m_dir;
};

} // namespace

TEST_F(DirectIndexTest, SegmentsWrittenByTheImportMatchWhatFts5Finds)
{
    const QString pages = writePages(u"pages"_s, 0, 300);
    auto direct = open(u"direct.zarchive"_s);
    auto fts5 = open(u"fts5.zarchive"_s);
    {
        za::search::DirectIndex probe(za::search::sqliteHandle(direct->database().connection()));
        EXPECT_TRUE(probe.isUsable()) << probe.whyNot().toStdString();
    }
    Importer viaSegments(*direct);
    viaSegments.setDirectIndexing(true);
    Importer viaFts5(*fts5);
    ASSERT_EQ(viaSegments.importPaths({pages}, options()).size(), 300);

    ASSERT_EQ(viaFts5.importPaths({pages}, options()).size(), 300);

    EXPECT_GE(viaSegments.directSegments(), 1);
    EXPECT_EQ(viaFts5.directSegments(), 0);
    expectIntact(*direct);
    expectIntact(*fts5);
    for (const QString &query : {u"区"_s, u"招商"_s, u"经济技术开发区"_s, u"\"签约 项目\""_s, u"MEMS"_s,
                                 u"13.3%"_s, u"headline:安全生产"_s, u"第123号"_s, u"招商 -运城"_s}) {
        const QList<qint64> a = ids(*direct, query);
        EXPECT_EQ(a, ids(*fts5, query)) << query.toStdString();
        EXPECT_FALSE(a.isEmpty()) << query.toStdString();
    }
    EXPECT_EQ(fts5Rows(*direct, u"第123号"_s).size(), 1);
}

// FTS5 keeps the structure record of its connection in memory: segments written beside it must be
// seen by that connection's FTS5 afterwards (queries, and its own writes when pages are replaced).
TEST_F(DirectIndexTest, TheLibrarysOwnConnectionSeesTheSegmentsAndKeepsThemWhenFts5WritesAgain)
{
    auto library = open(u"lib.zarchive"_s);
    Importer importer(*library);
    importer.setDirectIndexing(true);
    importer.importPaths({writePages(u"first"_s, 0, 30)}, options());
    EXPECT_EQ(fts5Rows(*library, u"原始版本独有"_s).size(), 30); // FTS5 on this connection read the index
    importer.importPaths({writePages(u"second"_s, 30, 60)}, options());
    EXPECT_GE(importer.directSegments(), 1);
    EXPECT_EQ(fts5Rows(*library, u"原始版本独有"_s).size(), 60);
    // Replaced pages (FTS5 removes their old articles) and new ones in one import.
    const QString mixed = writePages(u"mixed"_s, 20, 40, 1);
    writePages(u"mixed"_s, 60, 90);
    const QList<FileImportResult> results = importer.importPaths({mixed}, options());
    int replaced = 0;
    for (const FileImportResult &r : results)
        replaced += r.status == ImportStatus::Replaced ? 1 : 0;
    EXPECT_EQ(replaced, 20);
    expectIntact(*library);
    EXPECT_EQ(fts5Rows(*library, u"原始版本独有"_s).size(), 70u); // pages 0-19, 40-89
    EXPECT_EQ(fts5Rows(*library, u"更正版本1"_s).size(), 20u);
    EXPECT_EQ(ids(*library, u"第75号"_s).size(), 1);
    EXPECT_EQ(ids(*library, u"第25号 更正版本1"_s).size(), 1);
    // And FTS5's own insertion after all that.
    Importer plain(*library);
    plain.importPaths({writePages(u"last"_s, 90, 95)}, options());
    expectIntact(*library);
    EXPECT_EQ(fts5Rows(*library, u"原始版本独有"_s).size(), 75u);
}

// A library whose index has an option this code does not write for is left to FTS5.
TEST_F(DirectIndexTest, AnIndexWithAnOptionItDoesNotKnowIsLeftToFts5)
{
    auto library = open(u"lib.zarchive"_s);
    QSqlQuery q(library->database().connection());
    ASSERT_TRUE(q.exec(u"INSERT INTO article_fts(article_fts, rank) VALUES ('secure-delete', 1)"_s) ||
                q.exec(u"INSERT INTO article_fts_config(k, v) VALUES ('unknown-option', 1)"_s));
    za::search::DirectIndex index(za::search::sqliteHandle(library->database().connection()));
    EXPECT_FALSE(index.isUsable());
    Importer importer(*library);
    importer.setDirectIndexing(true);
    importer.importPaths({writePages(u"pages"_s, 0, 10)}, options());
    EXPECT_EQ(importer.directSegments(), 0);
    expectIntact(*library);
}
