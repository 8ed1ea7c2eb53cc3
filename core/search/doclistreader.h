#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <functional>

struct sqlite3;

namespace za::search {

// Reads one index term's rows straight from the leaf pages of article_fts (FTS5's file format: the
// structure record, the %_idx b-tree of each segment's first terms, prefix-compressed terms and
// delta-coded doclists, as documented at the top of SQLite's fts5_index.c; FTS5 keeps it stable across
// versions). FTS5's own cursor costs about 45 ns a row: every row steps a merge of all segments'
// iterators and answers through API calls. Decoding each segment's doclist in one loop took 16 ns a
// row (30 with the occurrences counted) at a million articles, on the machine where both were measured.
//
// It reads article_fts as the schema makes it (detail=full, no prefix indexes, external content).
// Where the index holds anything this reader does not know (a structure record of a later format, a
// page that does not decode), it reads nothing it would vouch for and says Unsupported: the caller asks
// FTS5 instead, which also reports a damaged index. It sees committed data only, so callers use it on a
// connection outside any transaction (sqlite3_get_autocommit); it reads under one snapshot.
class DoclistReader final
{
public:
    enum class Result { Read, Unsupported, Failed };

    // One entry of a segment's doclist. An entry in a newer segment supersedes those of older ones for
    // the same row: present = false where the row no longer contains the term (deleted or changed
    // since). frequency is the number of the term's occurrences in the row, those in the head column
    // counted headWeight times, when frequencies are wanted; otherwise 0.
    struct Entry
    {
        qint64 rowid;
        float frequency;
        bool present;
    };
    // Called with every entry of every segment, some hundreds at a time: the oldest segment first,
    // each segment in rowid order.
    using Visit = std::function<void(const Entry *entries, std::size_t count)>;

    // A share of the segments, for reading one term on several connections and threads at once: the
    // segments, oldest first, cut into `parts` runs of about as many pages each; `part` 0 is the oldest.
    struct Share
    {
        int part = 0;
        int parts = 1;
    };

    // term: the index term as the tokenizer emits it (UTF-8, no prefix byte). On Unsupported, visit
    // may already have been called: the caller discards what it was told. structure, when given,
    // receives the structure record the read went by: shares read on different connections describe
    // the same index only where theirs are equal (a commit in between may have merged segments).
    static Result read(sqlite3 *db, const QByteArray &term, bool frequencies, double headWeight,
                       const Visit &visit, QString *error, Share share, QByteArray *structure);
    // All segments.
    static Result read(sqlite3 *db, const QByteArray &term, bool frequencies, double headWeight,
                       const Visit &visit, QString *error = nullptr)
    {
        return read(db, term, frequencies, headWeight, visit, error, Share{0, 1}, nullptr);
    }
};

} // namespace za::search
