#include "library/articlewriter.h"

#include "bulletin/pageparser.h"
#include "library/compactjson.h"
#include "library/sourcecodec.h"
#include "library/sqlvalues.h"
#include "places/analyzer.h"
#include "search/storedtext.h"
#include "text/encoding.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSqlError>
#include <QVariant>

#include <cmath>

using namespace Qt::StringLiterals;

namespace za::library {

namespace {

QString jsonList(const QStringList &list)
{
    return QString::fromUtf8(jsonStringArray(list));
}

// Articles are a few thousand characters; a "page" that is one 100 MB line is hostile input. Tagging
// looks at the beginning only, so such a file imports in bounded time (its text is stored and indexed
// in full).
constexpr qsizetype kMaxAnalysedChars = 200'000;

QStringList analysedParagraphs(const QStringList &paragraphs)
{
    QStringList kept;
    qsizetype total = 0;
    for (const QString &paragraph : paragraphs) {
        if (total + paragraph.size() > kMaxAnalysedChars) {
            kept << paragraph.left(kMaxAnalysedChars - total);
            break;
        }
        kept << paragraph;
        total += paragraph.size();
    }
    return kept;
}

// An article's figures as one compact JSON array of [metric, value or null, unit, text as written]: one
// row per article instead of one per figure (generated bulletins have ~20 figures an article). Written
// by hand: building QJsonArrays of QJsonValues was a tenth of an import's preparing thread.
QByteArray figureListJson(const QList<places::Figure> &figures)
{
    QByteArray out;
    out.reserve(figures.size() * 64);
    out += '[';
    for (const places::Figure &figure : figures) {
        if (out.size() > 1)
            out += ',';
        out += '[';
        appendJsonString(out, figure.metric);
        out += ',';
        if (figure.value && std::isfinite(*figure.value))
            out += QByteArray::number(*figure.value, 'g', QLocale::FloatingPointShortest);
        else
            out += "null";
        out += ',';
        appendJsonString(out, figure.unit);
        out += ',';
        appendJsonString(out, figure.text);
        out += ']';
    }
    out += ']';
    return out;
}

} // namespace

ArticleWriter::ArticleWriter(const QSqlDatabase &db, const places::Analyzer &analyzer)
    : m_db(db)
    , m_analyzer(analyzer)
    , m_insertArticle(db,
                      "INSERT INTO articles (page_id, seq, bulletin, issue_date, issue_no, page, kicker, "
                      "headline, subtitle, subheadings, sections, dateline, date, year, month, byline, "
                      "authors, body, continued_from, continued_from_marker, continued_to, "
                      "continued_to_marker, warnings) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, "
                      "?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23)")
    , m_insertAuthor(db, "INSERT OR IGNORE INTO article_authors (article_id, name) VALUES (?1, ?2)")
    , m_insertZoneTag(db, "INSERT OR IGNORE INTO article_zones (article_id, zone_id, role, as_written) "
                          "VALUES (?1, ?2, ?3, ?4)")
    , m_insertPlace(db, "INSERT OR IGNORE INTO article_places (article_id, kind, name) VALUES (?1, ?2, ?3)")
    , m_insertTheme(db, "INSERT OR IGNORE INTO article_themes (article_id, theme, score) VALUES (?1, ?2, ?3)")
    , m_insertFigure(db, "INSERT INTO article_figure_lists (article_id, compression, size, data) "
                         "VALUES (?1, ?2, ?3, ?4)")
    , m_selectZone(db, "SELECT id, merged_into FROM zones WHERE name = ?1")
    , m_insertZone(db, "INSERT INTO zones (name, type, level, county, city, province, status) "
                       "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
    , m_index(db)
    , m_pendingSketches(db)
    , m_overlay(db)
{}

bool ArticleWriter::fail(const search::SqliteStatement &statement)
{
    m_error = statement.lastError();
    return false;
}

bool ArticleWriter::fail(const QSqlQuery &query)
{
    m_error = query.lastError().text();
    return false;
}

QString ArticleWriter::bulletinProvince(const QString &bulletin)
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT province FROM bulletin_settings WHERE bulletin = ?"_s);
    query.addBindValue(bulletin);
    if (query.exec() && query.next())
        return query.value(0).toString();
    return {};
}

QHash<QString, QString> ArticleWriter::bulletinProvinces()
{
    QHash<QString, QString> provinces;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (query.exec(u"SELECT bulletin, province FROM bulletin_settings"_s))
        while (query.next())
            provinces.insert(query.value(0).toString(), query.value(1).toString());
    return provinces;
}

bool ArticleWriter::setBulletinProvince(const QString &bulletin, const QString &province)
{
    QSqlQuery query(m_db);
    query.prepare(u"INSERT INTO bulletin_settings (bulletin, province) VALUES (?, ?) "
                  "ON CONFLICT (bulletin) DO UPDATE SET province = excluded.province"_s);
    query.addBindValue(bulletin);
    query.addBindValue(nonNull(province));
    return query.exec() || fail(query);
}

bool ArticleWriter::removePageArticles(qint64 pageId)
{
    QSqlQuery query(m_db);
    query.prepare(u"DELETE FROM articles WHERE page_id = ?"_s);
    query.addBindValue(pageId);
    return query.exec() || fail(query);
}

bool ArticleWriter::writeArticles(const PageContext &page, const QList<bulletin::ParsedArticle> &articles,
                                  Analyses *analyses)
{
    const QString province = page.province.isEmpty() ? bulletinProvince(page.meta.bulletin) : page.province;
    // Editors' structural edits first (they renumber the page's articles), then each article's current
    // revision: what is written, indexed and classified is what the editors made of the machine's parse.
    QList<bulletin::ParsedArticle> edited = articles;
    QList<PageEdit> edits;
    if (!m_overlay.pageEdits(page.pageId, &edits)) {
        m_error = m_overlay.lastError();
        return false;
    }
    for (const PageEdit &edit : std::as_const(edits))
        applyPageEdit(edit, edited);
    const bool asAnalysed = analyses && edits.isEmpty() && analyses->province == province &&
                            analyses->articles.size() == articles.size();
    for (qsizetype i = 0; i < edited.size(); ++i) {
        std::optional<ArticleFields> fields;
        if (!m_overlay.currentFields(page.pageId, int(i), &fields)) {
            m_error = m_overlay.lastError();
            return false;
        }
        if (fields)
            applyFields(*fields, edited[i]);
        const bool asParsed = asAnalysed && !fields;
        const places::ArticleAnalysis *analysis = asParsed ? &analyses->articles.at(i) : nullptr;
        PreparedText *text = asParsed && std::size_t(i) < analyses->texts.size()
                                 ? &analyses->texts.at(std::size_t(i))
                                 : nullptr;
        const FigureList *figures = asParsed && std::size_t(i) < analyses->figureLists.size()
                                        ? &analyses->figureLists.at(std::size_t(i))
                                        : nullptr;
        if (!writeArticle(page, int(i), edited.at(i), province, analysis, figures, text))
            return false;
    }
    return true;
}

places::ArticleAnalysis ArticleWriter::analyse(const bulletin::ParsedArticle &article,
                                               const QString &province) const
{
    places::ArticleText text;
    text.kicker = article.kicker;
    text.headline = article.headline;
    text.dateline = article.dateline;
    for (const bulletin::Section &section : article.sections)
        text.subheadings << section.subheading;
    text.paragraphs = analysedParagraphs(article.paragraphs);
    places::AnalysisContext context;
    context.province = province;
    return m_analyzer.analyze(text, context);
}

ArticleWriter::PreparedText ArticleWriter::preparedText(const bulletin::ParsedArticle &article)
{
    QStringList subheadings;
    for (const bulletin::Section &section : article.sections)
        subheadings << section.subheading;
    const QString body = article.body();
    PreparedText text;
    text.head = search::pretokenize(search::IndexWriter::headText(article.kicker, article.headline));
    text.body = search::pretokenize(search::IndexWriter::bodyText(article.dateline, jsonList(subheadings),
                                                                  jsonList(article.authors), body));
    // Only used with valid columns (writeArticle): the body is then valid UTF-16 as well.
    if (text.body.valid) {
        text.storedBody = search::packedText(body.toUtf8());
        text.sketch = PendingSketches::sketchOf(article.headline, body);
    }
    return text;
}

bool ArticleWriter::writeArticle(const PageContext &page, int seq, const bulletin::ParsedArticle &article,
                                 const QString &province, const places::ArticleAnalysis *analysis,
                                 const FigureList *figures, PreparedText *prepared)
{
    QStringList subheadings;
    QList<qsizetype> starts;
    for (const bulletin::Section &section : article.sections) {
        subheadings << section.subheading;
        starts << section.firstParagraph;
    }
    const QString issueDate =
        page.meta.issueDate.isValid() ? page.meta.issueDate.toString(Qt::ISODate) : QString();
    const QString date = article.date.toIso();

    search::SqliteStatement &q = m_insertArticle;
    const QString subheadingsJson = jsonList(subheadings);
    const QString authorsJson = jsonList(article.authors);
    // Columns made ahead are of this very article (written as parsed, see writeArticles).
    const bool ahead = prepared && prepared->head.valid && prepared->body.valid;
    QString body = article.body();
    // A compressed body is stored as Qt's UTF-8 and read back by the view as such, so text that is not
    // valid UTF-16 (which SQLite would convert its own way) is indexed as that same UTF-8.
    if (!ahead && !body.isValidUtf16())
        body = QString::fromUtf8(body.toUtf8());
    const QByteArray storedBody = ahead ? prepared->storedBody : search::packedText(body.toUtf8());
    const auto textOrNull = [&q](int index, const QString &text) {
        if (text.isEmpty())
            q.bindNull(index);
        else
            q.bind(index, text);
    };
    q.bind(1, page.pageId);
    q.bind(2, qint64(seq));
    q.bind(3, page.meta.bulletin);
    q.bind(4, issueDate);
    q.bind(5, page.meta.issueNo);
    q.bind(6, page.meta.page);
    q.bind(7, article.kicker);
    q.bind(8, article.headline);
    q.bind(9, article.subtitle);
    q.bind(10, subheadingsJson);
    q.bindText(11, jsonIntArray(starts));
    q.bind(12, article.dateline);
    textOrNull(13, date);
    if (article.date.year > 0)
        q.bind(14, qint64(article.date.year));
    if (article.date.month > 0)
        q.bind(15, qint64(article.date.month));
    q.bind(16, article.byline);
    q.bind(17, authorsJson);
    if (storedBody.isNull())
        q.bind(18, body);
    else
        q.bind(18, storedBody);
    textOrNull(19, article.continuedFrom);
    q.bind(20, article.continuedFromMarker);
    textOrNull(21, article.continuedTo);
    q.bind(22, article.continuedToMarker);
    q.bindText(23, jsonStringArray(article.warnings));
    if (!q.exec())
        return fail(q);
    const qint64 articleId = q.lastInsertId();
    if (m_indexing && m_builder) {
        search::PretokenizedColumn head =
            ahead ? std::move(prepared->head)
                  : search::pretokenize(search::IndexWriter::headText(article.kicker, article.headline));
        search::PretokenizedColumn text = ahead ? std::move(prepared->body)
                                                : search::pretokenize(search::IndexWriter::bodyText(
                                                      article.dateline, subheadingsJson, authorsJson, body));
        if (!head.valid || !text.valid) {
            m_error = u"the article's text is not valid UTF-16: it is indexed by FTS5"_s;
            return false;
        }
        m_builder->add(articleId, std::move(head), std::move(text));
    } else if (m_indexing) {
        const bool indexed =
            ahead ? m_index.add(articleId, prepared->head, prepared->body)
                  : m_index.add(
                        articleId, search::IndexWriter::headText(article.kicker, article.headline),
                        search::IndexWriter::bodyText(article.dateline, subheadingsJson, authorsJson, body));
        if (!indexed) {
            m_error = m_index.lastError();
            return false;
        }
    }

    const bool sketched = ahead && !prepared->sketch.isEmpty()
                              ? m_pendingSketches.put(articleId, prepared->sketch)
                              : m_pendingSketches.forget(articleId);
    if (!sketched) {
        m_error = m_pendingSketches.lastError();
        return false;
    }

    for (const QString &author : article.authors) {
        m_insertAuthor.bind(1, articleId);
        m_insertAuthor.bind(2, author);
        if (!m_insertAuthor.exec())
            return fail(m_insertAuthor);
    }

    if (!writeAnalysis(articleId, analysis ? *analysis : analyse(article, province), figures))
        return false;
    if (!m_overlay.applyTagOverrides(articleId, page.pageId, seq)) {
        m_error = m_overlay.lastError();
        return false;
    }
    return true;
}

bool ArticleWriter::reanalyze(qint64 articleId)
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT a.kicker, a.headline, a.dateline, a.subheadings, za_text(a.body), "
                  "COALESCE((SELECT province FROM bulletin_settings b WHERE b.bulletin = a.bulletin), ''), "
                  "a.page_id, a.seq "
                  "FROM articles a WHERE a.id = ?"_s);
    query.addBindValue(articleId);
    if (!query.exec())
        return fail(query);
    if (!query.next()) {
        m_error = QCoreApplication::translate("za::library", "no article %1").arg(articleId);
        return false;
    }
    places::ArticleText text;
    text.kicker = query.value(0).toString();
    text.headline = query.value(1).toString();
    text.dateline = query.value(2).toString();
    const QJsonArray subheadings = QJsonDocument::fromJson(query.value(3).toString().toUtf8()).array();
    for (const QJsonValue &v : subheadings)
        text.subheadings << v.toString();
    text.paragraphs = analysedParagraphs(query.value(4).toString().split(u"\n\n"_s, Qt::SkipEmptyParts));
    places::AnalysisContext context;
    context.province = query.value(5).toString();
    const qint64 pageId = query.value(6).toLongLong();
    const int seq = query.value(7).toInt();
    query.finish();
    for (const QString &table :
         {u"article_zones"_s, u"article_places"_s, u"article_themes"_s, u"article_figure_lists"_s}) {
        // Table names come from this fixed list, never from input; the id is bound.
        query.prepare(u"DELETE FROM %1 WHERE article_id = ?"_s.arg(table));
        query.addBindValue(articleId);
        if (!query.exec())
            return fail(query);
    }
    if (!writeAnalysis(articleId, m_analyzer.analyze(text, context)))
        return false;
    // Manual tags win over the classifier, whatever it says this time.
    if (!m_overlay.applyTagOverrides(articleId, pageId, seq)) {
        m_error = m_overlay.lastError();
        return false;
    }
    return true;
}

