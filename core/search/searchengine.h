#pragma once

#include <QDate>
#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <array>
#include <cstddef>
#include <memory>

namespace za::search {

// Facets, in the order the UI lists them. facetName() gives the JSON/CLI name.
enum class Facet {
    Zone,
    City,
    County,
    Province,
    ZoneType,
    ZoneLevel,
    Theme,
    Year,
    Month,
    Bulletin,
    Issue,
    Page,
    Author,
};
inline constexpr int kFacetCount = static_cast<int>(Facet::Author) + 1;

QString facetName(Facet facet); // "zone", "city", "county", "province", "zone_type", "zone_level", ...
bool facetFromName(QStringView name, Facet *facet);

// Zone: by the name of the article's first zone (articles without a zone last), then newest first.
enum class SortOrder { Relevance, Date, Zone };

class SearchRequest final
{
public:
    void setQuery(const QString &query) { m_query = query; }
    const QString &query() const { return m_query; }

    // Facet selections: several values of one facet are ORed, facets are ANDed. Values are as the
    // facet lists them (zone canonical name, "2023" for a year, "2023-05" for a month, page "D1", ...).
    void setSelection(Facet facet, const QStringList &values)
    {
        m_selections[static_cast<int>(facet)] = values;
    }
    const QStringList &selection(Facet facet) const { return m_selections[static_cast<int>(facet)]; }
    void setZones(const QStringList &v) { setSelection(Facet::Zone, v); }
    void setCities(const QStringList &v) { setSelection(Facet::City, v); }
    void setCounties(const QStringList &v) { setSelection(Facet::County, v); }
    void setProvinces(const QStringList &v) { setSelection(Facet::Province, v); }
    void setZoneTypes(const QStringList &v) { setSelection(Facet::ZoneType, v); }
    void setZoneLevels(const QStringList &v) { setSelection(Facet::ZoneLevel, v); }
    void setThemes(const QStringList &v) { setSelection(Facet::Theme, v); }
    void setYears(const QList<int> &years);
    void setMonths(const QStringList &v) { setSelection(Facet::Month, v); } // "YYYY-MM"
    void setBulletins(const QStringList &v) { setSelection(Facet::Bulletin, v); }
    void setIssues(const QStringList &v) { setSelection(Facet::Issue, v); }
    void setPages(const QStringList &v) { setSelection(Facet::Page, v); }
    void setAuthors(const QStringList &v) { setSelection(Facet::Author, v); }

    // Inclusive; a null date leaves that end open. Articles without a date fall outside any range.
    void setDateRange(const QDate &from, const QDate &to)
    {
        m_from = from;
        m_to = to;
    }
    QDate from() const { return m_from; }
    QDate to() const { return m_to; }

    void setSort(SortOrder sort) { m_sort = sort; }
    SortOrder sort() const { return m_sort; }
    void setLimit(int limit) { m_limit = limit; }
    int limit() const { return m_limit; }
    void setOffset(int offset) { m_offset = offset; }
    int offset() const { return m_offset; }
    void setWithFacets(bool withFacets) { m_withFacets = withFacets; }
    bool withFacets() const { return m_withFacets; }
    // Values listed per facet, most frequent first (0 = all). Counts are exact either way, and
    // selected values are always listed.
    void setFacetLimit(int limit) { m_facetLimit = limit; }
    int facetLimit() const { return m_facetLimit; }

    // Echoed in the result so that an asynchronous UI can drop answers to superseded requests.
    void setRequestId(quint64 id) { m_requestId = id; }
    quint64 requestId() const { return m_requestId; }

private:
    QString m_query;
    std::array<QStringList, kFacetCount> m_selections;
    QDate m_from;
    QDate m_to;
    SortOrder m_sort = SortOrder::Relevance;
    int m_limit = 20;
    int m_offset = 0;
    bool m_withFacets = true;
    int m_facetLimit = 200;
    quint64 m_requestId = 0;
};

struct SearchHit
{
    qint64 id = 0;
    QString headline;
    QStringList zones; // canonical names
    QStringList cities;
    QString date; // YYYY-MM-DD (the issue date when the article has none), or empty
    QString page;
    double score = 0; // higher is better; 0 when the query has no text
    QString snippet;  // HTML: matches wrapped in <mark>…</mark>, the rest escaped
};

struct FacetValue
{
    QString value;
    qint64 count = 0;
    QString group; // zone facet: the zone's city (zones are grouped under it)
};

struct SearchResult
{
    quint64 requestId = 0;
    QString error;        // set when the query could not be run (the rest is then empty)
    QStringList warnings; // query input that was repaired or ignored
    qint64 total = 0;
    QList<SearchHit> hits;
    QMap<QString, QList<FacetValue>> facets; // facet name -> values by count, then value
    QMap<QString, qint64> facetSizes;        // facet name -> number of values with a count (listed or not)
    double tookMs = 0;

    bool ok() const { return error.isEmpty(); }
};

// Searches and counts facets over one library connection (which must have the tokenizer registered
// and schema 2). Not thread-safe: use one engine per connection/thread.
//
// Full-text terms go to FTS5 (each FTS5 sub-expression bound as a parameter, BM25 with head weighted
// above body); structured filters and facet counts run over an in-memory copy of each article's facet
// values, loaded once and reloaded when the database changes (PRAGMA data_version / total_changes()),
// because counting 13 facets with SQL GROUP BYs over tens of thousands of matches cannot meet the
// latency targets. The match sets of recent FTS5 expressions are kept until the data changes (facet
// clicks and paging re-run the same text), and a single token found in most of the library is ranked
// by head match and recency instead of BM25, whose IDF is then zero.
class SearchEngine final
{
public:
    explicit SearchEngine(const QSqlDatabase &db);
    ~SearchEngine();
    Q_DISABLE_COPY_MOVE(SearchEngine)

    SearchResult search(const SearchRequest &request);

    // Drops the in-memory facet data; the next search reloads it.
    void invalidate();

    // Forgets the match sets kept from earlier searches (the facet data stays): every text is then
    // searched as for the first time. Benchmarks measure first searches so, repeatedly.
    void forgetMatches();

    // Facet counts over at least this many articles are shared with a second thread (when the machine
    // has two cores); the default suits the cost of starting one. Tests set 0 to take that path.
    void setParallelFacetThreshold(std::size_t articles);

    // In a library of at least this many articles the index is read on two connections at once (the
    // terms of a query each on one, a lone phrase's rows shared), where the library is a file and the
    // machine has two cores. Tests set 0 to take that path.
    void setParallelScanThreshold(std::size_t articles);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace za::search
