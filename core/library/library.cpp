#include "library/library.h"

#include "library/sourcecodec.h"
#include "library/zonestore.h"
#include "search/index.h"
#include "text/pinyin.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace za::library {

namespace {

QStringList stringListFromJson(const QString &json)
{
    QStringList list;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &value : array)
        list << value.toString();
    return list;
}

QList<int> intListFromJson(const QString &json)
{
    QList<int> list;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &value : array)
        list << value.toInt();
    return list;
}

qint64 scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (query.exec(sql) && query.next())
        return query.value(0).toLongLong();
    return -1;
}

std::optional<qint64> optionalId(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

// Shared by article(): the other part of a continued article is the one in the same issue whose page
// label is the marker's and whose own marker points back.
constexpr auto kArticleSql = R"(
    SELECT a.id, a.page_id, a.seq, a.bulletin, a.issue_date, a.issue_no, a.page, a.kicker, a.headline,
           a.subtitle, a.subheadings, a.sections, a.dateline, a.date, a.byline, a.authors, za_text(a.body),
           a.continued_from, a.continued_from_marker, a.continued_to, a.continued_to_marker, a.warnings,
           s.id, s.file_name, s.sha256, s.encoding,
           (SELECT o.id FROM articles o
             WHERE a.continued_from IS NOT NULL AND o.bulletin = a.bulletin AND o.issue_date = a.issue_date
               AND o.issue_no = a.issue_no AND o.page = a.continued_from AND o.continued_to = a.page
             ORDER BY o.seq LIMIT 1),
           (SELECT o.id FROM articles o
             WHERE a.continued_to IS NOT NULL AND o.bulletin = a.bulletin AND o.issue_date = a.issue_date
               AND o.issue_no = a.issue_no AND o.page = a.continued_to AND o.continued_from = a.page
             ORDER BY o.seq LIMIT 1)
      FROM articles a
      JOIN pages p ON p.id = a.page_id
      JOIN sources s ON s.id = p.source_id
     WHERE a.id = ?)";

} // namespace

Library::Library(const QString &path)
    : m_database(path)
{}

Library::~Library()
{
    // The engine holds statements on the connection; it must go before the connection closes.
    m_searchEngine.reset();
}

bool Library::open(OpenMode mode, QString *error)
{
    m_searchEngine.reset();
    QString localError;
    if (!error)
        error = &localError;
    if (!m_database.open(mode, error))
        return false;
    // Seed zones are facts of this build's data; a library opened by a newer build picks up its seeds.
    if (!ZoneStore(m_database.connection()).syncSeeds(error)) {
        m_database.close();
        return false;
    }
    return true;
}

QList<ZoneRecord> Library::zones() const
{
    return ZoneStore(m_database.connection()).zones();
}

search::SearchResult Library::search(const search::SearchRequest &request)
{
    if (!m_searchEngine)
        m_searchEngine = std::make_unique<search::SearchEngine>(m_database.connection());
    return m_searchEngine->search(request);
}

QList<CompletionEntry> Library::completions() const
{
    QList<CompletionEntry> entries;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    // One statement for all fields: each branch counts articles per name.
    if (!query.exec(
            u"SELECT 'zone', z.name, count(*) FROM article_zones az JOIN zones z ON z.id = az.zone_id "
            "GROUP BY z.name "
            "UNION ALL SELECT kind, name, count(*) FROM article_places GROUP BY kind, name "
            "UNION ALL SELECT 'theme', theme, count(*) FROM article_themes GROUP BY theme "
            "UNION ALL SELECT 'author', name, count(*) FROM article_authors GROUP BY name "
            "UNION ALL SELECT 'bulletin', bulletin, count(*) FROM articles WHERE bulletin <> '' "
            "GROUP BY bulletin"_s))
        return entries;
    while (query.next()) {
        CompletionEntry e;
        e.field = query.value(0).toString();
        e.text = query.value(1).toString();
        e.articles = query.value(2).toLongLong();
        const text::Pinyin pinyin = text::toPinyin(e.text);
        e.pinyin = pinyin.full;
        e.initials = pinyin.initials;
        entries << e;
    }
    return entries;
}

