// libFuzzer target: decoding arbitrary bytes (detected or forced encodings) never crashes and
// always yields a status that matches its result.
#include "text/encoding.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const auto detected = za::text::decode(bytes);
    if (detected.status == za::text::DecodeStatus::Ok && detected.decoded.text.trimmed().isEmpty() &&
        !detected.decoded.text.contains(QChar(0xFEFF)))
        std::abort(); // blank text must be reported as Empty
    if (detected.status != za::text::DecodeStatus::Ok && detected.message.isEmpty())
        std::abort();
    static const QString forced[] = {u"UTF-8"_s, u"GB18030"_s, u"UTF-16LE"_s, u"Big5"_s};
    const auto result = za::text::decode(bytes, forced[size % 4]);
    if (result.status == za::text::DecodeStatus::UnknownEncoding)
        std::abort(); // all four are known to ICU
    return 0;
}
