#include "library/review.h"

#include "compare/passages.h"
#include "library/articlewriter.h"
#include "library/library.h"
#include "library/sqlvalues.h"
#include "library/zonestore.h"
#include "places/analyzer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace za::library {

namespace {

QString tr(const char *text, const char *comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("za::library", text, comment, n);
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

QString jsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QStringList stringList(const QString &json)
{
    QStringList list;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &v : array)
        list << v.toString();
    return list;
}

// LIKE pattern matching the text literally anywhere ('\' escapes).
QString containsPattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(u"\\"_s, u"\\\\"_s).replace(u"%"_s, u"\\%"_s).replace(u"_"_s, u"\\_"_s);
    return u"%"_s + escaped + u"%"_s;
}

} // namespace

QString reviewStatusName(ReviewStatus status)
{
    switch (status) {
    case ReviewStatus::Unreviewed:
        return u"unreviewed"_s;
    case ReviewStatus::Approved:
        return u"approved"_s;
    case ReviewStatus::NeedsChanges:
        return u"needs_changes"_s;
    }
    return {};
}

bool reviewStatusFromName(QStringView name, ReviewStatus *status)
{
    for (ReviewStatus s : {ReviewStatus::Unreviewed, ReviewStatus::Approved, ReviewStatus::NeedsChanges}) {
        if (name == reviewStatusName(s)) {
            *status = s;
            return true;
        }
    }
    return false;
}

QString tagKindName(TagKind kind)
{
    switch (kind) {
    case TagKind::Zone:
        return u"zone"_s;
    case TagKind::City:
        return u"city"_s;
    case TagKind::Theme:
        return u"theme"_s;
    }
    return {};
}

struct ReviewStore::Private
{
    explicit Private(Library &l)
        : library(l)
        , db(l.database().connection())
    {}

    ArticleWriter &writer()
    {
        // The analyser loads the gazetteer: only built when a change needs the article re-tagged.
        if (!articleWriter) {
            analyzer = ZoneStore(db).createAnalyzer();
            articleWriter = std::make_unique<ArticleWriter>(db, *analyzer);
        }
        return *articleWriter;
    }

    // A new revision with the corrected fields, inside the caller's transaction; returns its number
    // (the current one when nothing changed, -1 on failure).
    int revise(qint64 articleId, const FieldCorrection &correction, const QString &author,
               const QString &comment, QString *error);

    Library &library;
    QSqlDatabase db;
    std::unique_ptr<places::Analyzer> analyzer;
    std::unique_ptr<ArticleWriter> articleWriter;
};

namespace {

struct ArticleKey
{
    qint64 pageId = 0;
    int seq = 0;
};

// One transaction around a change; rolls back unless committed.
class Transaction final
{
public:
    explicit Transaction(QSqlDatabase db)
        : m_db(std::move(db))
        , m_active(QSqlQuery(m_db).exec(u"BEGIN IMMEDIATE"_s))
    {}
    ~Transaction()
    {
        if (m_active)
            m_db.rollback();
    }
    Q_DISABLE_COPY_MOVE(Transaction)
    bool active() const { return m_active; }
    bool commit()
    {
        m_active = false;
        return m_db.commit();
    }

private:
    QSqlDatabase m_db;
    bool m_active;
};

} // namespace

ReviewStore::ReviewStore(Library &library)
    : d(std::make_unique<Private>(library))
{}

ReviewStore::~ReviewStore() = default;

// The helpers below are file-local lambdas in each method would repeat; they set m_error themselves.
namespace {

bool failWith(QString *error, const QSqlQuery &query)
{
    *error = query.lastError().text();
    return false;
}

std::optional<ArticleKey> keyOf(const QSqlDatabase &db, qint64 articleId, QString *error)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT page_id, seq FROM articles WHERE id = ?"_s);
    q.addBindValue(articleId);
    if (!q.exec()) {
        failWith(error, q);
        return std::nullopt;
    }
    if (!q.next()) {
        *error = tr("no article %1").arg(articleId);
        return std::nullopt;
    }
    return ArticleKey{q.value(0).toLongLong(), q.value(1).toInt()};
}

std::optional<qint64> itemOf(const QSqlDatabase &db, const ArticleKey &key, QString *error)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT id FROM review_items WHERE page_id = ? AND seq = ? AND orphaned = 0"_s);
    q.addBindValue(key.pageId);
    q.addBindValue(key.seq);
    if (!q.exec()) {
        failWith(error, q);
        return std::nullopt;
    }
    return q.next() ? q.value(0).toLongLong() : 0;
}

std::optional<ArticleFields> rowFields(const QSqlDatabase &db, qint64 articleId, QString *error)
{
    QSqlQuery q(db);
    q.prepare(
        u"SELECT kicker, headline, subtitle, dateline, coalesce(date, ''), byline, authors, za_text(body) "
        "FROM articles WHERE id = ?"_s);
    q.addBindValue(articleId);
    if (!q.exec() || !q.next()) {
        *error = q.lastError().isValid() ? q.lastError().text() : tr("no article %1").arg(articleId);
        return std::nullopt;
    }
    return ArticleFields{q.value(0).toString(),
                         q.value(1).toString(),
                         q.value(2).toString(),
                         q.value(3).toString(),
                         q.value(4).toString(),
                         q.value(5).toString(),
                         stringList(q.value(6).toString()),
                         q.value(7).toString()};
}

