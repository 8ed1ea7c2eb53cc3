#include "places/analyzer.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace za::places {

namespace {

enum class SegmentKind : quint8 { Title, Lead, Body };

struct Segment
{
    QStringView text;
    SegmentKind kind;
};

bool isSentenceEnd(QChar c)
{
    return c == u'。' || c == u'！' || c == u'？' || c == u'；' || c == u'!' || c == u'?';
}

// A zone at the start of a sentence (after at most a short time phrase: 当前，/ 2021年至今，) is its
// subject, and becomes what a later 该园区 refers to.
constexpr qsizetype subjectReach = 10;

QStringList zoneSuffixes(const ZoneRegistry &registry)
{
    QStringList out;
    for (const ZoneTypeRule &r : registry.typeRules())
        out.append(r.suffix);
    return out;
}

void appendUnique(QStringList &list, const QString &value)
{
    if (!value.isEmpty() && !list.contains(value))
        list.append(value);
}

} // namespace

QString zoneRoleName(ZoneRole role)
{
    return role == ZoneRole::Primary ? u"primary"_s : u"mentioned"_s;
}

const Analyzer &Analyzer::instance()
{
    static const Analyzer analyzer(Gazetteer::instance(), ZoneRegistry::seeded(), Taxonomy::builtIn());
    return analyzer;
}

Analyzer::Analyzer(const Gazetteer &gazetteer, ZoneRegistry registry, const Taxonomy &taxonomy)
    : m_gazetteer(&gazetteer)
    , m_registry(std::move(registry))
    , m_classifier(taxonomy)
    , m_figures(zoneSuffixes(m_registry))
{}

