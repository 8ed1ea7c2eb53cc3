#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <vector>

struct sqlite3;

namespace za::search {

// Name under which the Chinese-aware FTS5 tokenizer is registered on a connection.
inline constexpr char kTokenizerName[] = "zonearchive";

// Registers the tokenizer (and the rank function below) on one SQLite connection (the handle behind a
// QSQLITE QSqlDatabase). Must run on every connection before any statement touches an FTS5 table that
// uses it.
bool registerTokenizer(sqlite3 *db, QString *error);

// FTS5 auxiliary function za_bm25(article_fts, ?): BM25 (k1 1.2, b 0.75, head column weighted) with
// document lengths from a RankContext bound with sqlite3_bind_pointer(..., kRankContextType, ...).
// With a single phrase the IDF factor is 1 (the caller applies it).
inline constexpr char kRankFunctionName[] = "za_bm25";
inline constexpr char kRankContextType[] = "za_rank_context";

struct RankContext
{
    std::vector<double> lengthByRowid; // length of an article's indexed text, by rowid
    double averageLength = 0;
    qint64 documentCount = 0;
    double headWeight = 1.0;
};

// How text is cut into index terms (shared by the FTS5 tokenizer and by tests/snippets):
//  - every code point is folded first (za::text::foldCodePoint: NFKC, case, Traditional->Simplified);
//  - a run of Han characters C0..Cn-1 is indexed, in Document mode, as the bigram CiCi+1 at position i
//    with the unigram Ci colocated (the last character: its unigram only). In Query mode a run of one
//    character is its unigram and a longer run is the chain of its bigrams (plus the last character's
//    unigram when more terms follow in the phrase, so that positions line up), so a quoted run matches
//    exactly where the run occurs: Ctrl-F recall for Han text with no verification pass;
//  - letters/digits form words ("mems", "d1"); a '.' between digits stays inside ("3.26"); a '%'
//    after a number yields the number with '%' and, colocated in documents, without ("28.9%", "28.9").
// Why this design (measured, see tests/bench/bench_search.cpp): unigram-only indexes need a phrase
// query per character (slow for common characters), trigram indexes cannot match 1-2 characters, and
// bigrams with prefix queries for single characters merge hundreds of doclists for common characters.
// Colocated unigrams cost index space but give every 1-char query a single doclist and every longer
// query an exact phrase of bigrams.
// Offsets are into the ORIGINAL text, so FTS5 highlight()/snippet() mark the original characters.
enum class TokenizeMode { Document, Query };

struct Token
{
    QString text;        // folded term
    qsizetype begin = 0; // UTF-16 offsets into the original text
    qsizetype end = 0;
    bool colocated = false; // same position as the previous token
};

QList<Token> tokenize(QStringView text, TokenizeMode mode);

} // namespace za::search