// The item of an article, created on first use with the article's text as the machine wrote it (an
// article without an item has no corrections, so its row is the machine's text).
qint64 ensureItem(const QSqlDatabase &db, qint64 articleId, QString *error)
{
    const auto key = keyOf(db, articleId, error);
    if (!key)
        return 0;
    const auto existing = itemOf(db, *key, error);
    if (!existing)
        return 0;
    if (*existing)
        return *existing;
    const auto fields = rowFields(db, articleId, error);
    if (!fields)
        return 0;
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO review_items (page_id, seq, machine_text) VALUES (?, ?, ?)"_s);
    q.addBindValue(key->pageId);
    q.addBindValue(key->seq);
    q.addBindValue(QString(fields->headline + u'\n' + fields->body));
    if (!q.exec())
        return failWith(error, q), 0;
    return q.lastInsertId().toLongLong();
}

std::optional<qint64> articleAt(const QSqlDatabase &db, qint64 pageId, int seq)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT id FROM articles WHERE page_id = ? AND seq = ?"_s);
    q.addBindValue(pageId);
    q.addBindValue(seq);
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return std::nullopt;
}

QList<Revision> loadRevisions(const QSqlDatabase &db, qint64 itemId)
{
    QList<Revision> list;
    QSqlQuery q(db);
    q.prepare(u"SELECT rev, fields, author, created_at, comment FROM article_revisions WHERE item_id = ? "
              "ORDER BY rev"_s);
    q.addBindValue(itemId);
    if (!q.exec())
        return list;
    while (q.next()) {
        Revision r;
        r.number = q.value(0).toInt();
        r.fields = ArticleFields::fromJson(QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object());
        r.author = q.value(2).toString();
        r.createdAt = q.value(3).toString();
        r.comment = q.value(4).toString();
        list << r;
    }
    return list;
}

bool insertRevision(const QSqlDatabase &db, qint64 itemId, int number, const ArticleFields &fields,
                    const QString &author, const QString &comment, QString *error)
{
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO article_revisions (item_id, rev, fields, author, created_at, comment) "
              "VALUES (?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(itemId);
    q.addBindValue(number);
    q.addBindValue(jsonText(fields.toJson()));
    q.addBindValue(nonNull(author));
    q.addBindValue(now());
    q.addBindValue(nonNull(comment));
    return q.exec() || failWith(error, q);
}

// Shifts the stable keys (items, pairs) of a page's articles after position `after` by delta, in two
// steps through negative positions so that no intermediate state breaks a unique key.
bool shiftKeys(const QSqlDatabase &db, qint64 pageId, int after, int delta, QString *error)
{
    const QList<std::pair<QString, QString>> statements = {
        {u"UPDATE review_items SET seq = -(seq + ?) - 1 WHERE page_id = ? AND seq > ? AND orphaned = 0"_s,
         u"UPDATE review_items SET seq = -seq - 1 WHERE page_id = ? AND seq < 0 AND orphaned = 0"_s},
        {u"UPDATE reprint_pairs SET seq_a = -(seq_a + ?) - 1 WHERE page_a = ? AND seq_a > ?"_s,
         u"UPDATE reprint_pairs SET seq_a = -seq_a - 1 WHERE page_a = ? AND seq_a < 0"_s},
        {u"UPDATE reprint_pairs SET seq_b = -(seq_b + ?) - 1 WHERE page_b = ? AND seq_b > ?"_s,
         u"UPDATE reprint_pairs SET seq_b = -seq_b - 1 WHERE page_b = ? AND seq_b < 0"_s},
    };
    for (const auto &[first, second] : statements) {
        QSqlQuery q(db);
        q.prepare(first);
        q.addBindValue(delta);
        q.addBindValue(pageId);
        q.addBindValue(after);
        if (!q.exec())
            return failWith(error, q);
        q.prepare(second);
        q.addBindValue(pageId);
        if (!q.exec())
            return failWith(error, q);
    }
    return true;
}

} // namespace

bool ReviewStore::setStatus(qint64 articleId, ReviewStatus status, const QString &reviewer)
{
    Transaction t(d->db);
    const qint64 item = ensureItem(d->db, articleId, &m_error);
    if (!item)
        return false;
    QSqlQuery q(d->db);
    q.prepare(u"UPDATE review_items SET status = ?, reviewer = ?, reviewed_at = ? WHERE id = ?"_s);
    q.addBindValue(reviewStatusName(status));
    q.addBindValue(nonNull(reviewer));
    q.addBindValue(now());
    q.addBindValue(item);
    if (!q.exec())
        return failWith(&m_error, q);
    return t.commit();
}

std::optional<ReviewState> ReviewStore::state(qint64 articleId)
{
    const auto key = keyOf(d->db, articleId, &m_error);
    if (!key)
        return std::nullopt;
    ReviewState state;
    QSqlQuery q(d->db);
    q.prepare(u"SELECT i.status, i.reviewer, coalesce(i.reviewed_at, ''), "
              "(SELECT count(*) FROM article_revisions r WHERE r.item_id = i.id AND r.rev > 0) "
              "FROM review_items i WHERE i.page_id = ? AND i.seq = ? AND i.orphaned = 0"_s);
    q.addBindValue(key->pageId);
    q.addBindValue(key->seq);
    if (!q.exec()) {
        failWith(&m_error, q);
        return std::nullopt;
    }
    if (q.next()) {
        reviewStatusFromName(q.value(0).toString(), &state.status);
        state.reviewer = q.value(1).toString();
        state.reviewedAt = q.value(2).toString();
        state.revisions = q.value(3).toInt();
    }
    return state;
}