LibraryStats Library::stats() const
{
    const QSqlDatabase db = m_database.connection();
    LibraryStats stats;
    stats.articles = scalar(db, u"SELECT count(*) FROM articles"_s);
    stats.pages = scalar(db, u"SELECT count(*) FROM pages"_s);
    stats.sources = scalar(db, u"SELECT count(*) FROM sources"_s);
    stats.zones = scalar(db, u"SELECT count(*) FROM zones WHERE status NOT IN ('rejected', 'merged')"_s);
    stats.fileBytes = QFileInfo(m_database.path()).size();
    return stats;
}

QList<qint64> Library::articleIds() const
{
    QList<qint64> ids;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT id FROM articles ORDER BY bulletin, issue_date, issue_no, page, seq"_s))
        return ids;
    while (query.next())
        ids << query.value(0).toLongLong();
    return ids;
}

std::optional<ArticleRecord> Library::article(qint64 id) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QString::fromUtf8(kArticleSql));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    ArticleRecord r;
    int c = 0;
    r.id = query.value(c++).toLongLong();
    r.pageId = query.value(c++).toLongLong();
    r.seq = query.value(c++).toInt();
    r.bulletin = query.value(c++).toString();
    r.issueDate = query.value(c++).toString();
    r.issueNo = query.value(c++).toString();
    r.page = query.value(c++).toString();
    r.kicker = query.value(c++).toString();
    r.headline = query.value(c++).toString();
    r.subtitle = query.value(c++).toString();
    r.subheadings = stringListFromJson(query.value(c++).toString());
    r.sectionStarts = intListFromJson(query.value(c++).toString());
    r.dateline = query.value(c++).toString();
    r.date = query.value(c++).toString();
    r.byline = query.value(c++).toString();
    r.authors = stringListFromJson(query.value(c++).toString());
    r.body = query.value(c++).toString();
    r.continuedFrom = query.value(c++).toString();
    r.continuedFromMarker = query.value(c++).toString();
    r.continuedTo = query.value(c++).toString();
    r.continuedToMarker = query.value(c++).toString();
    r.warnings = stringListFromJson(query.value(c++).toString());
    r.source.id = query.value(c++).toLongLong();
    r.source.fileName = query.value(c++).toString();
    r.source.sha256 = query.value(c++).toString();
    r.source.encoding = query.value(c++).toString();
    r.continuedFromArticle = optionalId(query.value(c++));
    r.continuedToArticle = optionalId(query.value(c++));
    fillTags(r);
    return r;
}

bool Library::fillTags(ArticleRecord &r) const
{
    const QSqlDatabase db = m_database.connection();
    QSqlQuery query(db);
    query.setForwardOnly(true);

    query.prepare(u"SELECT z.name, az.as_written, z.type, z.level, z.county, z.city, z.province, az.role "
                  "FROM article_zones az JOIN zones z ON z.id = az.zone_id WHERE az.article_id = ? "
                  "ORDER BY az.role DESC, z.name"_s);
    query.addBindValue(r.id);
    if (!query.exec())
        return false;
    while (query.next()) {
        r.zones << ZoneTag{query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                           query.value(3).toString(), query.value(4).toString(), query.value(5).toString(),
                           query.value(6).toString(), query.value(7).toString()};
    }

    query.prepare(u"SELECT kind, name FROM article_places WHERE article_id = ? ORDER BY kind, name"_s);
    query.addBindValue(r.id);
    if (!query.exec())
        return false;
    while (query.next()) {
        const QString kind = query.value(0).toString();
        const QString name = query.value(1).toString();
        if (kind == "city"_L1)
            r.cities << name;
        else if (kind == "county"_L1)
            r.counties << name;
        else
            r.provinces << name;
    }

    query.prepare(
        u"SELECT theme, score FROM article_themes WHERE article_id = ? ORDER BY score DESC, theme"_s);
    query.addBindValue(r.id);
    if (!query.exec())
        return false;
    while (query.next())
        r.themes << ThemeTag{query.value(0).toString(), query.value(1).toDouble()};

    query.prepare(u"SELECT compression, size, data FROM article_figure_lists WHERE article_id = ?"_s);
    query.addBindValue(r.id);
    if (!query.exec())
        return false;
    if (query.next()) {
        const std::optional<QByteArray> list = unpackSource(
            query.value(2).toByteArray(), query.value(0).toString(), query.value(1).toLongLong());
        // Derived data: a list that does not decode is left out (reclassify writes it again).
        const QJsonArray figures = list ? QJsonDocument::fromJson(*list).array() : QJsonArray();
        for (const QJsonValue &item : figures) {
            const QJsonArray f = item.toArray();
            FigureRecord figure{f.at(0).toString(), std::nullopt, f.at(2).toString(), f.at(3).toString()};
            if (f.at(1).isDouble())
                figure.value = f.at(1).toDouble();
            r.figures << figure;
        }
    }
    return true;
}

