#include "places/themes.h"

#include "places/placesdata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <algorithm>
#include <map>

using namespace Qt::StringLiterals;

namespace za::places {

namespace {

// Each further occurrence of a phrase adds less: an article that repeats 招商 ten times is not ten times
// more about investment than one that says it three times.
constexpr double repeatDecay = 0.6;

} // namespace

const Taxonomy &Taxonomy::builtIn()
{
    static const Taxonomy taxonomy = [] {
        QString error;
        std::optional<Taxonomy> t = fromJson(detail::embeddedFile(u"themes.json"), &error);
        if (!t)
            qFatal("za::places: embedded themes.json is invalid: %s", qUtf8Printable(error));
        return *t;
    }();
    return taxonomy;
}

std::optional<Taxonomy> Taxonomy::fromJson(const QByteArray &json, QString *error)
{
    const auto fail = [error](const QString &message) -> std::optional<Taxonomy> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(parseError.errorString());
    if (!doc.isObject())
        return fail(u"the taxonomy must be a JSON object"_s);
    const QJsonObject root = doc.object();
    Taxonomy t;
    t.threshold = root.value("threshold"_L1).toDouble(t.threshold);
    t.relativeThreshold = root.value("relativeThreshold"_L1).toDouble(t.relativeThreshold);
    t.titleWeight = root.value("titleWeight"_L1).toDouble(t.titleWeight);
    t.maxThemes = root.value("maxThemes"_L1).toInt(t.maxThemes);
    const QJsonArray themes = root.value("themes"_L1).toArray();
    if (themes.isEmpty())
        return fail(u"the taxonomy has no themes"_s);
    for (const QJsonValue &v : themes) {
        const QJsonObject o = v.toObject();
        Theme theme;
        theme.name = o.value("name"_L1).toString().trimmed();
        theme.nameEn = o.value("en"_L1).toString().trimmed();
        if (theme.name.isEmpty())
            return fail(u"a theme has no name"_s);
        for (const Theme &other : std::as_const(t.themes))
            if (other.name == theme.name)
                return fail(u"theme %1 appears twice"_s.arg(theme.name));
        for (const QJsonValue &p : o.value("phrases"_L1).toArray()) {
            const QJsonObject po = p.toObject();
            ThemePhrase phrase{po.value("text"_L1).toString(), po.value("weight"_L1).toDouble(1.0)};
            if (phrase.text.isEmpty() || !(phrase.weight > 0))
                return fail(
                    u"theme %1 has an empty phrase or a weight that is not positive"_s.arg(theme.name));
            theme.phrases.append(phrase);
        }
        if (theme.phrases.isEmpty())
            return fail(u"theme %1 has no key phrases"_s.arg(theme.name));
        theme.exclusions = detail::stringList(o.value("exclusions"_L1));
        theme.exclusions.removeAll(QString());
        t.themes.append(theme);
    }
    return t;
}

QByteArray Taxonomy::toJson() const
{
    QJsonArray themesArray;
    for (const Theme &theme : themes) {
        QJsonArray phrases;
        for (const ThemePhrase &p : theme.phrases)
            phrases.append(QJsonObject{{u"text"_s, p.text}, {u"weight"_s, p.weight}});
        themesArray.append(QJsonObject{{u"name"_s, theme.name},
                                       {u"en"_s, theme.nameEn},
                                       {u"phrases"_s, phrases},
                                       {u"exclusions"_s, QJsonArray::fromStringList(theme.exclusions)}});
    }
    const QJsonObject root{{u"version"_s, 1},
                           {u"threshold"_s, threshold},
                           {u"relativeThreshold"_s, relativeThreshold},
                           {u"titleWeight"_s, titleWeight},
                           {u"maxThemes"_s, maxThemes},
                           {u"themes"_s, themesArray}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Classifier::Classifier(const Taxonomy &taxonomy)
    : m_taxonomy(taxonomy)
{
    for (int t = 0; t < m_taxonomy.themes.size(); ++t) {
        const Theme &theme = m_taxonomy.themes.at(t);
        for (int p = 0; p < theme.phrases.size(); ++p) {
            const QString &text = theme.phrases.at(p).text;
            m_byFirstChar[text.front().unicode()].append({t, p, text.size(), text});
            m_firstChars.set(text.front().unicode());
        }
        for (const QString &x : theme.exclusions) {
            m_byFirstChar[x.front().unicode()].append({t, -1, x.size(), x});
            m_firstChars.set(x.front().unicode());
        }
    }
}

QList<ThemeScore> Classifier::scores(const QList<QStringView> &titles, const QList<QStringView> &body) const
{
    struct Hit
    {
        qsizetype segment;
        qsizetype start;
        qsizetype length;
        int phrase;
    };
    const int themeCount = int(m_taxonomy.themes.size());
    QList<QList<Hit>> hits(themeCount);
    QList<QList<Hit>> excluded(themeCount);
    QList<QStringView> segments = titles;
    segments.append(body);
    for (qsizetype s = 0; s < segments.size(); ++s) {
        const QStringView text = segments.at(s);
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (!m_firstChars.test(text.at(i).unicode()))
                continue;
            const auto it = m_byFirstChar.constFind(text.at(i).unicode());
            if (it == m_byFirstChar.cend())
                continue;
            const QStringView rest = text.mid(i);
            for (const Entry &e : it.value())
                if (rest.startsWith(e.text))
                    (e.phrase < 0 ? excluded : hits)[e.theme].append({s, i, e.length, e.phrase});
        }
    }

    // Disjoint intervals keyed by (segment, start) with their end: overlap tests in O(log n), so a page
    // that is one enormous line stays linear-ish instead of quadratic.
    using Intervals = std::map<std::pair<qsizetype, qsizetype>, qsizetype>;
    const auto overlapsAny = [](const Intervals &set, const Hit &h) {
        const qsizetype end = h.start + h.length;
        auto it = set.lower_bound({h.segment, h.start});
        if (it != set.end() && it->first.first == h.segment && it->first.second < end)
            return true;
        if (it != set.begin()) {
            --it;
            if (it->first.first == h.segment && it->second > h.start)
                return true;
        }
        return false;
    };
    const auto insertMerged = [](Intervals &set, const Hit &h) {
        qsizetype start = h.start;
        qsizetype end = h.start + h.length;
        auto it = set.lower_bound({h.segment, start});
        if (it != set.begin()) {
            auto before = std::prev(it);
            if (before->first.first == h.segment && before->second >= start)
                it = before;
        }
        while (it != set.end() && it->first.first == h.segment && it->first.second <= end) {
            start = std::min(start, it->first.second);
            end = std::max(end, it->second);
            it = set.erase(it);
        }
        set.emplace(std::make_pair(h.segment, start), end);
    };

    QList<ThemeScore> out;
    out.reserve(themeCount);
    for (int t = 0; t < themeCount; ++t) {
        const Theme &theme = m_taxonomy.themes.at(t);
        QList<Hit> &themeHits = hits[t];
        // Longer phrases first: 招商引资 counts, the 招商 inside it does not count again.
        std::stable_sort(themeHits.begin(), themeHits.end(),
                         [](const Hit &a, const Hit &b) { return a.length > b.length; });
        Intervals exclusions;
        for (const Hit &e : std::as_const(excluded[t]))
            insertMerged(exclusions, e);
        Intervals counted;
        // Each repeat of a phrase counts repeatDecay times the one before it.
        QList<double> repeatFactor(theme.phrases.size(), 1.0);
        double score = 0.0;
        for (const Hit &h : std::as_const(themeHits)) {
            if (overlapsAny(exclusions, h) || overlapsAny(counted, h))
                continue;
            counted.emplace(std::make_pair(h.segment, h.start), h.start + h.length);
            const double where = h.segment < titles.size() ? m_taxonomy.titleWeight : 1.0;
            score += theme.phrases.at(h.phrase).weight * where * repeatFactor[h.phrase];
            repeatFactor[h.phrase] *= repeatDecay;
        }
        out.append({theme.name, theme.nameEn, score});
    }
    return out;
}

QList<ThemeScore> Classifier::classify(const QList<QStringView> &titles, const QList<QStringView> &body) const
{
    QList<ThemeScore> all = scores(titles, body);
    std::stable_sort(all.begin(), all.end(),
                     [](const ThemeScore &a, const ThemeScore &b) { return a.score > b.score; });
    QList<ThemeScore> out;
    if (all.isEmpty())
        return out;
    const double best = all.front().score;
    for (const ThemeScore &s : std::as_const(all)) {
        if (s.score < m_taxonomy.threshold || s.score < m_taxonomy.relativeThreshold * best ||
            out.size() >= m_taxonomy.maxThemes)
            break;
        out.append(s);
    }
    return out;
}

} // namespace za::places