QList<IssueProgress> ReviewStore::issueProgress(const QString &bulletin)
{
    QList<IssueProgress> list;
    QSqlQuery q(d->db);
    q.setForwardOnly(true);
    q.prepare(
        u"SELECT a.bulletin, a.issue_date, a.issue_no, count(*), "
        "coalesce(sum(i.status = 'approved'), 0), coalesce(sum(i.status = 'needs_changes'), 0) "
        "FROM articles a LEFT JOIN review_items i ON i.page_id = a.page_id AND i.seq = a.seq "
        "AND i.orphaned = 0 WHERE ? = '' OR a.bulletin = ? "
        "GROUP BY a.bulletin, a.issue_date, a.issue_no ORDER BY a.bulletin, a.issue_date, a.issue_no"_s);
    q.addBindValue(nonNull(bulletin));
    q.addBindValue(nonNull(bulletin));
    if (!q.exec()) {
        failWith(&m_error, q);
        return list;
    }
    while (q.next()) {
        list << IssueProgress{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                              q.value(3).toInt(),    q.value(4).toInt(),    q.value(5).toInt()};
    }
    return list;
}

qint64 ReviewStore::addNote(qint64 articleId, const QString &text, const QString &author,
                            std::optional<std::pair<qsizetype, qsizetype>> range)
{
    if (text.trimmed().isEmpty()) {
        m_error = tr("empty note");
        return 0;
    }
    Transaction t(d->db);
    QString quote;
    if (range) {
        const auto fields = rowFields(d->db, articleId, &m_error);
        if (!fields)
            return 0;
        if (range->first < 0 || range->second <= range->first || range->second > fields->body.size()) {
            m_error = tr("passage %1-%2 is outside the article's body (%3 characters)")
                          .arg(range->first)
                          .arg(range->second)
                          .arg(fields->body.size());
            return 0;
        }
        quote = fields->body.mid(range->first, range->second - range->first);
    }
    const qint64 item = ensureItem(d->db, articleId, &m_error);
    if (!item)
        return 0;
    QSqlQuery q(d->db);
    q.prepare(u"INSERT INTO review_notes (item_id, range_from, range_to, quote, text, author, created_at) "
              "VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(item);
    q.addBindValue(range ? QVariant(qint64(range->first)) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(range ? QVariant(qint64(range->second)) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(nonNull(quote));
    q.addBindValue(text);
    q.addBindValue(nonNull(author));
    q.addBindValue(now());
    if (!q.exec())
        return failWith(&m_error, q), 0;
    const qint64 id = q.lastInsertId().toLongLong();
    return t.commit() ? id : 0;
}

bool ReviewStore::removeNote(qint64 noteId)
{
    QSqlQuery q(d->db);
    q.prepare(u"DELETE FROM review_notes WHERE id = ?"_s);
    q.addBindValue(noteId);
    if (!q.exec())
        return failWith(&m_error, q);
    if (q.numRowsAffected() < 1) {
        m_error = tr("no note %1").arg(noteId);
        return false;
    }
    return true;
}

namespace {

constexpr auto kNoteSql = "SELECT n.id, coalesce(a.id, 0), coalesce(a.headline, substr(i.machine_text, 1, "
                          "instr(i.machine_text || char(10), char(10)) - 1)), n.range_from, n.range_to, "
                          "n.quote, n.text, n.author, n.created_at FROM review_notes n "
                          "JOIN review_items i ON i.id = n.item_id LEFT JOIN articles a ON i.orphaned = 0 "
                          "AND a.page_id = i.page_id AND a.seq = i.seq ";

QList<ReviewNote> readNotes(QSqlQuery &q)
{
    QList<ReviewNote> list;
    while (q.next()) {
        ReviewNote n;
        n.id = q.value(0).toLongLong();
        n.articleId = q.value(1).toLongLong();
        n.headline = q.value(2).toString();
        if (!q.value(3).isNull()) {
            n.from = q.value(3).toLongLong();
            n.to = q.value(4).toLongLong();
        }
        n.quote = q.value(5).toString();
        n.text = q.value(6).toString();
        n.author = q.value(7).toString();
        n.createdAt = q.value(8).toString();
        list << n;
    }
    return list;
}

} // namespace

QList<ReviewNote> ReviewStore::notes(qint64 articleId)
{
    const auto key = keyOf(d->db, articleId, &m_error);
    if (!key)
        return {};
    QSqlQuery q(d->db);
    q.prepare(QString::fromLatin1(kNoteSql) +
              u"WHERE i.page_id = ? AND i.seq = ? AND i.orphaned = 0 ORDER BY n.id"_s);
    q.addBindValue(key->pageId);
    q.addBindValue(key->seq);
    if (!q.exec())
        return failWith(&m_error, q), QList<ReviewNote>{};
    return readNotes(q);
}

QList<ReviewNote> ReviewStore::searchNotes(const QString &query)
{
    QSqlQuery q(d->db);
    q.prepare(QString::fromLatin1(kNoteSql) +
              u"WHERE n.text LIKE ? ESCAPE '\\' OR n.quote LIKE ? ESCAPE '\\' ORDER BY n.id"_s);
    const QString pattern = containsPattern(query);
    q.addBindValue(pattern);
    q.addBindValue(pattern);
    if (!q.exec())
        return failWith(&m_error, q), QList<ReviewNote>{};
    return readNotes(q);
}

int ReviewStore::correct(qint64 articleId, const FieldCorrection &c, const QString &author,
                         const QString &comment)
{
    if (c.date && !parsePartialDate(*c.date)) {
        m_error = tr("a date is YYYY-MM-DD or --MM-DD, not %1").arg(*c.date);
        return -1;
    }
    Transaction t(d->db);
    if (!t.active()) {
        m_error = d->db.lastError().text();
        return -1;
    }
    const int number = d->revise(articleId, c, author, comment, &m_error);
    if (number < 0)
        return -1;
    if (!t.commit()) {
        m_error = d->db.lastError().text();
        return -1;
    }
    return number;
}

int ReviewStore::Private::revise(qint64 articleId, const FieldCorrection &c, const QString &author,
                                 const QString &comment, QString *error)
{
    const auto current = rowFields(db, articleId, error);
    if (!current)
        return -1;
    const qint64 item = ensureItem(db, articleId, error);
    if (!item)
        return -1;
    const QList<Revision> existing = loadRevisions(db, item);
    ArticleFields fields = *current;
    const auto set = [](auto &field, const auto &value) {
        if (value)
            field = *value;
    };
    set(fields.kicker, c.kicker);
    set(fields.headline, c.headline);
    set(fields.subtitle, c.subtitle);
    set(fields.dateline, c.dateline);
    set(fields.date, c.date);
    set(fields.byline, c.byline);
    set(fields.authors, c.authors);
    set(fields.body, c.body);
    if (fields == *current)
        return existing.isEmpty() ? 0 : existing.constLast().number;
    // The machine's parse becomes revision 0 the first time anything is corrected.
    if (existing.isEmpty() && !insertRevision(db, item, 0, *current, tr("machine"), {}, error))
        return -1;
    const int number = existing.isEmpty() ? 1 : existing.constLast().number + 1;
    if (!insertRevision(db, item, number, fields, author, comment, error))
        return -1;
    // The derived row follows at once: the FTS triggers re-index it, the analyser re-tags it.
    QSqlQuery q(db);
    const auto date = parsePartialDate(fields.date).value_or(bulletin::PartialDate{});
    q.prepare(
        u"UPDATE articles SET kicker = ?, headline = ?, subtitle = ?, dateline = ?, date = ?, year = ?, "
        "month = ?, byline = ?, authors = ?, body = za_pack(?) WHERE id = ?"_s);
    q.addBindValue(nonNull(fields.kicker));
    q.addBindValue(nonNull(fields.headline));
    q.addBindValue(nonNull(fields.subtitle));
    q.addBindValue(nonNull(fields.dateline));
    q.addBindValue(textOrNull(fields.date));
    q.addBindValue(date.year > 0 ? QVariant(date.year) : QVariant(QMetaType(QMetaType::Int)));
    q.addBindValue(date.month > 0 ? QVariant(date.month) : QVariant(QMetaType(QMetaType::Int)));
    q.addBindValue(nonNull(fields.byline));
    q.addBindValue(QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(fields.authors)).toJson(QJsonDocument::Compact)));
    q.addBindValue(nonNull(fields.body));
    q.addBindValue(articleId);
    if (!q.exec())
        return failWith(error, q), -1;
    q.prepare(u"DELETE FROM article_authors WHERE article_id = ?"_s);
    q.addBindValue(articleId);
    if (!q.exec())
        return failWith(error, q), -1;
    for (const QString &name : std::as_const(fields.authors)) {
        q.prepare(u"INSERT OR IGNORE INTO article_authors (article_id, name) VALUES (?, ?)"_s);
        q.addBindValue(articleId);
        q.addBindValue(nonNull(name));
        if (!q.exec())
            return failWith(error, q), -1;
    }
    if (!writer().reanalyze(articleId)) {
        *error = writer().lastError();
        return -1;
    }
    return number;
}

QList<Revision> ReviewStore::revisions(qint64 articleId)
{
    const auto key = keyOf(d->db, articleId, &m_error);
    if (!key)
        return {};
    const auto item = itemOf(d->db, *key, &m_error);
    return item && *item ? loadRevisions(d->db, *item) : QList<Revision>{};
}

std::optional<Revision> ReviewStore::revision(qint64 articleId, int number)
{
    const QList<Revision> all = revisions(articleId);
    for (const Revision &r : all) {
        if (r.number == number)
            return r;
    }
    if (number == 0 && all.isEmpty()) {
        if (auto current = currentRevision(articleId))
            return current;
    }
    m_error = tr("article %1 has no revision %2").arg(articleId).arg(number);
    return std::nullopt;
}

std::optional<Revision> ReviewStore::currentRevision(qint64 articleId)
{
    const QList<Revision> all = revisions(articleId);
    if (!all.isEmpty())
        return all.constLast();
    const auto fields = rowFields(d->db, articleId, &m_error);
    if (!fields)
        return std::nullopt;
    return Revision{0, *fields, tr("machine"), {}, {}};
}

int ReviewStore::restore(qint64 articleId, int number, const QString &author)
{
    const auto old = revision(articleId, number);
    if (!old)
        return -1;
    const ArticleFields &f = old->fields;
    FieldCorrection c{f.kicker, f.headline, f.subtitle, f.dateline, f.date, f.byline, f.authors, f.body};
    return correct(articleId, c, author, tr("restored revision %1").arg(number));
}

bool ReviewStore::setTag(qint64 articleId, TagKind kind, const QString &name, bool add, const QString &author)
{
    if (name.trimmed().isEmpty()) {
        m_error = tr("empty tag");
        return false;
    }
    Transaction t(d->db);
    const qint64 item = ensureItem(d->db, articleId, &m_error);
    if (!item)
        return false;
    QSqlQuery q(d->db);
    q.prepare(u"INSERT OR REPLACE INTO tag_overrides (item_id, kind, name, action, author, created_at) "
              "VALUES (?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(item);
    q.addBindValue(tagKindName(kind));
    q.addBindValue(name.trimmed());
    q.addBindValue(add ? u"add"_s : u"remove"_s);
    q.addBindValue(nonNull(author));
    q.addBindValue(now());
    if (!q.exec())
        return failWith(&m_error, q);
    if (!d->writer().reanalyze(articleId)) {
        m_error = d->writer().lastError();
        return false;
    }
    return t.commit();
}

bool ReviewStore::clearTagOverride(qint64 articleId, TagKind kind, const QString &name)
{
    Transaction t(d->db);
    const auto key = keyOf(d->db, articleId, &m_error);
    if (!key)
        return false;
    QSqlQuery q(d->db);
    q.prepare(u"DELETE FROM tag_overrides WHERE kind = ? AND name = ? AND item_id = "
              "(SELECT id FROM review_items WHERE page_id = ? AND seq = ? AND orphaned = 0)"_s);
    q.addBindValue(tagKindName(kind));
    q.addBindValue(name);
    q.addBindValue(key->pageId);
    q.addBindValue(key->seq);
    if (!q.exec())
        return failWith(&m_error, q);
    if (!d->writer().reanalyze(articleId)) {
        m_error = d->writer().lastError();
        return false;
    }
    return t.commit();
}

QList<TagOverride> ReviewStore::tagOverrides(qint64 articleId)
{
    QList<TagOverride> list;
    const auto key = keyOf(d->db, articleId, &m_error);
    if (!key)
        return list;
    QSqlQuery q(d->db);
    q.prepare(u"SELECT t.kind, t.name, t.action, t.author, t.created_at FROM tag_overrides t "
              "JOIN review_items i ON i.id = t.item_id WHERE i.page_id = ? AND i.seq = ? AND i.orphaned = 0 "
              "ORDER BY t.kind, t.name"_s);
    q.addBindValue(key->pageId);
    q.addBindValue(key->seq);
    if (!q.exec())
        return failWith(&m_error, q), list;
    while (q.next()) {
        const QString kind = q.value(0).toString();
        TagOverride o;
        o.kind = kind == u"zone"_s ? TagKind::Zone : kind == u"city"_s ? TagKind::City : TagKind::Theme;
        o.name = q.value(1).toString();
        o.add = q.value(2).toString() == u"add"_s;
        o.author = q.value(3).toString();
        o.createdAt = q.value(4).toString();
        list << o;
    }
    return list;
}

namespace {

// A structural edit only applies to the machine's paragraphs: refuse it on a corrected body.
bool bodyCorrected(const QSqlDatabase &db, const ArticleKey &key, QString *error)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT r0.fields, rn.fields FROM review_items i "
              "JOIN article_revisions r0 ON r0.item_id = i.id AND r0.rev = 0 "
              "JOIN article_revisions rn ON rn.item_id = i.id AND rn.rev = "
              "(SELECT max(rev) FROM article_revisions WHERE item_id = i.id) "
              "WHERE i.page_id = ? AND i.seq = ? AND i.orphaned = 0"_s);
    q.addBindValue(key.pageId);
    q.addBindValue(key.seq);
    if (!q.exec() || !q.next())
        return false;
    const auto body = [](const QVariant &v) {
        return QJsonDocument::fromJson(v.toString().toUtf8()).object().value(u"body"_s).toString();
    };
    if (body(q.value(0)) == body(q.value(1)))
        return false;
    *error = tr("the article's body is corrected: split or merge before correcting the text");
    return true;
}

bool refreshMachineText(const QSqlDatabase &db, qint64 pageId, int seq, QString *error)
{
    QSqlQuery q(db);
    q.prepare(
        u"UPDATE review_items SET machine_text = (SELECT headline || char(10) || za_text(body) FROM articles "
        "WHERE page_id = ? AND seq = ?) WHERE page_id = ? AND seq = ? AND orphaned = 0 "
        "AND NOT EXISTS (SELECT 1 FROM article_revisions r WHERE r.item_id = review_items.id)"_s);
    q.addBindValue(pageId);
    q.addBindValue(seq);
    q.addBindValue(pageId);
    q.addBindValue(seq);
    return q.exec() || failWith(error, q);
}

// Pairs of an article whose text a structural edit changes are found again by the next reprint pass.
bool dropPairs(const QSqlDatabase &db, qint64 pageId, int seq, QString *error)
{
    QSqlQuery q(db);
    q.prepare(u"DELETE FROM reprint_pairs WHERE (page_a = ? AND seq_a = ?) OR (page_b = ? AND seq_b = ?)"_s);
    q.addBindValue(pageId);
    q.addBindValue(seq);
    q.addBindValue(pageId);
    q.addBindValue(seq);
    return q.exec() || failWith(error, q);
}

bool insertPageEdit(const QSqlDatabase &db, qint64 pageId, const QString &op, int seq, int paragraph,
                    const QString &author, QString *error)
{
    QSqlQuery q(db);
    q.prepare(
        u"INSERT INTO page_edits (page_id, op, seq, paragraph, author, created_at) VALUES (?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(pageId);
    q.addBindValue(op);
    q.addBindValue(seq);
    q.addBindValue(paragraph);
    q.addBindValue(nonNull(author));
    q.addBindValue(now());
    return q.exec() || failWith(error, q);
}

} // namespace

std::optional<qint64> ReviewStore::split(qint64 articleId, int paragraph, const QString &author)
{
    Transaction t(d->db);
    const auto key = keyOf(d->db, articleId, &m_error);
    const auto fields = rowFields(d->db, articleId, &m_error);
    if (!key || !fields || bodyCorrected(d->db, *key, &m_error))
        return std::nullopt;
    const qsizetype paragraphs = fields->body.split(u"\n\n"_s, Qt::SkipEmptyParts).size();
    if (paragraph <= 0 || paragraph >= paragraphs) {
        m_error = tr("an article of %n paragraph(s) can be split before paragraph 1 to %1", nullptr,
                     int(paragraphs))
                      .arg(paragraphs - 1);
        return std::nullopt;
    }
    if (!dropPairs(d->db, key->pageId, key->seq, &m_error) ||
        !insertPageEdit(d->db, key->pageId, u"split"_s, key->seq, paragraph, author, &m_error) ||
        !shiftKeys(d->db, key->pageId, key->seq, 1, &m_error))
        return std::nullopt;
    if (!d->writer().rewritePage(key->pageId)) {
        m_error = d->writer().lastError();
        return std::nullopt;
    }
    if (!refreshMachineText(d->db, key->pageId, key->seq, &m_error))
        return std::nullopt;
    const auto second = articleAt(d->db, key->pageId, key->seq + 1);
    if (!second || !t.commit()) {
        m_error = tr("the split did not produce a second article");
        return std::nullopt;
    }
    return second;
}

std::optional<qint64> ReviewStore::mergeWithNext(qint64 articleId, const QString &author)
{
    Transaction t(d->db);
    const auto key = keyOf(d->db, articleId, &m_error);
    if (!key || bodyCorrected(d->db, *key, &m_error))
        return std::nullopt;
    if (!articleAt(d->db, key->pageId, key->seq + 1)) {
        m_error = tr("the article is the last on its page");
        return std::nullopt;
    }
    if (bodyCorrected(d->db, ArticleKey{key->pageId, key->seq + 1}, &m_error))
        return std::nullopt;
    // The second article's own work (notes, status) is kept as unmatched work for the editor.
    QSqlQuery q(d->db);
    q.prepare(
        u"UPDATE review_items SET orphaned = 1, orphaned_at = ? WHERE page_id = ? AND seq = ? AND orphaned = 0"_s);
    q.addBindValue(now());
    q.addBindValue(key->pageId);
    q.addBindValue(key->seq + 1);
    if (!q.exec())
        return failWith(&m_error, q), std::nullopt;
    if (!dropPairs(d->db, key->pageId, key->seq, &m_error) ||
        !dropPairs(d->db, key->pageId, key->seq + 1, &m_error) ||
        !insertPageEdit(d->db, key->pageId, u"merge"_s, key->seq, 0, author, &m_error) ||
        !shiftKeys(d->db, key->pageId, key->seq + 1, -1, &m_error))
        return std::nullopt;
    if (!d->writer().rewritePage(key->pageId)) {
        m_error = d->writer().lastError();
        return std::nullopt;
    }
    if (!refreshMachineText(d->db, key->pageId, key->seq, &m_error))
        return std::nullopt;
    const auto merged = articleAt(d->db, key->pageId, key->seq);
    if (!merged || !t.commit())
        return std::nullopt;
    return merged;
}

namespace {

struct IssueOf
{
    QString bulletin;
    QString issueNo;
    QString issueDate;
    QString headline;
    friend bool sameIssue(const IssueOf &a, const IssueOf &b)
    {
        return a.bulletin == b.bulletin && a.issueNo == b.issueNo && a.issueDate == b.issueDate;
    }
};

std::optional<IssueOf> issueOfArticle(const QSqlDatabase &db, qint64 articleId, QString *error)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT bulletin, issue_no, issue_date, headline FROM articles WHERE id = ?"_s);
    q.addBindValue(articleId);
    if (!q.exec()) {
        failWith(error, q);
        return std::nullopt;
    }
    if (!q.next()) {
        *error = tr("no article %1").arg(articleId);
        return std::nullopt;
    }
    return IssueOf{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                   q.value(3).toString()};
}

QStringList paragraphsOf(const QString &body)
{
    return body.split(u"\n\n"_s, Qt::SkipEmptyParts);
}

} // namespace

