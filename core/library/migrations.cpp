#include "library/migrations.h"

#include <QStringBuilder>

using namespace Qt::StringLiterals;

namespace za::library {

namespace {

// Schema 1. Tables fall in two groups:
//  - stored originals: sources (every imported file, byte for byte) and pages (which source is current
//    for a bulletin/issue/page, with page_history keeping replaced sources);
//  - derived data, rebuilt by reindex from the stored sources: articles and the article_* tables, the
//    zone registry's discovered entries and the full-text index.
// Empty string, not NULL, stands for an unknown issue date/number/page so that UNIQUE constraints hold.
QStringList schema1()
{
    return {
        QStringLiteral(R"(CREATE TABLE library_info (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        ) WITHOUT ROWID)"),
        // Per-bulletin settings, e.g. the province that resolves ambiguous place names (城区, 郊区).
        QStringLiteral(R"(CREATE TABLE bulletin_settings (
            bulletin TEXT PRIMARY KEY,
            province TEXT NOT NULL DEFAULT ''
        ) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE sources (
            id INTEGER PRIMARY KEY,
            sha256 TEXT NOT NULL UNIQUE,
            file_name TEXT NOT NULL,
            content BLOB NOT NULL,
            encoding TEXT NOT NULL,
            byte_size INTEGER NOT NULL,
            imported_at TEXT NOT NULL
        ))"),
        QStringLiteral(R"(CREATE TABLE pages (
            id INTEGER PRIMARY KEY,
            bulletin TEXT NOT NULL,
            issue_date TEXT NOT NULL DEFAULT '',
            issue_no TEXT NOT NULL DEFAULT '',
            page TEXT NOT NULL DEFAULT '',
            source_id INTEGER NOT NULL REFERENCES sources(id),
            masthead TEXT NOT NULL DEFAULT '',
            warnings TEXT NOT NULL DEFAULT '[]',
            UNIQUE (bulletin, issue_date, issue_no, page)
        ))"),
        QStringLiteral(R"(CREATE TABLE page_history (
            page_id INTEGER NOT NULL REFERENCES pages(id) ON DELETE CASCADE,
            source_id INTEGER NOT NULL REFERENCES sources(id),
            replaced_at TEXT NOT NULL,
            PRIMARY KEY (page_id, source_id)
        ) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE articles (
            id INTEGER PRIMARY KEY,
            page_id INTEGER NOT NULL REFERENCES pages(id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            bulletin TEXT NOT NULL,
            issue_date TEXT NOT NULL DEFAULT '',
            issue_no TEXT NOT NULL DEFAULT '',
            page TEXT NOT NULL DEFAULT '',
            kicker TEXT NOT NULL DEFAULT '',
            headline TEXT NOT NULL DEFAULT '',
            subtitle TEXT NOT NULL DEFAULT '',
            subheadings TEXT NOT NULL DEFAULT '[]',
            sections TEXT NOT NULL DEFAULT '[]',
            dateline TEXT NOT NULL DEFAULT '',
            date TEXT,
            year INTEGER,
            month INTEGER,
            byline TEXT NOT NULL DEFAULT '',
            authors TEXT NOT NULL DEFAULT '[]',
            body TEXT NOT NULL DEFAULT '',
            continued_from TEXT,
            continued_from_marker TEXT NOT NULL DEFAULT '',
            continued_to TEXT,
            continued_to_marker TEXT NOT NULL DEFAULT '',
            warnings TEXT NOT NULL DEFAULT '[]',
            UNIQUE (page_id, seq)
        ))"),
        QStringLiteral("CREATE INDEX articles_date ON articles(date)"),
        QStringLiteral("CREATE INDEX articles_issue ON articles(bulletin, issue_date, issue_no, page)"),
        QStringLiteral(R"(CREATE TABLE article_authors (
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            PRIMARY KEY (article_id, name)
        ) WITHOUT ROWID)"),
        QStringLiteral("CREATE INDEX article_authors_name ON article_authors(name)"),
        QStringLiteral(R"(CREATE TABLE zones (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            type TEXT NOT NULL DEFAULT '',
            level TEXT NOT NULL DEFAULT 'unknown',
            county TEXT NOT NULL DEFAULT '',
            city TEXT NOT NULL DEFAULT '',
            province TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'seed'
                CHECK (status IN ('seed', 'discovered', 'confirmed', 'rejected', 'merged')),
            merged_into INTEGER REFERENCES zones(id)
        ))"),
        QStringLiteral(R"(CREATE TABLE zone_aliases (
            alias TEXT PRIMARY KEY,
            zone_id INTEGER NOT NULL REFERENCES zones(id) ON DELETE CASCADE
        ) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE article_zones (
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            zone_id INTEGER NOT NULL REFERENCES zones(id),
            role TEXT NOT NULL CHECK (role IN ('primary', 'mentioned')),
            as_written TEXT NOT NULL,
            PRIMARY KEY (article_id, zone_id)
        ) WITHOUT ROWID)"),
        QStringLiteral("CREATE INDEX article_zones_zone ON article_zones(zone_id)"),
        QStringLiteral(R"(CREATE TABLE article_places (
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            kind TEXT NOT NULL CHECK (kind IN ('province', 'city', 'county')),
            name TEXT NOT NULL,
            PRIMARY KEY (article_id, kind, name)
        ) WITHOUT ROWID)"),
        QStringLiteral("CREATE INDEX article_places_name ON article_places(kind, name)"),
        QStringLiteral(R"(CREATE TABLE article_themes (
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            theme TEXT NOT NULL,
            score REAL NOT NULL,
            PRIMARY KEY (article_id, theme)
        ) WITHOUT ROWID)"),
        QStringLiteral("CREATE INDEX article_themes_theme ON article_themes(theme)"),
        QStringLiteral(R"(CREATE TABLE article_figures (
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            metric TEXT NOT NULL,
            value REAL,
            unit TEXT NOT NULL,
            text TEXT NOT NULL,
            PRIMARY KEY (article_id, seq)
        ) WITHOUT ROWID)"),
    };
}