bool ArticleWriter::rewritePage(qint64 pageId)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(
        u"SELECT p.bulletin, p.issue_date, p.issue_no, p.page, s.content, s.encoding, s.compression, "
        "s.byte_size FROM pages p JOIN sources s ON s.id = p.source_id WHERE p.id = ?"_s);
    query.addBindValue(pageId);
    if (!query.exec())
        return fail(query);
    if (!query.next()) {
        m_error = QCoreApplication::translate("za::library", "no page %1").arg(pageId);
        return false;
    }
    PageContext context;
    context.pageId = pageId;
    context.meta.bulletin = query.value(0).toString();
    context.meta.issueDate = QDate::fromString(query.value(1).toString(), Qt::ISODate);
    context.meta.issueNo = query.value(2).toString();
    context.meta.page = query.value(3).toString();
    const std::optional<QByteArray> bytes =
        unpackSource(query.value(4).toByteArray(), query.value(6).toString(), query.value(7).toLongLong());
    const QString encoding = query.value(5).toString();
    query.finish();
    if (!bytes) {
        m_error = QCoreApplication::translate("za::library", "the stored source of page %1 does not decode")
                      .arg(pageId);
        return false;
    }
    const text::DecodeResult decoded = text::decode(*bytes, encoding);
    bulletin::ParseOptions options;
    options.issueDate = context.meta.issueDate;
    const bulletin::ParsedPage page = bulletin::parsePage(decoded.decoded.text, options);
    return removePageArticles(pageId) && writeArticles(context, page.articles);
}