std::optional<ParagraphMove> ReviewStore::moveParagraph(qint64 articleId, int paragraph, qint64 targetId,
                                                        int position, const QString &author,
                                                        const QString &comment)
{
    if (articleId == targetId) {
        m_error = tr("a paragraph is moved to another article, not to the one it is in");
        return std::nullopt;
    }
    Transaction t(d->db);
    if (!t.active()) {
        m_error = d->db.lastError().text();
        return std::nullopt;
    }
    const auto sourceIssue = issueOfArticle(d->db, articleId, &m_error);
    const auto targetIssue = sourceIssue ? issueOfArticle(d->db, targetId, &m_error) : std::nullopt;
    if (!sourceIssue || !targetIssue)
        return std::nullopt;
    // The parser only confuses articles printed together; across issues this is a mistake.
    if (!sameIssue(*sourceIssue, *targetIssue)) {
        m_error = tr("article %1 is not in the same issue as article %2").arg(targetId).arg(articleId);
        return std::nullopt;
    }
    const auto source = rowFields(d->db, articleId, &m_error);
    const auto target = source ? rowFields(d->db, targetId, &m_error) : std::nullopt;
    if (!source || !target)
        return std::nullopt;
    QStringList from = paragraphsOf(source->body);
    QStringList to = paragraphsOf(target->body);
    if (paragraph < 0 || paragraph >= from.size()) {
        m_error = tr("article %1 has paragraphs 0 to %2, not %3")
                      .arg(articleId)
                      .arg(from.size() - 1)
                      .arg(paragraph);
        return std::nullopt;
    }
    if (from.size() == 1) {
        m_error = tr("the article's only paragraph cannot be moved (merge the articles instead)");
        return std::nullopt;
    }
    if (position > to.size()) {
        m_error = tr("article %1 has %n paragraph(s): the position is 0 to %n (after the last)", nullptr,
                     int(to.size()))
                      .arg(targetId);
        return std::nullopt;
    }
    const int at = position < 0 ? int(to.size()) : position;
    to.insert(at, from.takeAt(paragraph));
    const QString note = comment.isEmpty() ? QString() : u"; "_s + comment;
    FieldCorrection sourceFix;
    sourceFix.body = from.join(u"\n\n"_s);
    FieldCorrection targetFix;
    targetFix.body = to.join(u"\n\n"_s);
    ParagraphMove move;
    move.targetParagraph = at;
    move.sourceRevision =
        d->revise(articleId, sourceFix, author,
                  tr("paragraph %1 moved to article %2 “%3”")
                          .arg(QString::number(paragraph), QString::number(targetId), targetIssue->headline) +
                      note,
                  &m_error);
    if (move.sourceRevision < 0)
        return std::nullopt;
    move.targetRevision = d->revise(targetId, targetFix, author,
                                    tr("paragraph %1 of article %2 “%3” moved here as paragraph %4")
                                            .arg(QString::number(paragraph), QString::number(articleId),
                                                 sourceIssue->headline, QString::number(at)) +
                                        note,
                                    &m_error);
    if (move.targetRevision < 0)
        return std::nullopt;
    if (!t.commit()) {
        m_error = d->db.lastError().text();
        return std::nullopt;
    }
    return move;
}

