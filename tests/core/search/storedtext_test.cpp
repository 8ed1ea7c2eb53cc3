#include "search/compression.h"
#include "search/storedtext.h"
#include "testlibrary.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <gtest/gtest.h>

#include <random>

using namespace Qt::StringLiterals;

namespace za::search::test {
namespace {

QByteArray chineseText(int repeats)
{
    QString text;
    for (int i = 0; i < repeats; ++i)
        text += u"太原经济技术开发区第%1次招商引资签约，重点项目开工建设，营商环境持续优化。"_s.arg(i);
    return text.toUtf8();
}

TEST(StoredText, LongTextIsPackedAndReadBackExactly)
{
    const QByteArray text = chineseText(40);
    const QByteArray packed = packedText(text);
    ASSERT_FALSE(packed.isNull());
    EXPECT_LT(packed.size(), text.size() / 2);
    EXPECT_EQ(unpackedText(packed), text);
}

TEST(StoredText, ShortOrIncompressibleTextStaysText)
{
    EXPECT_TRUE(packedText(u"太原开工。"_s.toUtf8()).isNull());
    EXPECT_TRUE(packedText(QByteArray()).isNull());
    std::mt19937 random(7);
    QByteArray noise(4000, Qt::Uninitialized);
    for (char &c : noise)
        c = char(random() & 0xff);
    EXPECT_TRUE(packedText(noise).isNull());
}

TEST(StoredText, DamagedDataIsNoText)
{
    QByteArray packed = packedText(chineseText(40));
    ASSERT_FALSE(packed.isNull());
    EXPECT_FALSE(unpackedText(packed.left(packed.size() / 2)).has_value());
    EXPECT_FALSE(unpackedText(QByteArray(packed + "x")).has_value()) << "trailing bytes";
    QByteArray flipped = packed;
    flipped[flipped.size() / 2] = char(flipped[flipped.size() / 2] ^ 0x5a);
    EXPECT_FALSE(unpackedText(flipped).has_value()) << "the frame's checksum catches damage";
    EXPECT_FALSE(unpackedText(QByteArray()).has_value());
    EXPECT_FALSE(unpackedText(qCompress(chineseText(40)).left(20)).has_value());
}

// Bodies of libraries before schema 10 are zlib (qCompress) BLOBs: still read, in SQL too.
TEST(StoredText, OlderZlibBodiesAreStillRead)
{
    const QByteArray text = chineseText(40);
    EXPECT_EQ(unpackedText(qCompress(text, 3)), text);
    EXPECT_NE(packedText(text).left(4), qCompress(text).left(4));

    TestLibrary library;
    ASSERT_TRUE(library.error().isEmpty()) << library.error().toStdString();
    QSqlQuery q(library.db());
    q.prepare(u"SELECT za_text(?)"_s);
    q.addBindValue(qCompress(text, 3));
    ASSERT_TRUE(q.exec() && q.next()) << q.lastError().text().toStdString();
    EXPECT_EQ(q.value(0).toString().toUtf8(), text);
}

TEST(Compression, RoundTripsAndRefusesWhatItDidNotMake)
{
    const QByteArray text = chineseText(200);
    const QByteArray frame = compressed(text);
    ASSERT_TRUE(isCompressedFrame(frame));
    EXPECT_LT(frame.size(), text.size() / 2);
    EXPECT_EQ(decompressed(frame), text);
    EXPECT_EQ(decompressed(compressed(QByteArray())), QByteArray());
    EXPECT_FALSE(decompressed(frame, text.size() - 1).has_value()) << "larger than allowed";
    EXPECT_FALSE(decompressed(frame.left(frame.size() - 1)).has_value());
    EXPECT_FALSE(decompressed(QByteArray(frame + frame)).has_value()) << "one frame only";
    EXPECT_FALSE(decompressed(text).has_value());
    EXPECT_FALSE(isCompressedFrame(qCompress(text)));
}

TEST(StoredText, SqlFunctionsReadAndWriteBodiesAsTheWriterDoes)
{
    TestLibrary library;
    ASSERT_TRUE(library.error().isEmpty()) << library.error().toStdString();
    const QString longText = QString::fromUtf8(chineseText(40));
    QSqlQuery q(library.db());
    q.prepare(u"SELECT typeof(za_pack(?)), za_text(za_pack(?)), typeof(za_pack('短')), za_text('短'), "
              "za_text(NULL) IS NULL, za_pack(x'0102') = x'0102'"_s);
    q.addBindValue(longText);
    q.addBindValue(longText);
    ASSERT_TRUE(q.exec() && q.next()) << q.lastError().text().toStdString();
    EXPECT_EQ(q.value(0).toString(), u"blob"_s);
    EXPECT_EQ(q.value(1).toString(), longText);
    EXPECT_EQ(q.value(2).toString(), u"text"_s);
    EXPECT_EQ(q.value(3).toString(), u"短"_s);
    EXPECT_TRUE(q.value(4).toBool());
    EXPECT_TRUE(q.value(5).toBool());
    // The writer's packing and SQL's are the same bytes.
    q.prepare(u"SELECT za_pack(?) = ?"_s);
    q.addBindValue(longText);
    q.addBindValue(packedText(longText.toUtf8()));
    ASSERT_TRUE(q.exec() && q.next());
    EXPECT_TRUE(q.value(0).toBool());
    // Damage is an error, not an empty article.
    EXPECT_FALSE(q.exec(u"SELECT za_text(x'0000ffff0102030405')"_s) && q.next());
    EXPECT_TRUE(q.lastError().text().contains(u"damaged"_s)) << q.lastError().text().toStdString();
}

} // namespace
} // namespace za::search::test
