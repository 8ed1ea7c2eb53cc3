#include "places/gazetteer.h"
#include "testprint.h"

#include <gtest/gtest.h>

using namespace za::places;
using namespace Qt::StringLiterals;

namespace {

const Gazetteer &g()
{
    return Gazetteer::instance();
}

// Names of the places found in `text`, as full names.
QStringList found(const QString &text, const QString &province = u"山西省"_s)
{
    PlaceContext ctx;
    ctx.province = g().province(province);
    QStringList out;
    for (const PlaceMention &m : g().find({QStringView(text)}, ctx))
        out.append(g().place(m.place).name);
    return out;
}

int county(const QString &name)
{
    for (const int p : g().lookup(name))
        if (g().place(p).kind == PlaceKind::County)
            return p;
    return -1;
}

} // namespace

// How fast it loads is bench_places' business; this checks that all of China is there.
TEST(Gazetteer, LoadsAllOfChina)
{
    const Gazetteer fresh(Gazetteer::embeddedPack());
    EXPECT_FALSE(fresh.isEmpty());
    int provinces = 0, cities = 0, counties = 0;
    for (const Place &p : fresh.places())
        (p.kind == PlaceKind::Province ? provinces : p.kind == PlaceKind::City ? cities : counties)++;
    EXPECT_EQ(provinces, 31);
    EXPECT_GT(cities, 320);
    EXPECT_GT(counties, 2800);
    EXPECT_GT(fresh.zoneUnits().size(), 500);
}

TEST(Gazetteer, CountiesMapToCityAndProvince)
{
    EXPECT_EQ(g().cityName(county(u"侯马市"_s)), u"临汾市"_s);
    EXPECT_EQ(g().cityName(county(u"高平市"_s)), u"晋城市"_s);
    EXPECT_EQ(g().cityName(county(u"左云县"_s)), u"大同市"_s);
    EXPECT_EQ(g().provinceName(county(u"左云县"_s)), u"山西省"_s);
    EXPECT_EQ(g().place(county(u"左云县"_s)).shortName, u"左云"_s);
    EXPECT_EQ(g().place(county(u"长阳土家族自治县"_s)).shortName, u"长阳"_s);
}

TEST(Gazetteer, MunicipalitiesUseTheProvinceName)
{
    EXPECT_EQ(g().cityName(county(u"朝阳区"_s) >= 0 ? g().lookup(u"东城区"_s).front() : -1), u"北京市"_s);
    EXPECT_EQ(found(u"重庆市万州区召开会议"_s, {}), (QStringList{u"重庆市"_s, u"万州区"_s}));
    EXPECT_GE(g().province(u"广西"_s), 0);
    EXPECT_GE(g().province(u"内蒙古"_s), 0);
}

TEST(Gazetteer, FullAndShortNames)
{
    EXPECT_EQ(found(u"临汾市委召开会议"_s), QStringList{u"临汾市"_s});
    EXPECT_EQ(found(u"临汾、运城两市"_s), (QStringList{u"临汾市"_s, u"运城市"_s}));
    EXPECT_EQ(found(u"侯马市经济稳步增长"_s), QStringList{u"侯马市"_s});
    EXPECT_EQ(found(u"左云县委书记"_s), QStringList{u"左云县"_s});
    EXPECT_EQ(found(u"来自左云、右玉的企业"_s), (QStringList{u"左云县"_s, u"右玉县"_s}));
}

TEST(Gazetteer, WordsThatOnlyContainANameDoNotCount)
{
    EXPECT_TRUE(found(u"确保社会长治久安"_s).isEmpty());
    EXPECT_TRUE(found(u"两者大同小异"_s).isEmpty());
    EXPECT_TRUE(found(u"双方共同推进"_s).isEmpty());
    EXPECT_TRUE(found(u"考察西山治理成效"_s).isEmpty()) << "西山 alone is not a place";
    EXPECT_TRUE(found(u"朝阳产业发展迅速"_s).isEmpty());
    EXPECT_TRUE(found(u"黄河南岸"_s).isEmpty());
}

TEST(Gazetteer, AmbiguousCountyNamesNeedContext)
{
    // 城区 is a word; it names a district only right after its city.
    EXPECT_TRUE(found(u"城区供暖全面完成"_s).isEmpty());
    const QStringList jincheng = found(u"晋城市城区召开会议"_s);
    ASSERT_EQ(jincheng.size(), 2);
    EXPECT_EQ(jincheng.at(1), u"城区"_s);
    PlaceContext ctx;
    ctx.province = g().province(u"山西省"_s);
    const QString text = u"阳泉市郊区"_s;
    const QList<PlaceMention> m = g().find({QStringView(text)}, ctx);
    ASSERT_EQ(m.size(), 2);
    EXPECT_EQ(g().cityName(m.at(1).place), u"阳泉市"_s);
    // 鼓楼区 exists in several cities: the city named nearby decides.
    const QString nanjing = u"南京市召开会议，鼓楼区负责人参加"_s;
    const QList<PlaceMention> n = g().find({QStringView(nanjing)}, {});
    ASSERT_EQ(n.size(), 2);
    EXPECT_EQ(g().cityName(n.at(1).place), u"南京市"_s);
    EXPECT_TRUE(found(u"鼓楼区负责人参加"_s, {}).isEmpty()) << "no context: ambiguous, dropped";
}

TEST(Gazetteer, CountyShortNamesNeedContext)
{
    // 左云 in a Shanxi bulletin; 东方 (东方市, Hainan) is a common word elsewhere.
    EXPECT_TRUE(found(u"东方，红日升起"_s).isEmpty());
    EXPECT_EQ(found(u"东方，红日升起"_s, u"海南省"_s), QStringList{u"东方市"_s});
    EXPECT_EQ(found(u"高平经济开发区"_s, u"江苏省"_s), QStringList{u"高平市"_s})
        << "a zone word is evidence enough";
}
