#include "places/gazetteer.h"

#include "places/placesdata.h"

#include <QJsonObject>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace za::places {

namespace {

quint32 prefixKey(QChar first, QChar second)
{
    return (quint32(first.unicode()) << 16) | second.unicode();
}

// Functional zones (statistical units, not administrative ones) have county codes ending in 71..79.
bool isFunctionalZoneCode(QByteArrayView code)
{
    return code.size() == 6 && code.at(4) == '7' && code.at(5) >= '1' && code.at(5) <= '9';
}

QString utf8(QByteArrayView bytes)
{
    return QString::fromUtf8(bytes);
}

qint64 codeOf(QByteArrayView bytes)
{
    qint64 v = 0;
    for (const char c : bytes)
        v = v * 10 + (c - '0');
    return v;
}

std::u16string_view view(QStringView s)
{
    return {s.utf16(), std::size_t(s.size())};
}

} // namespace

Gazetteer::Gazetteer(const QByteArray &pack)
{
    const QJsonObject rules = detail::embeddedJson(u"place-rules.json");
    m_adminSuffixes = detail::stringList(rules.value("adminSuffixes"_L1));
    detail::sortLongestFirst(m_adminSuffixes);
    m_ethnicGroups = detail::stringList(rules.value("ethnicGroups"_L1));
    detail::sortLongestFirst(m_ethnicGroups);
    m_markers = detail::stringList(rules.value("markersAfterShortName"_L1));
    detail::sortLongestFirst(m_markers);
    m_listSeparators = detail::stringList(rules.value("listSeparators"_L1)).join(QString());
    m_minShort = rules.value("minShortNameLength"_L1).toInt(2);

    std::unordered_map<qint64, int> provinceByCode;
    std::unordered_map<qint64, int> cityByCode;
    std::unordered_map<qint64, int> countyByCode;
    cityByCode.reserve(512);
    countyByCode.reserve(4096);
    const auto find = [](const std::unordered_map<qint64, int> &map, QByteArrayView code) {
        const auto it = map.find(codeOf(code));
        return it == map.end() ? -1 : it->second;
    };
    m_places.reserve(3500);
    m_zoneUnits.reserve(1024);

    qsizetype pos = 0;
    while (pos < pack.size()) {
        qsizetype end = pack.indexOf('\n', pos);
        if (end < 0)
            end = pack.size();
        const QByteArrayView line(pack.constData() + pos, end - pos);
        pos = end + 1;
        if (line.isEmpty() || line.front() == '#')
            continue;
        std::array<QByteArrayView, 6> f;
        std::size_t fields = 0;
        qsizetype start = 0;
        for (qsizetype i = 0; i <= line.size() && fields < f.size(); ++i) {
            if (i == line.size() || line.at(i) == '\t') {
                f[fields++] = line.sliced(start, i - start);
                start = i + 1;
            }
        }
        const std::size_t size = fields;
        const char tag = f.front().front();
        if (tag == 'P' && size >= 3) {
            Place p;
            p.kind = PlaceKind::Province;
            p.code = utf8(f[1]);
            p.name = utf8(f[2]);
            p.province = int(m_places.size());
            provinceByCode.emplace(codeOf(f[1]), p.province);
            m_places.append(p);
        } else if (tag == 'C' && size >= 4) {
            const int province = find(provinceByCode, f[3]);
            if (province < 0)
                continue;
            QString name = utf8(f[2]);
            if (name.startsWith(u"省直辖") || name.startsWith(u"自治区直辖"))
                continue; // counties directly under the province: no prefecture-level city
            if (name == u"市辖区" || name == u"县")
                name = m_places.at(province).name; // municipality: the city is the province itself
            // Municipalities have two rows (市辖区, 县) for one city.
            int existing = -1;
            for (int i = int(m_places.size()) - 1; i >= 0 && m_places.at(i).kind == PlaceKind::City; --i)
                if (m_places.at(i).name == name && m_places.at(i).province == province)
                    existing = i;
            if (existing >= 0) {
                cityByCode.emplace(codeOf(f[1]), existing);
                continue;
            }
            Place p;
            p.kind = PlaceKind::City;
            p.code = utf8(f[1]);
            p.name = name;
            p.province = province;
            p.city = int(m_places.size());
            cityByCode.emplace(codeOf(f[1]), p.city);
            m_places.append(p);
        } else if (tag == 'A' && size >= 5) {
            const int province = find(provinceByCode, f[4]);
            if (province < 0)
                continue;
            const int city = find(cityByCode, f[3]);
            if (isFunctionalZoneCode(f[1])) {
                m_zoneUnits.append({utf8(f[1]), utf8(f[2]), -1, city, province});
                continue;
            }
            Place p;
            p.kind = PlaceKind::County;
            p.code = utf8(f[1]);
            p.name = utf8(f[2]);
            p.city = city;
            p.province = province;
            p.district = p.name.endsWith(u'区');
            p.weakName = p.name.size() <= 2;
            countyByCode.emplace(codeOf(f[1]), int(m_places.size()));
            m_places.append(p);
        } else if (tag == 'S' && size >= 6) {
            const int province = find(provinceByCode, f[5]);
            const int city = find(cityByCode, f[4]);
            const int county = find(countyByCode, f[3]);
            m_zoneUnits.append({utf8(f[1]), utf8(f[2]), county, city, province});
        }
    }
    buildIndex();
}

