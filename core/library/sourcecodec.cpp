#include "library/sourcecodec.h"

#include "search/compression.h"

using namespace Qt::StringLiterals;

namespace za::library {

namespace {
const QString kZstd = u"zstd"_s;
const QString kZlib = u"zlib"_s; // what libraries before schema 10 stored; still read
} // namespace

StoredBytes packSource(const QByteArray &original)
{
    QByteArray packed = search::compressed(original);
    if (packed.isEmpty() || packed.size() * 10 > original.size() * 9)
        return {original, QString()};
    return {std::move(packed), kZstd};
}

std::optional<QByteArray> unpackSource(const QByteArray &stored, const QString &compression,
                                       qint64 originalSize)
{
    if (compression.isEmpty())
        return stored.size() == originalSize ? std::optional<QByteArray>(stored) : std::nullopt;
    std::optional<QByteArray> original;
    if (compression == kZstd)
        original = search::decompressed(stored, originalSize);
    else if (compression == kZlib)
        original = qUncompress(stored);
    if (!original || original->size() != originalSize)
        return std::nullopt;
    return original;
}

} // namespace za::library