qint64 ArticleWriter::zoneId(const QString &name, const QString &type, const QString &level,
                             const QString &county, const QString &city, const QString &province,
                             bool discovered)
{
    if (const auto it = m_zoneIds.constFind(name); it != m_zoneIds.cend())
        return *it;
    // Prepared once: a large import meets tens of thousands of zones it has not seen yet.
    m_selectZone.bind(1, name);
    const search::SqliteStatement::Step found = m_selectZone.step();
    if (found == search::SqliteStatement::Step::Error)
        return fail(m_selectZone), 0;
    qint64 id = 0;
    if (found == search::SqliteStatement::Step::Row) {
        // An editor's merge sends the tag to the surviving zone.
        id = m_selectZone.int64At(m_selectZone.isNullAt(1) ? 0 : 1);
        m_selectZone.reset();
    } else {
        m_selectZone.reset();
        m_insertZone.bind(1, name);
        m_insertZone.bind(2, type);
        m_insertZone.bind(3, level.isEmpty() ? u"unknown"_s : level);
        m_insertZone.bind(4, county);
        m_insertZone.bind(5, city);
        m_insertZone.bind(6, province);
        m_insertZone.bind(7, discovered ? u"discovered"_s : u"seed"_s);
        if (!m_insertZone.exec())
            return fail(m_insertZone), 0;
        id = m_insertZone.lastInsertId();
    }
    m_zoneIds.insert(name, id);
    return id;
}

