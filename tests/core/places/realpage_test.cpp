// The analyzer on the real sample page (../shared/samples, not in the repository). The bulletin parser
// is another module; here each article is cut out approximately by known headline strings and the first
// and last words of its body, which is enough to check zones, places and themes.
#include "places/analyzer.h"
#include "testprint.h"

#include <QFile>
#include <QSet>

#include <gtest/gtest.h>

using namespace za::places;
using namespace Qt::StringLiterals;

namespace {

QString samplePage()
{
    QFile file(QStringLiteral(ZA_SHARED_DIR "/samples/shanxi-bulletin-2023-05-page.md"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

struct Cut
{
    QString kicker;
    QString headline;
    QStringList subheadings;
    QString from;
    QString to;
};

// Paragraphs between `from` and `to` (inclusive); headline lines (## …) and subheadings are left out,
// line breaks inside a paragraph are joined.
std::optional<ArticleText> cutArticle(const QString &page, const Cut &cut)
{
    const qsizetype start = page.indexOf(cut.from);
    if (start < 0)
        return std::nullopt;
    const qsizetype end = page.indexOf(cut.to, start);
    if (end < 0)
        return std::nullopt;
    ArticleText a;
    a.kicker = cut.kicker;
    a.headline = cut.headline;
    a.subheadings = cut.subheadings;
    const QString body = page.sliced(start, end + cut.to.size() - start);
    for (const QString &chunk : body.split(u"\n\n"_s)) {
        QString p = chunk.trimmed();
        if (p.isEmpty() || p.startsWith(u"## "_s))
            continue;
        bool isSubheading = false;
        for (const QString &s : cut.subheadings)
            if (p.startsWith(s.section(u' ', 0, 0)))
                isSubheading = true;
        if (isSubheading)
            continue;
        p.replace(u'\n', QString());
        a.paragraphs.append(p);
    }
    return a;
}

QStringList zoneNames(const ArticleAnalysis &r, ZoneRole role)
{
    QStringList out;
    for (const ZoneMention &z : r.zones)
        if (z.role == role)
            out.append(z.name);
    return out;
}

QStringList themeNames(const ArticleAnalysis &r)
{
    QStringList out;
    for (const ThemeScore &t : r.themes)
        out.append(t.name);
    return out;
}

struct Expectation
{
    Cut cut;
    QStringList primaryZones;
    QString zoneCity;
    QStringList cities; // must be present
    QStringList themes; // must be present; at most one more
};

class RealPage : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_page = samplePage();
        if (m_page.isEmpty())
            GTEST_SKIP() << "sample page not found under " ZA_SHARED_DIR "/samples (ZA_SHARED_DIR)";
    }

    void check(const Expectation &e)
    {
        const std::optional<ArticleText> article = cutArticle(m_page, e.cut);
        ASSERT_TRUE(article.has_value()) << "could not cut the article starting " << qPrintable(e.cut.from);
        const ArticleAnalysis r = Analyzer::instance().analyze(*article, {u"山西省"_s});
        const QStringList primary = zoneNames(r, ZoneRole::Primary);
        const QStringList themes = themeNames(r);
        SCOPED_TRACE(
            qPrintable(u"headline %1 | primary zones %2 | mentioned %3 | cities %4 | themes %5"_s.arg(
                e.cut.headline, primary.join(u','), zoneNames(r, ZoneRole::Mentioned).join(u','),
                r.cities.join(u','), themes.join(u','))));
        EXPECT_EQ(primary, e.primaryZones);
        for (const ZoneMention &z : r.zones)
            if (z.role == ZoneRole::Primary && !e.zoneCity.isEmpty()) {
                EXPECT_EQ(z.city, e.zoneCity) << qPrintable(z.name);
            }
        for (const QString &c : e.cities)
            EXPECT_TRUE(r.cities.contains(c)) << qPrintable(c);
        for (const QString &t : e.themes)
            EXPECT_TRUE(themes.contains(t)) << qPrintable(t);
        EXPECT_LE(themes.size(), e.themes.size() + 1);
        m_last = r;
    }

    QString m_page;
    ArticleAnalysis m_last;
};

} // namespace

TEST_F(RealPage, TaiyuanXishanVisit)
{
    check({{u"在太原西山生态修复和文化旅游示范区"_s,
            u"临汾市委副书记、市长王延峰考察生态治理模式"_s,
            {},
            u"本刊讯 5月12日"_s,
            u"(贺玉斌)"_s},
           {u"太原西山生态修复和文化旅游示范区"_s},
           u"太原市"_s,
           {u"太原市"_s, u"临汾市"_s},
           {u"生态环保"_s, u"文化旅游"_s, u"考察交流"_s}});
    EXPECT_FALSE(m_last.cities.contains(u"昆明市"_s)) << "西山 alone is not a place";
}

TEST_F(RealPage, Houma)
{
    check({{u"侯马经济开发区"_s,
            u"全力推动开发区升级版提质提速"_s,
            {},
            u"本刊讯 今年以来"_s,
            u"按序时进度完成全年目标任务。(贺玉斌)"_s},
           {u"侯马经济开发区"_s},
           u"临汾市"_s,
           {u"临汾市"_s},
           {u"招商引资"_s, u"项目建设"_s, u"营商环境"_s, u"经济运行"_s}});
    bool investment = false;
    for (const Figure &f : m_last.figures)
        if (f.metric == u"工业投资" && f.unit == u"亿元" && f.value && qFuzzyCompare(*f.value, 3.26))
            investment = true;
    EXPECT_TRUE(investment);
}

TEST_F(RealPage, Xinzhou)
{
    check({{{},
            u"忻州经济开发区 召开冶金工贸行业重大事故隐患专项排查整治动员部署会议"_s,
            {},
            u"本刊讯 为深入贯彻"_s,
            u"(张虎虎)"_s},
           {u"忻州经济开发区"_s},
           u"忻州市"_s,
           {u"忻州市"_s},
           {u"安全生产"_s}});
}

TEST_F(RealPage, Datong)
{
    check({{{},
            u"大同经济技术开发区 召开全区转型综改牵引性 集成改革试点工作推进会"_s,
            {},
            u"本刊讯 5月17日，大同"_s,
            u"(孟国宇)"_s},
           {u"大同经济技术开发区"_s},
           u"大同市"_s,
           {u"大同市"_s},
           {u"改革创新"_s}});
}

TEST_F(RealPage, Changzhi)
{
    check({{{}, u"省科技厅调研组 在长治经开区开展专题调研"_s, {}, u"本刊讯 5月16日"_s, u"(靳晓妹)"_s},
           {u"长治经济技术开发区"_s},
           u"长治市"_s,
           {u"长治市"_s},
           {u"科技创新"_s, u"考察交流"_s}});
}

TEST_F(RealPage, Jinzhong)
{
    check({{{},
            u"晋中市委督查指导二组 在晋中国家农高区开展督查"_s,
            {},
            u"本刊讯 5月17日，由晋中"_s,
            u"(温泉 王彦凯)"_s},
           {u"山西晋中国家农业高新技术产业示范区"_s},
           u"晋中市"_s,
           {u"晋中市"_s},
           {u"党建督查"_s, u"农业农村"_s}});
}

TEST_F(RealPage, ContinuationFromD1)
{
    check({{{}, {}, {}, u"(上接 D1 版)"_s, u"舒心生活！"_s},
           {},
           {},
           {u"晋城市"_s},
           {u"招商引资"_s, u"营商环境"_s}});
    EXPECT_TRUE(m_last.counties.contains(u"高平市"_s));
}

TEST_F(RealPage, Zuoyun)
{
    check({{{},
            u"左云经济技术开发区 打造绿色低碳发展新样板"_s,
            {u"围绕高质量发展 布局规划高起点"_s, u"严把环境准入关 筑巢引凤添动能"_s,
             u"拓展延伸产业链 打造绿色集约专业镇"_s},
            u"锚定打造绿色环保园区"_s,
            u"打造绿色低碳“新样本”。"_s},
           {u"左云经济技术开发区"_s},
           u"大同市"_s,
           {u"大同市"_s},
           {u"绿色低碳"_s, u"招商引资"_s, u"产业发展"_s}});
    const QStringList mentioned = zoneNames(m_last, ZoneRole::Mentioned);
    EXPECT_TRUE(mentioned.contains(u"上海杭州湾经济技术开发区"_s));
    for (const ZoneMention &z : m_last.zones)
        if (z.name == u"上海杭州湾经济技术开发区") {
            EXPECT_EQ(z.province, u"上海市"_s);
        }
    EXPECT_FALSE(m_last.cities.contains(u"杭州市"_s));
}
