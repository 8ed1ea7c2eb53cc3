#pragma once

#include <QtGlobal>

// The pieces of FTS5's record formats (fts5_index.c) that the doclist reader, the segment builder and
// the code that stores its segments share: SQLite varints and the %_data row ids.
namespace za::search::fts5 {

// Every term of the main index (there are no prefix indexes) is stored after this byte.
constexpr char kMainIndexPrefix = '0'; // FTS5_MAIN_PREFIX

constexpr qint64 kAveragesRowid = 1;
constexpr qint64 kStructureRowid = 10;

// FTS5_SEGMENT_ROWID and FTS5_DLIDX_ROWID: segment id, doclist-index flag, height, page number.
constexpr qint64 segmentRowid(int segment, int page)
{
    return (qint64(segment) << 37) + page;
}
constexpr qint64 doclistIndexRowid(int segment, int height, int page)
{
    return (qint64(segment) << 37) + (qint64(1) << 36) + (qint64(height) << 31) + page;
}

// SQLite's varint, as FTS5 writes them.
inline int putVarint(unsigned char *out, quint64 value)
{
    if (value <= 0x7f) {
        out[0] = static_cast<unsigned char>(value);
        return 1;
    }
    if (value <= 0x3fff) {
        out[0] = static_cast<unsigned char>(((value >> 7) & 0x7f) | 0x80);
        out[1] = static_cast<unsigned char>(value & 0x7f);
        return 2;
    }
    unsigned char buffer[10];
    if (value & (quint64(0xff000000) << 32)) {
        out[8] = static_cast<unsigned char>(value);
        value >>= 8;
        for (int i = 7; i >= 0; --i) {
            out[i] = static_cast<unsigned char>((value & 0x7f) | 0x80);
            value >>= 7;
        }
        return 9;
    }
    int n = 0;
    do {
        buffer[n++] = static_cast<unsigned char>((value & 0x7f) | 0x80);
        value >>= 7;
    } while (value != 0);
    buffer[0] &= 0x7f;
    for (int i = 0, j = n - 1; j >= 0; --j, ++i)
        out[i] = buffer[j];
    return n;
}

template <typename Buffer> inline void appendVarint(Buffer &buffer, quint64 value)
{
    unsigned char bytes[10];
    const int n = putVarint(bytes, value);
    buffer.append(reinterpret_cast<const char *>(bytes), static_cast<std::size_t>(n));
}

// Reads a varint of at most 9 bytes at p; returns its length.
inline int getVarint(const unsigned char *p, quint64 *value)
{
    quint64 v = 0;
    for (int i = 0; i < 8; ++i) {
        v = (v << 7) | (p[i] & 0x7f);
        if (!(p[i] & 0x80)) {
            *value = v;
            return i + 1;
        }
    }
    *value = (v << 8) | p[8];
    return 9;
}

inline int varintLength(const unsigned char *p)
{
    quint64 ignored = 0;
    return getVarint(p, &ignored);
}

// Reads a varint that must lie inside [p, end); false where it does not (a damaged record).
inline bool readVarint(const unsigned char *&p, const unsigned char *end, quint64 *value)
{
    quint64 v = 0;
    for (int i = 0; i < 8; ++i) {
        if (p >= end)
            return false;
        const unsigned char byte = *p++;
        v = (v << 7) | (byte & 0x7F);
        if (!(byte & 0x80)) {
            *value = v;
            return true;
        }
    }
    if (p >= end)
        return false;
    *value = (v << 8) | *p++;
    return true;
}

} // namespace za::search::fts5
