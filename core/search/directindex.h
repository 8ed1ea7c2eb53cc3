#pragma once

#include "search/segmentbuilder.h"

#include <QString>

struct sqlite3;

namespace za::search {

// Stores segments made by SegmentBuilder in article_fts as FTS5 would have stored its own: leaf pages,
// doclist indexes and %_idx rows under a new segment id, the %_docsize rows, the averages record, and
// the structure record with the segment added to level 0 (promotions and the write counter as FTS5
// keeps them). The merge work FTS5 does after writing a segment is asked of FTS5 itself after the
// commit ('merge', with usermerge equal to automerge: the same levels merged as by automerge).
//
// FTS5 keeps a connection's structure record in memory until another connection commits (it compares
// PRAGMA data_version) or a transaction it takes part in rolls back, so a record written by plain SQL
// on the same connection would go unseen and be overwritten: store() ends with a rollback to a
// savepoint that FTS5 takes part in. Other connections read the record again after the commit.
//
// Usable only where article_fts is exactly as the migrations make it and its structure record is of
// the format this code reads; anything else leaves the index to FTS5.
class DirectIndex final
{
    Q_DISABLE_COPY_MOVE(DirectIndex)

public:
    explicit DirectIndex(sqlite3 *db);
    ~DirectIndex();

    bool isUsable() const { return m_usable; }
    const QString &whyNot() const { return m_whyNot; }
    int pageSize() const { return m_pageSize; }

    // Inside the caller's write transaction on the connection. Nothing is written for an empty segment.
    bool store(const SegmentBuilder::Segment &segment, QString *error);
    // After that transaction committed: the merge work FTS5 would have done. A failed merge leaves the
    // index correct, only in more segments; its work is asked for again next time.
    bool afterCommit(QString *error);

private:
    bool open(sqlite3 *db);
    bool setWhyNot(const QString &why);

    sqlite3 *m_db;
    bool m_usable = false;
    QString m_whyNot;
    int m_pageSize = SegmentBuilder::kDefaultPageSize;
    int m_automerge = 4;
    int m_crisismerge = 16;
    qint64 m_mergeWork = 0; // leaf pages of merging FTS5 owes the segments stored since the last merge
};

} // namespace za::search
