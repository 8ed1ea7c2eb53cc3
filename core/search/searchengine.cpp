#include "search/searchengine.h"

#include "search/doclistreader.h"
#include "search/ftstokenizer.h"
#include "search/parallelread.h"
#include "search/query.h"
#include "search/sqlitestatement.h"
#include "text/fold.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringBuilder>
#include <QVariant>

#include <sqlite3.h>

#include <algorithm>
#include <atomic>
#include <bit>
#include <cmath>
#include <cstdint>
#include <limits>
#include <numeric>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <system_error>
#include <thread>
#include <unordered_map>
#include <vector>

using namespace Qt::StringLiterals;

namespace za::search {

namespace {

constexpr double kHeadWeight = 5.0; // bm25 weight of kicker+headline relative to body (1.0)
constexpr qsizetype kSnippetLength = 90;
constexpr qsizetype kSnippetLead = 24;
// Match sets of recent FTS5 expressions are kept (facet clicks and paging re-run the same text query);
// the budget bounds them at a million articles, where one common term's scores take 8 MB.
constexpr std::size_t kMatchCacheBytes = std::size_t(64) << 20;
// BM25's parameters (those of FTS5's bm25()).
constexpr double kBm25K1 = 1.2;
constexpr double kBm25B = 0.75;
constexpr quint32 kNoValue = 0xFFFFFFFFu;
// In a library of at least this many articles (by default) the index is read on two connections and
// threads at once: the terms of a query each on one, or the rows of a lone term shared between them.
// A phrase (a term of more than one index token) costs the same per row stepped as a statement on the
// second connection, which takes the second half. A token's rows cost four times as much so, more than
// a second core gained; instead the second connection walks all rows and reports the last
// 1 - kTokenShare of them: passing over a row costs FTS5's step alone, without reading its positions
// and scoring it. Measured at a million articles: a common token's scored scan 71-79 -> 48-55 ms with
// 0.62-0.7 (0.55 and 0.78 worse). An unscored scan has too little to pass over to gain.
constexpr std::size_t kParallelScanArticles = 20000;
constexpr double kPhraseShare = 0.5;
constexpr double kTokenShare = 0.65;
constexpr int kSecondConnectionBusyTimeoutMs = 5000;
// Facets of at most kMaxValueSetsPerFacet values keep a bitset per value, kValueSetBudget in all (64 MB
// at a million articles); counting by bitsets is chosen when a word costs less than kArticlesPerWord
// articles counted one by one would.
constexpr std::size_t kMaxValueSetsPerFacet = 128;
constexpr std::size_t kValueSetBudget = 512;
constexpr std::size_t kArticlesPerWord = 4;
// Counters are read off all at once, not noted as first counted, where at least 1/kTouchedShare as many
// articles as values are counted.
constexpr std::size_t kTouchedShare = 8;
// Facet counts over at least this many articles are shared with a second thread (by default).
constexpr std::size_t kParallelFacetArticles = 20000;

constexpr std::array<QStringView, kFacetCount> kFacetNames = {
    u"zone", u"city",  u"county",   u"province", u"zone_type", u"zone_level", u"theme",
    u"year", u"month", u"bulletin", u"issue",    u"page",      u"author",
};

// Bits set in both arrays. Facet counting runs this over every value of a small facet, so it uses the
// popcount instruction where the CPU has one (x86-64's baseline lacks it). The choice is a branch, not
// an ifunc (target_clones): an ifunc resolver runs before a sanitizer's runtime is up, and crashes it.
#if defined(__GNUC__) && defined(__x86_64__)
__attribute__((target("popcnt"))) std::size_t countCommonBitsPopcnt(const std::uint64_t *a,
                                                                    const std::uint64_t *b, std::size_t words)
{
    std::size_t n = 0;
    for (std::size_t w = 0; w < words; ++w)
        n += static_cast<std::size_t>(__builtin_popcountll(a[w] & b[w]));
    return n;
}
#endif

std::size_t countCommonBits(const std::uint64_t *a, const std::uint64_t *b, std::size_t words)
{
#if defined(__GNUC__) && defined(__x86_64__)
    static const bool popcnt = __builtin_cpu_supports("popcnt");
    if (popcnt)
        return countCommonBitsPopcnt(a, b, words);
#endif
    std::size_t n = 0;
    for (std::size_t w = 0; w < words; ++w)
        n += static_cast<std::size_t>(std::popcount(a[w] & b[w]));
    return n;
}

// A set of articles, by dense index into FacetData::ids.
class Bitset final
{
public:
    explicit Bitset(std::size_t size = 0, bool full = false)
        : m_size(size)
        , m_words((size + 63) / 64, full ? ~std::uint64_t(0) : 0)
    {
        if (full)
            trim();
    }
    void set(std::size_t i) { m_words[i >> 6] |= std::uint64_t(1) << (i & 63); }
    void reset(std::size_t i) { m_words[i >> 6] &= ~(std::uint64_t(1) << (i & 63)); }
    // Clears the bits set in o.
    void subtract(const Bitset &o)
    {
        for (std::size_t w = 0; w < m_words.size(); ++w)
            m_words[w] &= ~o.m_words[w];
    }
    bool test(std::size_t i) const { return (m_words[i >> 6] >> (i & 63)) & 1; }
    void operator&=(const Bitset &o)
    {
        for (std::size_t w = 0; w < m_words.size(); ++w)
            m_words[w] &= o.m_words[w];
    }
    void operator|=(const Bitset &o)
    {
        for (std::size_t w = 0; w < m_words.size(); ++w)
            m_words[w] |= o.m_words[w];
    }
    void invert()
    {
        for (std::uint64_t &w : m_words)
            w = ~w;
        trim();
    }
    std::size_t bytes() const { return m_words.size() * sizeof(std::uint64_t); }
    std::size_t words() const { return m_words.size(); }
    std::size_t countAnd(const Bitset &o) const
    {
        return countCommonBits(m_words.data(), o.m_words.data(), m_words.size());
    }
    std::size_t count() const
    {
        std::size_t n = 0;
        for (const std::uint64_t w : m_words)
            n += static_cast<std::size_t>(__builtin_popcountll(w));
        return n;
    }
    template <typename F> void forEach(F &&f) const
    {
        for (std::size_t w = 0; w < m_words.size(); ++w) {
            std::uint64_t bits = m_words[w];
            while (bits) {
                const int b = __builtin_ctzll(bits);
                f(w * 64 + static_cast<std::size_t>(b));
                bits &= bits - 1;
            }
        }
    }

private:
    void trim()
    {
        if (m_size % 64 && !m_words.empty())
            m_words.back() &= (std::uint64_t(1) << (m_size % 64)) - 1;
    }
    std::size_t m_size;
    std::vector<std::uint64_t> m_words;
};

// FNV-1a over the bytes, for looking up std::string keys by std::string_view (facet values are short).
struct Fnv1a
{
    using is_transparent = void;
    std::size_t operator()(std::string_view bytes) const noexcept
    {
        std::uint64_t hash = 14695981039346656037ull;
        for (const char c : bytes) {
            hash ^= static_cast<unsigned char>(c);
            hash *= 1099511628211ull;
        }
        return static_cast<std::size_t>(hash);
    }
};

// Values of one facet: a dictionary and, per article, the indices of its values (CSR layout).
struct FacetColumn
{
    QStringList values;
    QStringList folded;           // for field: matching
    QStringList groups;           // zone facet: the zone's city
    std::vector<quint32> order;   // rank of each value in sorted order (ties in counts sort by value)
    std::vector<quint32> offsets; // size articles+1
    std::vector<quint32> items;
    std::vector<quint32> postingOffsets; // the transpose: articles of each value (size values+1)
    std::vector<quint32> postings;
    std::vector<quint32> totals; // articles per value over the whole library
    // When no article has two values (year, month, bulletin, page, ...): each article's value, or
    // kNoValue. Counting then reads one integer per hit instead of two offsets and an item.
    std::vector<quint32> single;
    // For facets of few values (years, provinces, themes, ...): each value's articles as a bitset, so that
    // a large hit set is counted with a popcount per word and value instead of a lookup per hit.
    std::vector<Bitset> valueSets;

    // Value (UTF-8) -> dictionary index. Loading looks up a value per tag row (over a million at
    // 100,000 articles): QHash's seeded hash of a QByteArray or QString was a third of the load.
    std::unordered_map<std::string, quint32, Fnv1a, std::equal_to<>> utf8Index;

    quint32 internUtf8(const QByteArray &raw) // raw may be a fromRawData view
    {
        const std::string_view key(raw.constData(), std::size_t(raw.size()));
        const auto it = utf8Index.find(key);
        if (it != utf8Index.end())
            return it->second;
        const auto id = static_cast<quint32>(values.size());
        const QString value = QString::fromUtf8(raw);
        values.append(value);
        folded.append(text::foldForSearch(value));
        groups.append(QString());
        utf8Index.emplace(std::string(key), id);
        return id;
    }
    std::optional<quint32> findUtf8(const QByteArray &raw) const
    {
        const auto it = utf8Index.find(std::string_view(raw.constData(), std::size_t(raw.size())));
        return it != utf8Index.end() ? std::optional<quint32>(it->second) : std::nullopt;
    }
    std::optional<quint32> find(const QString &value) const { return findUtf8(value.toUtf8()); }
};

struct FacetData
{
    std::vector<qint64> ids;
    std::vector<int> dateKeys; // yyyymmdd, 0 when unknown
    // Each article's issue number and issue date as an index into a dictionary of them (the issue:
    // field accepts either, while the facet shows one): a string per article would take ~100 bytes.
    FacetColumn issueNumbers;
    FacetColumn issueDates;
    std::vector<quint32> issueNumberOf;
    std::vector<quint32> issueDateOf;
    std::vector<int> idToIndex; // by article id; -1 when absent
    std::array<FacetColumn, kFacetCount> columns;
    std::vector<float> bm25Norm; // by index: k1 * (1 - b + b * length / average length)
    // Article indexes newest first (by date, then by id; undated last), as results by date are ranked.
    std::vector<quint32> newestFirst;
    // zone: field matching also sees aliases: folded alias -> zone dictionary index
    QList<QPair<QString, quint32>> zoneAliases;

