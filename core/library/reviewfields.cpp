#include "library/reviewfields.h"

#include "library/sqlvalues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace za::library {

QJsonObject ArticleFields::toJson() const
{
    return QJsonObject{
        {u"kicker"_s, kicker},
        {u"headline"_s, headline},
        {u"subtitle"_s, subtitle},
        {u"dateline"_s, dateline},
        {u"date"_s, date},
        {u"byline"_s, byline},
        {u"authors"_s, QJsonArray::fromStringList(authors)},
        {u"body"_s, body},
    };
}

ArticleFields ArticleFields::fromJson(const QJsonObject &o)
{
    ArticleFields f;
    f.kicker = o.value(u"kicker"_s).toString();
    f.headline = o.value(u"headline"_s).toString();
    f.subtitle = o.value(u"subtitle"_s).toString();
    f.dateline = o.value(u"dateline"_s).toString();
    f.date = o.value(u"date"_s).toString();
    f.byline = o.value(u"byline"_s).toString();
    const QJsonArray authors = o.value(u"authors"_s).toArray();
    for (const QJsonValue &v : authors)
        f.authors << v.toString();
    f.body = o.value(u"body"_s).toString();
    return f;
}

ArticleFields fieldsOf(const bulletin::ParsedArticle &a)
{
    return ArticleFields{a.kicker,       a.headline, a.subtitle, a.dateline,
                         a.date.toIso(), a.byline,   a.authors,  a.body()};
}

std::optional<bulletin::PartialDate> parsePartialDate(const QString &text)
{
    if (text.isEmpty())
        return bulletin::PartialDate{};
    static const QRegularExpression pattern(u"^(\\d{4}|-)-(\\d{2})-(\\d{2})$"_s);
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    bulletin::PartialDate date;
    date.year = m.captured(1) == u"-"_s ? 0 : m.captured(1).toInt();
    date.month = m.captured(2).toInt();
    date.day = m.captured(3).toInt();
    if (date.month < 1 || date.month > 12 || date.day < 1 || date.day > 31)
        return std::nullopt;
    if (date.year > 0 && !QDate(date.year, date.month, date.day).isValid())
        return std::nullopt;
    return date;
}

void applyFields(const ArticleFields &f, bulletin::ParsedArticle &a)
{
    a.kicker = f.kicker;
    a.headline = f.headline;
    a.subtitle = f.subtitle;
    a.dateline = f.dateline;
    a.date = parsePartialDate(f.date).value_or(bulletin::PartialDate{});
    a.byline = f.byline;
    a.authors = f.authors;
    a.paragraphs = f.body.split(u"\n\n"_s, Qt::SkipEmptyParts);
    for (bulletin::Section &section : a.sections)
        section.firstParagraph = std::min(section.firstParagraph, a.paragraphs.size());
}

QString machineText(const bulletin::ParsedArticle &article)
{
    return article.headline + u'\n' + article.body();
}

bool applyPageEdit(const PageEdit &edit, QList<bulletin::ParsedArticle> &articles)
{
    if (edit.seq < 0 || edit.seq >= articles.size())
        return false;
    const auto k = qsizetype(edit.seq);
    if (edit.op == PageEdit::Op::Split) {
        bulletin::ParsedArticle &first = articles[k];
        const auto p = qsizetype(edit.paragraph);
        if (p <= 0 || p >= first.paragraphs.size())
            return false;
        // The second part takes what ends an article (byline, onward marker); the first keeps what
        // heads it (kicker, headline, dateline, date, the marker it continues from).
        bulletin::ParsedArticle second;
        second.paragraphs = first.paragraphs.mid(p);
        first.paragraphs.resize(p);
        QList<bulletin::Section> kept;
        for (const bulletin::Section &s : std::as_const(first.sections)) {
            if (s.firstParagraph < p)
                kept << s;
            else
                second.sections << bulletin::Section{s.subheading, s.firstParagraph - p};
        }
        first.sections = kept;
        second.byline = std::exchange(first.byline, QString());
        if (!second.byline.isEmpty()) // the byline's names go with it
            second.authors = std::exchange(first.authors, {});
        second.continuedTo = std::exchange(first.continuedTo, QString());
        second.continuedToMarker = std::exchange(first.continuedToMarker, QString());
        second.date = first.date;
        articles.insert(k + 1, second);
        return true;
    }
    if (k + 1 >= articles.size())
        return false;
    const bulletin::ParsedArticle second = articles.takeAt(k + 1);
    bulletin::ParsedArticle &first = articles[k];
    const qsizetype base = first.paragraphs.size();
    first.paragraphs << second.paragraphs;
    for (const bulletin::Section &s : second.sections)
        first.sections << bulletin::Section{s.subheading, s.firstParagraph + base};
    if (first.byline.isEmpty())
        first.byline = second.byline;
    for (const QString &author : second.authors) {
        if (!first.authors.contains(author))
            first.authors << author;
    }
    first.continuedTo = second.continuedTo;
    first.continuedToMarker = second.continuedToMarker;
    for (const QString &w : second.warnings) {
        if (!first.warnings.contains(w))
            first.warnings << w;
    }
    return true;
}

