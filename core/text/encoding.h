#pragma once

#include <QByteArray>
#include <QString>

namespace za::text {

// Result of turning a file's bytes into text. The bytes themselves are never altered by decoding:
// callers store them separately, byte for byte.
struct DecodedText
{
    QString text;
    QString encoding;           // canonical ICU name actually used, e.g. "UTF-8", "GB18030", "UTF-16LE"
    int confidence = 0;         // ICU detector confidence 0..100; 100 when forced or BOM-identified
    qsizetype replacements = 0; // undecodable sequences that became U+FFFD
    bool hadBom = false;
};

enum class DecodeStatus {
    Ok,
    Empty,          // zero bytes, or only whitespace/BOM
    NotText,        // NUL bytes or other binary content
    UnknownEncoding // an --encoding override that ICU does not know
};

struct DecodeResult
{
    DecodeStatus status = DecodeStatus::Ok;
    DecodedText decoded;
    QString message; // human-readable reason when status != Ok
};

// Detects the encoding (BOM, then UTF-8 validity, then ICU's charset detector, preferring GB18030 for
// Chinese legacy text) unless forcedEncoding names one, and converts with ICU converters.
DecodeResult decode(const QByteArray &bytes, const QString &forcedEncoding = {});

} // namespace za::text
