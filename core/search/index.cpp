#include "search/index.h"

#include "search/ftstokenizer.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringBuilder>
#include <QVariant>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace za::search {

namespace {

bool exec(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    if (error)
        *error = query.lastError().text();
    return false;
}

} // namespace

bool registerExtensions(const QSqlDatabase &db, QString *error)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        if (error)
            *error = u"the database is not an open QSQLITE connection"_s;
        return false;
    }
    return registerExtensions(*static_cast<sqlite3 *const *>(handle.constData()), error);
}

bool Index::rebuild(QSqlDatabase &db, QString *error)
{
    return exec(db, u"INSERT INTO article_fts(article_fts) VALUES ('rebuild')"_s, error);
}

bool Index::optimize(QSqlDatabase &db, QString *error)
{
    return exec(db, u"INSERT INTO article_fts(article_fts) VALUES ('optimize')"_s, error);
}

bool Index::integrityCheck(QSqlDatabase &db, QString *error)
{
    // rank 1: also compare the index with the content of article_search.
    return exec(db, u"INSERT INTO article_fts(article_fts, rank) VALUES ('integrity-check', 1)"_s, error);
}

bool Index::indexStoredArticle(QSqlDatabase &db, qint64 articleId, QString *error)
{
    QSqlQuery query(db);
    query.prepare(u"INSERT INTO article_fts (rowid, head, body) SELECT id, head, body FROM article_search "
                  "WHERE id = ?"_s);
    query.addBindValue(articleId);
    if (query.exec())
        return true;
    if (error)
        *error = query.lastError().text();
    return false;
}

IndexWriter::IndexWriter(const QSqlDatabase &db)
    : m_insert(db, "INSERT INTO article_fts (rowid, head, body) VALUES (?1, ?2, ?3)")
{}

IndexWriter::~IndexWriter() = default;

QString IndexWriter::headText(const QString &kicker, const QString &headline)
{
    return kicker % u'\n' % headline;
}

QString IndexWriter::bodyText(const QString &dateline, const QString &subheadingsJson,
                              const QString &authorsJson, const QString &body)
{
    return dateline % u'\n' % subheadingsJson % u'\n' % authorsJson % u'\n' % body;
}

bool IndexWriter::add(qint64 articleId, const QString &head, const QString &body)
{
    m_insert.bind(1, articleId);
    m_insert.bind(2, head);
    m_insert.bind(3, body);
    return m_insert.exec();
}

bool IndexWriter::add(qint64 articleId, const PretokenizedColumn &head, const PretokenizedColumn &body)
{
    Q_ASSERT(head.valid && body.valid); // the caller adds invalid text as QString instead
    const PretokenizedScope scope({&head, &body});
    m_insert.bind(1, articleId);
    m_insert.bindText(2, head.utf8);
    m_insert.bindText(3, body.utf8);
    return m_insert.exec();
}

namespace {

// The triggers of schema 2 (without the insert trigger schema 5 dropped) that keep article_fts in step
// with articles.
constexpr QLatin1StringView kTriggerNames[] = {
    QLatin1StringView("articles_fts_delete"),
    QLatin1StringView("articles_fts_update"),
};

} // namespace

Index::BulkGuard::BulkGuard(QSqlDatabase &db)
    : m_db(db)
{
    sqlite3 *handle = sqliteHandle(m_db);
    if (!handle) {
        m_error = u"the database is not an open QSQLITE connection"_s;
        return;
    }
    m_ownTransactions = sqlite3_get_autocommit(handle) != 0;
    if (m_ownTransactions && !m_db.transaction()) {
        m_error = m_db.lastError().text();
        return;
    }
    const auto abandon = [this]() {
        if (m_ownTransactions)
            m_db.rollback();
    };
    {
        QSqlQuery q(m_db);
        if (!q.exec(
                u"SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = 'articles'"_s)) {
            m_error = q.lastError().text();
            abandon();
            return;
        }
        while (q.next()) {
            const QString name = q.value(0).toString();
            for (const QLatin1StringView known : kTriggerNames) {
                if (name == known)
                    m_triggers.append({name, q.value(1).toString()});
            }
        }
    }
    if (m_triggers.size() != static_cast<qsizetype>(std::size(kTriggerNames))) {
        m_error = u"the full-text triggers are missing (another bulk guard, or not schema 2)"_s;
        m_triggers.clear();
        abandon();
        return;
    }
    for (const auto &[name, sql] : std::as_const(m_triggers)) {
        Q_UNUSED(sql)
        // The names are our own constants (matched above), never user input.
        if (!exec(u"DROP TRIGGER main.\""_s % name % u"\""_s)) {
            abandon();
            return;
        }
    }
    if (m_ownTransactions && !m_db.commit()) {
        m_error = m_db.lastError().text();
        abandon();
        return;
    }
    m_active = true;
}

Index::BulkGuard::~BulkGuard()
{
    if (!m_active)
        return;
    QSqlQuery q(m_db);
    // After the caller's rollback the triggers are back: nothing to do.
    q.prepare(u"SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND name = ?"_s);
    q.addBindValue(QString(kTriggerNames[0]));
    const bool missing = q.exec() && q.next() && q.value(0).toInt() == 0;
    q.finish();
    if (missing)
        finish();
    else
        m_active = false;
}

bool Index::BulkGuard::exec(const QString &sql)
{
    QSqlQuery query(m_db);
    if (query.exec(sql))
        return true;
    m_error = query.lastError().text();
    return false;
}

bool Index::BulkGuard::commit(QString *error)
{
    const bool ok = finish();
    if (!ok && error)
        *error = m_error;
    return ok;
}

bool Index::BulkGuard::finish()
{
    if (!m_active) {
        if (m_error.isEmpty())
            m_error = u"the bulk guard is not active"_s;
        return false;
    }
    if (m_ownTransactions && !m_db.transaction()) {
        m_error = m_db.lastError().text();
        return false;
    }
    m_active = false;
    bool ok = exec(u"INSERT INTO article_fts (article_fts) VALUES ('rebuild')"_s);
    for (const auto &[name, sql] : std::as_const(m_triggers)) {
        Q_UNUSED(name)
        ok = ok && exec(sql);
    }
    if (m_ownTransactions) {
        if (ok && !m_db.commit()) {
            m_error = m_db.lastError().text();
            ok = false;
        }
        if (!ok) {
            m_db.rollback();
            m_active = true; // the triggers are still dropped: commit() (or the destructor) tries again
        }
    }
    return ok;
}

} // namespace za::search