const Gazetteer &Gazetteer::instance()
{
    static const Gazetteer gazetteer(embeddedPack());
    return gazetteer;
}

QByteArray Gazetteer::embeddedPack()
{
    return detail::embeddedFile(u"gazetteer.tsv");
}

QString Gazetteer::shortNameOf(const QString &name) const
{
    QString s = name;
    for (const QStringView autonomous : {u"自治区", u"自治州", u"自治县", u"自治旗"}) {
        if (s.endsWith(autonomous) && s.size() > autonomous.size()) {
            s.chop(autonomous.size());
            // 长阳土家族 -> 长阳; 双江拉祜族佤族布朗族傣族 -> 双江
            bool stripped = true;
            while (stripped) {
                stripped = false;
                const QStringView group = detail::matchSuffix(s, m_ethnicGroups);
                if (!group.isEmpty() && s.size() > group.size()) {
                    s.chop(group.size());
                    stripped = true;
                }
            }
            return s.size() >= m_minShort && s != name ? s : QString();
        }
    }
    const QStringView suffix = detail::matchSuffix(s, m_adminSuffixes);
    if (!suffix.isEmpty())
        s.chop(suffix.size());
    return s.size() >= m_minShort && s != name ? s : QString();
}

void Gazetteer::buildIndex()
{
    m_names.reserve(8192);
    for (int i = 0; i < m_places.size(); ++i) {
        Place &p = m_places[i];
        p.shortName = shortNameOf(p.name);
    }
    for (int i = 0; i < m_places.size(); ++i) {
        const Place &p = m_places.at(i);
        m_names[view(p.name)].append({i, false});
        if (!p.shortName.isEmpty())
            m_names[view(p.shortName)].append({i, true});
    }
    for (const auto &[name, entries] : m_names) {
        const QString copy = QStringView(name.data(), qsizetype(name.size())).toString();
        if (name.size() >= 2)
            m_byPrefix[prefixKey(name[0], name[1])].append(copy);
        else if (name.size() == 1)
            m_oneUnitNames[name.front()].append(copy);
    }
    for (auto it = m_byPrefix.begin(); it != m_byPrefix.end(); ++it) {
        detail::sortLongestFirst(it.value());
        m_prefixes.insert(QChar(char16_t(it.key() >> 16)), QChar(char16_t(it.key() & 0xffff)));
    }
}

QList<int> Gazetteer::lookup(QStringView name) const
{
    QList<int> out;
    const auto it = m_names.find(view(name));
    if (it == m_names.end())
        return out;
    for (const NameEntry &e : it->second)
        if (!out.contains(e.place))
            out.append(e.place);
    return out;
}

int Gazetteer::province(QStringView name) const
{
    for (const int i : lookup(name))
        if (m_places.at(i).kind == PlaceKind::Province)
            return i;
    return -1;
}

QString Gazetteer::cityName(int place) const
{
    if (place < 0)
        return {};
    const int city = m_places.at(place).city;
    return city >= 0 ? m_places.at(city).name : QString();
}

QString Gazetteer::provinceName(int place) const
{
    return place < 0 ? QString() : m_places.at(m_places.at(place).province).name;
}

