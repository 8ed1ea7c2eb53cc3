#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

struct sqlite3;

namespace za::search {

// Article bodies (articles.body) are kept compressed (compression.h; zlib before schema 10, still
// read): they are a third of a library and Chinese UTF-8 compresses to about 0.4. A compressed body is a
// BLOB; a body that does not shrink by a tenth, and every body written before schema 8 or by hand, is plain
// TEXT. SQL reads bodies through za_text(), so the full-text view, its triggers and every reader see text
// either way.
//
// packedText() gives the BLOB to store, or a null QByteArray when the UTF-8 text should be stored as is.
QByteArray packedText(QByteArrayView utf8);

// The UTF-8 text of a packed BLOB; nullopt when it does not decompress (damage).
std::optional<QByteArray> unpackedText(QByteArrayView packed);

// SQL functions on the connection: za_text(x) is the text of a stored body (TEXT as is, a BLOB
// decompressed, NULL as NULL; damaged data is an error, never silently empty), and za_pack(x) is what
// the writers store for text x (so that SQL updates store bodies as the importer does).
bool registerTextFunctions(sqlite3 *db);

} // namespace za::search
