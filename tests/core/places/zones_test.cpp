#include "places/zoneregistry.h"
#include "testprint.h"

#include <gtest/gtest.h>

using namespace za::places;
using namespace Qt::StringLiterals;

namespace {

const ZoneRegistry &registry()
{
    static const ZoneRegistry r = ZoneRegistry::seeded();
    return r;
}

PlaceContext shanxi()
{
    PlaceContext ctx;
    ctx.province = Gazetteer::instance().province(u"山西省"_s);
    return ctx;
}

QList<ZoneMatch> zonesIn(const QString &text, const PlaceContext &ctx = shanxi())
{
    QList<ZoneMatch> out;
    for (const ZoneMatch &m : registry().find(text, ctx))
        if (!m.zone.name.isEmpty())
            out.append(m);
    return out;
}

} // namespace

TEST(ZoneRegistry, SeededFromFileAndDivisions)
{
    const Zone *z = registry().find(u"山西晋中国家农业高新技术产业示范区");
    ASSERT_NE(z, nullptr);
    EXPECT_EQ(z->city, u"晋中市"_s);
    EXPECT_EQ(z->level, u"national"_s);
    // From streets.csv: cleaned of …潞州区部分 and placed.
    const Zone *shangdang = registry().find(u"上党经济技术开发区");
    ASSERT_NE(shangdang, nullptr);
    EXPECT_EQ(shangdang->county, u"上党区"_s);
    EXPECT_EQ(shangdang->city, u"长治市"_s);
    EXPECT_EQ(shangdang->status, ZoneStatus::Seed);
    EXPECT_EQ(registry().find(u"开发区"), nullptr) << "generic unit names are not zones";
}

TEST(ZoneRegistry, AliasesFold)
{
    const Zone *a = registry().find(u"长治经开区");
    ASSERT_NE(a, nullptr);
    EXPECT_EQ(a->name, u"长治经济技术开发区"_s);
    EXPECT_EQ(registry().find(u"长治市经济技术开发区"), a);
    const Zone *n = registry().find(u"晋中国家农高区");
    ASSERT_NE(n, nullptr);
    EXPECT_EQ(n->name, u"山西晋中国家农业高新技术产业示范区"_s);
    EXPECT_EQ(registry().find(u"太原高新区"), registry().find(u"太原高新技术产业开发区"));
    EXPECT_NE(registry().find(u"太原高新区"), nullptr);
    EXPECT_EQ(registry().find(u"综改区")->name, u"山西转型综合改革示范区"_s);
    EXPECT_EQ(registry().key(u"山西侯马经济开发区"), registry().key(u"侯马经济开发区"));
    EXPECT_NE(registry().key(u"上海杭州湾经济技术开发区"), registry().key(u"杭州湾经济技术开发区"))
        << "杭州湾 is not a place of 上海, so 上海 does not fold";
    EXPECT_EQ(registry().canonicalName(u"太原西山生态修复和文旅示范区"),
              u"太原西山生态修复和文化旅游示范区"_s);
}

TEST(ZoneRegistry, RegistryGrowsAndMerges)
{
    ZoneRegistry r = registry();
    Zone d;
    d.name = u"平遥古城文化旅游示范区"_s;
    d.status = ZoneStatus::Discovered;
    EXPECT_TRUE(r.add(d));
    Zone m;
    m.name = u"平遥文旅区"_s;
    m.status = ZoneStatus::Merged;
    m.mergedInto = d.name;
    EXPECT_TRUE(r.add(m));
    ASSERT_NE(r.find(u"平遥文旅区"), nullptr);
    EXPECT_EQ(r.find(u"平遥文旅区")->name, d.name);
    EXPECT_FALSE(r.add(Zone{u"长治经开区"_s, {}, {}, {}, {}, {}, ZoneStatus::Discovered, {}, {}}));
    EXPECT_TRUE(r.find(u"长治经济技术开发区")->aliases.contains(u"长治经开区"_s));
    EXPECT_EQ(zoneStatusFromName(u"confirmed"), ZoneStatus::Confirmed);
    EXPECT_EQ(zoneStatusName(ZoneStatus::Rejected), u"rejected"_s);
}

TEST(ZoneRegistry, UnknownZonesAreDiscoveredAndPlaced)
{
    const QList<ZoneMatch> m = zonesIn(u"今年以来，左云经开区加快建设。"_s);
    ASSERT_EQ(m.size(), 1);
    EXPECT_TRUE(m.front().discovered);
    EXPECT_EQ(m.front().zone.name, u"左云经济技术开发区"_s);
    EXPECT_EQ(m.front().zone.type, u"经济技术开发区"_s);
    EXPECT_EQ(m.front().zone.county, u"左云县"_s);
    EXPECT_EQ(m.front().zone.city, u"大同市"_s);
    EXPECT_EQ(m.front().zone.status, ZoneStatus::Discovered);

    const QList<ZoneMatch> x = zonesIn(u"代表团赴太原西山生态修复和文旅示范区考察"_s);
    ASSERT_EQ(x.size(), 1);
    EXPECT_EQ(x.front().zone.name, u"太原西山生态修复和文化旅游示范区"_s);
    EXPECT_EQ(x.front().zone.city, u"太原市"_s);
    EXPECT_EQ(x.front().asWritten, u"太原西山生态修复和文旅示范区"_s);
}

TEST(ZoneRegistry, OtherProvincesZones)
{
    const QList<ZoneMatch> s = zonesIn(u"与苏州高新区签订合作协议"_s);
    ASSERT_EQ(s.size(), 1);
    EXPECT_EQ(s.front().zone.name, u"苏州高新技术产业开发区"_s);
    EXPECT_EQ(s.front().zone.city, u"苏州市"_s);
    EXPECT_EQ(s.front().zone.province, u"江苏省"_s);
    const QList<ZoneMatch> h = zonesIn(u"对标上海杭州湾经济技术开发区"_s);
    ASSERT_EQ(h.size(), 1);
    EXPECT_EQ(h.front().zone.name, u"上海杭州湾经济技术开发区"_s);
    EXPECT_EQ(h.front().zone.province, u"上海市"_s);
}

TEST(ZoneRegistry, TextWithoutZones)
{
    EXPECT_TRUE(zonesIn(u"加快开发区建设，推进园区发展"_s).isEmpty());
    EXPECT_TRUE(zonesIn(u"示范区管委会负责人"_s).isEmpty());
    // A bare 园区 is an anaphor, not a zone.
    const QList<ZoneMatch> all = registry().find(u"该园区持续投入，园区企业增多"_s, shanxi());
    ASSERT_EQ(all.size(), 2);
    EXPECT_TRUE(all.at(0).anaphor);
    EXPECT_TRUE(all.at(1).anaphor);
}