// Schema 2: the full-text index. article_fts is an FTS5 table in external-content mode over the view
// article_search, so article text is stored once (in articles). Column head = kicker + headline (weighted
// above body by the search engine), body = dateline + subheadings + authors + body, so every character of
// an article is searchable. Triggers keep the index in step with articles, including rows removed by
// ON DELETE CASCADE; the 'delete' command gets the old values from OLD, computed by the same expressions
// as the view. Needs the "zonearchive" tokenizer (za::search::registerExtensions) on the connection.
QString searchHeadExpression(const QString &row)
{
    return row % u".kicker || char(10) || "_s % row % u".headline"_s;
}

// Until schema 8 articles.body was plain text; since then it is read through za_text() (stored text
// functions, search/storedtext.h).
enum class BodyStorage { Plain, Packed };

QString searchBodyExpression(const QString &row, BodyStorage storage)
{
    // subheadings and authors are JSON arrays of strings: indexed as written, since the tokenizer skips
    // the brackets, quotes and commas (json_each() cannot be used here: FTS5 fails reading such a view).
    const QString body = storage == BodyStorage::Packed ? QString(u"za_text("_s % row % u".body)"_s)
                                                        : QString(row % u".body"_s);
    return row % u".dateline || char(10) || "_s % row % u".subheadings || char(10) || "_s % row %
           u".authors || char(10) || "_s % body;
}

// The view FTS5 reads article text from and the triggers that keep the index in step with articles.
struct SearchSchema
{
    QString view;
    QString insertTrigger;
    QString deleteTrigger;
    QString updateTrigger;
};

SearchSchema searchSchema(BodyStorage storage)
{
    const QString insertNew = u"INSERT INTO article_fts(rowid, head, body) VALUES (NEW.id, "_s %
                              searchHeadExpression(u"NEW"_s) % u", "_s %
                              searchBodyExpression(u"NEW"_s, storage) % u");"_s;
    const QString deleteOld =
        u"INSERT INTO article_fts(article_fts, rowid, head, body) VALUES ('delete', OLD.id, "_s %
        searchHeadExpression(u"OLD"_s) % u", "_s % searchBodyExpression(u"OLD"_s, storage) % u");"_s;
    return {
        u"CREATE VIEW article_search(id, head, body) AS SELECT a.id, "_s % searchHeadExpression(u"a"_s) %
            u", "_s % searchBodyExpression(u"a"_s, storage) % u" FROM articles a"_s,
        u"CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN "_s % insertNew % u" END"_s,
        u"CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN "_s % deleteOld % u" END"_s,
        u"CREATE TRIGGER articles_fts_update AFTER UPDATE OF id, kicker, headline, subheadings, dateline, "
        u"authors, body ON articles BEGIN "_s %
            deleteOld % u" "_s % insertNew % u" END"_s,
    };
}

QStringList schema2()
{
    const SearchSchema search = searchSchema(BodyStorage::Plain);
    return {
        search.view,
        QStringLiteral("CREATE VIRTUAL TABLE article_fts USING fts5(head, body, content='article_search', "
                       "content_rowid='id', tokenize='zonearchive')"),
        search.insertTrigger,
        search.deleteTrigger,
        search.updateTrigger,
        // Libraries migrated with articles already in them get them indexed now.
        QStringLiteral("INSERT INTO article_fts(article_fts) VALUES ('rebuild')"),
    };
}