QString Gazetteer::countyName(int place) const
{
    return place >= 0 && m_places.at(place).kind == PlaceKind::County ? m_places.at(place).name : QString();
}

bool Gazetteer::contains(int outer, int inner) const
{
    if (outer < 0 || inner < 0)
        return false;
    if (outer == inner)
        return true;
    const Place &o = m_places.at(outer);
    const Place &i = m_places.at(inner);
    switch (o.kind) {
    case PlaceKind::Province:
        return i.province == outer;
    case PlaceKind::City:
        return i.city == outer;
    case PlaceKind::County:
        return false;
    }
    return false;
}

QList<Gazetteer::Candidate> Gazetteer::candidatesAt(QStringView text, qsizetype pos) const
{
    QList<Candidate> out;
    const QStringView rest = text.mid(pos);
    const auto collect = [&](const QStringList &names) {
        for (const QString &name : names) {
            if (!rest.startsWith(name))
                continue;
            Candidate full{name.size(), {}, false};
            Candidate shortened{name.size(), {}, true};
            for (const NameEntry &e : m_names.at(view(name)))
                (e.shortForm ? shortened : full).places.append(e.place);
            if (!full.places.isEmpty())
                out.append(full);
            if (!shortened.places.isEmpty())
                out.append(shortened);
        }
    };
    if (rest.size() >= 2 && m_prefixes.mayContain(rest[0], rest[1])) {
        const auto bucket = m_byPrefix.constFind(prefixKey(rest[0], rest[1]));
        if (bucket != m_byPrefix.cend())
            collect(bucket.value());
    }
    if (!m_oneUnitNames.isEmpty() && !rest.isEmpty()) { // after the longer names: longest first overall
        const auto bucket = m_oneUnitNames.constFind(rest.front().unicode());
        if (bucket != m_oneUnitNames.cend())
            collect(bucket.value());
    }
    return out;
}

bool Gazetteer::followedByMarker(QStringView text, qsizetype end) const
{
    return end < text.size() && !detail::matchAt(text, end, m_markers).isEmpty();
}

bool Gazetteer::atBoundary(QStringView text, qsizetype end) const
{
    return end >= text.size() || detail::isBoundaryChar(text.at(end)) ||
           m_listSeparators.contains(text.at(end));
}

bool Gazetteer::precededByCity(QStringView text, qsizetype start, int city) const
{
    if (city < 0)
        return false;
    const QStringView before = text.first(start);
    const Place &c = m_places.at(city);
    return before.endsWith(c.name) || (!c.shortName.isEmpty() && before.endsWith(c.shortName));
}

int Gazetteer::resolve(const QList<int> &candidates, QStringView text, qsizetype start,
                       const PlaceContext &context, const QList<int> &strongCities,
                       const QList<int> &strongProvinces) const
{
    int best = -1;
    int bestScore = 0;
    bool tie = false;
    for (const int c : candidates) {
        const Place &p = m_places.at(c);
        int score = 0;
        if (p.kind == PlaceKind::County && precededByCity(text, start, p.city))
            score += 4;
        if (p.city >= 0 && (strongCities.contains(p.city) || context.cities.contains(p.city)))
            score += 2;
        if (p.province == context.province || strongProvinces.contains(p.province))
            score += 1;
        if (score > bestScore) {
            best = c;
            bestScore = score;
            tie = false;
        } else if (score == bestScore && score > 0) {
            tie = true;
        }
    }
    return tie ? -1 : best;
}