    std::size_t size() const { return ids.size(); }
    int indexOf(qint64 id) const
    {
        return id >= 0 && static_cast<std::size_t>(id) < idToIndex.size()
                   ? idToIndex[static_cast<std::size_t>(id)]
                   : -1;
    }
};

QString htmlEscape(QStringView s)
{
    QString out;
    out.reserve(s.size() + 16);
    for (const QChar c : s) {
        switch (c.unicode()) {
        case u'&':
            out += u"&amp;"_s;
            break;
        case u'<':
            out += u"&lt;"_s;
            break;
        case u'>':
            out += u"&gt;"_s;
            break;
        case u'"':
            out += u"&quot;"_s;
            break;
        case u'\'':
            out += u"&#39;"_s;
            break;
        case u'\n':
        case u'\r':
        case u'\t':
            out += u' ';
            break;
        default:
            out += c;
        }
    }
    return out;
}

QString fromJsonList(const QString &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
    if (!doc.isArray())
        return json;
    QStringList parts;
    for (const QJsonValue &v : doc.array())
        parts.append(v.toString());
    return parts.join(u'\n');
}

bool isSearchable(char32_t cp)
{
    return text::isHan(cp) || QChar::isLetterOrNumber(cp) || cp == U'.' || cp == U'%';
}

} // namespace

QString facetName(Facet facet)
{
    return kFacetNames[static_cast<std::size_t>(facet)].toString();
}

bool facetFromName(QStringView name, Facet *facet)
{
    for (std::size_t i = 0; i < kFacetNames.size(); ++i) {
        if (kFacetNames[i] == name) {
            *facet = static_cast<Facet>(i);
            return true;
        }
    }
    return false;
}

void SearchRequest::setYears(const QList<int> &years)
{
    QStringList values;
    for (const int y : years)
        values.append(QString::number(y));
    setSelection(Facet::Year, values);
}

class SearchEngine::Private final
{
public:
    explicit Private(const QSqlDatabase &database)
        : db(database)
    {}
    ~Private() { sqlite3_close(second); }
    Q_DISABLE_COPY_MOVE(Private)

    // The articles an FTS5 expression matches and, when scored, each one's contribution to the score.
    struct MatchSet
    {
        Bitset set;
        std::vector<std::pair<quint32, float>> scores;
        bool scored = false;
        quint64 lastUse = 0;
        std::size_t bytes() const { return set.bytes() + scores.capacity() * sizeof(scores[0]) + 64; }
    };

    QSqlDatabase db;
    std::unique_ptr<FacetData> data;
    qint64 dataVersion = -1;
    qint64 totalChanges = -1;
    QHash<QString, MatchSet> matchCache; // by MATCH expression; emptied whenever data is reloaded
    std::array<std::vector<quint32>, kFacetCount> scratch; // facet counters, all zero between searches
    std::array<std::vector<quint32>, kFacetCount> touched; // values counted, per facet
    std::size_t matchCacheBytes = 0;
    quint64 useClock = 0;
    std::size_t parallelFacetThreshold = kParallelFacetArticles;
    std::size_t parallelScanThreshold = kParallelScanArticles;

    sqlite3 *connection(QString *error) const;
    // What one full-text term asks of the index.
    struct TermScan
    {
        QString match; // its FTS5 expression
        bool scored = false;
        bool oneCharacter = false;
        bool phrase = false;  // more than one index token
        QByteArray indexTerm; // a plain term of one index token: that token (DoclistReader reads it)
    };
    TermScan termScan(const QueryNode &term, bool scored) const;
    const MatchSet *matchSet(const TermScan &term, QString *error);
    const MatchSet *cached(const TermScan &term);
    const MatchSet *remember(const QString &match, MatchSet m);
    bool computeMatchSet(sqlite3 *connection, const TermScan &term, bool shareRows, MatchSet *m,
                         QString *error);
    bool scan(sqlite3 *connection, const TermScan &term, bool withScores, bool mayShare, MatchSet *m,
              QString *error);
    // The term's rows read from the index pages directly (DoclistReader): m's set and, when scored, its
    // frequencies, in article order; the newer half of the segments on the second connection where
    // that may share. On anything but Read, m is left empty.
    DoclistReader::Result readDoclists(sqlite3 *connection, const QByteArray &indexTerm, bool withScores,
                                       bool mayShare, MatchSet *m, QString *error);
    // The term's rows through FTS5 (za_scan), shared with the second connection where that pays.
    bool walkFts5(sqlite3 *connection, const QString &match, bool withScores, bool phrase, bool mayShare,
                  MatchSet *m, QString *error);
    // The full-text terms of a query not in the cache yet, scanned two at a time (one per connection).
    bool prefetch(const QueryNode &root, bool wantScores, QString *error);
    void collectTerms(const QueryNode &node, bool positive, bool wantScores,
                      std::vector<TermScan> &out) const;
    // A read-only connection to the same file for a second thread's share of a scan, opened on first
    // use; nullptr where there is none to be had (one core, no file, the first connection inside a
    // transaction whose changes the second would not see).
    sqlite3 *secondConnection(sqlite3 *first);
    sqlite3 *second = nullptr;
    bool secondFailed = false;

    bool ensureData(QString *error);
    bool loadData(QString *error);
    bool evaluate(const QueryNode &node, bool positive, bool wantScores, Bitset *out,
                  std::vector<float> &scores, QString *error);
    // One full-text term (with its alternative phrases): its matches, and its BM25 added to scores.
    bool runFts(const QueryNode &term, bool wantScores, Bitset *out, std::vector<float> &scores,
                QString *error);
    Bitset fieldSet(const QueryNode &node) const;
    Bitset valueSet(Facet facet, const std::vector<char> &wanted) const;
    QString snippet(const QString &text, const QStringList &terms) const;
};

bool SearchEngine::Private::ensureData(QString *error)
{
    QSqlQuery q(db);
    qint64 version = -1;
    qint64 changes = -1;
    if (q.exec(u"PRAGMA data_version"_s) && q.next())
        version = q.value(0).toLongLong();
    if (q.exec(u"SELECT total_changes()"_s) && q.next())
        changes = q.value(0).toLongLong();
    if (data && version == dataVersion && changes == totalChanges)
        return true;
    matchCache.clear();
    matchCacheBytes = 0;
    for (std::vector<quint32> &counters : scratch)
        counters.clear();
    if (!loadData(error))
        return false;
    dataVersion = version;
    totalChanges = changes;
    return true;
}

namespace {

// A read-only statement on the raw connection: loading 100,000 articles' facets through QSqlQuery's
// QVariants took seconds.
class Rows final
{
public:
    Rows(sqlite3 *db, const char *sql)
    {
        if (sqlite3_prepare_v2(db, sql, -1, &m_statement, nullptr) != SQLITE_OK) {
            m_error = QString::fromUtf8(sqlite3_errmsg(db));
            sqlite3_finalize(m_statement);
            m_statement = nullptr;
        }
    }
    ~Rows() { sqlite3_finalize(m_statement); }
    Q_DISABLE_COPY_MOVE(Rows)

    const QString &error() const { return m_error; }
    bool next()
    {
        if (!m_statement)
            return false;
        const int rc = sqlite3_step(m_statement);
        if (rc != SQLITE_ROW && rc != SQLITE_DONE)
            m_error = QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_statement)));
        return rc == SQLITE_ROW;
    }
    qint64 integer(int column) const { return sqlite3_column_int64(m_statement, column); }
    double real(int column) const { return sqlite3_column_double(m_statement, column); }
    // Valid until the next step.
    QByteArray bytes(int column) const
    {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
        return text ? QByteArray::fromRawData(text, sqlite3_column_bytes(m_statement, column)) : QByteArray();
    }
    QString text(int column) const { return QString::fromUtf8(bytes(column)); }

private:
    sqlite3_stmt *m_statement = nullptr;
    QString m_error;
};

// Runs work(i) for every i below count, on this thread and, when asked and the machine has a second
// core, on a second thread too; each takes the next index left.
template <typename Work> void forEachIndex(std::size_t count, bool twoThreads, Work &&work)
{
    std::atomic<std::size_t> next{0};
    auto loop = [&] {
        for (std::size_t i = next++; i < count; i = next++)
            work(i);
    };
    if (twoThreads && std::thread::hardware_concurrency() > 1) {
        try {
            std::thread helper(loop);
            loop();
            helper.join();
            return;
        } catch (const std::system_error &) { // no thread to be had: this one does it all
        }
    }
    loop();
}

