#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringView>

#include <functional>
#include <initializer_list>
#include <limits>
#include <string>
#include <vector>

struct sqlite3;

namespace za::search {

// Name under which the Chinese-aware FTS5 tokenizer is registered on a connection.
inline constexpr char kTokenizerName[] = "zonearchive";

// Registers what the library's schema needs on one SQLite connection (the handle behind a QSQLITE
// QSqlDatabase): the tokenizer, the scan function below and the stored-text functions za_text/za_pack
// (storedtext.h). Must run on every connection before any statement touches the articles or the index.
bool registerExtensions(sqlite3 *db, QString *error);

// FTS5 auxiliary function za_scan(article_fts, ?scan): on the first row it is called for, visits every
// row that each phrase of the MATCH expression matches (FTS5's xQueryPhrase: a loop in C, no SQL row and
// no function call per match) and reports it to the PhraseScan bound with sqlite3_bind_pointer(...,
// kPhraseScanType, ...); later rows do nothing, so the statement is run with LIMIT 1. A row matching
// several phrases is reported once per phrase. xQueryPhrase always starts at the first row: a scan
// of part of the rows (so that two connections share one) reports rows from beginRowid and stops its
// walk at endRowid; or the rows from some rowid on are stepped by a statement of their own
// (`AND rowid >= ?`) with eachRow set, which reports every row it is called for, once, with the
// occurrences of all phrases together.
inline constexpr char kScanFunctionName[] = "za_scan";
inline constexpr char kPhraseScanType[] = "za_phrase_scan";

struct PhraseScan
{
    // Called with the row and, when frequencies are wanted, the phrase's occurrences in it (head
    // occurrences count headWeight times); otherwise 0.
    std::function<void(qint64 rowid, double frequency)> visit;
    bool frequencies = false;
    double headWeight = 1.0;
    qint64 beginRowid = std::numeric_limits<qint64>::min(); // the walk reports rows from this one
    qint64 endRowid = std::numeric_limits<qint64>::max();   // up to this one (excluded)
    bool eachRow = false;
    bool done = false; // set by the first call

    // How the position lists are read (ftstokenizer.cpp): checked against FTS5's own reader on the
    // first rows of a scan.
    bool countBytes = true;
    int checkedRows = 0;
};

// article_fts's columns are (body, head) since schema 9: FTS5 marks every column but the first in each
// term's position list of a document (two bytes), and almost every term of an article is in its body.
inline constexpr int kHeadColumn = 1;

// How text is cut into index terms (shared by the FTS5 tokenizer and by tests/snippets):
//  - every code point is folded first (za::text::foldCodePoint: NFKC, case, Traditional->Simplified);
//  - a run of Han characters C0..Cn-1 is indexed, in Document mode, as the bigram CiCi+1 at position i
//    (the last character: its unigram), with the unigram Ci colocated where Ci occurs for the first time
//    in the column. So every document containing a character has its unigram (a one-character query is
//    one exact doclist; its term frequency counts the first occurrence and those ending a run), and each
//    character takes one position. In Query mode a run of one character is its unigram and a longer run
//    is the chain of its bigrams (plus the last character's unigram when more terms follow in the
//    phrase, so that positions line up; toFtsMatch() asks there for that unigram or the bigram with the
//    next character, since the document has the unigram only at a run's end or a first occurrence), so a
//    quoted run matches exactly where the run occurs: Ctrl-F recall for Han text with no verification;
//  - letters/digits form words ("mems", "d1"); a '.' between digits stays inside ("3.26"); a '%'
//    after a number yields the number with '%' and, colocated in documents, without ("28.9%", "28.9").
// Why this design (measured, see tests/bench/bench_search.cpp): unigram-only indexes need a phrase
// query per character (slow for common characters), trigram indexes cannot match 1-2 characters, and
// bigrams with prefix queries for single characters merge hundreds of doclists for common characters.
// Colocated unigrams give every 1-char query a single doclist and every longer query an exact phrase of
// bigrams; one per character and column (not one per occurrence) keeps them to a sixth of the index.
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

// Whether the tokenizer treats a (folded) code point as a Han character: bigrams and unigrams.
bool isIndexedAsHan(char32_t cp);

// One column's text as UTF-8 with its document tokens made ahead of time, so that the thread which
// writes the index (an import's only writer) does not spend its time tokenizing: see PretokenizedScope.
struct PretokenizedColumn
{
    struct Entry
    {
        quint32 termEnd; // end of the term in `terms`; it starts where the previous entry's ended
        int begin;       // byte offsets into utf8
        int end;
        bool colocated;
    };
    QByteArray utf8;
    std::string terms;
    std::vector<Entry> entries;
    // False for text that is not valid UTF-16 (a lone surrogate): SQLite converts such text its own way,
    // so it must be bound as UTF-16 and tokenized by SQLite's call instead.
    bool valid = false;
};
PretokenizedColumn pretokenize(const QString &text);

// While a scope is alive on a thread, the tokenizer answers a Document call on exactly these bytes from
// the columns' entries instead of tokenizing again (any other text is tokenized as usual: a mismatch
// costs time, never correctness). The columns must outlive the scope.
class PretokenizedScope final
{
    Q_DISABLE_COPY_MOVE(PretokenizedScope)

public:
    explicit PretokenizedScope(std::initializer_list<const PretokenizedColumn *> columns);
    ~PretokenizedScope();
};

} // namespace za::search