QList<ArticleSummary> ReviewStore::issueArticles(qint64 articleId)
{
    QList<ArticleSummary> list;
    const auto issue = issueOfArticle(d->db, articleId, &m_error);
    if (!issue)
        return list;
    QSqlQuery q(d->db);
    q.setForwardOnly(true);
    q.prepare(
        u"SELECT id, bulletin, issue_date, issue_no, page, kicker, headline, coalesce(date, ''), authors, "
        "json_array_length(warnings) FROM articles WHERE bulletin = ? AND issue_no = ? AND issue_date = ? "
        "ORDER BY page, seq"_s);
    q.addBindValue(issue->bulletin);
    q.addBindValue(issue->issueNo);
    q.addBindValue(issue->issueDate);
    if (!q.exec())
        return failWith(&m_error, q), list;
    while (q.next()) {
        ArticleSummary s;
        s.id = q.value(0).toLongLong();
        s.bulletin = q.value(1).toString();
        s.issueDate = q.value(2).toString();
        s.issueNo = q.value(3).toString();
        s.page = q.value(4).toString();
        s.kicker = q.value(5).toString();
        s.headline = q.value(6).toString();
        s.date = q.value(7).toString();
        s.authors = stringList(q.value(8).toString());
        s.warningCount = q.value(9).toInt();
        list << s;
    }
    return list;
}