// (article, value) pairs in article then value order, without duplicates: a counting sort by article
// (n articles) and a sort of each article's few values, instead of a comparison sort of them all.
void sortByArticle(std::vector<std::pair<quint32, quint32>> &pairs, std::size_t n)
{
    std::vector<quint32> start(n + 1, 0);
    for (const auto &[a, v] : pairs)
        ++start[a + 1];
    for (std::size_t i = 0; i < n; ++i)
        start[i + 1] += start[i];
    std::vector<std::pair<quint32, quint32>> sorted(pairs.size());
    std::vector<quint32> fill(start.begin(), start.end() - 1);
    for (const auto &pair : pairs)
        sorted[fill[pair.first]++] = pair;
    std::size_t kept = 0;
    for (std::size_t a = 0; a < n; ++a) {
        const auto first = sorted.begin() + start[a];
        const auto last = sorted.begin() + start[a + 1];
        std::sort(first, last);
        for (auto it = first; it != last; ++it) {
            if (it == first || it->second != (it - 1)->second)
                sorted[kept++] = *it;
        }
    }
    sorted.resize(kept);
    pairs = std::move(sorted);
}

// Tokens in one article, from FTS5's docsize record (one SQLite varint per column).
double documentLength(const QByteArray &sz)
{
    double length = 0;
    for (qsizetype i = 0; i < sz.size();) {
        quint64 value = 0;
        for (int n = 0; n < 9 && i < sz.size(); ++n) { // SQLite varint: 7 bits a byte, 8 in the 9th
            const auto byte = static_cast<unsigned char>(sz[i++]);
            if (n == 8) {
                value = (value << 8) | byte;
                break;
            }
            value = (value << 7) | (byte & 0x7F);
            if (!(byte & 0x80))
                break;
        }
        length += static_cast<double>(value);
    }
    return length;
}

// What a second connection reads while the first reads articles, zones and places: the document
// lengths and the two largest tag tables, by article id (mapped to article indexes afterwards).
struct SideLoad
{
    std::vector<std::pair<qint64, double>> lengths;
    std::vector<std::pair<qint64, quint32>> themes;
    std::vector<std::pair<qint64, quint32>> authors;
    QString error;

    bool run(sqlite3 *connection, FacetColumn &themeColumn, FacetColumn &authorColumn)
    {
        *this = SideLoad();
        themeColumn = FacetColumn();
        authorColumn = FacetColumn();
        {
            Rows rows(connection, "SELECT id, sz FROM article_fts_docsize");
            while (rows.error().isEmpty() && rows.next())
                lengths.push_back({rows.integer(0), documentLength(rows.bytes(1))});
            if (!rows.error().isEmpty())
                return failed(rows);
        }
        const std::tuple<const char *, FacetColumn *, std::vector<std::pair<qint64, quint32>> *> tables[] = {
            {"SELECT article_id, theme FROM article_themes", &themeColumn, &themes},
            {"SELECT article_id, name FROM article_authors", &authorColumn, &authors},
        };
        for (const auto &[sql, column, out] : tables) {
            Rows rows(connection, sql);
            while (rows.error().isEmpty() && rows.next()) {
                const QByteArray value = rows.bytes(1);
                if (!value.isEmpty())
                    out->push_back({rows.integer(0), column->internUtf8(value)});
            }
            if (!rows.error().isEmpty())
                return failed(rows);
        }
        return true;
    }
    bool failed(const Rows &rows)
    {
        error = rows.error();
        return false;
    }
};

int digits(const QByteArray &s, qsizetype from, qsizetype count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        if (i >= s.size() || s[i] < '0' || s[i] > '9')
            return -1;
        value = value * 10 + (s[i] - '0');
    }
    return value;
}

} // namespace

bool SearchEngine::Private::loadData(QString *error)
{
    auto d = std::make_unique<FacetData>();
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        if (error)
            *error = u"the library is not an SQLite database"_s;
        return false;
    }
    sqlite3 *connection = *static_cast<sqlite3 *const *>(handle.constData());
    auto failWith = [&](const QString &message) {
        if (error)
            *error = u"cannot read the library: "_s % message;
        return false;
    };
    auto fail = [&](const Rows &rows) { return failWith(rows.error()); };

    // Lengths, themes and authors are read on a second connection and thread meanwhile.
    SideLoad side;
    FacetColumn &themeColumn = d->columns[static_cast<std::size_t>(Facet::Theme)];
    FacetColumn &authorColumn = d->columns[static_cast<std::size_t>(Facet::Author)];
    ParallelRead sideRead(connection,
                          [&](sqlite3 *reader) { return side.run(reader, themeColumn, authorColumn); });

    // Articles: scalar facets.
    std::array<std::vector<std::pair<quint32, quint32>>, kFacetCount> pairs; // (article, value)
    auto addRaw = [&](Facet f, quint32 a, const QByteArray &value) {
        if (!value.isEmpty())
            pairs[static_cast<std::size_t>(f)].push_back(
                {a, d->columns[static_cast<std::size_t>(f)].internUtf8(value)});
    };
    {
        Rows rows(connection,
                  "SELECT id, coalesce(nullif(date, ''), issue_date), bulletin, issue_no, issue_date, "
                  "page FROM articles ORDER BY id");
        if (!rows.error().isEmpty())
            return fail(rows);
        while (rows.next()) {
            const auto a = static_cast<quint32>(d->ids.size());
            d->ids.push_back(rows.integer(0));
            const QByteArray date = rows.bytes(1);
            const int year = digits(date, 0, 4);
            const int month = date.size() >= 7 && date[4] == '-' ? digits(date, 5, 2) : -1;
            const int day = date.size() >= 10 && date[7] == '-' ? digits(date, 8, 2) : -1;
            const bool valid = year > 0 && month >= 1 && month <= 12 && day >= 1 && day <= 31;
            d->dateKeys.push_back(valid ? year * 10000 + month * 100 + day : 0);
            if (valid) {
                addRaw(Facet::Year, a, date.left(4));
                addRaw(Facet::Month, a, date.left(7));
            }
            const QByteArray issueNo = rows.bytes(3);
            addRaw(Facet::Bulletin, a, rows.bytes(2));
            addRaw(Facet::Issue, a, issueNo.isEmpty() ? rows.bytes(4) : issueNo);
            addRaw(Facet::Page, a, rows.bytes(5));
            d->issueNumberOf.push_back(d->issueNumbers.internUtf8(issueNo));
            d->issueDateOf.push_back(d->issueDates.internUtf8(rows.bytes(4)));
        }
        if (!rows.error().isEmpty())
            return fail(rows);
    }
    if (!d->ids.empty()) {
        const qint64 maxId = d->ids.back();
        if (maxId > qint64(64) * static_cast<qint64>(d->ids.size()) + (1 << 20)) {
            if (error)
                *error = u"article ids are too sparse for the search engine's id table"_s;
            return false;
        }
        d->idToIndex.assign(static_cast<std::size_t>(maxId) + 1, -1);
        for (std::size_t i = 0; i < d->ids.size(); ++i)
            d->idToIndex[static_cast<std::size_t>(d->ids[i])] = static_cast<int>(i);
    }
    auto addPair = [&](Facet f, qint64 articleId, const QByteArray &value) {
        const int a = d->indexOf(articleId);
        if (a >= 0)
            addRaw(f, static_cast<quint32>(a), value);
    };

    // Zones (merged ones under their target, rejected ones not at all) and what they imply.
    FacetColumn &zones = d->columns[static_cast<std::size_t>(Facet::Zone)];
    {
        Rows rows(connection,
                  "SELECT az.article_id, coalesce(m.name, z.name), coalesce(m.type, z.type), "
                  "coalesce(m.level, z.level), coalesce(m.city, z.city), coalesce(m.county, z.county), "
                  "coalesce(m.province, z.province) FROM article_zones az JOIN zones z ON z.id = "
                  "az.zone_id LEFT JOIN zones m ON m.id = z.merged_into WHERE z.status <> 'rejected'");
        if (!rows.error().isEmpty())
            return fail(rows);
        while (rows.next()) {
            const qint64 id = rows.integer(0);
            addPair(Facet::Zone, id, rows.bytes(1));
            const quint32 zoneIndex = zones.internUtf8(rows.bytes(1));
            if (zones.groups[zoneIndex].isEmpty())
                zones.groups[zoneIndex] = rows.text(4);
            addPair(Facet::ZoneType, id, rows.bytes(2));
            addPair(Facet::ZoneLevel, id, rows.bytes(3));
            addPair(Facet::City, id, rows.bytes(4));
            addPair(Facet::County, id, rows.bytes(5));
            addPair(Facet::Province, id, rows.bytes(6));
        }
        if (!rows.error().isEmpty())
            return fail(rows);
    }
    {
        Rows rows(connection, "SELECT article_id, kind, name FROM article_places");
        if (!rows.error().isEmpty())
            return fail(rows);
        while (rows.next()) {
            const QByteArray kind = rows.bytes(1);
            const Facet f = kind == "city" ? Facet::City : kind == "county" ? Facet::County : Facet::Province;
            addPair(f, rows.integer(0), rows.bytes(2));
        }
        if (!rows.error().isEmpty())
            return fail(rows);
    }
    {
        Rows rows(connection,
                  "SELECT a.alias, coalesce(m.name, z.name) FROM zone_aliases a JOIN zones z ON z.id = "
                  "a.zone_id LEFT JOIN zones m ON m.id = z.merged_into");
        if (!rows.error().isEmpty())
            return fail(rows);
        while (rows.next()) {
            if (const std::optional<quint32> zone = zones.findUtf8(rows.bytes(1)))
                d->zoneAliases.append({text::foldForSearch(rows.text(0)), *zone});
        }
        if (!rows.error().isEmpty())
            return fail(rows);
    }

    if (!sideRead.finish())
        return failWith(side.error);
    for (const auto &[tags, facet] :
         {std::pair{&side.themes, Facet::Theme}, std::pair{&side.authors, Facet::Author}}) {
        auto &out = pairs[static_cast<std::size_t>(facet)];
        out.reserve(tags->size());
        for (const auto &[id, value] : *tags) {
            if (const int a = d->indexOf(id); a >= 0)
                out.push_back({static_cast<quint32>(a), value});
        }
    }
    // Document lengths in tokens, as bm25() uses them, from FTS5's own docsize table: reading
    // length(body) instead would read every article's text.
    {
        std::vector<double> lengths(d->ids.size(), 0.0);
        double sum = 0;
        qint64 counted = 0;
        for (const auto &[id, length] : side.lengths) {
            if (const int a = d->indexOf(id); a >= 0) {
                lengths[static_cast<std::size_t>(a)] = length;
                sum += length;
                ++counted;
            }
        }
        const double average = counted && sum > 0 ? sum / static_cast<double>(counted) : 1.0;
        d->bm25Norm.resize(lengths.size());
        for (std::size_t a = 0; a < lengths.size(); ++a) {
            // An article the index has no size for (none should lack one) counts as of average length.
            const double length = lengths[a] > 0 ? lengths[a] : average;
            d->bm25Norm[a] = static_cast<float>(kBm25K1 * (1 - kBm25B + kBm25B * length / average));
        }
    }

    // CSR per facet, duplicates removed (a city named by a zone and by article_places counts once).
    // Facets are independent: two threads take them in turn.
    const std::size_t n = d->ids.size();
    forEachIndex(pairs.size(), true, [&](std::size_t f) {
        auto &p = pairs[f];
        if (std::is_sorted(p.begin(), p.end())) // tables read in article order mostly are
            p.erase(std::unique(p.begin(), p.end()), p.end());
        else
            sortByArticle(p, n);
        FacetColumn &column = d->columns[f];
        column.offsets.assign(n + 1, 0);
        for (const auto &[a, v] : p)
            ++column.offsets[a + 1];
        for (std::size_t i = 0; i < n; ++i)
            column.offsets[i + 1] += column.offsets[i];
        column.items.resize(p.size());
        for (std::size_t i = 0; i < p.size(); ++i)
            column.items[i] = p[i].second;
        const std::size_t valueCount = static_cast<std::size_t>(column.values.size());
        column.totals.assign(valueCount, 0);
        column.postingOffsets.assign(valueCount + 1, 0);
        for (const auto &[a, v] : p)
            ++column.postingOffsets[v + 1];
        for (std::size_t v = 0; v < valueCount; ++v) {
            column.totals[v] = column.postingOffsets[v + 1];
            column.postingOffsets[v + 1] += column.postingOffsets[v];
        }
        column.single.clear();
        if (std::adjacent_find(p.begin(), p.end(),
                               [](const auto &x, const auto &y) { return x.first == y.first; }) == p.end()) {
            column.single.assign(n, kNoValue);
            for (const auto &[a, v] : p)
                column.single[a] = v;
        }
        column.postings.resize(p.size());
        std::vector<quint32> fill(column.postingOffsets.begin(), column.postingOffsets.end() - 1);
        for (const auto &[a, v] : p) // p is sorted by article: each posting list comes out sorted
            column.postings[fill[v]++] = a;
        std::vector<quint32> sorted(static_cast<std::size_t>(column.values.size()));
        for (std::size_t i = 0; i < sorted.size(); ++i)
            sorted[i] = static_cast<quint32>(i);
        std::sort(sorted.begin(), sorted.end(),
                  [&](quint32 x, quint32 y) { return column.values[x] < column.values[y]; });
        column.order.assign(sorted.size(), 0);
        for (std::size_t i = 0; i < sorted.size(); ++i)
            column.order[sorted[i]] = static_cast<quint32>(i);
    });
    // Indexes follow ids (read in id order): listed from the last, a stable sort by date leaves the
    // articles of one date newest first.
    d->newestFirst.resize(n);
    for (std::size_t i = 0; i < n; ++i)
        d->newestFirst[i] = static_cast<quint32>(n - 1 - i);
    std::stable_sort(d->newestFirst.begin(), d->newestFirst.end(),
                     [&](quint32 x, quint32 y) { return d->dateKeys[x] > d->dateKeys[y]; });
    // Value bitsets within a budget (kValueSetBudget of them; each is one bit per article), given to the
    // facets with the fewest values first.
    std::array<std::size_t, kFacetCount> byValueCount{};
    std::iota(byValueCount.begin(), byValueCount.end(), std::size_t(0));
    std::stable_sort(byValueCount.begin(), byValueCount.end(), [&](std::size_t x, std::size_t y) {
        return d->columns[x].values.size() < d->columns[y].values.size();
    });
    std::size_t budget = kValueSetBudget;
    for (const std::size_t f : byValueCount) {
        FacetColumn &column = d->columns[f];
        const auto valueCount = static_cast<std::size_t>(column.values.size());
        if (valueCount > kMaxValueSetsPerFacet || valueCount > budget)
            break;
        budget -= valueCount;
        column.valueSets.assign(valueCount, Bitset(n));
        for (std::size_t v = 0; v < valueCount; ++v) {
            for (quint32 k = column.postingOffsets[v]; k < column.postingOffsets[v + 1]; ++k)
                column.valueSets[v].set(column.postings[k]);
        }
    }
    data = std::move(d);
    return true;
}

