// The sample bundled with the application (resources/samples/) must parse into its articles.
#include "bulletin/pageparser.h"
#include "pagetestsupport.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace za::bulletin;

namespace {

const QString SampleName = u"2024-03-15_第6期_D2"_s;

TEST(BundledSample, MetadataFromSidecarAndFileNameAgree)
{
    QFile sidecar(QString::fromUtf8(ZA_SOURCE_DIR) + u"/resources/samples/"_s + SampleName + u".json"_s);
    ASSERT_TRUE(sidecar.open(QIODevice::ReadOnly));
    QString error;
    const IssueMeta fromSidecar = metaFromSidecar(sidecar.readAll(), &error);
    EXPECT_TRUE(error.isEmpty()) << error.toStdString();
    EXPECT_EQ(fromSidecar.bulletin, u"山西开发区简报"_s);
    const IssueMeta fromName = metaFromFileName(SampleName + u".md"_s);
    EXPECT_EQ(fromName.issueDate, fromSidecar.issueDate);
    EXPECT_EQ(fromName.issueNo, fromSidecar.issueNo);
    EXPECT_EQ(fromName.page, fromSidecar.page);
}

TEST(BundledSample, GivesItsFiveArticles)
{
    const QString text = test::readSourceFile(u"resources/samples/"_s + SampleName + u".md"_s);
    ASSERT_FALSE(text.isEmpty());
    ParseOptions options;
    options.issueDate = metaFromFileName(SampleName).issueDate;
    const ParsedPage page = parsePage(text, options);
    EXPECT_EQ(test::nothingLostReport(text, page), QString());
    ASSERT_EQ(page.articles.size(), 5) << test::describe(page).toStdString();

    const ParsedArticle &visit = page.articles[0];
    EXPECT_EQ(visit.kicker, u"在太原经济技术开发区"_s);
    EXPECT_EQ(visit.headline, u"省开发区工作专班调研园区“承诺制+标准地+全代办”改革"_s);
    EXPECT_EQ(visit.date.toIso(), u"2024-03-06"_s);
    EXPECT_EQ(visit.authors, QStringList{u"梁晓东"_s});
    ASSERT_EQ(visit.paragraphs.size(), 2);
    EXPECT_TRUE(visit.paragraphs[1].contains(u"让企业少跑腿"_s));

    const ParsedArticle &projects = page.articles[1];
    EXPECT_EQ(projects.kicker, u"运城经济技术开发区"_s);
    EXPECT_EQ(projects.headline, u"一季度项目建设跑出“加速度”"_s);
    EXPECT_TRUE(projects.date.isNull());
    EXPECT_EQ(projects.authors, (QStringList{u"杜文静"_s, u"韩磊"_s}));

    const ParsedArticle &safety = page.articles[2];
    EXPECT_EQ(safety.headline, u"晋城经济技术开发区召开安全生产工作会议"_s);
    EXPECT_EQ(safety.date.toIso(), u"2024-03-11"_s);
    EXPECT_EQ(safety.authors, QStringList{u"冯雅琴"_s});
    ASSERT_EQ(safety.paragraphs.size(), 2);
    EXPECT_TRUE(safety.paragraphs[1].contains(u"要求各企业落实主体责任"_s));

    const ParsedArticle &fragment = page.articles[3];
    EXPECT_TRUE(fragment.headline.isEmpty());
    EXPECT_EQ(fragment.continuedFrom, u"D1"_s);
    EXPECT_EQ(fragment.paragraphs.size(), 1);
    EXPECT_TRUE(fragment.authors.isEmpty());

    const ParsedArticle &feature = page.articles[4];
    EXPECT_EQ(feature.headline, u"晋城经济技术开发区以产业集群引领高质量发展"_s);
    EXPECT_EQ(feature.subheadings(),
              (QStringList{u"聚焦主导产业 延链补链强链"_s, u"做优服务环境 激发市场活力"_s}));
    EXPECT_EQ(feature.authors, QStringList{u"郑海燕"_s});
    ASSERT_EQ(feature.paragraphs.size(), 2);
    EXPECT_TRUE(feature.paragraphs[0].endsWith(u"产业集聚效应逐步显现。"_s));
}

} // namespace