QList<UnmatchedWork> ReviewStore::unmatched()
{
    QList<UnmatchedWork> list;
    QSqlQuery q(d->db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT i.id, i.page_id, p.bulletin, p.issue_date, p.issue_no, p.page, "
                "substr(i.machine_text, 1, instr(i.machine_text || char(10), char(10)) - 1), "
                "coalesce(i.orphaned_at, ''), i.status, "
                "(SELECT count(*) FROM article_revisions r WHERE r.item_id = i.id AND r.rev > 0), "
                "(SELECT count(*) FROM review_notes n WHERE n.item_id = i.id), "
                "(SELECT count(*) FROM tag_overrides t WHERE t.item_id = i.id) "
                "FROM review_items i JOIN pages p ON p.id = i.page_id WHERE i.orphaned = 1 ORDER BY i.id"_s))
        return failWith(&m_error, q), list;
    while (q.next()) {
        UnmatchedWork w;
        w.itemId = q.value(0).toLongLong();
        w.pageId = q.value(1).toLongLong();
        w.bulletin = q.value(2).toString();
        w.issueDate = q.value(3).toString();
        w.issueNo = q.value(4).toString();
        w.page = q.value(5).toString();
        w.headline = q.value(6).toString();
        w.orphanedAt = q.value(7).toString();
        w.status = q.value(8).toString();
        w.revisions = q.value(9).toInt();
        w.notes = q.value(10).toInt();
        w.tagOverrides = q.value(11).toInt();
        list << w;
    }
    return list;
}