sqlite3 *SearchEngine::Private::secondConnection(sqlite3 *first)
{
    if (!sqlite3_get_autocommit(first))
        return nullptr;
    if (!second && !secondFailed) {
        secondFailed = true;
        if (std::thread::hardware_concurrency() < 2)
            return nullptr;
        second = openSecondConnection(first, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX);
        if (!second)
            return nullptr;
        if (!registerExtensions(second, nullptr)) {
            sqlite3_close(second);
            second = nullptr;
            return nullptr;
        }
        sqlite3_busy_timeout(second, kSecondConnectionBusyTimeoutMs);
        secondFailed = false;
    }
    return second;
}

sqlite3 *SearchEngine::Private::connection(QString *error) const
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        if (error)
            *error = u"the library is not an SQLite database"_s;
        return nullptr;
    }
    return *static_cast<sqlite3 *const *>(handle.constData());
}

DoclistReader::Result SearchEngine::Private::readDoclists(sqlite3 *connection, const QByteArray &indexTerm,
                                                          bool withScores, bool mayShare, MatchSet *m,
                                                          QString *error)
{
    using Result = DoclistReader::Result;
    const std::size_t n = data->size();
    std::vector<float> frequencies(withScores ? n : 0);
    const auto readInto = [&](sqlite3 *db, Bitset &present, Bitset *absent, std::vector<float> &out,
                              DoclistReader::Share share, QByteArray *structure, QString *message) {
        const auto visit = [&](const DoclistReader::Entry *entries, std::size_t count) {
            for (const DoclistReader::Entry &entry : std::span(entries, count)) {
                const int a = data->indexOf(entry.rowid);
                if (a < 0)
                    continue;
                const auto at = static_cast<std::size_t>(a);
                if (!entry.present) { // an older segment's entry, superseded
                    present.reset(at);
                    if (absent)
                        absent->set(at);
                    continue;
                }
                present.set(at);
                if (absent)
                    absent->reset(at);
                if (withScores)
                    out[at] = entry.frequency;
            }
        };
        return DoclistReader::read(db, indexTerm, withScores, kHeadWeight, visit, message, share, structure);
    };

    Result result = Result::Unsupported;
    bool shared = false;
    // The newer segments on the second connection: what they hold or no longer hold for a row
    // supersedes what the older ones say.
    if (sqlite3 *second = mayShare && n >= parallelScanThreshold ? secondConnection(connection) : nullptr) {
        Bitset newerPresent(n);
        Bitset newerAbsent(n);
        std::vector<float> newerFrequencies(withScores ? n : 0);
        QByteArray olderStructure;
        QByteArray newerStructure;
        QString newerError;
        Result newer = Result::Unsupported;
        try {
            std::thread helper([&] {
                newer = readInto(second, newerPresent, &newerAbsent, newerFrequencies, {1, 2},
                                 &newerStructure, &newerError);
            });
            result = readInto(connection, m->set, nullptr, frequencies, {0, 2}, &olderStructure, error);
            helper.join();
            shared = true;
        } catch (const std::system_error &) { // no thread to be had: this one reads them all
        }
        if (shared && (result == Result::Failed || newer == Result::Failed)) {
            if (error && result != Result::Failed)
                *error = newerError;
            m->set = Bitset(n);
            return Result::Failed;
        }
        // Both must have read the same index: a commit between the two reads may have changed it.
        shared =
            shared && result == Result::Read && newer == Result::Read && olderStructure == newerStructure;
        if (shared) {
            m->set.subtract(newerAbsent);
            m->set |= newerPresent;
            if (withScores)
                newerPresent.forEach([&](std::size_t a) { frequencies[a] = newerFrequencies[a]; });
        } else {
            m->set = Bitset(n);
            std::fill(frequencies.begin(), frequencies.end(), 0.0F);
        }
    }
    if (!shared)
        result = readInto(connection, m->set, nullptr, frequencies, {0, 1}, nullptr, error);
    if (result != Result::Read) {
        m->set = Bitset(n);
        return result;
    }
    if (withScores) {
        m->scores.reserve(m->set.count());
        m->set.forEach([&](std::size_t a) {
            m->scores.push_back({static_cast<quint32>(a), frequencies[a]});
        });
    }
    return result;
}