ReviewOverlay::ReviewOverlay(const QSqlDatabase &db)
    : m_db(db)
    , m_pageEdits(db)
    , m_currentFields(db)
    , m_tagOverrides(db)
{
    m_pageEdits.setForwardOnly(true);
    m_pageEdits.prepare(
        u"SELECT op, seq, paragraph FROM page_edits WHERE page_id = ? AND orphaned = 0 ORDER BY id"_s);
    m_currentFields.setForwardOnly(true);
    m_currentFields.prepare(
        u"SELECT r.rev, r.fields FROM review_items i JOIN article_revisions r ON r.item_id = i.id "
        "WHERE i.page_id = ? AND i.seq = ? AND i.orphaned = 0 ORDER BY r.rev DESC LIMIT 1"_s);
    m_tagOverrides.setForwardOnly(true);
    m_tagOverrides.prepare(
        u"SELECT t.kind, t.name, t.action FROM review_items i JOIN tag_overrides t ON t.item_id = i.id "
        "WHERE i.page_id = ? AND i.seq = ? AND i.orphaned = 0"_s);
}

bool ReviewOverlay::fail(const QSqlQuery &query)
{
    m_error = query.lastError().text();
    return false;
}

bool ReviewOverlay::pageEdits(qint64 pageId, QList<PageEdit> *edits)
{
    edits->clear();
    QSqlQuery &q = m_pageEdits;
    q.bindValue(0, pageId);
    if (!q.exec())
        return fail(q);
    while (q.next()) {
        PageEdit e;
        e.op = q.value(0).toString() == u"merge"_s ? PageEdit::Op::Merge : PageEdit::Op::Split;
        e.seq = q.value(1).toInt();
        e.paragraph = q.value(2).toInt();
        edits->append(e);
    }
    q.finish();
    return true;
}

bool ReviewOverlay::currentFields(qint64 pageId, int seq, std::optional<ArticleFields> *fields)
{
    fields->reset();
    QSqlQuery &q = m_currentFields;
    q.bindValue(0, pageId);
    q.bindValue(1, seq);
    if (!q.exec())
        return fail(q);
    // Revision 0 alone is the machine's parse: nothing to apply.
    if (q.next() && q.value(0).toInt() > 0)
        *fields = ArticleFields::fromJson(QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object());
    q.finish();
    return true;
}

bool ReviewOverlay::applyTagOverrides(qint64 articleId, qint64 pageId, int seq)
{
    QSqlQuery &q = m_tagOverrides;
    q.bindValue(0, pageId);
    q.bindValue(1, seq);
    if (!q.exec())
        return fail(q);
    struct Override
    {
        QString kind, name;
        bool add;
    };
    QList<Override> overrides;
    while (q.next())
        overrides << Override{q.value(0).toString(), q.value(1).toString(),
                              q.value(2).toString() == u"add"_s};
    q.finish();
    for (const Override &o : std::as_const(overrides)) {
        QSqlQuery w(m_db);
        if (o.kind == u"zone"_s) {
            if (!o.add) {
                w.prepare(
                    u"DELETE FROM article_zones WHERE article_id = ? AND zone_id IN (SELECT id FROM zones "
                    "WHERE name = ? UNION SELECT z.id FROM zones z JOIN zones t ON t.id = z.merged_into "
                    "WHERE t.name = ?)"_s);
                w.addBindValue(articleId);
                w.addBindValue(o.name);
                w.addBindValue(o.name);
                if (!w.exec())
                    return fail(w);
                continue;
            }
            // A zone the registry does not know yet is added as confirmed: an editor vouched for it.
            w.prepare(u"INSERT OR IGNORE INTO zones (name, status) VALUES (?, 'confirmed')"_s);
            w.addBindValue(o.name);
            if (!w.exec())
                return fail(w);
            w.prepare(u"INSERT OR REPLACE INTO article_zones (article_id, zone_id, role, as_written) "
                      "SELECT ?, coalesce(merged_into, id), 'primary', name FROM zones WHERE name = ?"_s);
            w.addBindValue(articleId);
            w.addBindValue(o.name);
        } else if (o.kind == u"city"_s) {
            w.prepare(
                o.add
                    ? u"INSERT OR IGNORE INTO article_places (article_id, kind, name) VALUES (?, 'city', ?)"_s
                    : u"DELETE FROM article_places WHERE article_id = ? AND kind = 'city' AND name = ?"_s);
            w.addBindValue(articleId);
            w.addBindValue(o.name);
        } else {
            // A manual theme gets the top score: the editor is sure of it.
            w.prepare(
                o.add
                    ? u"INSERT OR REPLACE INTO article_themes (article_id, theme, score) VALUES (?, ?, 1.0)"_s
                    : u"DELETE FROM article_themes WHERE article_id = ? AND theme = ?"_s);
            w.addBindValue(articleId);
            w.addBindValue(o.name);
        }
        if (!w.exec())
            return fail(w);
    }
    return true;
}

} // namespace za::library