QList<PlaceMention> Gazetteer::find(const QList<QStringView> &segments, const PlaceContext &context) const
{
    // Collapses candidates that nest (北京市 the province and 北京市 the city) to the most specific one.
    const auto collapse = [this](QList<int> candidates) {
        if (candidates.size() > 1) {
            std::sort(candidates.begin(), candidates.end(),
                      [this](int a, int b) { return int(m_places.at(a).kind) > int(m_places.at(b).kind); });
            const int specific = candidates.front();
            for (const int c : std::as_const(candidates))
                if (!contains(c, specific))
                    return candidates;
            return QList<int>{specific};
        }
        return candidates;
    };

    // Pass 1: unambiguous full names are the evidence that lets short and shared names count.
    QList<int> strongCities;
    QList<int> strongProvinces;
    for (const QStringView text : segments) {
        for (qsizetype i = 0; i < text.size();) {
            const QList<Candidate> cands = candidatesAt(text, i);
            if (cands.isEmpty() || cands.front().shortForm) {
                ++i;
                continue;
            }
            const QList<int> places = collapse(cands.front().places);
            if (places.size() == 1 && !m_places.at(places.front()).weakName) {
                const Place &p = m_places.at(places.front());
                if (p.city >= 0 && !strongCities.contains(p.city))
                    strongCities.append(p.city);
                if (!strongProvinces.contains(p.province))
                    strongProvinces.append(p.province);
            }
            i += cands.front().length;
        }
    }

    QList<PlaceMention> out;
    for (int s = 0; s < segments.size(); ++s) {
        const QStringView text = segments.at(s);
        for (qsizetype i = 0; i < text.size();) {
            int accepted = -1;
            const QList<Candidate> cands = candidatesAt(text, i);
            const Candidate *used = nullptr;
            for (const Candidate &c : cands) {
                const qsizetype end = i + c.length;
                if (!c.shortForm) {
                    QList<int> places = collapse(c.places);
                    const bool weak = std::all_of(places.cbegin(), places.cend(),
                                                  [this](int p) { return m_places.at(p).weakName; });
                    if (weak) {
                        // 城区 counts only right after its city: 晋城市城区, 阳泉城区.
                        int hit = -1;
                        int hits = 0;
                        for (const int p : std::as_const(places))
                            if (precededByCity(text, i, m_places.at(p).city)) {
                                hit = p;
                                ++hits;
                            }
                        accepted = hits == 1 ? hit : -1;
                    } else if (places.size() == 1) {
                        accepted = places.front();
                    } else {
                        accepted = resolve(places, text, i, context, strongCities, strongProvinces);
                    }
                } else {
                    // 临汾、运城两市: a name listed right after another place counts like one followed by a
                    // boundary.
                    const bool listed = i > 0 && m_listSeparators.contains(text.at(i - 1)) &&
                                        !out.isEmpty() && out.constLast().segment == s &&
                                        out.constLast().start + out.constLast().length == i - 1;
                    const bool rightOk = listed || atBoundary(text, end) || followedByMarker(text, end);
                    QList<int> provinces, cities, counties, districts;
                    for (const int p : c.places) {
                        const Place &pl = m_places.at(p);
                        if (pl.kind == PlaceKind::Province)
                            provinces.append(p);
                        else if (pl.kind == PlaceKind::City)
                            cities.append(p);
                        else if (pl.district)
                            districts.append(p);
                        else
                            counties.append(p);
                    }
                    if (!provinces.isEmpty()) {
                        // 山西建邦集团 names the province; 黄河南岸 does not name 河南.
                        const bool leftOk = i == 0 || detail::isBoundaryChar(text.at(i - 1)) ||
                                            m_listSeparators.contains(text.at(i - 1));
                        if (rightOk || leftOk)
                            accepted = provinces.front();
                    } else if (!rightOk) {
                        accepted = -1;
                    } else if (!cities.isEmpty()) {
                        accepted = cities.size() == 1
                                       ? cities.front()
                                       : resolve(cities, text, i, context, strongCities, strongProvinces);
                    } else {
                        const bool marker = followedByMarker(text, end);
                        const auto inContext = [&](int p) {
                            const Place &pl = m_places.at(p);
                            return pl.province == context.province || strongCities.contains(pl.city) ||
                                   context.cities.contains(pl.city);
                        };
                        QList<int> ok;
                        for (const int p : std::as_const(counties))
                            if (marker || inContext(p))
                                ok.append(p);
                        if (marker)
                            for (const int p : std::as_const(districts))
                                if (inContext(p))
                                    ok.append(p);
                        accepted = ok.size() == 1
                                       ? ok.front()
                                       : (ok.isEmpty()
                                              ? -1
                                              : resolve(ok, text, i, context, strongCities, strongProvinces));
                    }
                }
                if (accepted >= 0) {
                    used = &c;
                    break;
                }
            }
            if (used) {
                out.append({s, i, used->length, accepted, used->shortForm});
                i += used->length;
            } else {
                ++i;
            }
        }
    }
    return out;
}

} // namespace za::places