bool SearchEngine::Private::scan(sqlite3 *connection, const TermScan &term, bool withScores, bool mayShare,
                                 MatchSet *m, QString *error)
{
    // Outside a transaction the index pages hold everything there is to find (FTS5 writes its pending
    // terms at each commit); inside one, only FTS5 knows this connection's uncommitted terms.
    bool read = false;
    if (!term.indexTerm.isEmpty() && sqlite3_get_autocommit(connection)) {
        switch (readDoclists(connection, term.indexTerm, withScores, mayShare, m, error)) {
        case DoclistReader::Result::Read:
            read = true;
            break;
        case DoclistReader::Result::Failed:
            return false;
        case DoclistReader::Result::Unsupported:
            break;
        }
    }
    if (!read && !walkFts5(connection, term.match, withScores, term.phrase, mayShare, m, error))
        return false;
    if (!withScores)
        return true;
    std::vector<std::pair<quint32, float>> &frequencies = m->scores;

    // Alternative phrases of one term (query.h, ftsPhrases()) report a row once each: their
    // occurrences count together. Rows come in rowid order, which is article order, phrase by phrase.
    const auto byArticle = [](const auto &x, const auto &y) { return x.first < y.first; };
    if (!std::is_sorted(frequencies.begin(), frequencies.end(), byArticle))
        std::stable_sort(frequencies.begin(), frequencies.end(), byArticle);
    std::size_t kept = 0;
    for (std::size_t i = 0; i < frequencies.size(); ++i) {
        if (kept && frequencies[kept - 1].first == frequencies[i].first)
            frequencies[kept - 1].second += frequencies[i].second;
        else
            frequencies[kept++] = frequencies[i];
    }
    frequencies.resize(kept);

    // BM25 of one term: its document frequency is the number of rows (clamped as FTS5's bm25() does).
    const std::size_t n = data->size();
    const double df = static_cast<double>(frequencies.size());
    const double idf = std::max(1e-6, std::log((static_cast<double>(n) - df + 0.5) / (df + 0.5)));
    for (auto &[a, value] : frequencies) {
        const double f = value;
        value = static_cast<float>(idf * f * (kBm25K1 + 1) / (f + data->bm25Norm[a]));
    }
    return true;
}

bool SearchEngine::Private::walkFts5(sqlite3 *connection, const QString &match, bool withScores, bool phrase,
                                     bool mayShare, MatchSet *m, QString *error)
{
    const QByteArray utf8 = match.toUtf8();
    std::vector<std::pair<quint32, float>> &frequencies = m->scores;
    auto runScan = [&](sqlite3 *db, PhraseScan &phraseScan, std::vector<std::pair<quint32, float>> &out,
                       qint64 fromRowid, QString *message) {
        phraseScan.frequencies = withScores;
        phraseScan.headWeight = kHeadWeight;
        phraseScan.visit = [&](qint64 rowid, double frequency) {
            const int a = data->indexOf(rowid);
            if (a < 0)
                return;
            m->set.set(static_cast<std::size_t>(a));
            if (withScores)
                out.push_back({static_cast<quint32>(a), static_cast<float>(frequency)});
        };
        // One za_scan call walks every phrase's matches inside FTS5: stepping a statement through tens
        // of thousands of rows, with an auxiliary function call on each to score it, cost four times as
        // much. The rows of a second connection's share are stepped so, from their first rowid on.
        const char *sql = phraseScan.eachRow ? "SELECT za_scan(article_fts, ?2) FROM article_fts "
                                               "WHERE article_fts MATCH ?1 AND rowid >= ?3"
                                             : "SELECT za_scan(article_fts, ?2) FROM article_fts "
                                               "WHERE article_fts MATCH ?1 LIMIT 1";
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) != SQLITE_OK) {
            *message = u"the full-text index is unavailable: "_s % QString::fromUtf8(sqlite3_errmsg(db));
            sqlite3_finalize(statement);
            return false;
        }
        sqlite3_bind_text(statement, 1, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_STATIC);
        sqlite3_bind_pointer(statement, 2, &phraseScan, kPhraseScanType, nullptr);
        if (phraseScan.eachRow)
            sqlite3_bind_int64(statement, 3, fromRowid);
        int rc = SQLITE_ROW;
        while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
        }
        if (rc != SQLITE_DONE)
            *message = u"the full-text search failed: "_s % QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_finalize(statement);
        return rc == SQLITE_DONE;
    };

    // Two connections share the rows at an article index that is a multiple of 64, so that each sets
    // words of the bitset of its own. A phrase's second share is stepped as statement rows; a scored
    // token's is walked by the second connection from the first row, passing over the first share.
    const std::size_t n = data->size();
    const bool skipping = !phrase && withScores;
    const std::size_t at =
        static_cast<std::size_t>(static_cast<double>(n) * (phrase ? kPhraseShare : kTokenShare)) / 64 * 64;
    sqlite3 *second = mayShare && (phrase || skipping) && at > 0 && at < n && n >= parallelScanThreshold
                          ? secondConnection(connection)
                          : nullptr;
    bool shared = false;
    if (second) {
        const qint64 middle = data->ids[at];
        PhraseScan first;
        first.endRowid = middle;
        PhraseScan rest;
        rest.eachRow = !skipping;
        rest.beginRowid = middle;
        std::vector<std::pair<quint32, float>> restFrequencies;
        QString firstError;
        QString restError;
        bool restOk = false;
        try {
            std::thread helper([&] { restOk = runScan(second, rest, restFrequencies, middle, &restError); });
            const bool firstOk = runScan(connection, first, frequencies, 0, &firstError);
            helper.join();
            if (!firstOk || !restOk) {
                if (error)
                    *error = firstOk ? restError : firstError;
                return false;
            }
            frequencies.insert(frequencies.end(), restFrequencies.begin(), restFrequencies.end());
            shared = true;
        } catch (const std::system_error &) { // no thread to be had: this one reads them all
        }
    }
    if (!shared) {
        PhraseScan whole;
        QString message;
        if (!runScan(connection, whole, frequencies, 0, &message)) {
            if (error)
                *error = message;
            return false;
        }
    }
    return true;
}

SearchEngine::Private::TermScan SearchEngine::Private::termScan(const QueryNode &term, bool scored) const
{
    const QList<Token> tokens = tokenize(term.value, TokenizeMode::Query);
    const QList<uint> codePoints = tokens.size() == 1 ? tokens.first().text.toUcs4() : QList<uint>();
    TermScan scan;
    scan.match = toFtsMatch(term);
    scan.scored = scored;
    scan.oneCharacter = codePoints.size() == 1 && isIndexedAsHan(codePoints.first());
    scan.phrase = tokens.size() > 1;
    if (tokens.size() == 1 && term.field == QueryField::Text)
        scan.indexTerm = tokens.first().text.toUtf8();
    return scan;
}

const SearchEngine::Private::MatchSet *SearchEngine::Private::cached(const TermScan &term)
{
    const auto found = matchCache.find(term.match);
    if (found == matchCache.end() || (term.scored && !found->scored))
        return nullptr;
    found->lastUse = ++useClock;
    return &*found;
}

bool SearchEngine::Private::computeMatchSet(sqlite3 *connection, const TermScan &term, bool shareRows,
                                            MatchSet *m, QString *error)
{
    m->set = Bitset(data->size());
    m->scored = term.scored;
    if (term.scored && term.oneCharacter) {
        // A character found in more than half of the library has a (clamped) zero IDF: it adds nothing
        // to a score, and reading its position lists would be most of the search. The set comes first.
        if (!scan(connection, term, false, shareRows, m, error))
            return false;
        if (2 * m->set.count() <= data->size() && !scan(connection, term, true, shareRows, m, error))
            return false;
    } else if (!scan(connection, term, term.scored, shareRows, m, error)) {
        return false;
    }
    m->scores.shrink_to_fit();
    return true;
}

const SearchEngine::Private::MatchSet *SearchEngine::Private::remember(const QString &match, MatchSet m)
{
    m.lastUse = ++useClock;
    if (const auto old = matchCache.find(match); old != matchCache.end()) {
        matchCacheBytes -= old->bytes();
        matchCache.erase(old);
    }
    // Least recently used first out; the entry being added always stays.
    while (!matchCache.isEmpty() && matchCacheBytes + m.bytes() > kMatchCacheBytes) {
        auto oldest = matchCache.begin();
        for (auto it = matchCache.begin(); it != matchCache.end(); ++it) {
            if (it->lastUse < oldest->lastUse)
                oldest = it;
        }
        matchCacheBytes -= oldest->bytes();
        matchCache.erase(oldest);
    }
    matchCacheBytes += m.bytes();
    return &*matchCache.insert(match, std::move(m));
}

const SearchEngine::Private::MatchSet *SearchEngine::Private::matchSet(const TermScan &term, QString *error)
{
    if (const MatchSet *m = cached(term))
        return m;
    sqlite3 *db = connection(error);
    if (!db)
        return nullptr;
    MatchSet m;
    if (!computeMatchSet(db, term, true, &m, error))
        return nullptr;
    return remember(term.match, std::move(m));
}

void SearchEngine::Private::collectTerms(const QueryNode &node, bool positive, bool wantScores,
                                         std::vector<TermScan> &out) const
{
    // As evaluate() walks the query: a term under a negation is not scored.
    if (node.kind == QueryNode::Kind::Term) {
        if (node.isFullText())
            out.push_back(termScan(node, wantScores && positive));
        return;
    }
    const bool childPositive = node.kind == QueryNode::Kind::Not ? !positive : positive;
    for (const QueryNode &child : node.children)
        collectTerms(child, childPositive, wantScores, out);
}

