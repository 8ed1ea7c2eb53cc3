#pragma once

#include "places/gazetteer.h"
#include "places/placesdata.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <bitset>
#include <optional>
#include <vector>

namespace za::places {

enum class ZoneStatus : quint8 { Seed, Discovered, Confirmed, Rejected, Merged };

// The strings stored in zones.status: seed, discovered, confirmed, rejected, merged.
QString zoneStatusName(ZoneStatus status);
std::optional<ZoneStatus> zoneStatusFromName(QStringView name);

// A development zone as the registry knows it (mirrors the zones/zone_aliases tables).
struct Zone
{
    QString name; // canonical name (docs/zones.md)
    QString type; // 经济技术开发区, 高新技术产业开发区, … (zone-types.json)
    QString level = QStringLiteral("unknown"); // national, provincial or unknown
    QString county;                            // 侯马市; empty when unknown or spanning several
    QString city;                              // 临汾市
    QString province;                          // 山西省
    ZoneStatus status = ZoneStatus::Seed;
    QStringList aliases; // other names as written that denote this zone
    QString mergedInto;  // canonical name of the zone a merged entry now belongs to
};

// A zone name (or a reference such as 该园区) found in text.
struct ZoneMatch
{
    qsizetype start = 0;
    qsizetype length = 0;
    QString asWritten;
    Zone zone;               // empty name for anaphors and for unresolved names
    bool discovered = false; // recognised by pattern, not (yet) in the registry
    bool anaphor = false;    // 该园区, or a bare 园区/开发区 that names no zone itself
    QString suffix;          // the type suffix as written (经开区), for linking short references
    QString stem;            // for unresolved names: the words before the suffix (西山 in 西山示范区)
};

// Zone patterns and folding rules (zone-types.json).
struct ZoneTypeRule
{
    QString suffix;
    QString type;
    QString expand; // full form replacing a short suffix in canonical names
    QString key;    // form used for folding variants
    bool generic = false;
};

// The zone registry: canonical names, aliases and places of known zones, and recognition of zones in
// text. A value type; const use from several threads is safe.
class ZoneRegistry final
{
public:
    // An empty registry using the embedded zone-type rules.
    explicit ZoneRegistry(const Gazetteer &gazetteer = Gazetteer::instance());

    // The registry seeded from resources/places/zones-shanxi.json and the zone-like units of the
    // divisions data (status seed).
    static ZoneRegistry seeded(const Gazetteer &gazetteer = Gazetteer::instance());

    // Adds a zone, or merges its aliases into the zone with the same folded key. Returns false when the
    // zone's key already belonged to another zone (its aliases are then added to that zone).
    bool add(const Zone &zone);
    // Makes `alias` another name of the zone called `canonical`; false if no such zone.
    bool addAlias(const QString &alias, const QString &canonical);

    // The zone named or aliased `name` (folded: 长治经开区 finds 长治经济技术开发区). Merged zones are
    // followed to the zone they were merged into. nullptr when unknown.
    const Zone *find(QStringView name) const;

    QList<Zone> zones() const { return m_zones; }
    qsizetype size() const { return m_zones.size(); }

    // Canonical name of a zone written `asWritten`: short type suffixes expanded (经开区 ->
    // 经济技术开发区), abbreviations expanded (文旅 -> 文化旅游), a leading province dropped when a place of
    // that province follows (山西晋中… -> 晋中…). Spaces are removed.
    QString canonicalName(QStringView asWritten) const;
    // Folding key: canonical name with suffix variants unified and the first place in short form
    // (长治市经济技术开发区 and 长治经开区 share a key). Two names with one key denote one zone.
    QString key(QStringView name) const;
    // Zone type of a name by its suffix; empty when it has none.
    QString typeOf(QStringView name) const;

    // Zones named in `text` (one segment), in order.
    QList<ZoneMatch> find(QStringView text, const PlaceContext &context) const;

    const Gazetteer &gazetteer() const { return *m_gazetteer; }
    const QList<ZoneTypeRule> &typeRules() const { return m_rules; }

    // The starts of a name ending at a zone suffix (text[start, end)) that find() looks up in the
    // registry: each lookup computes a folding key (a canonical name and gazetteer lookups), some twenty
    // starts a suffix, nearly all naming nothing. A start is ruled out only where its key provably
    // begins with a pair of characters that begins no key. Public for the test that checks it against
    // the lookup itself.
    class StartFilter final
    {
    public:
        StartFilter(const ZoneRegistry &registry, QStringView text, qsizetype windowStart, qsizetype end);
        bool mayName(qsizetype start) const;

    private:
        const ZoneRegistry &m_registry;
        QStringView m_text;
        qsizetype m_end;
        qsizetype m_lastUnsafe = -1; // starts at or before this contain a space or an abbreviation
        qsizetype m_minLength = 0;   // shorter names may lose their first characters to a suffix rule
    };

private:
    void insertKey(const QString &key, int index);
    const ZoneTypeRule *ruleForSuffix(QStringView name) const;
    const ZoneTypeRule *ruleAt(QStringView text, qsizetype pos) const;
    int placeOfPrefix(QStringView text, qsizetype windowStart, qsizetype suffixStart, qsizetype *nameStart,
                      const PlaceContext &context) const;
    int choosePlace(const QList<int> &candidates, const PlaceContext &context, bool shortForm) const;

    const Gazetteer *m_gazetteer;
    QList<ZoneTypeRule> m_rules; // longest suffix first
    QHash<char16_t, QList<int>> m_rulesByFirstChar;
    // First units of every suffix and explicit anaphor: find() skips every other character at once.
    std::bitset<0x10000> m_startUnits;
    // Each rule's suffix's last two UTF-16 units, packed, by rule index: names are tested against the
    // suffixes many times a segment (every window start), and comparing two integers first skips nearly
    // every string comparison.
    std::vector<quint32> m_ruleTails;
    QList<QPair<QString, QString>> m_expansions;
    QStringList m_explicitAnaphors;
    QStringList m_bareAnaphors;
    QString m_stopChars;
    QStringList m_nationalMarkers;
    int m_maxNameLength = 24;

    QList<Zone> m_zones;
    QHash<QString, int> m_byKey;
    detail::PairFilter m_keyStarts;     // first two characters of every key
    detail::PairFilter m_unsafeStarts;  // starts a key may lose or change: provinces, odd short names
    bool m_unsafeOneCharStarts = false; // a one-character name of such a place exists: filter off
};

} // namespace za::places
