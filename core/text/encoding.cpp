#include "text/encoding.h"

#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>
#include <unicode/ucsdet.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace za::text {
namespace {

// The detector only needs a sample: it costs about 0.3 µs per byte, and a few KB of Chinese text
// identify the encoding reliably.
constexpr qsizetype DetectionSampleBytes = 4 * 1024;

struct ConverterCloser
{
    void operator()(UConverter *converter) const { ucnv_close(converter); }
};
using ConverterPtr = std::unique_ptr<UConverter, ConverterCloser>;

struct DetectorCloser
{
    void operator()(UCharsetDetector *detector) const { ucsdet_close(detector); }
};
using DetectorPtr = std::unique_ptr<UCharsetDetector, DetectorCloser>;

// Replaces every undecodable sequence with U+FFFD (ICU's default would use U+001A for some legacy
// converters) and counts it, so that callers can warn about damaged input.
void countingSubstitute(const void *context, UConverterToUnicodeArgs *args, const char *, int32_t,
                        UConverterCallbackReason reason, UErrorCode *err)
{
    if (reason > UCNV_IRREGULAR)
        return; // reset/close/clone: nothing to substitute
    auto *count = static_cast<qsizetype *>(const_cast<void *>(context));
    ++*count;
    static const UChar replacement = 0xFFFD;
    *err = U_ZERO_ERROR;
    ucnv_cbToUWriteUChars(args, &replacement, 1, 0, err);
}

bool isStrictUtf8(const QByteArray &bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const auto *end = p + bytes.size();
    while (p < end) {
        const unsigned char c = *p;
        if (c < 0x80) {
            ++p;
            continue;
        }
        int length = 0;
        unsigned char lo = 0x80, hi = 0xBF; // allowed range of the second byte
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            if (c == 0xE0)
                lo = 0xA0; // overlong
            else if (c == 0xED)
                hi = 0x9F; // surrogates
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            if (c == 0xF0)
                lo = 0x90;
            else if (c == 0xF4)
                hi = 0x8F;
        } else {
            return false;
        }
        if (end - p < length)
            return false;
        if (p[1] < lo || p[1] > hi)
            return false;
        for (int i = 2; i < length; ++i) {
            if (p[i] < 0x80 || p[i] > 0xBF)
                return false;
        }
        p += length;
    }
    return true;
}

// Binary data shows itself through NUL bytes or many C0 controls that text never uses.
bool looksBinary(const QByteArray &bytes)
{
    qsizetype controls = 0;
    for (const char ch : bytes) {
        const auto c = static_cast<unsigned char>(ch);
        if (c == 0)
            return true;
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1B)
            ++controls;
    }
    return controls > 8 && controls * 20 > bytes.size();
}

bool isBlank(const QString &text)
{
    for (const QChar ch : text) {
        if (!ch.isSpace() && ch != QChar(0xFEFF))
            return false;
    }
    return true;
}

struct Conversion
{
    bool ok = false;
    QString text;
    QString canonicalName;
    qsizetype replacements = 0;
};

Conversion convert(const char *data, qsizetype size, const QByteArray &encodingName)
{
    Conversion result;
    UErrorCode status = U_ZERO_ERROR;
    ConverterPtr converter(ucnv_open(encodingName.constData(), &status));
    if (U_FAILURE(status) || !converter)
        return result;
    const char *icuName = ucnv_getName(converter.get(), &status);
    if (U_FAILURE(status))
        return result;
    // Report the familiar spelling ("GB18030", "GBK", "windows-1252") rather than ICU's internal one
    // ("gb18030", "windows-936-2000", "ibm-5348_P100-1997"): MIME name, else IANA name.
    const char *reported = icuName;
    for (const char *standard : {"MIME", "IANA"}) {
        UErrorCode nameStatus = U_ZERO_ERROR;
        const char *name = ucnv_getStandardName(icuName, standard, &nameStatus);
        if (U_SUCCESS(nameStatus) && name) {
            reported = name;
            break;
        }
    }
    result.canonicalName = QString::fromLatin1(reported);
    ucnv_setToUCallBack(converter.get(), countingSubstitute, &result.replacements, nullptr, nullptr, &status);
    if (U_FAILURE(status))
        return result;

    // One UTF-16 unit per input byte is enough for every converter except a few stateful ones; the
    // loop grows the buffer when ICU says so.
    QString out;
    out.resize(size + 16);
    auto *target = reinterpret_cast<UChar *>(out.data());
    const char *source = data;
    const char *sourceLimit = data + size;
    for (;;) {
        auto *targetLimit = reinterpret_cast<UChar *>(out.data()) + out.size();
        status = U_ZERO_ERROR;
        ucnv_toUnicode(converter.get(), &target, targetLimit, &source, sourceLimit, nullptr, true, &status);
        if (status == U_BUFFER_OVERFLOW_ERROR) {
            const qsizetype written = target - reinterpret_cast<UChar *>(out.data());
            out.resize(out.size() * 2);
            target = reinterpret_cast<UChar *>(out.data()) + written;
            continue;
        }
        if (U_FAILURE(status))
            return result;
        break;
    }
    out.truncate(target - reinterpret_cast<const UChar *>(out.constData()));
    result.text = std::move(out);
    result.ok = true;
    return result;
}

struct Detection
{
    QByteArray name;
    int confidence = 0;
};

bool isChineseLegacy(const QByteArray &name)
{
    return name == "GB18030" || name == "GBK" || name == "GB2312" || name == "EUC-CN";
}