bool SearchEngine::Private::prefetch(const QueryNode &root, bool wantScores, QString *error)
{
    if (data->size() < parallelScanThreshold)
        return true;
    std::vector<TermScan> terms;
    collectTerms(root, true, wantScores, terms);
    std::vector<TermScan> wanted; // one scan per expression, scored if any use of it is
    for (const TermScan &term : terms) {
        if (cached(term))
            continue;
        const auto same = std::find_if(wanted.begin(), wanted.end(),
                                       [&](const TermScan &w) { return w.match == term.match; });
        if (same == wanted.end())
            wanted.push_back(term);
        else
            same->scored = same->scored || term.scored;
    }
    if (wanted.size() < 2)
        return true; // a lone term is scanned as evaluate() comes to it (a phrase sharing its rows)
    sqlite3 *first = connection(error);
    if (!first)
        return false;
    sqlite3 *other = secondConnection(first);
    if (!other)
        return true;
    std::vector<MatchSet> sets(wanted.size());
    std::vector<QString> errors(wanted.size());
    std::vector<char> done(wanted.size(), 0);
    std::atomic<std::size_t> next{0};
    auto work = [&](sqlite3 *db) {
        for (std::size_t i = next++; i < wanted.size(); i = next++)
            done[i] = computeMatchSet(db, wanted[i], false, &sets[i], &errors[i]);
    };
    try {
        std::thread helper(work, other);
        work(first);
        helper.join();
    } catch (const std::system_error &) { // no thread to be had: evaluate() scans them one by one
        return true;
    }
    for (std::size_t i = 0; i < wanted.size(); ++i) {
        if (!done[i]) {
            if (error)
                *error = errors[i];
            return false;
        }
        remember(wanted[i].match, std::move(sets[i]));
    }
    return true;
}

bool SearchEngine::Private::runFts(const QueryNode &term, bool wantScores, Bitset *out,
                                   std::vector<float> &scores, QString *error)
{
    const MatchSet *m = matchSet(termScan(term, wantScores), error);
    if (!m)
        return false;
    *out |= m->set;
    if (wantScores) {
        for (const auto &[a, score] : m->scores)
            scores[a] += score;
    }
    return true;
}

Bitset SearchEngine::Private::valueSet(Facet facet, const std::vector<char> &wanted) const
{
    const FacetColumn &column = data->columns[static_cast<std::size_t>(facet)];
    Bitset set(data->size());
    for (std::size_t v = 0; v < wanted.size(); ++v) {
        if (!wanted[v])
            continue;
        for (quint32 k = column.postingOffsets[v]; k < column.postingOffsets[v + 1]; ++k)
            set.set(column.postings[k]);
    }
    return set;
}

Bitset SearchEngine::Private::fieldSet(const QueryNode &node) const
{
    const std::size_t n = data->size();
    if (node.field == QueryField::Date) {
        const int from =
            node.from.isValid() ? node.from.year() * 10000 + node.from.month() * 100 + node.from.day() : 0;
        const int to =
            node.to.isValid() ? node.to.year() * 10000 + node.to.month() * 100 + node.to.day() : 99999999;
        Bitset set(n);
        for (std::size_t a = 0; a < n; ++a) {
            const int key = data->dateKeys[a];
            if (key && key >= from && key <= to)
                set.set(a);
        }
        return set;
    }
    const QString value = text::foldForSearch(node.value).trimmed();
    Facet facet = Facet::Zone;
    bool exact = false;
    switch (node.field) {
    case QueryField::Zone:
        facet = Facet::Zone;
        break;
    case QueryField::City:
        facet = Facet::City;
        break;
    case QueryField::County:
        facet = Facet::County;
        break;
    case QueryField::Theme:
        facet = Facet::Theme;
        break;
    case QueryField::Author:
        facet = Facet::Author;
        break;
    case QueryField::Bulletin:
        facet = Facet::Bulletin;
        break;
    case QueryField::Issue:
        facet = Facet::Issue;
        exact = true;
        break;
    case QueryField::Page:
        facet = Facet::Page;
        exact = true;
        break;
    default:
        return Bitset(n);
    }
    const FacetColumn &column = data->columns[static_cast<std::size_t>(facet)];
    std::vector<char> wanted(static_cast<std::size_t>(column.values.size()), 0);
    for (qsizetype i = 0; i < column.folded.size(); ++i)
        wanted[static_cast<std::size_t>(i)] =
            exact ? column.folded[i] == value : column.folded[i].contains(value);
    if (facet == Facet::Zone) {
        for (const auto &[alias, zone] : data->zoneAliases) {
            if (alias.contains(value))
                wanted[zone] = 1;
        }
    }
    Bitset set = valueSet(facet, wanted);
    if (node.field == QueryField::Issue) {
        // issue: also accepts the issue date or number when the facet shows the other one.
        auto matching = [&](const FacetColumn &dictionary) {
            std::vector<char> match(static_cast<std::size_t>(dictionary.folded.size()), 0);
            for (qsizetype i = 0; i < dictionary.folded.size(); ++i)
                match[static_cast<std::size_t>(i)] = dictionary.folded[i] == value;
            return match;
        };
        const std::vector<char> byNumber = matching(data->issueNumbers);
        const std::vector<char> byDate = matching(data->issueDates);
        for (std::size_t a = 0; a < n; ++a) {
            if (byNumber[data->issueNumberOf[a]] || byDate[data->issueDateOf[a]])
                set.set(a);
        }
    }
    return set;
}

bool SearchEngine::Private::evaluate(const QueryNode &node, bool positive, bool wantScores, Bitset *out,
                                     std::vector<float> &scores, QString *error)
{
    const std::size_t n = data->size();
    const bool scoring = wantScores && positive;
    switch (node.kind) {
    case QueryNode::Kind::Term:
        if (node.isFullText())
            return runFts(node, scoring, out, scores, error);
        *out = fieldSet(node);
        return true;
    case QueryNode::Kind::Not: {
        Bitset inner(n);
        if (!evaluate(node.children.first(), !positive, wantScores, &inner, scores, error))
            return false;
        inner.invert();
        *out = inner;
        return true;
    }
    case QueryNode::Kind::Or: {
        Bitset acc(n);
        for (const QueryNode &child : node.children) {
            Bitset part(n);
            if (!evaluate(child, positive, wantScores, &part, scores, error))
                return false;
            acc |= part;
        }
        *out = acc;
        return true;
    }
    case QueryNode::Kind::And: {
        // Term by term: each term's matches and scores are cached apart, and the sets are bitsets.
        Bitset acc(n, true);
        for (const QueryNode &child : node.children) {
            Bitset part(n);
            if (!evaluate(child, positive, wantScores, &part, scores, error))
                return false;
            acc &= part;
        }
        *out = acc;
        return true;
    }
    }
    return true;
}

QString SearchEngine::Private::snippet(const QString &text, const QStringList &terms) const
{
    // Fold the text code point by code point, remembering where each folded unit came from.
    QString folded;
    folded.reserve(text.size());
    std::vector<qsizetype> origin; // folded index -> original index
    origin.reserve(static_cast<std::size_t>(text.size()) + 1);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const qsizetype start = i;
        char32_t cp = text[i].unicode();
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            cp = QChar::surrogateToUcs4(text[i], text[i + 1]);
            ++i;
        }
        const char32_t f = text::foldCodePoint(cp);
        if (QChar::requiresSurrogates(f)) {
            folded += QChar(QChar::highSurrogate(f));
            folded += QChar(QChar::lowSurrogate(f));
            origin.push_back(start);
            origin.push_back(start);
        } else {
            folded += QChar(static_cast<char16_t>(f));
            origin.push_back(start);
        }
    }
    origin.push_back(text.size());

    // Each term is searched as its searchable segments (a phrase "侯马 经济" marks 侯马 and 经济).
    struct Match
    {
        qsizetype begin;
        qsizetype end;
        int segment;
    };
    std::vector<Match> matches;
    int segmentId = 0;
    for (const QString &term : terms) {
        const QString f = text::foldForSearch(term);
        qsizetype i = 0;
        while (i < f.size()) {
            while (i < f.size() && !isSearchable(f[i].unicode()) && !f[i].isSurrogate())
                ++i;
            const qsizetype start = i;
            while (i < f.size() && (isSearchable(f[i].unicode()) || f[i].isSurrogate()))
                ++i;
            if (i == start)
                continue;
            const QStringView segment = QStringView(f).mid(start, i - start);
            for (qsizetype at = folded.indexOf(segment); at >= 0 && matches.size() < 4096;
                 at = folded.indexOf(segment, at + 1))
                matches.push_back({origin[static_cast<std::size_t>(at)],
                                   origin[static_cast<std::size_t>(at + segment.size())], segmentId});
            ++segmentId;
        }
    }
    std::sort(matches.begin(), matches.end(),
              [](const Match &a, const Match &b) { return a.begin < b.begin; });

    // Window with the most distinct segments, then the most matches.
    qsizetype windowStart = 0;
    if (!matches.empty()) {
        int bestDistinct = -1;
        std::size_t bestCount = 0;
        for (std::size_t i = 0; i < matches.size(); ++i) {
            const qsizetype start = std::max<qsizetype>(0, matches[i].begin - kSnippetLead);
            std::vector<int> seen;
            std::size_t count = 0;
            for (std::size_t j = i; j < matches.size() && matches[j].end <= start + kSnippetLength; ++j) {
                ++count;
                if (std::find(seen.begin(), seen.end(), matches[j].segment) == seen.end())
                    seen.push_back(matches[j].segment);
            }
            const int distinct = static_cast<int>(seen.size());
            if (distinct > bestDistinct || (distinct == bestDistinct && count > bestCount)) {
                bestDistinct = distinct;
                bestCount = count;
                windowStart = start;
            }
        }
    }
    qsizetype windowEnd = std::min(text.size(), windowStart + kSnippetLength);
    if (windowStart > 0 && text[windowStart].isLowSurrogate())
        --windowStart;
    if (windowEnd < text.size() && text[windowEnd].isLowSurrogate())
        ++windowEnd;

    QString out;
    if (windowStart > 0)
        out += u"…"_s;
    qsizetype pos = windowStart;
    for (std::size_t i = 0; i < matches.size(); ++i) {
        qsizetype begin = std::max(matches[i].begin, pos);
        qsizetype end = matches[i].end;
        if (end <= pos || begin >= windowEnd)
            continue;
        while (i + 1 < matches.size() && matches[i + 1].begin <= end) // merge overlapping marks
            end = std::max(end, matches[++i].end);
        end = std::min(end, windowEnd);
        out += htmlEscape(QStringView(text).mid(pos, begin - pos));
        out += u"<mark>"_s % htmlEscape(QStringView(text).mid(begin, end - begin)) % u"</mark>"_s;
        pos = end;
    }
    out += htmlEscape(QStringView(text).mid(pos, windowEnd - pos));
    if (windowEnd < text.size())
        out += u"…"_s;
    return out.simplified();
}