ArticleWriter::FigureList ArticleWriter::figureList(const QList<places::Figure> &figures)
{
    FigureList list;
    if (figures.isEmpty())
        return list;
    const QByteArray json = figureListJson(figures);
    list.size = json.size();
    list.stored = packSource(json);
    return list;
}

bool ArticleWriter::writeAnalysis(qint64 articleId, const places::ArticleAnalysis &analysis,
                                  const FigureList *figures)
{
    for (const places::ZoneMention &zone : analysis.zones) {
        const qint64 id =
            zoneId(zone.name, zone.type, zone.level, zone.county, zone.city, zone.province, zone.discovered);
        if (!id)
            return false;
        m_insertZoneTag.bind(1, articleId);
        m_insertZoneTag.bind(2, id);
        m_insertZoneTag.bind(3, places::zoneRoleName(zone.role));
        m_insertZoneTag.bind(4, zone.asWritten);
        if (!m_insertZoneTag.exec())
            return fail(m_insertZoneTag);
    }
    const auto places = [&](const QString &kind, const QStringList &names) {
        for (const QString &name : names) {
            m_insertPlace.bind(1, articleId);
            m_insertPlace.bind(2, kind);
            m_insertPlace.bind(3, name);
            if (!m_insertPlace.exec())
                return fail(m_insertPlace);
        }
        return true;
    };
    if (!places(u"province"_s, analysis.provinces) || !places(u"city"_s, analysis.cities) ||
        !places(u"county"_s, analysis.counties))
        return false;
    for (const places::ThemeScore &theme : analysis.themes) {
        m_insertTheme.bind(1, articleId);
        m_insertTheme.bind(2, theme.name);
        m_insertTheme.bind(3, theme.score);
        if (!m_insertTheme.exec())
            return fail(m_insertTheme);
    }
    if (!analysis.figures.isEmpty()) {
        // Made ahead (on the preparing thread) for an article written as parsed.
        const FigureList made = figures ? FigureList() : figureList(analysis.figures);
        const FigureList &list = figures ? *figures : made;
        m_insertFigure.bind(1, articleId);
        m_insertFigure.bind(2, list.stored.compression);
        m_insertFigure.bind(3, list.size);
        m_insertFigure.bind(4, list.stored.data);
        if (!m_insertFigure.exec())
            return fail(m_insertFigure);
    }
    return true;
}

} // namespace za::library
