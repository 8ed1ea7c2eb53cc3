#include "search/ftstokenizer.h"

#include "search/storedtext.h"
#include "text/fold.h"

#include <sqlite3.h>
#include <unicode/uchar.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <new>
#include <string>
#include <vector>

namespace za::search {

namespace {

// One code point of the input: its fold and where it sits in the original text (byte or UTF-16 offsets).
struct Unit
{
    char32_t folded;
    int begin;
    int end;
};

bool isHanLike(char32_t cp)
{
    return text::isHan(cp) || cp == 0x3007; // 〇 is written in Chinese dates and numbers
}

bool isDigit(char32_t cp)
{
    return cp >= U'0' && cp <= U'9';
}

bool isWordChar(char32_t cp)
{
    if (cp < 0x80)
        return (cp >= U'a' && cp <= U'z') || (cp >= U'A' && cp <= U'Z') || isDigit(cp);
    const auto c = static_cast<UChar32>(cp);
    if (u_isalnum(c))
        return true;
    const int8_t type = u_charType(c);
    return type == U_NON_SPACING_MARK || type == U_COMBINING_SPACING_MARK;
}

void appendUtf8(std::string &out, char32_t cp)
{
    if (cp < 0x80) {
        out.push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
}

// Decodes UTF-8 leniently: a malformed byte becomes U+FFFD (a separator), never an error.
void decodeUtf8(const char *text, int length, std::vector<Unit> &units)
{
    const auto *s = reinterpret_cast<const unsigned char *>(text);
    int i = 0;
    while (i < length) {
        const int begin = i;
        const unsigned char b = s[i];
        char32_t cp = 0xFFFD;
        int need = 0;
        if (b < 0x80) {
            cp = b;
        } else if ((b & 0xE0) == 0xC0) {
            cp = b & 0x1F;
            need = 1;
        } else if ((b & 0xF0) == 0xE0) {
            cp = b & 0x0F;
            need = 2;
        } else if ((b & 0xF8) == 0xF0) {
            cp = b & 0x07;
            need = 3;
        } else {
            need = -1;
        }
        ++i;
        if (need < 0) {
            cp = 0xFFFD;
        } else {
            for (int k = 0; k < need; ++k) {
                if (i >= length || (s[i] & 0xC0) != 0x80) {
                    cp = 0xFFFD;
                    break;
                }
                cp = (cp << 6) | (s[i] & 0x3F);
                ++i;
            }
        }
        units.push_back({text::foldCodePoint(cp), begin, i});
    }
}

// The Han characters a column has already had a unigram for: a generation stamp per BMP code point, so
// that starting the next column costs nothing.
class SeenCharacters final
{
public:
    void clear()
    {
        if (++m_generation == 0) {
            std::fill(m_stamps.begin(), m_stamps.end(), 0);
            m_generation = 1;
        }
        m_supplementary.clear();
    }
    // True the first time cp is inserted since clear().
    bool insert(char32_t cp)
    {
        if (cp < m_stamps.size()) {
            if (m_stamps[cp] == m_generation)
                return false;
            m_stamps[cp] = m_generation;
            return true;
        }
        if (std::find(m_supplementary.begin(), m_supplementary.end(), cp) != m_supplementary.end())
            return false;
        m_supplementary.push_back(cp);
        return true;
    }

private:
    std::vector<quint32> m_stamps = std::vector<quint32>(0x10000, 0);
    quint32 m_generation = 0;
    std::vector<char32_t> m_supplementary;
};

// Emits tokens for units[0..n): callback(const std::string &term, int begin, int end, bool colocated)
// returns false to stop.
template <typename Emit> bool emitTokens(const std::vector<Unit> &units, TokenizeMode mode, Emit &&sink)
{
    thread_local SeenCharacters seen;
    seen.clear();
    std::string term;
    const std::size_t n = units.size();
    std::size_t i = 0;
    while (i < n) {
        const char32_t cp = units[i].folded;
        if (isHanLike(cp)) {
            std::size_t j = i;
            while (j < n && isHanLike(units[j].folded))
                ++j;
            const std::size_t runLength = j - i;
            // In a query, a run of n >= 2 characters is n-1 bigrams; when more terms follow in the same
            // phrase the run's last character is added so that the phrase spans n positions, as in documents.
            const bool moreFollow =
                mode == TokenizeMode::Query && runLength > 1 &&
                std::any_of(units.begin() + static_cast<std::ptrdiff_t>(j), units.end(),
                            [](const Unit &u) { return isHanLike(u.folded) || isWordChar(u.folded); });
            for (std::size_t k = i; k < j; ++k) {
                const bool last = k + 1 == j;
                // In documents the bigram comes first at its position: FTS5's highlight()/snippet() take
                // a position's extent from its first token, so a match of two or more characters is
                // marked exactly (a one-character match is then marked with its right neighbour; the
                // search engine's own snippets are exact in every case).
                bool first = true;
                if (!last) {
                    term.clear();
                    appendUtf8(term, units[k].folded);
                    appendUtf8(term, units[k + 1].folded);
                    if (!sink(term, units[k].begin, units[k + 1].end, false))
                        return false;
                    first = false;
                }
                const bool unigram = mode == TokenizeMode::Document ? seen.insert(units[k].folded) || last
                                                                    : runLength == 1 || (last && moreFollow);
                if (unigram) {
                    term.clear();
                    appendUtf8(term, units[k].folded);
                    if (!sink(term, units[k].begin, units[k].end, !first && mode == TokenizeMode::Document))
                        return false;
                }
            }
            i = j;
        } else if (isWordChar(cp) &&
                   !(cp >= 0x80 && u_charType(static_cast<UChar32>(cp)) == U_NON_SPACING_MARK)) {
            term.clear();
            std::size_t j = i;
            while (j < n) {
                const char32_t c = units[j].folded;
                if (isWordChar(c) && !isHanLike(c)) {
                    appendUtf8(term, c);
                    ++j;
                } else if (c == U'.' && j > i && isDigit(units[j - 1].folded) && j + 1 < n &&
                           isDigit(units[j + 1].folded)) {
                    term.push_back('.');
                    ++j;
                } else {
                    break;
                }
            }
            const bool percent = j < n && units[j].folded == U'%' && isDigit(units[j - 1].folded);
            // Documents carry "28.9%" and, colocated, "28.9"; a query for "28.9%" asks for the former only.
            if (percent) {
                std::string withPercent = term;
                withPercent.push_back('%');
                if (!sink(withPercent, units[i].begin, units[j].end, false))
                    return false;
                if (mode == TokenizeMode::Document && !sink(term, units[i].begin, units[j - 1].end, true))
                    return false;
                ++j;
            } else if (!sink(term, units[i].begin, units[j - 1].end, false)) {
                return false;
            }
            i = j;
        } else {
            ++i;
        }
    }
    return true;
}

// The tokenizer has no state: every instance is the same static object.
char g_tokenizerInstance = 0;

int tokenizerCreate(void *, const char **arguments, int argumentCount, ::Fts5Tokenizer **out)
{
    // No options: a table created with arguments it would ignore is a mistake worth reporting.
    if (argumentCount > 0 && arguments) {
        *out = nullptr;
        return SQLITE_ERROR;
    }
    *out = reinterpret_cast<::Fts5Tokenizer *>(&g_tokenizerInstance);
    return SQLITE_OK;
}

void tokenizerDelete(::Fts5Tokenizer *)
{}

// The columns of the current PretokenizedScope on this thread (at most two: head and body).
thread_local const PretokenizedColumn *t_pretokenized[2] = {nullptr, nullptr};

int tokenizerTokenize(::Fts5Tokenizer *, void *context, int flags, const char *text, int length,
                      int (*xToken)(void *, int, const char *, int, int, int))
{
    if (!(flags & FTS5_TOKENIZE_QUERY) && text && length > 0) {
        for (const PretokenizedColumn *column : t_pretokenized) {
            if (!column || column->utf8.size() != length ||
                std::memcmp(column->utf8.constData(), text, std::size_t(length)) != 0)
                continue;
            quint32 termBegin = 0;
            for (const PretokenizedColumn::Entry &e : column->entries) {
                const int rc =
                    xToken(context, e.colocated ? FTS5_TOKEN_COLOCATED : 0, column->terms.data() + termBegin,
                           int(e.termEnd - termBegin), e.begin, e.end);
                if (rc != SQLITE_OK)
                    return rc;
                termBegin = e.termEnd;
            }
            return SQLITE_OK;
        }
    }
    thread_local std::vector<Unit> units;
    units.clear();
    if (length <= 0 || !text)
        return SQLITE_OK;
    units.reserve(static_cast<std::size_t>(length));
    decodeUtf8(text, length, units);
    const TokenizeMode mode = (flags & FTS5_TOKENIZE_QUERY) ? TokenizeMode::Query : TokenizeMode::Document;
    int rc = SQLITE_OK;
    emitTokens(units, mode, [&](const std::string &term, int begin, int end, bool colocated) {
        rc = xToken(context, colocated ? FTS5_TOKEN_COLOCATED : 0, term.data(), static_cast<int>(term.size()),
                    begin, end);
        return rc == SQLITE_OK;
    });
    return rc;
}

// Rows whose byte count is compared with xPhraseNext's walk at the start of every scan.
constexpr int kCheckedRows = 32;

// Occurrences after the first one, read from the bytes an iterator has left after xPhraseFirst as
// xPhraseNext reads them (varints: 1 = a column number follows, anything else = a position delta + 2),
// without a call per position: that walk was a quarter of a common term's scan. FTS5's position lists
// are its file format (stable); the iterator showing them is checked (phraseFrequency).
double countRemaining(const Fts5PhraseIter &iterator, int column, double headWeight)
{
    // Every varint ends in a byte below 0x80, so positions are counted by such bytes, not decoded;
    // a lone 1 where a varint starts announces a column number (the position after it counts).
    double frequency = 0;
    std::size_t ended = 0; // varints ended in the current column
    auto close = [&] {
        frequency += static_cast<double>(ended) * (column == kHeadColumn ? headWeight : 1.0);
        ended = 0;
    };
    bool atStart = true;
    const unsigned char *end = iterator.b;
    for (const unsigned char *p = iterator.a; p && p < end;) {
        const unsigned char byte = *p++;
        if (atStart && byte == 0x01) {
            close();
            std::uint32_t value = 0;
            for (int i = 0; i < 5 && p < end; ++i) { // a 32-bit varint, as FTS5 reads it
                const unsigned char next = *p++;
                value = (value << 7) | (next & 0x7F);
                if (!(next & 0x80))
                    break;
            }
            column = static_cast<int>(value);
            continue;
        }
        atStart = !(byte & 0x80);
        ended += atStart ? 1 : 0;
    }
    close();
    return frequency;
}

// Occurrences of one phrase in the current row (0 where it has none), head occurrences weighted.
int phraseFrequency(const Fts5ExtensionApi *api, Fts5Context *fts, int phrase, PhraseScan &scan,
                    double *frequency)
{
    // The phrase's positions directly: xInstCount() would first build a sorted array of all of them.
    Fts5PhraseIter iterator{};
    int column = 0;
    int offset = 0;
    const int rc = api->xPhraseFirst(fts, phrase, &iterator, &column, &offset);
    if (rc != SQLITE_OK || column < 0)
        return rc;
    const double first = column == kHeadColumn ? scan.headWeight : 1.0;
    const double counted = scan.countBytes ? first + countRemaining(iterator, column, scan.headWeight) : 0;
    if (!scan.countBytes || scan.checkedRows < kCheckedRows) {
        double walked = 0;
        for (; column >= 0; api->xPhraseNext(fts, &iterator, &column, &offset))
            walked += column == kHeadColumn ? scan.headWeight : 1.0;
        ++scan.checkedRows;
        scan.countBytes = scan.countBytes && counted == walked;
        *frequency += walked;
    } else {
        *frequency += counted;
    }
    return SQLITE_OK;
}

int report(const Fts5ExtensionApi *api, Fts5Context *fts, const PhraseScan &scan, double frequency)
{
    try {
        scan.visit(api->xRowid(fts), frequency);
    } catch (const std::bad_alloc &) {
        return SQLITE_NOMEM;
    }
    return SQLITE_OK;
}

// xQueryPhrase's callback: the cloned cursor's only phrase is phrase 0.
int visitRow(const Fts5ExtensionApi *api, Fts5Context *fts, void *userData)
{
    PhraseScan &scan = *static_cast<PhraseScan *>(userData);
    const qint64 rowid = api->xRowid(fts);
    if (rowid >= scan.endRowid)
        return SQLITE_DONE; // rows come in rowid order: the rest belong to another walk
    if (rowid < scan.beginRowid)
        return SQLITE_OK; // another walk's; passing over them costs FTS5's step alone
    double frequency = 0;
    if (scan.frequencies) {
        if (const int rc = phraseFrequency(api, fts, 0, scan, &frequency); rc != SQLITE_OK)
            return rc;
    }
    return report(api, fts, scan, frequency);
}

void scanFunction(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *result, int argc,
                  sqlite3_value **argv)
{
    auto *scan =
        argc >= 1 ? static_cast<PhraseScan *>(sqlite3_value_pointer(argv[0], kPhraseScanType)) : nullptr;
    if (!scan || !scan->visit) {
        sqlite3_result_error(result, "za_scan needs its scan argument", -1);
        return;
    }
    sqlite3_result_null(result);
    const int phrases = api->xPhraseCount(fts);
    if (scan->eachRow) {
        double frequency = 0;
        for (int p = 0; p < phrases && scan->frequencies; ++p) {
            if (const int rc = phraseFrequency(api, fts, p, *scan, &frequency); rc != SQLITE_OK) {
                sqlite3_result_error_code(result, rc);
                return;
            }
        }
        if (const int rc = report(api, fts, *scan, frequency); rc != SQLITE_OK)
            sqlite3_result_error_code(result, rc);
        return;
    }
    if (scan->done)
        return;
    scan->done = true;
    for (int p = 0; p < phrases; ++p) {
        const int rc = api->xQueryPhrase(fts, p, scan, &visitRow);
        if (rc != SQLITE_OK) {
            sqlite3_result_error_code(result, rc);
            return;
        }
    }
}

} // namespace

bool registerExtensions(sqlite3 *db, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!db)
        return fail(QStringLiteral("no SQLite connection handle"));