ArticleAnalysis Analyzer::analyze(const ArticleText &article, const AnalysisContext &context) const
{
    ArticleAnalysis result;
    PlaceContext placeContext;
    placeContext.province = context.province.isEmpty() ? -1 : m_gazetteer->province(context.province);

    // Segments in reading order. The lead is the dateline and the first sentence of the first paragraph.
    QList<Segment> segments;
    const auto addSegment = [&segments](QStringView text, SegmentKind kind) {
        if (!text.trimmed().isEmpty())
            segments.append({text, kind});
    };
    addSegment(article.kicker, SegmentKind::Title);
    addSegment(article.headline, SegmentKind::Title);
    addSegment(article.dateline, SegmentKind::Lead);
    for (const QString &s : article.subheadings)
        addSegment(s, SegmentKind::Body); // subheadings are inside the body; their zones are not the subject
    for (qsizetype p = 0; p < article.paragraphs.size(); ++p) {
        const QStringView para = article.paragraphs.at(p);
        if (p == 0) {
            qsizetype end = 0;
            while (end < para.size() && !isSentenceEnd(para.at(end)))
                ++end;
            end = std::min(end + 1, para.size());
            addSegment(para.first(end), SegmentKind::Lead);
            addSegment(para.sliced(end), SegmentKind::Body);
        } else {
            addSegment(para, SegmentKind::Body);
        }
    }

    // Zones.
    struct Event
    {
        int segment;
        qsizetype start;
        qsizetype length;
        int zone; // index into `zones`, or -1 for an anaphor
    };
    QList<ZoneMention> zones;
    QHash<QString, int> zoneByName;
    QList<Event> events;
    QList<QList<ZoneMatch>> matches(segments.size());
    for (int s = 0; s < segments.size(); ++s) {
        matches[s] = m_registry.find(segments.at(s).text, placeContext);
        for (const ZoneMatch &m : std::as_const(matches[s])) {
            if (m.zone.name.isEmpty())
                continue;
            if (!zoneByName.contains(m.zone.name)) {
                zoneByName.insert(m.zone.name, int(zones.size()));
                zones.append({m.zone.name, m.asWritten, m.zone.type, m.zone.level, m.zone.county, m.zone.city,
                              m.zone.province, ZoneRole::Mentioned, m.discovered});
            }
        }
    }
    const auto expandedSuffix = [this](const QString &suffix) {
        for (const ZoneTypeRule &r : m_registry.typeRules())
            if (r.suffix == suffix)
                return r.expand.isEmpty() ? r.suffix : r.expand;
        return suffix;
    };
    for (int s = 0; s < segments.size(); ++s) {
        for (const ZoneMatch &m : std::as_const(matches[s])) {
            int zone = -1;
            if (!m.zone.name.isEmpty()) {
                zone = zoneByName.value(m.zone.name);
            } else if (!m.stem.isEmpty()) {
                // 西山示范区 after 太原西山生态修复和文化旅游示范区: a short reference to a zone named here.
                const QString suffix = expandedSuffix(m.suffix);
                for (qsizetype len = std::min<qsizetype>(m.stem.size(), 8); len >= 2 && zone < 0; --len) {
                    const QStringView tail = QStringView(m.stem).last(len);
                    for (int z = 0; z < zones.size(); ++z)
                        if (zones.at(z).name.contains(tail) && zones.at(z).name.endsWith(suffix)) {
                            zone = z;
                            break;
                        }
                }
                if (zone < 0 && !m.anaphor)
                    continue;
            }
            events.append({s, m.start, m.length, zone});
        }
    }

    // Headline and kicker zones are the subject; in the lead only the first zone (or 该园区) is, since a
    // feature's first sentence may compare its zone with another (该园区比对标上海杭州湾经济技术开发区).
    QList<bool> primary(zones.size(), false);
    int leadSegmentWithSubject = -1;
    int topic = -1;
    int lastZone = -1;
    for (const Event &e : std::as_const(events)) {
        const Segment &seg = segments.at(e.segment);
        if (e.zone >= 0) {
            const bool subject = seg.kind == SegmentKind::Title ||
                                 (seg.kind == SegmentKind::Lead && leadSegmentWithSubject != e.segment);
            if (seg.kind == SegmentKind::Lead)
                leadSegmentWithSubject = e.segment;
            if (subject) {
                primary[e.zone] = true;
                if (topic < 0)
                    topic = e.zone;
            } else if (seg.kind == SegmentKind::Body) {
                qsizetype sentenceStart = e.start;
                while (sentenceStart > 0 && !isSentenceEnd(seg.text.at(sentenceStart - 1)))
                    --sentenceStart;
                if (e.start - sentenceStart <= subjectReach)
                    topic = e.zone;
            }
            lastZone = e.zone;
        } else {
            if (seg.kind == SegmentKind::Lead)
                leadSegmentWithSubject = e.segment;
            const int referent = topic >= 0 ? topic : lastZone;
            if (referent >= 0) {
                primary[referent] = true;
                topic = referent;
            }
        }
    }
    for (int z = 0; z < zones.size(); ++z)
        if (primary.at(z)) {
            zones[z].role = ZoneRole::Primary;
            result.zones.append(zones.at(z));
        }
    for (int z = 0; z < zones.size(); ++z)
        if (!primary.at(z))
            result.zones.append(zones.at(z));

    // Places: zone names are masked so that 上海杭州湾经济技术开发区 does not name 上海 or 杭州; the primary
    // zones' own places are added directly.
    for (const ZoneMention &z : std::as_const(result.zones)) {
        if (z.role != ZoneRole::Primary)
            continue;
        appendUnique(result.counties, z.county);
        appendUnique(result.cities, z.city);
        appendUnique(result.provinces, z.province);
        for (const int c : m_gazetteer->lookup(z.city))
            if (m_gazetteer->place(c).kind == PlaceKind::City && !placeContext.cities.contains(c))
                placeContext.cities.append(c);
    }
    QList<QString> masked;
    masked.reserve(segments.size());
    for (int s = 0; s < segments.size(); ++s) {
        QString text = segments.at(s).text.toString();
        for (const ZoneMatch &m : std::as_const(matches[s]))
            for (qsizetype i = m.start; i < m.start + m.length; ++i)
                text[i] = u' ';
        masked.append(text);
    }
    QList<QStringView> views;
    views.reserve(masked.size());
    for (const QString &t : std::as_const(masked))
        views.append(t);
    for (const PlaceMention &pm : m_gazetteer->find(views, placeContext)) {
        const Place &p = m_gazetteer->place(pm.place);
        if (p.kind == PlaceKind::County)
            appendUnique(result.counties, p.name);
        if (p.kind != PlaceKind::Province)
            appendUnique(result.cities, m_gazetteer->cityName(pm.place));
        appendUnique(result.provinces, m_gazetteer->provinceName(pm.place));
    }

    // Themes.
    QList<QStringView> titles;
    for (const QString *t : {&article.kicker, &article.headline})
        if (!t->isEmpty())
            titles.append(*t);
    for (const QString &s : article.subheadings)
        titles.append(s);
    QList<QStringView> body;
    if (!article.dateline.isEmpty())
        body.append(article.dateline);
    for (const QString &p : article.paragraphs)
        body.append(p);
    result.themes = m_classifier.classify(titles, body);

    // Key figures.
    for (const QString &p : article.paragraphs)
        result.figures.append(m_figures.extract(p));
    return result;
}

} // namespace za::places