// Schema 3: editors' work, stored apart from the derived tables so that reindex (which deletes and
// re-creates articles, changing their ids) never cascades it away. Human data hangs off review_items,
// keyed by the stable (page_id, seq) of an article plus the machine text it was made on, so that a
// re-import of a changed page can re-match it; work that cannot be matched is marked orphaned (kept and
// listed, never dropped). reprint_sketches is derived (cascaded with its article); reprint_pairs keeps
// pairs by stable keys so that editors' decisions survive a rebuild.
QStringList schema3()
{
    return {
        QStringLiteral(R"(CREATE TABLE review_items (
            id INTEGER PRIMARY KEY,
            page_id INTEGER NOT NULL REFERENCES pages(id),
            seq INTEGER NOT NULL,
            machine_text TEXT NOT NULL,
            orphaned INTEGER NOT NULL DEFAULT 0,
            orphaned_at TEXT,
            status TEXT NOT NULL DEFAULT 'unreviewed'
                CHECK (status IN ('unreviewed', 'approved', 'needs_changes')),
            reviewer TEXT NOT NULL DEFAULT '',
            reviewed_at TEXT
        ))"),
        QStringLiteral(
            "CREATE UNIQUE INDEX review_items_key ON review_items(page_id, seq) WHERE orphaned = 0"),
        QStringLiteral(R"(CREATE TABLE article_revisions (
            item_id INTEGER NOT NULL REFERENCES review_items(id) ON DELETE CASCADE,
            rev INTEGER NOT NULL,
            fields TEXT NOT NULL,
            author TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            comment TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (item_id, rev)
        ) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE review_notes (
            id INTEGER PRIMARY KEY,
            item_id INTEGER NOT NULL REFERENCES review_items(id) ON DELETE CASCADE,
            range_from INTEGER,
            range_to INTEGER,
            quote TEXT NOT NULL DEFAULT '',
            text TEXT NOT NULL,
            author TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL
        ))"),
        QStringLiteral("CREATE INDEX review_notes_item ON review_notes(item_id)"),
        QStringLiteral(R"(CREATE TABLE tag_overrides (
            item_id INTEGER NOT NULL REFERENCES review_items(id) ON DELETE CASCADE,
            kind TEXT NOT NULL CHECK (kind IN ('zone', 'city', 'theme')),
            name TEXT NOT NULL,
            action TEXT NOT NULL CHECK (action IN ('add', 'remove')),
            author TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            PRIMARY KEY (item_id, kind, name)
        ) WITHOUT ROWID)"),
        // Structural corrections of a page (split an article at a paragraph, merge one with the next),
        // replayed in id order on the machine's article list whenever the page is written.
        QStringLiteral(R"(CREATE TABLE page_edits (
            id INTEGER PRIMARY KEY,
            page_id INTEGER NOT NULL REFERENCES pages(id),
            op TEXT NOT NULL CHECK (op IN ('split', 'merge')),
            seq INTEGER NOT NULL,
            paragraph INTEGER NOT NULL DEFAULT 0,
            author TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            orphaned INTEGER NOT NULL DEFAULT 0
        ))"),
        QStringLiteral("CREATE INDEX page_edits_page ON page_edits(page_id)"),
        QStringLiteral(R"(CREATE TABLE reprint_sketches (
            article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            signature BLOB NOT NULL
        ))"),
        QStringLiteral(R"(CREATE TABLE reprint_pairs (
            page_a INTEGER NOT NULL REFERENCES pages(id),
            seq_a INTEGER NOT NULL,
            page_b INTEGER NOT NULL REFERENCES pages(id),
            seq_b INTEGER NOT NULL,
            score REAL NOT NULL,
            shared_chars INTEGER NOT NULL DEFAULT 0,
            decision TEXT NOT NULL DEFAULT '' CHECK (decision IN ('', 'same', 'different')),
            decided_by TEXT NOT NULL DEFAULT '',
            decided_at TEXT,
            PRIMARY KEY (page_a, seq_a, page_b, seq_b)
        ) WITHOUT ROWID)"),
        QStringLiteral("CREATE INDEX reprint_pairs_b ON reprint_pairs(page_b, seq_b)"),
    };
}

// Imported files are stored compressed (see sourcecodec.h); rows written before keep '' (as is).
QStringList schema4()
{
    return {QStringLiteral("ALTER TABLE sources ADD COLUMN compression TEXT NOT NULL DEFAULT ''")};
}

// New articles are indexed by their writer (search::IndexWriter) instead of a trigger: with the trigger,
// FTS5 wrote its pending terms to disk after every article (a statement journal per insert), which was a
// fifth of the import's time. The delete and update triggers stay.
QStringList schema5()
{
    return {QStringLiteral("DROP TRIGGER articles_fts_insert")};
}