    fts5_api *api = nullptr;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &statement, nullptr) != SQLITE_OK)
        return fail(QStringLiteral("SQLite has no FTS5: %1").arg(QString::fromUtf8(sqlite3_errmsg(db))));
    sqlite3_bind_pointer(statement, 1, static_cast<void *>(&api), "fts5_api_ptr", nullptr);
    sqlite3_step(statement);
    sqlite3_finalize(statement);
    if (!api || api->iVersion < 2)
        return fail(QStringLiteral("SQLite's FTS5 API is unavailable or too old"));

    fts5_tokenizer tokenizer{};
    tokenizer.xCreate = &tokenizerCreate;
    tokenizer.xDelete = &tokenizerDelete;
    tokenizer.xTokenize = &tokenizerTokenize;
    int rc = api->xCreateTokenizer(api, kTokenizerName, nullptr, &tokenizer, nullptr);
    if (rc != SQLITE_OK)
        return fail(QStringLiteral("cannot register the FTS5 tokenizer: %1")
                        .arg(QString::fromUtf8(sqlite3_errstr(rc))));
    rc = api->xCreateFunction(api, kScanFunctionName, nullptr, &scanFunction, nullptr);
    if (rc != SQLITE_OK)
        return fail(QStringLiteral("cannot register the FTS5 scan function: %1")
                        .arg(QString::fromUtf8(sqlite3_errstr(rc))));
    if (!registerTextFunctions(db))
        return fail(QStringLiteral("cannot register the stored-text functions: %1")
                        .arg(QString::fromUtf8(sqlite3_errmsg(db))));
    return true;
}

