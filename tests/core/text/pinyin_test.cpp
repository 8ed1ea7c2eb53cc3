#include "text/pinyin.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

TEST(Pinyin, FullReadingAndInitialsOfAZoneName)
{
    const za::text::Pinyin p = za::text::toPinyin(u"侯马经济开发区"_s);
    EXPECT_EQ(p.full, u"houmajingjikaifaqu"_s);
    EXPECT_EQ(p.initials, u"hmjjkfq"_s);
}

TEST(Pinyin, LatinWordsAreOneInitialAndPunctuationIsDropped)
{
    const za::text::Pinyin p = za::text::toPinyin(u"淮海集团 MEMS 研发中心（二期）"_s);
    EXPECT_EQ(p.full, u"huaihaijituanmemsyanfazhongxinerqi"_s);
    EXPECT_EQ(p.initials, u"hhjtmyfzxeq"_s);
}

TEST(Pinyin, EmptyTextGivesNothing)
{
    const za::text::Pinyin p = za::text::toPinyin(u""_s);
    EXPECT_TRUE(p.full.isEmpty());
    EXPECT_TRUE(p.initials.isEmpty());
}

} // namespace
