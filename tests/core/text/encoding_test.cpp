#include "text/encoding.h"

#include <gtest/gtest.h>
#include <unicode/ucnv.h>

#include <ostream>

using namespace Qt::StringLiterals;
using za::text::decode;
using za::text::DecodeStatus;

// Readable failure messages.
void PrintTo(const QString &text, std::ostream *os)
{
    *os << '"' << text.toStdString() << '"';
}

namespace {

const QString Chinese = u"本刊讯 3月15日，太原经济技术开发区召开项目推进会，晋城经济技术开发区负责人参加。"_s;

// Encodes with ICU so that the test does not depend on the decoder it checks.
QByteArray encodeWithIcu(const QString &text, const char *encoding)
{
    UErrorCode status = U_ZERO_ERROR;
    UConverter *converter = ucnv_open(encoding, &status);
    EXPECT_TRUE(U_SUCCESS(status)) << encoding;
    QByteArray out(text.size() * 4 + 16, '\0');
    const int32_t length = ucnv_fromUChars(converter, out.data(), static_cast<int32_t>(out.size()),
                                           reinterpret_cast<const UChar *>(text.constData()),
                                           static_cast<int32_t>(text.size()), &status);
    ucnv_close(converter);
    EXPECT_TRUE(U_SUCCESS(status));
    out.truncate(length);
    return out;
}

TEST(Decode, PlainUtf8)
{
    const auto result = decode(Chinese.toUtf8());
    ASSERT_EQ(result.status, DecodeStatus::Ok);
    EXPECT_EQ(result.decoded.text, Chinese);
    EXPECT_EQ(result.decoded.encoding, u"UTF-8"_s);
    EXPECT_FALSE(result.decoded.hadBom);
    EXPECT_EQ(result.decoded.replacements, 0);
}

TEST(Decode, Utf8WithBomDropsTheBom)
{
    const auto result = decode(QByteArray("\xEF\xBB\xBF") + Chinese.toUtf8());
    ASSERT_EQ(result.status, DecodeStatus::Ok);
    EXPECT_EQ(result.decoded.text, Chinese);
    EXPECT_TRUE(result.decoded.hadBom);
    EXPECT_EQ(result.decoded.encoding, u"UTF-8"_s);
}

TEST(Decode, Utf16LittleAndBigEndianWithBom)
{
    QByteArray le("\xFF\xFE", 2);
    QByteArray be("\xFE\xFF", 2);
    for (const QChar ch : Chinese) {
        const char16_t u = ch.unicode();
        le.append(char(u & 0xFF)).append(char(u >> 8));
        be.append(char(u >> 8)).append(char(u & 0xFF));
    }
    const auto little = decode(le);
    ASSERT_EQ(little.status, DecodeStatus::Ok);
    EXPECT_EQ(little.decoded.text, Chinese);
    EXPECT_EQ(little.decoded.encoding, u"UTF-16LE"_s);
    EXPECT_TRUE(little.decoded.hadBom);
    const auto big = decode(be);
    ASSERT_EQ(big.status, DecodeStatus::Ok);
    EXPECT_EQ(big.decoded.text, Chinese);
    EXPECT_EQ(big.decoded.encoding, u"UTF-16BE"_s);
}

TEST(Decode, Gb18030IsDetected)
{
    const QString longer = Chinese + u"\n\n"_s + Chinese + u"运城经济技术开发区持续优化营商环境。"_s;
    const QByteArray bytes = encodeWithIcu(longer, "GB18030");
    ASSERT_NE(bytes, longer.toUtf8());
    const auto result = decode(bytes);
    ASSERT_EQ(result.status, DecodeStatus::Ok);
    EXPECT_EQ(result.decoded.encoding, u"GB18030"_s);
    EXPECT_EQ(result.decoded.text, longer);
    EXPECT_EQ(result.decoded.replacements, 0);
    EXPECT_GT(result.decoded.confidence, 0);
}

TEST(Decode, ShortGbkTextIsStillChinese)
{
    // A few characters give the detector little to go on; Latin-1 mojibake must not win.
    const QString shortText = u"晋城经济技术开发区"_s;
    const auto result = decode(encodeWithIcu(shortText, "GBK"));
    ASSERT_EQ(result.status, DecodeStatus::Ok);
    EXPECT_EQ(result.decoded.text, shortText);
}

TEST(Decode, ForcedEncodingOverridesDetection)
{
    const QByteArray bytes = encodeWithIcu(Chinese, "GB18030");
    const auto result = decode(bytes, u"gbk"_s);
    ASSERT_EQ(result.status, DecodeStatus::Ok);
    EXPECT_EQ(result.decoded.text, Chinese);
    EXPECT_EQ(result.decoded.confidence, 100);
    // Forcing a wrong encoding is obeyed: Latin-1 maps every byte to one character.
    const auto latin = decode(bytes, u"ISO-8859-1"_s);
    ASSERT_EQ(latin.status, DecodeStatus::Ok);
    EXPECT_EQ(latin.decoded.text.size(), bytes.size());
}

TEST(Decode, UnknownForcedEncoding)
{
    const auto result = decode(Chinese.toUtf8(), u"no-such-charset-42"_s);
    EXPECT_EQ(result.status, DecodeStatus::UnknownEncoding);
    EXPECT_FALSE(result.message.isEmpty());
}

TEST(Decode, InvalidUtf8BytesBecomeReplacementCharactersWhenForced)
{
    QByteArray bytes = Chinese.toUtf8();
    bytes.insert(6, "\xFF\xFE\xC3", 3);
    const auto result = decode(bytes, u"UTF-8"_s);
    ASSERT_EQ(result.status, DecodeStatus::Ok);
    EXPECT_GE(result.decoded.replacements, 1);
    EXPECT_TRUE(result.decoded.text.contains(QChar(0xFFFD)));
    EXPECT_FALSE(result.decoded.text.contains(QChar(0x1A)));
}

TEST(Decode, DamagedUtf16CountsReplacements)
{
    // An unpaired high surrogate in UTF-16LE.
    const QByteArray bytes("\xFF\xFE"
                           "A\x00"
                           "\x00\xD8"
                           "B\x00",
                           8);
    const auto result = decode(bytes);
    ASSERT_EQ(result.status, DecodeStatus::Ok);
    EXPECT_EQ(result.decoded.replacements, 1);
    EXPECT_EQ(result.decoded.text, u"A\uFFFDB"_s);
}

TEST(Decode, MostlyUtf8WithAStrayByteNeverCrashes)
{
    QByteArray bytes = Chinese.toUtf8();
    bytes.append('\x80');
    const auto result = decode(bytes);
    ASSERT_EQ(result.status, DecodeStatus::Ok);
    EXPECT_FALSE(result.decoded.text.isEmpty());
    EXPECT_NE(result.decoded.encoding, u"UTF-8"_s); // not valid UTF-8 any more: the detector decided
}

TEST(Decode, NulBytesAreNotText)
{
    const QByteArray bytes("PK\x03\x04\x00\x00\x08\x00", 8);
    const auto result = decode(bytes);
    EXPECT_EQ(result.status, DecodeStatus::NotText);
    EXPECT_FALSE(result.message.isEmpty());
}

TEST(Decode, ManyControlBytesAreNotText)
{
    QByteArray bytes;
    for (int i = 0; i < 200; ++i)
        bytes.append(char(1 + i % 7)).append('x');
    EXPECT_EQ(decode(bytes).status, DecodeStatus::NotText);
}

TEST(Decode, EmptyAndWhitespace)
{
    EXPECT_EQ(decode(QByteArray()).status, DecodeStatus::Empty);
    EXPECT_EQ(decode(QByteArray(" \n\t\r\n ")).status, DecodeStatus::Empty);
    EXPECT_EQ(decode(QByteArray("\xEF\xBB\xBF")).status, DecodeStatus::Empty);
    EXPECT_EQ(decode(u"\u3000\u3000\n"_s.toUtf8()).status, DecodeStatus::Empty);
    EXPECT_EQ(decode(QByteArray("  x ")).status, DecodeStatus::Ok);
}

TEST(Decode, StrictUtf8RejectsOverlongAndSurrogates)
{
    // Overlong "/" and an encoded surrogate are not UTF-8: whatever the detector then chooses, they
    // must not come out as "/" or as a lone surrogate.
    for (const QByteArray &bad : {QByteArray("ab\xC0\xAF"), QByteArray("ab\xED\xA0\x80")}) {
        const auto result = decode(bad);
        ASSERT_EQ(result.status, DecodeStatus::Ok);
        EXPECT_TRUE(result.decoded.text.startsWith(u"ab"_s));
        EXPECT_FALSE(result.decoded.text.contains(u'/'));
        for (const QChar ch : result.decoded.text)
            EXPECT_FALSE(ch.isSurrogate());
        if (result.decoded.encoding == u"UTF-8"_s) {
            EXPECT_GE(result.decoded.replacements, 1);
        }
    }
}

TEST(Decode, LargeInputIsConvertedCompletely)
{
    QString big;
    for (int i = 0; i < 20000; ++i)
        big += Chinese;
    const QByteArray bytes = encodeWithIcu(big, "GB18030");
    const auto result = decode(bytes);
    ASSERT_EQ(result.status, DecodeStatus::Ok);
    EXPECT_EQ(result.decoded.text.size(), big.size());
    EXPECT_EQ(result.decoded.text, big);
}

} // namespace