PretokenizedColumn pretokenize(const QString &text)
{
    PretokenizedColumn column;
    if (!text.isValidUtf16())
        return column;
    column.valid = true;
    column.utf8 = text.toUtf8();
    std::vector<Unit> units;
    units.reserve(std::size_t(column.utf8.size()));
    decodeUtf8(column.utf8.constData(), int(column.utf8.size()), units);
    column.entries.reserve(units.size() * 2);
    emitTokens(units, TokenizeMode::Document,
               [&](const std::string &term, int begin, int end, bool colocated) {
                   column.terms += term;
                   column.entries.push_back({quint32(column.terms.size()), begin, end, colocated});
                   return true;
               });
    return column;
}

PretokenizedScope::PretokenizedScope(std::initializer_list<const PretokenizedColumn *> columns)
{
    std::size_t i = 0;
    for (const PretokenizedColumn *column : columns) {
        if (i < std::size(t_pretokenized))
            t_pretokenized[i++] = column;
    }
}

PretokenizedScope::~PretokenizedScope()
{
    t_pretokenized[0] = nullptr;
    t_pretokenized[1] = nullptr;
}

bool isIndexedAsHan(char32_t cp)
{
    return isHanLike(cp);
}

QList<Token> tokenize(QStringView text, TokenizeMode mode)
{
    std::vector<Unit> units;
    units.reserve(static_cast<std::size_t>(text.size()));
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const auto begin = static_cast<int>(i);
        char32_t cp = text[i].unicode();
        if (text[i].isHighSurrogate() && i + 1 < n && text[i + 1].isLowSurrogate()) {
            cp = QChar::surrogateToUcs4(text[i], text[i + 1]);
            ++i;
        }
        units.push_back({text::foldCodePoint(cp), begin, static_cast<int>(i + 1)});
    }
    QList<Token> tokens;
    emitTokens(units, mode, [&](const std::string &term, int begin, int end, bool colocated) {
        tokens.append(
            {QString::fromUtf8(term.data(), static_cast<qsizetype>(term.size())), begin, end, colocated});
        return true;
    });
    return tokens;
}

} // namespace za::search
