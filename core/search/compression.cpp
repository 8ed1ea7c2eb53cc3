#include "search/compression.h"

#include <algorithm>
#include <iterator>
#include <memory>
#include <zstd.h>

namespace za::search {

namespace {

constexpr int kLevel = 3;
constexpr unsigned char kMagic[4] = {0x28, 0xb5, 0x2f, 0xfd}; // ZSTD_MAGICNUMBER, little-endian

} // namespace

QByteArray compressed(QByteArrayView data)
{
    // A context per thread: making one costs more than compressing a short article.
    thread_local const std::unique_ptr<ZSTD_CCtx, decltype(&ZSTD_freeCCtx)> context = [] {
        std::unique_ptr<ZSTD_CCtx, decltype(&ZSTD_freeCCtx)> made(ZSTD_createCCtx(), &ZSTD_freeCCtx);
        if (made) {
            ZSTD_CCtx_setParameter(made.get(), ZSTD_c_compressionLevel, kLevel);
            // zlib checked its data (adler32); so does this, so that damage is refused, never read.
            ZSTD_CCtx_setParameter(made.get(), ZSTD_c_checksumFlag, 1);
        }
        return made;
    }();
    if (!context)
        return {};
    QByteArray out(qsizetype(ZSTD_compressBound(std::size_t(data.size()))), Qt::Uninitialized);
    const std::size_t size = ZSTD_compress2(context.get(), out.data(), std::size_t(out.size()), data.data(),
                                            std::size_t(data.size()));
    if (ZSTD_isError(size))
        return {};
    out.truncate(qsizetype(size));
    return out;
}

bool isCompressedFrame(QByteArrayView data)
{
    return data.size() >= 4 && std::equal(std::begin(kMagic), std::end(kMagic),
                                          reinterpret_cast<const unsigned char *>(data.data()));
}

std::optional<QByteArray> decompressed(QByteArrayView frame, qint64 maxSize)
{
    if (!isCompressedFrame(frame))
        return std::nullopt;
    // compressed() always records the size; a frame without it is not one of ours.
    const unsigned long long size = ZSTD_getFrameContentSize(frame.data(), std::size_t(frame.size()));
    if (size == ZSTD_CONTENTSIZE_UNKNOWN || size == ZSTD_CONTENTSIZE_ERROR ||
        size > static_cast<unsigned long long>(maxSize))
        return std::nullopt;
    // Exactly one frame: trailing bytes mean the value is not what compressed() made.
    if (ZSTD_findFrameCompressedSize(frame.data(), std::size_t(frame.size())) != std::size_t(frame.size()))
        return std::nullopt;
    thread_local const std::unique_ptr<ZSTD_DCtx, decltype(&ZSTD_freeDCtx)> context(ZSTD_createDCtx(),
                                                                                    &ZSTD_freeDCtx);
    if (!context)
        return std::nullopt;
    QByteArray out(qsizetype(size), Qt::Uninitialized);
    const std::size_t written = ZSTD_decompressDCtx(context.get(), out.data(), std::size_t(size),
                                                    frame.data(), std::size_t(frame.size()));
    if (ZSTD_isError(written) || written != size)
        return std::nullopt;
    return out;
}

} // namespace za::search