// Reprint sketches are made by one permutation hashing now, 16 bits a slot (compare/reprints.h):
// sketches of the old kind are not comparable with new ones, and the next reprint pass makes them all
// again (derived data).
QStringList schema6()
{
    return {QStringLiteral("DELETE FROM reprint_sketches")};
}

// Figures: one row per article (a JSON array, compressed when that pays, see sourcecodec.h) instead
// of one row per figure: the per-figure rows were a third of the raw text's size. Rows copied here stay
// uncompressed ('').
QStringList schema7()
{
    return {
        QStringLiteral(R"(CREATE TABLE article_figure_lists (
            article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            compression TEXT NOT NULL DEFAULT '',
            size INTEGER NOT NULL,
            data BLOB NOT NULL
        ))"),
        QStringLiteral(
            "INSERT INTO article_figure_lists (article_id, compression, size, data) "
            "SELECT article_id, '', length(CAST(list AS BLOB)), CAST(list AS BLOB) FROM ("
            "SELECT article_id, json_group_array(json_array(metric, value, unit, text)) AS list FROM ("
            "SELECT * FROM article_figures ORDER BY article_id, seq) GROUP BY article_id)"),
        QStringLiteral("DROP TABLE article_figures"),
    };
}

// Article bodies compressed (search/storedtext.h): they were a third of a library. The index keeps its
// content, since za_text() gives the view the same text; the view and the triggers are made again to
// read bodies through it. The body triggers are dropped first so that packing the rows is no update of
// the index.
QStringList schema8()
{
    const SearchSchema search = searchSchema(BodyStorage::Packed);
    return {
        QStringLiteral("DROP TRIGGER articles_fts_delete"),
        QStringLiteral("DROP TRIGGER articles_fts_update"),
        QStringLiteral("DROP VIEW article_search"),
        QStringLiteral("UPDATE articles SET body = za_pack(body)"),
        search.view,
        search.deleteTrigger,
        search.updateTrigger,
    };
}

// The index again with its columns as (body, head): FTS5 writes a column marker (two bytes) into the
// position list of every term a document has outside the first column, and nearly all of an article's
// terms are in its body only. That was about a third of the index. The index is rebuilt from the view.
QStringList schema9()
{
    return {
        QStringLiteral("DROP TABLE article_fts"),
        QStringLiteral("CREATE VIRTUAL TABLE article_fts USING fts5(body, head, content='article_search', "
                       "content_rowid='id', tokenize='zonearchive')"),
        QStringLiteral("INSERT INTO article_fts(article_fts) VALUES ('rebuild')"),
    };
}

// Bodies, sources and figure lists are now written as zstd frames (older ones stay zlib and are still
// read, so nothing is rewritten); the version tells older builds, which cannot read zstd, to stay away.
// The full-text index buffers up to 32 MB of new terms before writing a segment (FTS5's default, 1 MB,
// wrote one every hundred articles of an import) and merges eight segments of a level at a time instead
// of four: an import writes each term about half as often. Searches measured no slower.
QStringList schema10()
{
    return {
        QStringLiteral("INSERT INTO article_fts(article_fts, rank) VALUES ('hashsize', 33554432)"),
        QStringLiteral("INSERT INTO article_fts(article_fts, rank) VALUES ('automerge', 8)"),
    };
}

// An import writes the index's new segments itself (search::DirectIndex) and then asks FTS5 for the
// merge work it would have done after writing them: 'merge' merges levels of usermerge segments, which
// is automerge's rule only when the two are equal.
QStringList schema11()
{
    return {
        QStringLiteral("INSERT INTO article_fts(article_fts, rank) VALUES ('usermerge', 8)"),
    };
}

} // namespace

const QList<Migration> &migrations()
{
    static const QList<Migration> all = {
        {1, QStringLiteral("initial schema"), schema1()},
        {2, QStringLiteral("full-text index"), schema2()},
        {3, QStringLiteral("review: status, notes, revisions, overrides, reprints"), schema3()},
        {4, QStringLiteral("compressed sources"), schema4()},
        {5, QStringLiteral("articles indexed by their writer"), schema5()},
        {6, QStringLiteral("reprint sketches by one permutation hashing"), schema6()},
        {7, QStringLiteral("one figure list per article"), schema7()},
        {8, QStringLiteral("compressed article bodies"), schema8(), true},
        {9, QStringLiteral("full-text index with the body as its first column"), schema9(), true},
        {10, QStringLiteral("zstd compression; larger full-text segments"), schema10()},
        {11, QStringLiteral("full-text merges asked for as automerge would do them"), schema11()},
    };
    return all;
}

int latestSchemaVersion()
{
    return migrations().constLast().version;
}

} // namespace za::library
