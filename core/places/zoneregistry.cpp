#include "places/zoneregistry.h"

#include "places/placesdata.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

using namespace Qt::StringLiterals;

namespace za::places {

namespace {

// The last two UTF-16 units of a text as one number; a text shorter than that has none.
constexpr quint32 kNoTail = 0xffffffff;
quint32 tailOf(QStringView text)
{
    const qsizetype n = text.size();
    return n >= 2 ? quint32(text[n - 2].unicode()) << 16 | text[n - 1].unicode() : kNoTail;
}

} // namespace

QString zoneStatusName(ZoneStatus status)
{
    switch (status) {
    case ZoneStatus::Seed:
        return u"seed"_s;
    case ZoneStatus::Discovered:
        return u"discovered"_s;
    case ZoneStatus::Confirmed:
        return u"confirmed"_s;
    case ZoneStatus::Rejected:
        return u"rejected"_s;
    case ZoneStatus::Merged:
        return u"merged"_s;
    }
    return {};
}

std::optional<ZoneStatus> zoneStatusFromName(QStringView name)
{
    for (const ZoneStatus s : {ZoneStatus::Seed, ZoneStatus::Discovered, ZoneStatus::Confirmed,
                               ZoneStatus::Rejected, ZoneStatus::Merged})
        if (name == zoneStatusName(s))
            return s;
    return std::nullopt;
}

ZoneRegistry::ZoneRegistry(const Gazetteer &gazetteer)
    : m_gazetteer(&gazetteer)
{
    const QJsonObject rules = detail::embeddedJson(u"zone-types.json");
    for (const QJsonValue &v : rules.value("types"_L1).toArray()) {
        const QJsonObject o = v.toObject();
        m_rules.append({o.value("suffix"_L1).toString(), o.value("type"_L1).toString(),
                        o.value("expand"_L1).toString(), o.value("key"_L1).toString(),
                        o.value("generic"_L1).toBool()});
    }
    std::stable_sort(m_rules.begin(), m_rules.end(), [](const ZoneTypeRule &a, const ZoneTypeRule &b) {
        return a.suffix.size() > b.suffix.size();
    });
    for (int i = 0; i < m_rules.size(); ++i) {
        m_rulesByFirstChar[m_rules.at(i).suffix.front().unicode()].append(i);
        m_ruleTails.push_back(tailOf(m_rules.at(i).suffix));
    }
    const QJsonObject expansions = rules.value("expansions"_L1).toObject();
    for (auto it = expansions.constBegin(); it != expansions.constEnd(); ++it)
        m_expansions.append({it.key(), it.value().toString()});
    m_explicitAnaphors = detail::stringList(rules.value("explicitAnaphors"_L1));
    detail::sortLongestFirst(m_explicitAnaphors);
    m_bareAnaphors = detail::stringList(rules.value("bareAnaphors"_L1));
    m_stopChars = rules.value("stopCharacters"_L1).toString();
    m_nationalMarkers = detail::stringList(rules.value("nationalMarkers"_L1));
    m_maxNameLength = rules.value("maxNameLength"_L1).toInt(24);
    for (const ZoneTypeRule &r : std::as_const(m_rules))
        m_startUnits.set(r.suffix.front().unicode());
    for (const QString &a : std::as_const(m_explicitAnaphors))
        if (!a.isEmpty())
            m_startUnits.set(a.front().unicode());

    // Where folding may drop or change a name's first two characters (see StartFilter): a leading
    // province is dropped (山西晋中… -> 晋中…), a place's full name becomes its short one.
    const auto unsafe = [this](QStringView name) {
        if (name.size() < 2)
            m_unsafeOneCharStarts = true;
        else
            m_unsafeStarts.insert(name[0], name[1]);
    };
    for (const Place &p : gazetteer.places()) {
        if (p.kind == PlaceKind::Province) {
            unsafe(p.name);
            if (!p.shortName.isEmpty())
                unsafe(p.shortName);
        }
        if (!p.shortName.isEmpty() && (p.shortName.size() < 2 || p.name.size() < 2 ||
                                       QStringView(p.shortName).first(2) != QStringView(p.name).first(2)))
            unsafe(p.name);
    }
}

void ZoneRegistry::insertKey(const QString &key, int index)
{
    m_byKey.insert(key, index);
    if (key.size() >= 2)
        m_keyStarts.insert(key[0], key[1]);
}

ZoneRegistry::StartFilter::StartFilter(const ZoneRegistry &registry, QStringView text, qsizetype windowStart,
                                       qsizetype end)
    : m_registry(registry)
    , m_text(text)
    , m_end(end)
{
    // A name with a space or an abbreviation (文旅) in it folds in ways not followed here.
    for (qsizetype p = windowStart; p < end; ++p) {
        if (text[p].isSpace())
            m_lastUnsafe = p;
        for (const auto &[shortForm, full] : registry.m_expansions)
            if (shortForm.isEmpty() || (shortForm.front() == text[p] && p + shortForm.size() <= end &&
                                        text.sliced(p).startsWith(shortForm)))
                m_lastUnsafe = p;
    }
    // Otherwise folding replaces the type suffix twice (canonicalName, then key()), each time by the
    // longest rule the name ends with; a name at least two characters longer than what is replaced keeps
    // its first two characters. Every name here ends where the longest one does, so the rules found for
    // the longest are those of every name long enough to hold them.
    const QStringView longest = text.sliced(windowStart, end - windowStart);
    const ZoneTypeRule *first = registry.ruleForSuffix(longest);
    if (!first) {
        m_minLength = longest.size() + 1; // no suffix rule: nothing is ruled out
        return;
    }
    m_minLength = first->suffix.size() + 2;
    if (first->expand.isEmpty())
        return; // the name keeps its suffix, so the second rule is this one again
    const QString &expanded = first->expand;
    const QString folded = longest.chopped(first->suffix.size()) + expanded;
    if (const ZoneTypeRule *second = registry.ruleForSuffix(folded))
        m_minLength =
            std::max(m_minLength, second->suffix.size() + 2 + first->suffix.size() - expanded.size());
}

bool ZoneRegistry::StartFilter::mayName(qsizetype start) const
{
    if (start <= m_lastUnsafe || m_end - start < m_minLength || m_registry.m_unsafeOneCharStarts)
        return true;
    const QChar a = m_text[start];
    const QChar b = m_text[start + 1];
    return m_registry.m_unsafeStarts.mayContain(a, b) || m_registry.m_keyStarts.mayContain(a, b);
}

ZoneRegistry ZoneRegistry::seeded(const Gazetteer &gazetteer)
{
    ZoneRegistry registry(gazetteer);
    const QJsonObject seed = detail::embeddedJson(u"zones-shanxi.json");
    for (const QJsonValue &v : seed.value("zones"_L1).toArray()) {
        const QJsonObject o = v.toObject();
        Zone z;
        z.name = o.value("name"_L1).toString();
        z.type = o.value("type"_L1).toString();
        z.level = o.value("level"_L1).toString(u"unknown"_s);
        z.county = o.value("county"_L1).toString();
        z.city = o.value("city"_L1).toString();
        z.province = o.value("province"_L1).toString();
        z.aliases = detail::stringList(o.value("aliases"_L1));
        registry.add(z);
    }

    // Zone-like units of the divisions data. Their names carry statistical noise (…街道, …管委会,
    // …潞州区部分) that is removed; generic names (开发区, 县经济开发区) say nothing and are skipped.
    static const QStringView noise[] = {u"街道办事处", u"街道",     u"社区",     u"管理委员会",
                                        u"管委会",     u"乡级单位", u"直属乡镇", u"办事处"};
    QSet<QString> fromDivisions;
    for (const ZoneUnit &unit : gazetteer.zoneUnits()) {
        QString name = unit.name;
        for (bool again = true; again;) {
            again = false;
            for (const QStringView n : noise)
                if (name.endsWith(n) && name.size() > n.size()) {
                    name.chop(n.size());
                    again = true;
                }
            if (name.endsWith(u"部分")) {
                name.chop(2);
                // …开发区潞州区部分: drop the county the part lies in.
                for (qsizetype len = std::min<qsizetype>(name.size() - 1, 8); len >= 2; --len)
                    if (!gazetteer.lookup(name.last(len)).isEmpty()) {
                        name.chop(len);
                        break;
                    }
                again = true;
            }
        }
        if (name.contains(u'（') || name.contains(u'('))
            continue;
        const ZoneTypeRule *rule = registry.ruleForSuffix(name);
        if (!rule)
            continue;
        const QStringView specific = QStringView(name).chopped(rule->suffix.size());
        if (specific.size() < 2)
            continue;
        Zone z;
        z.name = name;
        z.type = rule->type;
        if (unit.county >= 0)
            z.county = gazetteer.place(unit.county).name;
        if (unit.city >= 0)
            z.city = gazetteer.place(unit.city).name;
        if (unit.province >= 0)
            z.province = gazetteer.place(unit.province).name;
        const QString k = registry.key(name);
        const int existing = registry.m_byKey.value(k, -1);
        if (existing >= 0) {
            // The seed file wins; two parts of one zone in the divisions data (…潞州区部分, …上党区部分)
            // mean it spans several counties.
            Zone &e = registry.m_zones[existing];
            if (fromDivisions.contains(k) && e.county != z.county)
                e.county.clear();
            if (e.name != name && !e.aliases.contains(name))
                e.aliases.append(name);
            continue;
        }
        fromDivisions.insert(k);
        registry.add(z);
    }
    return registry;
}

const ZoneTypeRule *ZoneRegistry::ruleForSuffix(QStringView name) const
{
    const quint32 tail = tailOf(name);
    for (std::size_t i = 0; i < m_ruleTails.size(); ++i)
        if ((m_ruleTails[i] == tail || m_ruleTails[i] == kNoTail) &&
            name.endsWith(m_rules.at(qsizetype(i)).suffix))
            return &m_rules.at(qsizetype(i));
    return nullptr;
}

const ZoneTypeRule *ZoneRegistry::ruleAt(QStringView text, qsizetype pos) const
{
    const auto it = m_rulesByFirstChar.constFind(text.at(pos).unicode());
    if (it == m_rulesByFirstChar.cend())
        return nullptr;
    const QStringView rest = text.mid(pos);
    for (const int i : it.value())
        if (rest.startsWith(m_rules.at(i).suffix))
            return &m_rules.at(i);
    return nullptr;
}

QString ZoneRegistry::typeOf(QStringView name) const
{
    const ZoneTypeRule *rule = ruleForSuffix(canonicalName(name));
    return rule ? rule->type : QString();
}

QString ZoneRegistry::canonicalName(QStringView asWritten) const
{
    QString s;
    s.reserve(asWritten.size() + 8);
    for (const QChar c : asWritten)
        if (!c.isSpace())
            s.append(c);
    for (const auto &[shortForm, full] : m_expansions)
        if (s.contains(shortForm) && !s.contains(full))
            s.replace(shortForm, full);
    if (const ZoneTypeRule *rule = ruleForSuffix(s); rule && !rule->expand.isEmpty()) {
        s.chop(rule->suffix.size());
        s.append(rule->expand);
    }
    // A leading province folds when a place of that province follows: 山西晋中… -> 晋中….
    const QList<Gazetteer::Candidate> first = m_gazetteer->candidatesAt(s, 0);
    for (const Gazetteer::Candidate &c : first) {
        int province = -1;
        for (const int p : c.places)
            if (m_gazetteer->place(p).kind == PlaceKind::Province)
                province = p;
        if (province < 0 || c.length >= s.size())
            continue;
        bool follows = false;
        for (const Gazetteer::Candidate &next : m_gazetteer->candidatesAt(s, c.length))
            for (const int p : next.places)
                if (p != province && m_gazetteer->contains(province, p))
                    follows = true;
        if (follows) {
            s.remove(0, c.length);
            break;
        }
    }
    return s;
}

QString ZoneRegistry::key(QStringView name) const
{
    QString s = canonicalName(name);
    if (const ZoneTypeRule *rule = ruleForSuffix(s); rule && !rule->key.isEmpty()) {
        s.chop(rule->suffix.size());
        s.append(rule->key);
    }
    // The first place in short form: 长治市经济技术开发区 -> 长治经济技术开发区.
    const QList<Gazetteer::Candidate> first = m_gazetteer->candidatesAt(s, 0);
    for (const Gazetteer::Candidate &c : first) {
        if (c.shortForm || c.length >= s.size())
            continue;
        const Place &p = m_gazetteer->place(c.places.front());
        if (p.kind != PlaceKind::Province && !p.shortName.isEmpty() && s.startsWith(p.name)) {
            s.replace(0, p.name.size(), p.shortName);
            break;
        }
    }
    return s;
}

bool ZoneRegistry::add(const Zone &zone)
{
    const QString k = key(zone.name);
    const int existing = m_byKey.value(k, -1);
    if (existing >= 0) {
        Zone &e = m_zones[existing];
        for (const QString &a : zone.aliases)
            addAlias(a, e.name);
        if (zone.name != e.name)
            addAlias(zone.name, e.name);
        return false;
    }
    m_zones.append(zone);
    const int index = int(m_zones.size()) - 1;
    insertKey(k, index);
    for (const QString &a : zone.aliases)
        if (const QString ak = key(a); !m_byKey.contains(ak))
            insertKey(ak, index);
    return true;
}

bool ZoneRegistry::addAlias(const QString &alias, const QString &canonical)
{
    const int index = m_byKey.value(key(canonical), -1);
    if (index < 0)
        return false;
    Zone &z = m_zones[index];
    if (alias != z.name && !z.aliases.contains(alias))
        z.aliases.append(alias);
    const QString k = key(alias);
    if (!m_byKey.contains(k))
        insertKey(k, index);
    return true;
}

const Zone *ZoneRegistry::find(QStringView name) const
{
    int index = m_byKey.value(key(name), -1);
    for (int hops = 0; index >= 0 && hops < 8; ++hops) {
        const Zone &z = m_zones.at(index);
        if (z.status != ZoneStatus::Merged || z.mergedInto.isEmpty())
            return &z;
        index = m_byKey.value(key(z.mergedInto), -1);
    }
    return nullptr;
}

int ZoneRegistry::choosePlace(const QList<int> &candidates, const PlaceContext &context, bool shortForm) const
{
    // Prefer the bulletin's province, then cities known in the article, then the higher level
    // (苏州 the city over a district called 苏州…). Districts' short names (西山) need the province.
    int best = -1;
    int bestScore = -1;
    for (const int c : candidates) {
        const Place &p = m_gazetteer->place(c);
        if (shortForm && p.kind == PlaceKind::County && p.district && p.province != context.province)
            continue;
        if (p.weakName)
            continue;
        int score = 0;
        if (p.province == context.province)
            score += 4;
        if (context.cities.contains(p.city))
            score += 2;
        if (p.kind == PlaceKind::City)
            score += 1;
        if (p.kind == PlaceKind::Province && best >= 0 && m_gazetteer->contains(c, best))
            continue; // 上海 the province and 上海市 the city: keep the city
        if (score > bestScore || (score == bestScore && best >= 0 && m_gazetteer->contains(best, c))) {
            best = c;
            bestScore = score;
        }
    }
    return best;
}

int ZoneRegistry::placeOfPrefix(QStringView text, qsizetype windowStart, qsizetype suffixStart,
                                qsizetype *nameStart, const PlaceContext &context) const
{
    // The place nearest to the suffix starts the zone's own words (太原西山生态修复和文旅示范区); places
    // directly in front of it join the name (上海杭州湾…, 山西晋中…).
    qsizetype start = -1;
    Gazetteer::Candidate found;
    constexpr qsizetype maxGap = 14;
    for (qsizetype p = suffixStart - 1; p >= windowStart && suffixStart - p <= maxGap + 8; --p) {
        for (const Gazetteer::Candidate &c : m_gazetteer->candidatesAt(text, p)) {
            if (p + c.length <= suffixStart && suffixStart - (p + c.length) <= maxGap) {
                start = p;
                found = c;
                break;
            }
        }
        if (start >= 0)
            break;
    }
    if (start < 0)
        return -1;
    QList<Gazetteer::Candidate> chain{found};
    for (bool extended = true; extended;) {
        extended = false;
        for (qsizetype q = std::max(windowStart, start - 8); q < start && !extended; ++q)
            for (const Gazetteer::Candidate &c : m_gazetteer->candidatesAt(text, q))
                if (q + c.length == start) {
                    start = q;
                    chain.prepend(c);
                    extended = true;
                    break;
                }
    }
    *nameStart = start;
    int place = choosePlace(chain.front().places, context, chain.front().shortForm);
    if (place < 0)
        return -1;
    // A following place inside the first one is more precise (山西晋中 -> 晋中市).
    for (qsizetype i = 1; i < chain.size(); ++i) {
        const int inner = choosePlace(chain.at(i).places, context, chain.at(i).shortForm);
        if (inner >= 0 && inner != place && m_gazetteer->contains(place, inner))
            place = inner;
        else
            break;
    }
    return place;
}

QList<ZoneMatch> ZoneRegistry::find(QStringView text, const PlaceContext &context) const
{
    QList<ZoneMatch> out;
    for (qsizetype i = 0; i < text.size();) {
        if (!m_startUnits.test(text[i].unicode())) {
            ++i;
            continue;
        }
        const QStringView anaphor = detail::matchAt(text, i, m_explicitAnaphors);
        if (!anaphor.isEmpty()) {
            ZoneMatch m;
            m.start = i;
            m.length = anaphor.size();
            m.asWritten = anaphor.toString();
            m.anaphor = true;
            out.append(m);
            i += anaphor.size();
            continue;
        }
        const ZoneTypeRule *rule = ruleAt(text, i);
        if (!rule) {
            ++i;
            continue;
        }
        const qsizetype s = i;
        const qsizetype e = i + rule->suffix.size();
        i = e;
        qsizetype windowStart = s;
        while (windowStart > 0 && s - windowStart < m_maxNameLength &&
               !detail::isStopChar(text.at(windowStart - 1), m_stopChars))
            --windowStart;

        ZoneMatch m;
        m.suffix = rule->suffix;
        // (a) the registry knows the name (longest first): 长治经开区, 唐槐园区, 综改区.
        const StartFilter filter(*this, text, windowStart, e);
        for (qsizetype st = windowStart; st <= s; ++st) {
            if (!filter.mayName(st))
                continue;
            const Zone *z = find(text.sliced(st, e - st));
            if (z) {
                m.start = st;
                m.zone = *z;
                break;
            }
        }
        if (!m.zone.name.isEmpty() && m.zone.status == ZoneStatus::Rejected)
            continue;
        if (m.zone.name.isEmpty()) {
            // (b) a place starts the name: recognised by pattern, placed through the gazetteer.
            qsizetype nameStart = -1;
            const int place = placeOfPrefix(text, windowStart, s, &nameStart, context);
            if (place >= 0) {
                m.start = nameStart;
                m.discovered = true;
                m.zone.status = ZoneStatus::Discovered;
                m.zone.name = canonicalName(text.sliced(nameStart, e - nameStart));
                if (const Zone *known = find(m.zone.name)) {
                    m.zone = *known;
                    m.discovered = known->status == ZoneStatus::Discovered;
                } else {
                    const ZoneTypeRule *r = ruleForSuffix(m.zone.name);
                    m.zone.type = r ? r->type : rule->type;
                    for (const QString &marker : m_nationalMarkers)
                        if (m.zone.name.contains(marker))
                            m.zone.level = u"national"_s;
                    const Place &p = m_gazetteer->place(place);
                    m.zone.county = m_gazetteer->countyName(place);
                    m.zone.city = p.kind == PlaceKind::Province ? QString() : m_gazetteer->cityName(place);
                    m.zone.province = m_gazetteer->provinceName(place);
                }
            } else {
                // (c) unresolved: 西山示范区 may be a short reference to a zone named in full nearby;
                // a bare 园区 refers back to the article's zone.
                m.start = s;
                m.stem = text.sliced(windowStart, s - windowStart).toString();
                const bool bare = m_bareAnaphors.contains(rule->suffix);
                if (!bare && m.stem.size() < 2)
                    continue;
                m.anaphor = bare; // unless the analyzer links the stem to a zone named nearby
            }
        }
        m.length = e - m.start;
        m.asWritten = text.sliced(m.start, m.length).toString();
        out.append(m);
    }
    return out;
}

} // namespace za::places
