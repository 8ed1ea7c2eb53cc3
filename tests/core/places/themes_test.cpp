#include "places/themes.h"
#include "testprint.h"

#include <gtest/gtest.h>

using namespace za::places;
using namespace Qt::StringLiterals;

namespace {

QStringList names(const QList<ThemeScore> &scores)
{
    QStringList out;
    for (const ThemeScore &s : scores)
        out.append(s.name);
    return out;
}

} // namespace

TEST(Taxonomy, BuiltInHasTheFifteenThemes)
{
    const Taxonomy &t = Taxonomy::builtIn();
    ASSERT_EQ(t.themes.size(), 15);
    QStringList all;
    for (const Theme &theme : t.themes) {
        all.append(theme.name);
        EXPECT_FALSE(theme.nameEn.isEmpty());
        EXPECT_FALSE(theme.phrases.isEmpty());
    }
    for (const QString &n : {u"招商引资"_s, u"项目建设"_s, u"营商环境"_s, u"改革创新"_s, u"科技创新"_s,
                             u"生态环保"_s, u"绿色低碳"_s, u"安全生产"_s, u"党建督查"_s, u"产业发展"_s,
                             u"文化旅游"_s, u"农业农村"_s, u"经济运行"_s, u"考察交流"_s, u"基础设施"_s})
        EXPECT_TRUE(all.contains(n)) << n.toStdString();
}

TEST(Taxonomy, RoundTripsAndRejectsInvalid)
{
    const std::optional<Taxonomy> again = Taxonomy::fromJson(Taxonomy::builtIn().toJson());
    ASSERT_TRUE(again.has_value());
    EXPECT_EQ(again->themes.size(), 15);
    QString error;
    EXPECT_FALSE(Taxonomy::fromJson("{\"themes\": []}", &error).has_value());
    EXPECT_FALSE(error.isEmpty());
    EXPECT_FALSE(Taxonomy::fromJson("not json", &error).has_value());
    EXPECT_FALSE(
        Taxonomy::fromJson(R"({"themes":[{"name":"x","phrases":[{"text":"a","weight":-1}]}]})").has_value());
}

TEST(Classifier, MultiLabelWithThreshold)
{
    const Classifier c;
    const QString title = u"开发区召开安全生产专项整治会议"_s;
    const QString body = u"会议部署重大事故隐患排查整治，要求企业落实安全管理责任，建立隐患台账。"_s;
    const QStringList themes = names(c.classify({title}, {body}));
    ASSERT_FALSE(themes.isEmpty());
    EXPECT_EQ(themes.front(), u"安全生产"_s);
    EXPECT_FALSE(themes.contains(u"招商引资"_s));
    EXPECT_TRUE(names(c.classify({}, {u"今天天气晴朗。"_s})).isEmpty());
}

TEST(Classifier, ExclusionsStopPhrases)
{
    const Classifier c;
    const QString body = u"招商银行招商银行招商银行在此开设网点，招商银行服务"_s;
    for (const ThemeScore &s : c.scores({}, {body}))
        if (s.name == u"招商引资") {
            EXPECT_DOUBLE_EQ(s.score, 0.0);
        }
}

TEST(Classifier, LoadsALibrarysOwnTaxonomy)
{
    const QByteArray json = R"({"threshold": 1.0, "themes": [
        {"name": "氢能", "en": "hydrogen", "phrases": [{"text": "氢能", "weight": 2}, {"text": "加氢站", "weight": 2}],
         "exclusions": []}]})";
    const std::optional<Taxonomy> t = Taxonomy::fromJson(json);
    ASSERT_TRUE(t.has_value());
    const Classifier c(*t);
    EXPECT_EQ(names(c.classify({}, {u"园区新建加氢站一座"_s})), QStringList{u"氢能"_s});
    EXPECT_TRUE(names(c.classify({}, {u"招商引资大会召开"_s})).isEmpty());
}
