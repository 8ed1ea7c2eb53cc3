#include "corpus.h"

#include "search/index.h"

#include <QCryptographicHash>
#include <QDate>
#include <QFile>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringBuilder>
#include <QVariant>

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <random>

using namespace Qt::StringLiterals;

namespace za::corpus {

namespace {

// Minimal CSV line splitter for the divisions files (quoted fields without embedded quotes).
QStringList splitCsv(const QString &line)
{
    QStringList out;
    for (QString field : line.split(u',')) {
        field = field.trimmed();
        if (field.startsWith(u'"') && field.endsWith(u'"') && field.size() >= 2)
            field = field.mid(1, field.size() - 2);
        out.append(field);
    }
    return out;
}

QString stem(const QString &place)
{
    // 太原市 -> 太原, 侯马市 -> 侯马; two-character names keep their suffix (城区 stays).
    static const QStringList suffixes = {u"自治县"_s, u"市"_s, u"区"_s, u"县"_s, u"旗"_s};
    for (const QString &s : suffixes) {
        if (place.endsWith(s) && place.size() - s.size() >= 2)
            return place.left(place.size() - s.size());
    }
    return place;
}

QString toFullWidth(const QString &s)
{
    QString out = s;
    for (QChar &c : out) {
        const char16_t u = c.unicode();
        if ((u >= u'0' && u <= u'9') || (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z') || u == u'.' ||
            u == u'%')
            c = QChar(static_cast<char16_t>(u + 0xFEE0));
    }
    return out;
}

// Empty, never NULL: the schema's text columns are NOT NULL and a null QString binds as NULL.
QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(u""_s) : QVariant(s);
}

} // namespace

QString CorpusArticle::searchableText() const
{
    return kicker % u'\n' % headline % u'\n' % dateline % u'\n' % subheadings.join(u'\n') % u'\n' %
           authors.join(u'\n') % u'\n' % body;
}

class CorpusGenerator::Private final
{
public:
    CorpusOptions options;
    std::mt19937_64 rng;
    QHash<QString, QStringList> sections;
    struct Place
    {
        QString province;
        QString city;
        QString county;
    };
    QList<Place> places;
    QList<CorpusZone> zones;
    QList<QPair<QString, QStringList>> themeWords;
    std::unique_ptr<icu::Transliterator> toTraditional;
    int sequence = 0;

    quint64 pick(quint64 n) { return n ? rng() % n : 0; }
    bool chance(double p) { return static_cast<double>(rng() >> 11) * 0x1p-53 < p; }
    const QString &any(const QStringList &list)
    {
        return list[static_cast<qsizetype>(pick(static_cast<quint64>(list.size())))];
    }
    const QString &word(const char16_t *section) { return any(sections[QString::fromUtf16(section)]); }

    QString number()
    {
        switch (pick(3)) {
        case 0:
            return QString::number(1 + pick(999));
        case 1:
            return QString::number(1 + pick(99)) % u'.' % QString::number(pick(10)) %
                   QString::number(1 + pick(9));
        default:
            return QString::number(1 + pick(50)) % u'.' % QString::number(pick(10));
        }
    }

    QString personName()
    {
        QString name = word(u"surnames") % word(u"given_chars");
        if (chance(0.6))
            name += word(u"given_chars");
        return name;
    }

    QString companyName(const CorpusZone &zone)
    {
        return (chance(0.5) ? stem(zone.city) : QString()) % word(u"company_chars") % word(u"company_chars") %
               word(u"company_suffixes");
    }

