#pragma once

#include <QSqlDatabase>
#include <QString>

namespace za::search {

// Registers the tokenizer on the connection behind a QSQLITE database (see ftstokenizer.h).
bool registerTokenizer(const QSqlDatabase &db, QString *error);

// Maintenance of the full-text index article_fts (schema 2). Triggers on articles keep the index in
// step with every insert, update and delete (cascades included), so the importer needs no call per
// article; these are for bulk work.
class Index final
{
public:
    // Re-reads every article (after a bulk change made with the triggers dropped, or a suspected fault).
    static bool rebuild(QSqlDatabase &db, QString *error = nullptr);
    // Merges the index segments into one: smaller and faster to query; worth it after a large import.
    static bool optimize(QSqlDatabase &db, QString *error = nullptr);
    // FTS5's own consistency check of the index against article_search.
    static bool integrityCheck(QSqlDatabase &db, QString *error = nullptr);
};

} // namespace za::search