bool ReviewStore::reattach(qint64 itemId, qint64 articleId)
{
    Transaction t(d->db);
    const auto key = keyOf(d->db, articleId, &m_error);
    if (!key)
        return false;
    const auto existing = itemOf(d->db, *key, &m_error);
    if (!existing)
        return false;
    if (*existing) {
        m_error = tr("article %1 already has review work of its own").arg(articleId);
        return false;
    }
    QSqlQuery q(d->db);
    q.prepare(u"UPDATE review_items SET page_id = ?, seq = ?, orphaned = 0, orphaned_at = NULL, "
              "machine_text = (SELECT headline || char(10) || za_text(body) FROM articles WHERE id = ?) "
              "WHERE id = ? AND orphaned = 1"_s);
    q.addBindValue(key->pageId);
    q.addBindValue(key->seq);
    q.addBindValue(articleId);
    q.addBindValue(itemId);
    if (!q.exec())
        return failWith(&m_error, q);
    if (q.numRowsAffected() < 1) {
        m_error = tr("no unmatched work %1").arg(itemId);
        return false;
    }
    // The article is written again so that the reattached corrections and tags take effect.
    if (!d->writer().rewritePage(key->pageId)) {
        m_error = d->writer().lastError();
        return false;
    }
    return t.commit();
}

} // namespace za::library