SearchEngine::SearchEngine(const QSqlDatabase &db)
    : d(std::make_unique<Private>(db))
{}

SearchEngine::~SearchEngine() = default;

void SearchEngine::invalidate()
{
    d->data.reset();
}

void SearchEngine::forgetMatches()
{
    d->matchCache.clear();
    d->matchCacheBytes = 0;
}

void SearchEngine::setParallelScanThreshold(std::size_t articles)
{
    d->parallelScanThreshold = articles;
}

void SearchEngine::setParallelFacetThreshold(std::size_t articles)
{
    d->parallelFacetThreshold = articles;
}

SearchResult SearchEngine::search(const SearchRequest &request)
{
    QElapsedTimer timer;
    timer.start();
    SearchResult result;
    result.requestId = request.requestId();
    auto finish = [&]() {
        result.tookMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        return result;
    };

    const ParsedQuery parsed = parseQuery(request.query());
    result.warnings = parsed.warnings;
    if (!parsed.ok()) {
        result.error = parsed.error;
        return finish();
    }
    if (!d->ensureData(&result.error))
        return finish();
    const FacetData &data = *d->data;
    const std::size_t n = data.size();

    const QStringList highlightTerms = parsed.positiveTextTerms();
    const bool relevance = request.sort() == SortOrder::Relevance && !highlightTerms.isEmpty();
    std::vector<float> scores(relevance ? n : 0, 0.0f);

    Bitset base(n, true);
    if (parsed.hasQuery) {
        Bitset matched(n);
        if (!d->prefetch(parsed.root, relevance, &result.error) ||
            !d->evaluate(parsed.root, true, relevance, &matched, scores, &result.error))
            return finish();
        base = matched;
    }
    if (request.from().isValid() || request.to().isValid()) {
        QueryNode range;
        range.field = QueryField::Date;
        range.from = request.from();
        range.to = request.to();
        base &= d->fieldSet(range);
    }

    // Selections: which facets restrict, and each one's set of articles.
    std::vector<int> selected;
    std::vector<Bitset> masks;
    for (int f = 0; f < kFacetCount; ++f) {
        const QStringList &values = request.selection(static_cast<Facet>(f));
        if (values.isEmpty())
            continue;
        const FacetColumn &column = data.columns[static_cast<std::size_t>(f)];
        std::vector<char> wanted(static_cast<std::size_t>(column.values.size()), 0);
        for (const QString &v : values) {
            if (const std::optional<quint32> value = column.find(v))
                wanted[*value] = 1;
        }
        selected.push_back(f);
        masks.push_back(d->valueSet(static_cast<Facet>(f), wanted));
    }

    // An article passing every selection is a hit and counts in every facet; one failing exactly one
    // selection counts only in that facet (a facet's counts ignore its own selection).
    std::vector<quint32> hits;
    hits.reserve(base.count());
    std::array<std::vector<quint32>, kFacetCount> onlyIn; // articles failing just that facet's selection
    base.forEach([&](std::size_t a) {
        int failing = -1;
        int failures = 0;
        for (std::size_t s = 0; s < masks.size() && failures < 2; ++s) {
            if (!masks[s].test(a)) {
                ++failures;
                failing = selected[s];
            }
        }
        if (failures == 0)
            hits.push_back(static_cast<quint32>(a));
        else if (failures == 1)
            onlyIn[static_cast<std::size_t>(failing)].push_back(static_cast<quint32>(a));
    });
    // When most of the library is a hit (common characters), the hits' counts are the library's totals
    // minus those of the few articles that are not hits.
    const bool complement = hits.size() * 2 > n;
    std::vector<quint32> misses;
    if (request.withFacets() && complement) {
        Bitset isHit(n);
        for (const quint32 a : hits)
            isHit.set(a);
        isHit.invert();
        misses.reserve(n - hits.size());
        isHit.forEach([&](std::size_t a) { misses.push_back(static_cast<quint32>(a)); });
    }
    // Facet by facet (not article by article): one offsets/items/counts array in cache at a time.
    // Small hit sets count into zeroed scratch arrays and list only the values they touched: some
    // facets (authors, issues) have tens of thousands of values, and scanning or clearing them all
    // cost more than counting a few hundred hits.
    result.total = static_cast<qint64>(hits.size());
    std::array<QList<FacetValue>, kFacetCount> facetValues;
    std::array<qint64, kFacetCount> facetSizes{};
    Bitset hitSet;
    if (request.withFacets()) {
        hitSet = Bitset(n);
        for (const quint32 a : hits)
            hitSet.set(a);
    }
    // Articles a facet counts one by one (hits, or misses when subtracting, and those failing only its
    // own selection); by value bitsets instead where a word costs less than kArticlesPerWord of them.
    auto oneByOne = [&](std::size_t f) {
        return (complement ? misses.size() : hits.size()) + onlyIn[f].size();
    };
    auto byBits = [&](std::size_t f) {
        const std::vector<Bitset> &sets = data.columns[f].valueSets;
        return !sets.empty() && sets.size() * hitSet.words() <= kArticlesPerWord * oneByOne(f);
    };
    auto countFacet = [&](std::size_t f) {
        const FacetColumn &column = data.columns[f];
        const auto valueCount = static_cast<std::size_t>(column.values.size());
        const bool bits = byBits(f);
        const bool subtract = complement && !bits;
        // Counting many articles into counters of few values, the values are read off all counters
        // afterwards: noting each value as it is first counted was a branch the CPU could not predict
        // (a third of the author facet's time when half a million articles are counted).
        const bool readAll = subtract || (!bits && oneByOne(f) * kTouchedShare >= valueCount);
        std::vector<quint32> full;
        std::vector<quint32> &scratch = d->scratch[f];
        if (subtract)
            full = column.totals;
        else if (scratch.size() != valueCount)
            scratch.assign(valueCount, 0);
        // 32-bit counters: a facet of a million values (bylines) is counted in half the cache.
        quint32 *c = subtract ? full.data() : scratch.data();
        std::vector<quint32> &touched = d->touched[f];
        touched.clear();
        if (bits) {
            Bitset withOthers; // the hits and the articles failing only this facet's selection
            if (!onlyIn[f].empty()) {
                withOthers = hitSet;
                for (const quint32 a : onlyIn[f])
                    withOthers.set(a);
            }
            const Bitset &counted = onlyIn[f].empty() ? hitSet : withOthers;
            for (std::size_t v = 0; v < valueCount; ++v) {
                c[v] = static_cast<quint32>(counted.countAnd(column.valueSets[v]));
                if (c[v])
                    touched.push_back(static_cast<quint32>(v));
            }
        }
        const quint32 *offsets = column.offsets.data();
        const quint32 *items = column.items.data();
        const quint32 *single = column.single.empty() ? nullptr : column.single.data();
        // Plain loops over local pointers: this is most of a common term's search time.
        // A loop of its own for each way of counting (the compiler does not split one by a flag).
        auto add = [&]<bool kUp, bool kTrack>(const std::vector<quint32> &list) {
            const quint32 *a = list.data();
            const quint32 *end = a + list.size();
            auto bump = [&](quint32 v) {
                if constexpr (!kUp) {
                    --c[v];
                } else {
                    if (kTrack && c[v] == 0)
                        touched.push_back(v);
                    ++c[v];
                }
            };
            // The counters are read in no order: ask for the one a few articles ahead early.
            constexpr std::ptrdiff_t kAhead = 16;
            if (single) {
                for (; a != end; ++a) {
                    if (end - a > kAhead && single[a[kAhead]] != kNoValue)
                        __builtin_prefetch(&c[single[a[kAhead]]]);
                    if (single[*a] != kNoValue)
                        bump(single[*a]);
                }
                return;
            }
            const quint32 itemCount = static_cast<quint32>(column.items.size());
            for (; a != end; ++a) {
                if (end - a > kAhead) {
                    if (const quint32 ahead = offsets[a[kAhead]]; ahead < itemCount)
                        __builtin_prefetch(&c[items[ahead]]);
                }
                const quint32 last = offsets[*a + 1];
                for (quint32 k = offsets[*a]; k < last; ++k)
                    bump(items[k]);
            }
        };
        if (!bits && subtract) {
            add.operator()<false, false>(misses);
            add.operator()<true, false>(onlyIn[f]);
        } else if (!bits && readAll) {
            add.operator()<true, false>(hits);
            add.operator()<true, false>(onlyIn[f]);
        } else if (!bits) {
            add.operator()<true, true>(hits);
            add.operator()<true, true>(onlyIn[f]);
        }

        std::vector<quint32> present;
        if (readAll) {
            for (std::size_t v = 0; v < valueCount; ++v) {
                if (c[v] > 0)
                    present.push_back(static_cast<quint32>(v));
            }
        } else {
            present = touched;
        }
        facetSizes[f] = static_cast<qint64>(present.size());
        const QStringList &selection = request.selection(static_cast<Facet>(f));
        auto selectedIndex = [&](const QString &value) { return column.find(value).value_or(kNoValue); };
        // Selected values stay listed (with 0) so that the UI can show and clear them.
        for (const QString &value : selection) {
            const quint32 v = selectedIndex(value);
            if (v != kNoValue && c[v] == 0)
                present.push_back(v);
        }
        auto before = [&](quint32 x, quint32 y) {
            return c[x] != c[y] ? c[x] > c[y] : column.order[x] < column.order[y];
        };
        // Counts are exact for every value; only the list is cut (authors run to thousands).
        const std::size_t keep =
            request.facetLimit() > 0
                ? std::min(present.size(), static_cast<std::size_t>(request.facetLimit()))
                : present.size();
        std::partial_sort(present.begin(), present.begin() + static_cast<std::ptrdiff_t>(keep), present.end(),
                          before);
        present.resize(keep);
        for (const QString &value : selection) {
            const quint32 v = selectedIndex(value);
            if (v != kNoValue && std::find(present.begin(), present.end(), v) == present.end())
                present.push_back(v); // a selected value is always listed
        }
        QList<FacetValue> &values = facetValues[f];
        values.reserve(static_cast<qsizetype>(present.size()));
        for (const quint32 v : present)
            values.append({column.values[v], c[v], column.groups[v]});
        if (readAll && !subtract)
            std::fill(c, c + valueCount, 0);
        else if (!subtract) {
            for (const quint32 v : touched)
                c[v] = 0;
        }
    };
    // Rank: BM25 (head weighted above body), then the newer article, then the higher id.
    const std::size_t offset = static_cast<std::size_t>(std::max(0, request.offset()));
    const std::size_t limit = static_cast<std::size_t>(std::max(0, request.limit()));
    const std::size_t wanted = std::min(hits.size(), offset + limit);
    const bool byZone = request.sort() == SortOrder::Zone;
    const FacetColumn &zoneColumn = data.columns[static_cast<std::size_t>(Facet::Zone)];
    auto zoneRank = [&](quint32 a) {
        return zoneColumn.offsets[a] < zoneColumn.offsets[a + 1]
                   ? zoneColumn.order[zoneColumn.items[zoneColumn.offsets[a]]]
                   : std::numeric_limits<quint32>::max();
    };
    auto better = [&](quint32 x, quint32 y) {
        if (byZone && zoneRank(x) != zoneRank(y))
            return zoneRank(x) < zoneRank(y);
        if (relevance && scores[x] != scores[y])
            return scores[x] > scores[y];
        if (data.dateKeys[x] != data.dateKeys[y])
            return data.dateKeys[x] > data.dateKeys[y];
        return data.ids[x] > data.ids[y];
    };
    // Where every hit scores the same (browsing, a date sort, a character in most articles: its IDF is
    // zero), hits rank by date alone: walking the library newest first until the page is full reads about
    // wanted * n / hits articles, far fewer than sorting the hits when they are a good share of it.
    // The scores are compared last: only where the walk would pay.
    const bool walkByDate = !byZone && wanted > 0 &&
                            static_cast<double>(wanted) * static_cast<double>(n) <=
                                static_cast<double>(hits.size()) * static_cast<double>(hits.size()) &&
                            (!relevance || std::all_of(hits.begin(), hits.end(), [&](quint32 a) {
                                return scores[a] == scores[hits[0]];
                            }));
    // The page of hits, ranked, with snippets. It reads the hit list (copying the best out of it) while
    // facets may be counted from it on another thread.
    auto readHits = [&]() -> bool {
        std::vector<quint32> top;
        if (walkByDate) {
            Bitset ownHitSet; // hitSet is built for facets only
            if (!request.withFacets()) {
                ownHitSet = Bitset(n);
                for (const quint32 a : hits)
                    ownHitSet.set(a);
            }
            const Bitset &isHit = request.withFacets() ? hitSet : ownHitSet;
            top.reserve(wanted);
            // Ends: wanted is at most the number of hits, each listed once.
            for (auto a = data.newestFirst.begin(); top.size() < wanted; ++a) {
                if (isHit.test(*a))
                    top.push_back(*a);
            }
        } else {
            top.resize(wanted);
            std::partial_sort_copy(hits.begin(), hits.end(), top.begin(), top.end(), better);
        }
        QSqlQuery q(d->db);
        if (offset < wanted &&
            !q.prepare(u"SELECT headline, kicker, dateline, subheadings, za_text(body) FROM articles "
                       "WHERE id = ?"_s)) {
            result.error = u"cannot read articles: "_s % q.lastError().text();
            return false;
        }
        for (std::size_t i = offset; i < wanted; ++i) {
            const quint32 a = top[i];
            SearchHit hit;
            hit.id = data.ids[a];
            if (const int key = data.dateKeys[a])
                hit.date = QString::asprintf("%04d-%02d-%02d", key / 10000, key / 100 % 100, key % 100);
            hit.score = relevance ? static_cast<double>(scores[a]) : 0.0;
            auto valuesOf = [&](Facet f) {
                const FacetColumn &column = data.columns[static_cast<std::size_t>(f)];
                QStringList out;
                for (quint32 k = column.offsets[a]; k < column.offsets[a + 1]; ++k)
                    out.append(column.values[column.items[k]]);
                return out;
            };
            hit.zones = valuesOf(Facet::Zone);
            hit.cities = valuesOf(Facet::City);
            hit.page = valuesOf(Facet::Page).value(0);
            q.bindValue(0, hit.id);
            if (q.exec() && q.next()) {
                hit.headline = q.value(0).toString();
                const QString body = q.value(4).toString();
                if (!highlightTerms.isEmpty() && !body.isEmpty()) {
                    // Prefer the body; fall back to the other fields when the match is only there.
                    hit.snippet = d->snippet(body, highlightTerms);
                    if (!hit.snippet.contains(u"<mark>"_s)) {
                        const QString other = q.value(1).toString() % u'\n' % q.value(0).toString() % u'\n' %
                                              q.value(2).toString() % u'\n' %
                                              fromJsonList(q.value(3).toString());
                        const QString alt = d->snippet(other, highlightTerms);
                        if (alt.contains(u"<mark>"_s))
                            hit.snippet = alt;
                    }
                } else {
                    hit.snippet = d->snippet(body.isEmpty() ? q.value(0).toString() : body, highlightTerms);
                }
            }
            result.hits.append(hit);
        }
        return true;
    };
    if (!request.withFacets()) {
        readHits();
        return finish();
    }

    // Facets are independent: with many articles to count, a second thread counts them while this one
    // ranks and reads the page of hits, then joins in (the costliest facets first, each thread taking
    // the next one left).
    // The work: articles counted one by one, and when subtracting from the totals every value read.
    std::size_t counted = (complement ? misses.size() : hits.size()) +
                          std::accumulate(onlyIn.begin(), onlyIn.end(), std::size_t(0),
                                          [](std::size_t sum, const auto &v) { return sum + v.size(); });
    for (std::size_t f = 0; f < kFacetCount && complement; ++f)
        counted += byBits(f) ? 0 : static_cast<std::size_t>(data.columns[f].values.size());
    std::array<std::size_t, kFacetCount> order{};
    std::iota(order.begin(), order.end(), std::size_t(0));
    // The costliest first, so that the two threads end together.
    std::array<double, kFacetCount> cost{};
    for (std::size_t f = 0; f < kFacetCount; ++f) {
        const FacetColumn &column = data.columns[f];
        cost[f] = byBits(f) ? double(column.valueSets.size() * hitSet.words()) / kArticlesPerWord
                            : double(oneByOne(f)) * std::max(1.0, double(column.items.size()) /
                                                                      double(std::max<std::size_t>(n, 1)));
    }
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t x, std::size_t y) { return cost[x] > cost[y]; });
    std::atomic<std::size_t> nextFacet{0};
    auto countFacets = [&] {
        for (std::size_t i = nextFacet++; i < order.size(); i = nextFacet++)
            countFacet(order[i]);
    };
    std::thread helper;
    if (counted >= d->parallelFacetThreshold && std::thread::hardware_concurrency() > 1) {
        try {
            helper = std::thread(countFacets);
        } catch (const std::system_error &) { // no thread to be had: this one counts them all
        }
    }
    readHits(); // a failure is in result.error
    countFacets();
    if (helper.joinable())
        helper.join();
    for (std::size_t f = 0; f < kFacetCount; ++f) {
        result.facetSizes.insert(facetName(static_cast<Facet>(f)), facetSizes[f]);
        result.facets.insert(facetName(static_cast<Facet>(f)), facetValues[f]);
    }
    return finish();
}

} // namespace za::search
