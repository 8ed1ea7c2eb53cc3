#include "bulletin/issuemeta.h"
#include "pagetestsupport.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace za::bulletin;

namespace {

TEST(MetaFromFileName, UsualPattern)
{
    const IssueMeta meta = metaFromFileName(u"/data/in/2023-05-25_第18期_D2.md"_s);
    EXPECT_EQ(meta.issueDate, QDate(2023, 5, 25));
    EXPECT_EQ(meta.issueNo, u"18"_s);
    EXPECT_EQ(meta.page, u"D2"_s);
    EXPECT_TRUE(meta.bulletin.isEmpty());
}

TEST(MetaFromFileName, LiberalVariants)
{
    const IssueMeta dotted = metaFromFileName(u"山西开发区简报 2023.5.25 第１８期 第3版.txt"_s);
    EXPECT_EQ(dotted.issueDate, QDate(2023, 5, 25));
    EXPECT_EQ(dotted.issueNo, u"18"_s);
    EXPECT_EQ(dotted.page, u"3"_s);
    EXPECT_EQ(dotted.bulletin, u"山西开发区简报"_s);

    const IssueMeta chinese = metaFromFileName(u"2024年3月15日-第6期-A1.md"_s);
    EXPECT_EQ(chinese.issueDate, QDate(2024, 3, 15));
    EXPECT_EQ(chinese.issueNo, u"6"_s);
    EXPECT_EQ(chinese.page, u"A1"_s);

    const IssueMeta compact = metaFromFileName(u"20240315_d4.txt"_s);
    EXPECT_EQ(compact.issueDate, QDate(2024, 3, 15));
    EXPECT_EQ(compact.page, u"D4"_s);
}

TEST(MetaFromFileName, NothingRecognisable)
{
    const IssueMeta meta = metaFromFileName(u"page.md"_s);
    EXPECT_FALSE(meta.issueDate.isValid());
    EXPECT_TRUE(meta.issueNo.isEmpty());
    EXPECT_TRUE(meta.page.isEmpty());
    EXPECT_EQ(meta.bulletin, u"page"_s);
    EXPECT_FALSE(metaFromFileName(u"2023-13-45_x.md"_s).issueDate.isValid());
}

TEST(MetaFromSidecar, KeysAndErrors)
{
    const IssueMeta meta = metaFromSidecar(
        R"({"bulletin":"山西开发区简报","issue_date":"2023-05-25","issue_no":18,"page":"d2"})");
    EXPECT_EQ(meta.bulletin, u"山西开发区简报"_s);
    EXPECT_EQ(meta.issueDate, QDate(2023, 5, 25));
    EXPECT_EQ(meta.issueNo, u"18"_s);
    EXPECT_EQ(meta.page, u"D2"_s);
    EXPECT_EQ(metaFromSidecar(R"({"issue_no":"第18期"})").issueNo, u"18"_s);

    QString error;
    EXPECT_TRUE(metaFromSidecar("{not json", &error).isEmpty());
    EXPECT_FALSE(error.isEmpty());
    error.clear();
    EXPECT_FALSE(metaFromSidecar(R"({"issue_date":"25/05/2023"})", &error).issueDate.isValid());
    EXPECT_FALSE(error.isEmpty());
}

TEST(MetaFromMasthead, IssueDateAndPage)
{
    const IssueMeta meta =
        metaFromMasthead(u"山西开发区简报\n2023年5月25日 星期四\n第18期 第4版\n\n# 标题"_s);
    EXPECT_EQ(meta.issueDate, QDate(2023, 5, 25));
    EXPECT_EQ(meta.issueNo, u"18"_s);
    EXPECT_EQ(meta.page, u"4"_s);
    // The target of a continuation marker is not the page itself.
    EXPECT_TRUE(metaFromMasthead(u"（上接第3版）园区持续推进。"_s).page.isEmpty());
}

TEST(MergeMeta, PrecedenceExplicitSidecarFileNameMasthead)
{
    IssueMeta explicitMeta;
    explicitMeta.page = u"D9"_s;
    IssueMeta sidecar;
    sidecar.bulletin = u"甲"_s;
    sidecar.page = u"D8"_s;
    IssueMeta fileName;
    fileName.bulletin = u"乙"_s;
    fileName.issueNo = u"7"_s;
    IssueMeta masthead;
    masthead.issueNo = u"6"_s;
    masthead.issueDate = QDate(2024, 3, 15);
    const IssueMeta merged = resolveMeta(explicitMeta, sidecar, fileName, masthead);
    EXPECT_EQ(merged.page, u"D9"_s);
    EXPECT_EQ(merged.bulletin, u"甲"_s);
    EXPECT_EQ(merged.issueNo, u"7"_s);
    EXPECT_EQ(merged.issueDate, QDate(2024, 3, 15));
}

} // namespace