namespace za::library {

namespace {

// How much of the old text is found in the new one (0..1); 1.0 for equal texts.
double containment(const QString &oldText, const QString &newText)
{
    if (oldText == newText)
        return 1.0;
    const QList<compare::SharedPassage> passages = compare::sharedPassages(newText, oldText, 8);
    return compare::sharedFraction(oldText, passages);
}

} // namespace

bool carryOverReviewWork(const QSqlDatabase &db, qint64 pageId,
                         const QList<bulletin::ParsedArticle> &articles, QStringList *warnings,
                         QString *error)
{
    struct Item
    {
        qint64 id;
        QString text;
    };
    QList<Item> items;
    QSqlQuery q(db);
    q.prepare(u"SELECT id, machine_text FROM review_items WHERE page_id = ? AND orphaned = 0 ORDER BY seq"_s);
    q.addBindValue(pageId);
    if (!q.exec())
        return failWith(error, q);
    while (q.next())
        items << Item{q.value(0).toLongLong(), q.value(1).toString()};

    q.prepare(u"UPDATE page_edits SET orphaned = 1 WHERE page_id = ? AND orphaned = 0"_s);
    q.addBindValue(pageId);
    if (!q.exec())
        return failWith(error, q);
    if (q.numRowsAffected() > 0)
        warnings->append(tr("%n split/merge correction(s) of this page could not be carried over to its new "
                            "version; split or merge again",
                            nullptr, q.numRowsAffected()));
    // Undecided reprint pairs are found again by the next reprint pass.
    q.prepare(u"DELETE FROM reprint_pairs WHERE decision = '' AND (page_a = ? OR page_b = ?)"_s);
    q.addBindValue(pageId);
    q.addBindValue(pageId);
    if (!q.exec())
        return failWith(error, q);
    if (items.isEmpty())
        return true;

    QStringList texts;
    for (const bulletin::ParsedArticle &a : articles)
        texts << machineText(a);
    // Best matches first, each new article taking at most one item's work: the work moves to the
    // article that contains most of the text it was done on (at least 60% of it).
    struct Candidate
    {
        double score;
        qsizetype item;
        qsizetype article;
    };
    std::vector<Candidate> candidates;
    for (qsizetype i = 0; i < items.size(); ++i) {
        for (qsizetype j = 0; j < texts.size(); ++j) {
            const double score = containment(items.at(i).text, texts.at(j));
            if (score >= 0.6)
                candidates.push_back({score, i, j});
        }
    }
    std::sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
        return a.score != b.score ? a.score > b.score
               : a.item != b.item ? a.item < b.item
                                  : a.article < b.article;
    });
    std::vector<qsizetype> target(std::size_t(items.size()), -1);
    std::vector<bool> taken(std::size_t(texts.size()), false);
    for (const Candidate &c : candidates) {
        if (target[std::size_t(c.item)] >= 0 || taken[std::size_t(c.article)])
            continue;
        target[std::size_t(c.item)] = c.article;
        taken[std::size_t(c.article)] = true;
    }
    q.prepare(u"UPDATE review_items SET orphaned = 1 WHERE page_id = ? AND orphaned = 0"_s);
    q.addBindValue(pageId);
    if (!q.exec())
        return failWith(error, q);
    const QString when = now();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const qsizetype j = target[std::size_t(i)];
        if (j >= 0) {
            q.prepare(u"UPDATE review_items SET seq = ?, machine_text = ?, orphaned = 0, orphaned_at = NULL "
                      "WHERE id = ?"_s);
            q.addBindValue(int(j));
            q.addBindValue(texts.at(j));
        } else {
            q.prepare(u"UPDATE review_items SET orphaned_at = ? WHERE id = ?"_s);
            q.addBindValue(when);
            const QString headline = items.at(i).text.section(u'\n', 0, 0);
            warnings->append(tr("review work on “%1” could not be matched to an article of the new version; "
                                "it is kept as unmatched work")
                                 .arg(headline.isEmpty() ? tr("(no headline)") : headline));
        }
        q.addBindValue(items.at(i).id);
        if (!q.exec())
            return failWith(error, q);
    }
    return true;
}

} // namespace za::library
