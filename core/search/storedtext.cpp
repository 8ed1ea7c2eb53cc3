#include "search/storedtext.h"

#include "search/compression.h"

#include <sqlite3.h>

namespace za::search {

namespace {

// Below this a body is a line or two: compression would not pay for its header.
constexpr qsizetype kMinimumPackedSize = 128;

void textFunction(sqlite3_context *context, int, sqlite3_value **arguments)
{
    sqlite3_value *value = arguments[0];
    if (sqlite3_value_type(value) != SQLITE_BLOB) {
        sqlite3_result_value(context, value);
        return;
    }
    const auto *data = static_cast<const char *>(sqlite3_value_blob(value));
    const std::optional<QByteArray> text = unpackedText(QByteArrayView(data, sqlite3_value_bytes(value)));
    if (!text) {
        sqlite3_result_error(context, "za_text: the stored article text is damaged", -1);
        return;
    }
    sqlite3_result_text64(context, text->constData(), sqlite3_uint64(text->size()), SQLITE_TRANSIENT,
                          SQLITE_UTF8);
}

void packFunction(sqlite3_context *context, int, sqlite3_value **arguments)
{
    sqlite3_value *value = arguments[0];
    if (sqlite3_value_type(value) != SQLITE_TEXT) {
        sqlite3_result_value(context, value);
        return;
    }
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(value));
    const QByteArray packed = packedText(QByteArrayView(text, sqlite3_value_bytes(value)));
    if (packed.isNull())
        sqlite3_result_value(context, value);
    else
        sqlite3_result_blob64(context, packed.constData(), sqlite3_uint64(packed.size()), SQLITE_TRANSIENT);
}

} // namespace

QByteArray packedText(QByteArrayView utf8)
{
    if (utf8.size() < kMinimumPackedSize)
        return {};
    QByteArray packed = compressed(utf8);
    if (packed.isEmpty() || packed.size() > utf8.size() - utf8.size() / 10)
        return {};
    return packed;
}

std::optional<QByteArray> unpackedText(QByteArrayView packed)
{
    if (isCompressedFrame(packed))
        return decompressed(packed);
    // Libraries before schema 10 packed bodies with qCompress (zlib). qUncompress gives an empty array
    // for damaged input, and a packed text is never empty.
    QByteArray text = qUncompress(reinterpret_cast<const uchar *>(packed.data()), packed.size());
    if (text.isEmpty())
        return std::nullopt;
    return text;
}

bool registerTextFunctions(sqlite3 *db)
{
    constexpr int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;
    return sqlite3_create_function_v2(db, "za_text", 1, flags, nullptr, &textFunction, nullptr, nullptr,
                                      nullptr) == SQLITE_OK &&
           sqlite3_create_function_v2(db, "za_pack", 1, flags, nullptr, &packFunction, nullptr, nullptr,
                                      nullptr) == SQLITE_OK;
}

} // namespace za::search