QList<ArticleSummary> Library::articleSummaries() const
{
    QList<ArticleSummary> list;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT id, bulletin, issue_date, issue_no, page, kicker, headline, date, authors, "
                    "json_array_length(warnings) FROM articles "
                    "ORDER BY bulletin, issue_date, issue_no, page, seq"_s))
        return list;
    while (query.next()) {
        ArticleSummary s;
        s.id = query.value(0).toLongLong();
        s.bulletin = query.value(1).toString();
        s.issueDate = query.value(2).toString();
        s.issueNo = query.value(3).toString();
        s.page = query.value(4).toString();
        s.kicker = query.value(5).toString();
        s.headline = query.value(6).toString();
        s.date = query.value(7).toString();
        s.authors = stringListFromJson(query.value(8).toString());
        s.warningCount = query.value(9).toInt();
        list << s;
    }
    return list;
}

QList<ArticleRecord> Library::articles() const
{
    QList<ArticleRecord> list;
    const QList<qint64> ids = articleIds();
    list.reserve(ids.size());
    for (qint64 id : ids) {
        if (auto record = article(id))
            list << std::move(*record);
    }
    return list;
}

std::optional<QByteArray> Library::sourceContent(qint64 sourceId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"SELECT content, compression, byte_size FROM sources WHERE id = ?"_s);
    query.addBindValue(sourceId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return unpackSource(query.value(0).toByteArray(), query.value(1).toString(), query.value(2).toLongLong());
}

QStringList Library::check() const
{
    QStringList problems = m_database.integrityProblems();
    const QSqlDatabase db = m_database.connection();
    const auto expectZero = [&](const QString &sql, const QString &what) {
        const qint64 n = scalar(db, sql);
        if (n != 0)
            problems << QCoreApplication::translate("za::library", "%1: %2").arg(what).arg(n);
    };
    expectZero(u"SELECT count(*) FROM pages p LEFT JOIN sources s ON s.id = p.source_id WHERE s.id IS NULL"_s,
               QCoreApplication::translate("za::library", "pages without their source file"));
    expectZero(u"SELECT count(*) FROM articles a LEFT JOIN pages p ON p.id = a.page_id WHERE p.id IS NULL"_s,
               QCoreApplication::translate("za::library", "articles without their page"));
    expectZero(
        u"SELECT count(*) FROM article_zones az LEFT JOIN zones z ON z.id = az.zone_id WHERE z.id IS NULL"_s,
        QCoreApplication::translate("za::library", "zone tags without their zone"));

    QSqlDatabase writable = db;
    QString ftsError;
    if (!search::Index::integrityCheck(writable, &ftsError))
        problems << QCoreApplication::translate("za::library",
                                                "the full-text index disagrees with the articles: %1")
                        .arg(ftsError);

    // Facet counts as the search engine keeps them must match a recount in SQL.
    search::SearchEngine engine(db);
    search::SearchRequest all;
    all.setLimit(0);
    const search::SearchResult result = engine.search(all);
    const qint64 articles = scalar(db, u"SELECT count(*) FROM articles"_s);
    if (!result.ok() || result.total != articles)
        problems << QCoreApplication::translate("za::library",
                                                "search sees %1 articles, the library holds %2")
                        .arg(result.total)
                        .arg(articles);
    QSqlQuery recount(db);
    if (recount.exec(u"SELECT theme, count(*) FROM article_themes GROUP BY theme"_s)) {
        QHash<QString, qint64> expected;
        while (recount.next())
            expected.insert(recount.value(0).toString(), recount.value(1).toLongLong());
        QHash<QString, qint64> counted;
        for (const search::FacetValue &v : result.facets.value(search::facetName(search::Facet::Theme)))
            counted.insert(v.value, v.count);
        if (counted != expected)
            problems << QCoreApplication::translate("za::library",
                                                    "theme facet counts differ from a recount");
    }
    return problems;
}

} // namespace za::library
