#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace za::library {

// How an imported file's bytes are kept in sources.content. The originals are about a quarter of a
// library, and Chinese text in UTF-8 or GB18030 deflates to roughly half, so they are stored compressed
// when that saves at least a tenth; sources.compression says how ('' = as is,
// "zstd" = search::compressed(), "zlib" = qCompress before schema 10).
struct StoredBytes
{
    QByteArray data;
    QString compression;
};

StoredBytes packSource(const QByteArray &original);

// The original bytes again; nullopt when the stored data does not decode to originalSize bytes (damage,
// or a compression this build does not know).
std::optional<QByteArray> unpackSource(const QByteArray &stored, const QString &compression,
                                       qint64 originalSize);

} // namespace za::library