Detection detect(const QByteArray &bytes)
{
    Detection fallback{QByteArrayLiteral("GB18030"), 0};
    UErrorCode status = U_ZERO_ERROR;
    // Opening a detector builds all its recognisers (milliseconds); one per thread is reused.
    thread_local DetectorPtr detector(ucsdet_open(&status));
    if (U_FAILURE(status) || !detector)
        return fallback;
    const qsizetype sample = std::min(bytes.size(), DetectionSampleBytes);
    ucsdet_setText(detector.get(), bytes.constData(), static_cast<int32_t>(sample), &status);
    int32_t count = 0;
    const UCharsetMatch **matches = ucsdet_detectAll(detector.get(), &count, &status);
    if (U_FAILURE(status) || count == 0)
        return fallback;

    Detection best;
    best.name = ucsdet_getName(matches[0], &status);
    best.confidence = ucsdet_getConfidence(matches[0], &status);
    if (isChineseLegacy(best.name)) {
        best.name = QByteArrayLiteral("GB18030"); // superset of GBK and GB2312
        return best;
    }
    // Short Chinese texts often score slightly higher as a Latin single-byte charset, which would
    // turn every character into mojibake. This archive is about Chinese bulletins, so a plausible
    // GB18030 candidate wins over a Latin one.
    const bool latinWinner = best.name.startsWith("ISO-8859") || best.name.startsWith("windows-125");
    if (latinWinner) {
        for (int32_t i = 1; i < count; ++i) {
            const QByteArray name = ucsdet_getName(matches[i], &status);
            const int confidence = ucsdet_getConfidence(matches[i], &status);
            if (isChineseLegacy(name) && confidence >= 10)
                return {QByteArrayLiteral("GB18030"), confidence};
        }
    }
    return best;
}

DecodeResult finish(Conversion &&conversion, int confidence, bool hadBom)
{
    DecodeResult result;
    if (isBlank(conversion.text)) {
        result.status = DecodeStatus::Empty;
        result.message = u"the file contains no text"_s;
    }
    result.decoded.text = std::move(conversion.text);
    result.decoded.encoding = conversion.canonicalName;
    result.decoded.confidence = confidence;
    result.decoded.replacements = conversion.replacements;
    result.decoded.hadBom = hadBom;
    return result;
}

} // namespace

DecodeResult decode(const QByteArray &bytes, const QString &forcedEncoding)
{
    if (!forcedEncoding.isEmpty()) {
        const QByteArray name = forcedEncoding.trimmed().toLatin1();
        UErrorCode status = U_ZERO_ERROR;
        ConverterPtr probe(ucnv_open(name.constData(), &status));
        if (U_FAILURE(status) || !probe || name.isEmpty()) {
            DecodeResult result;
            result.status = DecodeStatus::UnknownEncoding;
            result.message = u"unknown encoding: "_s + forcedEncoding;
            return result;
        }
        // A forced encoding still drops its own BOM so that it does not become U+FEFF in the text.
        qsizetype skip = 0;
        const QByteArray canonical = ucnv_getName(probe.get(), &status);
        if (canonical == "UTF-8" && bytes.startsWith("\xEF\xBB\xBF"))
            skip = 3;
        Conversion conversion = convert(bytes.constData() + skip, bytes.size() - skip, name);
        if (!conversion.ok) {
            DecodeResult result;
            result.status = DecodeStatus::UnknownEncoding;
            result.message = u"cannot convert from "_s + forcedEncoding;
            return result;
        }
        return finish(std::move(conversion), 100, skip > 0);
    }

    if (bytes.isEmpty()) {
        DecodeResult result;
        result.status = DecodeStatus::Empty;
        result.message = u"the file is empty"_s;
        return result;
    }

    struct Bom
    {
        const char *prefix;
        qsizetype length;
        const char *encoding;
    };
    // UTF-32 first: its little-endian BOM begins with the UTF-16LE one.
    static const Bom boms[] = {
        {"\xFF\xFE\x00\x00", 4, "UTF-32LE"}, {"\x00\x00\xFE\xFF", 4, "UTF-32BE"},
        {"\xEF\xBB\xBF", 3, "UTF-8"},        {"\xFF\xFE", 2, "UTF-16LE"},
        {"\xFE\xFF", 2, "UTF-16BE"},
    };
    for (const Bom &bom : boms) {
        if (bytes.size() >= bom.length &&
            std::equal(bom.prefix, bom.prefix + bom.length, bytes.constData())) {
            Conversion conversion =
                convert(bytes.constData() + bom.length, bytes.size() - bom.length, QByteArray(bom.encoding));
            return finish(std::move(conversion), 100, true);
        }
    }

    if (looksBinary(bytes)) {
        DecodeResult result;
        result.status = DecodeStatus::NotText;
        result.message = u"not a text file (binary content)"_s;
        return result;
    }

    if (isStrictUtf8(bytes)) {
        Conversion conversion;
        conversion.ok = true;
        conversion.text = QString::fromUtf8(bytes);
        conversion.canonicalName = u"UTF-8"_s;
        return finish(std::move(conversion), 100, false);
    }

    const Detection detection = detect(bytes);
    Conversion conversion = convert(bytes.constData(), bytes.size(), detection.name);
    if (!conversion.ok) {
        // The detector named something this ICU cannot open: fall back to UTF-8 with replacements.
        conversion = convert(bytes.constData(), bytes.size(), QByteArrayLiteral("UTF-8"));
    }
    return finish(std::move(conversion), detection.confidence, false);
}

} // namespace za::text