    QString sentence(const CorpusZone &zone, const QStringList &lean)
    {
        QString s;
        if (chance(0.3))
            s += word(u"sentence_openers");
        if (chance(0.5))
            s += zone.name;
        const int words = 3 + static_cast<int>(pick(6));
        for (int i = 0; i < words; ++i) {
            s += !lean.isEmpty() && chance(0.3) ? any(lean) : word(u"words");
            if (i + 1 < words && chance(0.25))
                s += word(u"connectives");
        }
        if (chance(0.35))
            s += u"，"_s % word(u"metrics") % u"完成"_s % number() % word(u"units") % u"，同比增长"_s %
                 number() % u'%';
        if (chance(0.2))
            s += u"，"_s % companyName(zone) % word(u"words") % word(u"words");
        if (chance(0.05))
            s += u"，引进MEMS、5G等D"_s % QString::number(1 + pick(4)) % u"类项目"_s;
        return s % u"。"_s;
    }
};

CorpusGenerator::CorpusGenerator(const CorpusOptions &options)
    : d(std::make_unique<Private>())
{
    d->options = options;
    d->rng.seed(options.seed);
}

CorpusGenerator::~CorpusGenerator() = default;

const QList<CorpusZone> &CorpusGenerator::zones() const
{
    return d->zones;
}

bool CorpusGenerator::load(QString *error)
{
    QFile vocabulary(QStringLiteral(ZA_CORPUS_VOCABULARY));
    if (!vocabulary.open(QIODevice::ReadOnly | QIODevice::Text)) {
        if (error)
            *error = u"cannot read "_s % vocabulary.fileName();
        return false;
    }
    QString section;
    for (const QString &raw : QString::fromUtf8(vocabulary.readAll()).split(u'\n')) {
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        if (line.startsWith(u'[') && line.endsWith(u']')) {
            section = line.mid(1, line.size() - 2);
            continue;
        }
        if (section == u"theme_words"_s) {
            const qsizetype bar = line.indexOf(u'|');
            d->themeWords.append({line.left(bar), line.mid(bar + 1).split(u' ', Qt::SkipEmptyParts)});
            continue;
        }
        d->sections[section].append(line.split(u' ', Qt::SkipEmptyParts));
    }

    // Places: the divisions data of one province, else the fallback list.
    const QString dir =
        d->options.divisionsDir.isEmpty() ? QStringLiteral(ZA_CORPUS_DIVISIONS_DIR) : d->options.divisionsDir;
    QFile provinces(dir % u"/provinces.csv"_s);
    QFile cities(dir % u"/cities.csv"_s);
    QFile areas(dir % u"/areas.csv"_s);
    if (provinces.open(QIODevice::ReadOnly) && cities.open(QIODevice::ReadOnly) &&
        areas.open(QIODevice::ReadOnly)) {
        QString provinceName;
        for (const QString &line : QString::fromUtf8(provinces.readAll()).split(u'\n')) {
            const QStringList f = splitCsv(line);
            if (f.size() >= 2 && f[0] == d->options.provinceCode)
                provinceName = f[1];
        }
        QHash<QString, QString> cityNames;
        for (const QString &line : QString::fromUtf8(cities.readAll()).split(u'\n')) {
            const QStringList f = splitCsv(line);
            if (f.size() >= 3 && f[2] == d->options.provinceCode)
                cityNames.insert(f[0], f[1]);
        }
        for (const QString &line : QString::fromUtf8(areas.readAll()).split(u'\n')) {
            const QStringList f = splitCsv(line);
            if (f.size() >= 4 && f[3] == d->options.provinceCode && cityNames.contains(f[2]) &&
                !f[1].contains(u"区划"_s) && !f[1].contains(u"开发区"_s) && !f[1].contains(u"示范区"_s))
                d->places.append({provinceName, cityNames.value(f[2]), f[1]});
        }
    }
    if (d->places.isEmpty()) {
        for (const QString &item : d->sections.value(u"fallback_places"_s)) {
            const QStringList f = item.split(u'|');
            if (f.size() == 3)
                d->places.append({f[0], f[1], f[2]});
        }
    }
    if (d->places.isEmpty() || d->sections.value(u"zone_types"_s).isEmpty()) {
        if (error)
            *error = u"the corpus vocabulary has no places or zone types"_s;
        return false;
    }

    // About one zone per two counties, named after the county or the city.
    QHash<QString, bool> taken;
    for (const Private::Place &place : std::as_const(d->places)) {
        if (!d->chance(0.5))
            continue;
        const QStringList type = d->word(u"zone_types").split(u'|');
        const bool byCity = d->chance(0.4);
        const QString base = stem(byCity ? place.city : place.county);
        const QString name = base % type.value(0);
        if (taken.contains(name))
            continue;
        taken.insert(name, true);
        CorpusZone zone{name, type.value(1), type.value(2), place.county, place.city, place.province, {}};
        zone.aliases.append(base % type.value(0).left(2) % u"区"_s);
        d->zones.append(zone);
    }
    if (d->options.traditionalShare > 0) {
        UErrorCode status = U_ZERO_ERROR;
        d->toTraditional.reset(
            icu::Transliterator::createInstance(icu::UnicodeString(u"Hans-Hant"), UTRANS_FORWARD, status));
        if (U_FAILURE(status))
            d->toTraditional.reset();
    }
    return !d->zones.isEmpty();
}

CorpusArticle CorpusGenerator::next()
{
    CorpusArticle a;
    const int n = d->sequence++;
    // Issues: one per ten days from 2019 on; eight pages an issue, a few articles a page.
    const QDate issue = QDate(2019, 1, 1).addDays((n / 40) * 10 % 2200);
    a.bulletin = d->word(u"bulletins");
    a.issueDate = issue.toString(Qt::ISODate);
    a.issueNo = u"第"_s % QString::number(n / 40 % 36 + 1) % u"期"_s;
    a.page = QString(QChar(u'A' + static_cast<char16_t>(n / 5 % 4))) % QString::number(n / 20 % 2 + 1);
    a.seq = n % 5;
    a.date = issue.addDays(-static_cast<qint64>(d->pick(9))).toString(Qt::ISODate);

    const int primary = static_cast<int>(d->pick(static_cast<quint64>(d->zones.size())));
    a.zones.append(primary);
    const int mentioned = static_cast<int>(d->pick(3));
    for (int i = 0; i < mentioned; ++i) {
        const int z = static_cast<int>(d->pick(static_cast<quint64>(d->zones.size())));
        if (!a.zones.contains(z))
            a.zones.append(z);
    }
    const CorpusZone &zone = d->zones[primary];
    for (const int z : std::as_const(a.zones)) {
        const CorpusZone &zz = d->zones[z];
        if (!a.cities.contains(zz.city))
            a.cities.append(zz.city);
        if (!a.counties.contains(zz.county))
            a.counties.append(zz.county);
        if (!a.provinces.contains(zz.province))
            a.provinces.append(zz.province);
    }

    QStringList lean;
    const int themeCount = 1 + static_cast<int>(d->pick(2));
    for (int i = 0; i < themeCount; ++i) {
        const auto &theme =
            d->themeWords[static_cast<qsizetype>(d->pick(static_cast<quint64>(d->themeWords.size())))];
        if (!a.themes.contains(theme.first)) {
            a.themes.append(theme.first);
            lean.append(theme.second);
        }
    }

    if (d->chance(0.2))
        a.kicker = zone.name;
    a.headline = (a.kicker.isEmpty() ? zone.name : QString()) % d->any(lean) % d->word(u"words") %
                 d->word(u"words") % d->word(u"words");
    if (d->chance(0.15))
        a.subheadings.append(d->word(u"words") % d->any(lean) % d->word(u"words"));
    a.dateline = u"本刊讯 "_s % QString::number(QDate::fromString(a.date, Qt::ISODate).month()) % u"月"_s %
                 QString::number(QDate::fromString(a.date, Qt::ISODate).day()) % u"日，"_s;
    const int authorCount = 1 + static_cast<int>(d->pick(2));
    for (int i = 0; i < authorCount; ++i)
        a.authors.append(d->personName());

    QString body;
    if (d->chance(0.05)) {
        a.continuedFrom = u"D"_s % QString::number(1 + d->pick(4));
        body += u"(上接 "_s % a.continuedFrom % u" 版)"_s;
    }
    while (body.size() < d->options.bodyChars) {
        const int sentences = 2 + static_cast<int>(d->pick(4));
        for (int i = 0; i < sentences; ++i)
            body += d->sentence(zone, lean);
        body += u'\n';
    }
    a.body = body.trimmed();

    const bool traditional = d->toTraditional && d->chance(d->options.traditionalShare);
    const bool fullWidth = d->chance(d->options.fullWidthShare);
    auto render = [&](QString &s) {
        if (traditional) {
            icu::UnicodeString u(reinterpret_cast<const char16_t *>(s.utf16()),
                                 static_cast<int32_t>(s.size()));
            d->toTraditional->transliterate(u);
            s = QString(reinterpret_cast<const QChar *>(u.getBuffer()), u.length());
        }
        if (fullWidth)
            s = toFullWidth(s);
    };
    render(a.headline);
    render(a.kicker);
    render(a.body);
    for (QString &s : a.subheadings)
        render(s);
    return a;
}

QList<CorpusArticle> CorpusGenerator::generate(int count)
{
    QList<CorpusArticle> out;
    out.reserve(count);
    for (int i = 0; i < count; ++i)
        out.append(next());
    return out;
}

QString CorpusGenerator::renderPage(const QList<CorpusArticle> &articles)
{
    QString page;
    for (const CorpusArticle &a : articles) {
        QStringList paragraphs = a.body.split(u'\n');
        // Headlines of PDF pages often land below the first paragraph.
        const bool displaced = paragraphs.size() > 1 && d->chance(0.3);
        if (!a.kicker.isEmpty())
            page += a.kicker % u"\n\n"_s;
        if (!displaced)
            page += u"## "_s % a.headline % u"\n\n"_s;
        for (qsizetype i = 0; i < paragraphs.size(); ++i) {
            QString p = paragraphs[i];
            if (i + 1 == paragraphs.size())
                p += u"("_s % a.authors.join(u' ') % u")"_s;
            // Column breaks cut paragraphs mid-sentence.
            if (p.size() > 40 && d->chance(0.25)) {
                const qsizetype cut =
                    10 + static_cast<qsizetype>(d->pick(static_cast<quint64>(p.size() - 20)));
                p = p.left(cut) % u"\n\n"_s % p.mid(cut);
            }
            page += p % u"\n\n"_s;
            if (displaced && i == 0)
                page += u"## "_s % a.headline % u"\n\n"_s;
        }
    }
    return page;
}

bool insertArticles(QSqlDatabase &db, const QList<CorpusArticle> &articles, const QList<CorpusZone> &zones,
                    QString *error)
{
    auto fail = [error](const QSqlQuery &q) {
        if (error)
            *error = q.lastError().text() % u" in "_s % q.lastQuery();
        return false;
    };
    if (!db.transaction()) {
        if (error)
            *error = db.lastError().text();
        return false;
    }
    QSqlQuery zoneInsert(db), zoneId(db), aliasInsert(db), source(db), page(db), pageId(db), article(db),
        author(db), articleZone(db), place(db), theme(db);
    zoneInsert.prepare(
        u"INSERT OR IGNORE INTO zones(name, type, level, county, city, province) VALUES (?, ?, ?, ?, ?, ?)"_s);
    zoneId.prepare(u"SELECT id FROM zones WHERE name = ?"_s);
    aliasInsert.prepare(u"INSERT OR IGNORE INTO zone_aliases(alias, zone_id) VALUES (?, ?)"_s);
    source.prepare(
        u"INSERT OR IGNORE INTO sources(sha256, file_name, content, encoding, byte_size, imported_at) "
        "VALUES (?, ?, ?, 'UTF-8', 0, '2024-01-01T00:00:00')"_s);
    page.prepare(u"INSERT OR IGNORE INTO pages(bulletin, issue_date, issue_no, page, source_id) "
                 "VALUES (?, ?, ?, ?, (SELECT id FROM sources WHERE sha256 = ?))"_s);
    pageId.prepare(
        u"SELECT id FROM pages WHERE bulletin = ? AND issue_date = ? AND issue_no = ? AND page = ?"_s);
    article.prepare(
        u"INSERT INTO articles(page_id, seq, bulletin, issue_date, issue_no, page, kicker, headline, "
        "subheadings, dateline, date, year, month, authors, body, continued_from) "
        "VALUES (?, (SELECT count(*) FROM articles WHERE page_id = ?), ?, ?, ?, ?, ?, ?, json(?), ?, ?, ?, ?, json(?), ?, ?)"_s);
    author.prepare(u"INSERT OR IGNORE INTO article_authors(article_id, name) VALUES (?, ?)"_s);
    articleZone.prepare(
        u"INSERT OR IGNORE INTO article_zones(article_id, zone_id, role, as_written) VALUES (?, ?, ?, ?)"_s);
    place.prepare(u"INSERT OR IGNORE INTO article_places(article_id, kind, name) VALUES (?, ?, ?)"_s);
    theme.prepare(u"INSERT OR IGNORE INTO article_themes(article_id, theme, score) VALUES (?, ?, 1.0)"_s);

    QHash<int, qint64> zoneIds;
    auto jsonList = [](const QStringList &items) -> QString {
        QString out = u"["_s;
        for (qsizetype i = 0; i < items.size(); ++i) {
            QString escaped = items[i];
            escaped.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s);
            out += (i ? u","_s : QString()) % u'"' % escaped % u'"';
        }
        return out % u"]"_s;
    };
    for (const CorpusArticle &a : articles) {
        const QString key = a.bulletin % u'|' % a.issueDate % u'|' % a.issueNo % u'|' % a.page;
        const QString sha =
            QString::fromLatin1(QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex());
        source.addBindValue(sha);
        source.addBindValue(key);
        source.addBindValue(key.toUtf8());
        if (!source.exec())
            return fail(source);
        for (const QString &v : {a.bulletin, a.issueDate, a.issueNo, a.page})
            page.addBindValue(v);
        page.addBindValue(sha);
        if (!page.exec())
            return fail(page);
        for (const QString &v : {a.bulletin, a.issueDate, a.issueNo, a.page})
            pageId.addBindValue(v);
        if (!pageId.exec() || !pageId.next())
            return fail(pageId);
        const qint64 pid = pageId.value(0).toLongLong();
        pageId.finish();
        const QDate date = QDate::fromString(a.date, Qt::ISODate);
        const QVariantList values = {pid,
                                     pid,
                                     text(a.bulletin),
                                     text(a.issueDate),
                                     text(a.issueNo),
                                     text(a.page),
                                     text(a.kicker),
                                     text(a.headline),
                                     jsonList(a.subheadings),
                                     text(a.dateline),
                                     a.date,
                                     date.year(),
                                     date.month(),
                                     jsonList(a.authors),
                                     text(a.body),
                                     a.continuedFrom.isEmpty() ? QVariant() : QVariant(a.continuedFrom)};
        for (const QVariant &v : values)
            article.addBindValue(v);
        if (!article.exec())
            return fail(article);
        const qint64 id = article.lastInsertId().toLongLong();
        QString indexError;
        if (!za::search::Index::indexStoredArticle(db, id, &indexError)) {
            if (error)
                *error = indexError;
            return false;
        }
        for (const QString &name : a.authors) {
            author.addBindValue(id);
            author.addBindValue(name);
            if (!author.exec())
                return fail(author);
        }
        for (qsizetype i = 0; i < a.zones.size(); ++i) {
            const int z = a.zones[i];
            if (!zoneIds.contains(z)) {
                const CorpusZone &zone = zones[z];
                for (const QString &v :
                     {zone.name, zone.type, zone.level, zone.county, zone.city, zone.province})
                    zoneInsert.addBindValue(v);
                if (!zoneInsert.exec())
                    return fail(zoneInsert);
                zoneId.addBindValue(zone.name);
                if (!zoneId.exec() || !zoneId.next())
                    return fail(zoneId);
                zoneIds.insert(z, zoneId.value(0).toLongLong());
                zoneId.finish();
                for (const QString &alias : zone.aliases) {
                    aliasInsert.addBindValue(alias);
                    aliasInsert.addBindValue(zoneIds.value(z));
                    if (!aliasInsert.exec())
                        return fail(aliasInsert);
                }
            }
            articleZone.addBindValue(id);
            articleZone.addBindValue(zoneIds.value(z));
            articleZone.addBindValue(i == 0 ? u"primary"_s : u"mentioned"_s);
            articleZone.addBindValue(zones[z].name);
            if (!articleZone.exec())
                return fail(articleZone);
        }
        const QList<QPair<QString, QStringList>> kinds = {
            {u"city"_s, a.cities}, {u"county"_s, a.counties}, {u"province"_s, a.provinces}};
        for (const auto &[kind, names] : kinds) {
            for (const QString &name : names) {
                place.addBindValue(id);
                place.addBindValue(kind);
                place.addBindValue(name);
                if (!place.exec())
                    return fail(place);
            }
        }
        for (const QString &t : a.themes) {
            theme.addBindValue(id);
            theme.addBindValue(t);
            if (!theme.exec())
                return fail(theme);
        }
    }
    if (!db.commit()) {
        if (error)
            *error = db.lastError().text();
        return false;
    }
    return true;
}

} // namespace za::corpus
