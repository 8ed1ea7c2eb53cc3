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

bool registerTokenizer(const QSqlDatabase &db, QString *error)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        if (error)
            *error = u"the database is not an open QSQLITE connection"_s;
        return false;
    }
    return registerTokenizer(*static_cast<sqlite3 *const *>(handle.constData()), error);
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

namespace {

// The triggers of schema 2 that keep article_fts in step with articles.
constexpr QLatin1StringView kTriggerNames[] = {
    QLatin1StringView("articles_fts_insert"),
    QLatin1StringView("articles_fts_delete"),
    QLatin1StringView("articles_fts_update"),
};

// Rows indexed before the guard leave the index before they change, with their text as it still
// stands (BEFORE triggers read it through article_search, the same view FTS5 reads); rows added or
// changed are indexed at commit. The UPDATE column list is that of schema 2's update trigger.
// Temporary triggers may write to the main database, and vanish with the connection.
constexpr QLatin1StringView
    kRemoveOld("INSERT INTO article_fts(article_fts, rowid, head, body) SELECT 'delete', id, head, body "
               "FROM article_search WHERE id = OLD.id AND NOT EXISTS (SELECT 1 FROM za_fts_pending p "
               "WHERE p.id = OLD.id);");
constexpr QLatin1StringView kUpdatedColumns("id, kicker, headline, subheadings, dateline, authors, body");

QStringList temporaryObjects()
{
    const QString removeOld = QString(kRemoveOld);
    const QString columns = QString(kUpdatedColumns);
    return {
        u"CREATE TEMP TABLE IF NOT EXISTS za_fts_pending (id INTEGER PRIMARY KEY)"_s,
        u"DELETE FROM za_fts_pending"_s,
        u"CREATE TEMP TRIGGER za_fts_bulk_insert AFTER INSERT ON main.articles BEGIN "
        "INSERT OR IGNORE INTO za_fts_pending (id) VALUES (NEW.id); END"_s,
        u"CREATE TEMP TRIGGER za_fts_bulk_delete BEFORE DELETE ON main.articles BEGIN "_s % removeOld %
            u" DELETE FROM za_fts_pending WHERE id = OLD.id; END"_s,
        u"CREATE TEMP TRIGGER za_fts_bulk_update_old BEFORE UPDATE OF "_s % columns %
            u" ON main.articles BEGIN "_s % removeOld % u" END"_s,
        u"CREATE TEMP TRIGGER za_fts_bulk_update_new AFTER UPDATE OF "_s % columns %
            u" ON main.articles BEGIN DELETE FROM za_fts_pending WHERE id = OLD.id; "
            "INSERT OR IGNORE INTO za_fts_pending (id) VALUES (NEW.id); END"_s,
    };
}

const QStringList &dropTemporaryObjects()
{
    static const QStringList statements = {
        u"DROP TRIGGER IF EXISTS temp.za_fts_bulk_insert"_s,
        u"DROP TRIGGER IF EXISTS temp.za_fts_bulk_delete"_s,
        u"DROP TRIGGER IF EXISTS temp.za_fts_bulk_update_old"_s,
        u"DROP TRIGGER IF EXISTS temp.za_fts_bulk_update_new"_s,
        u"DROP TABLE IF EXISTS temp.za_fts_pending"_s,
    };
    return statements;
}

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

} // namespace

Index::BulkGuard::BulkGuard(QSqlDatabase &db, Mode mode)
    : m_db(db)
    , m_mode(mode)
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
    if (m_mode == Mode::Incremental) {
        for (const QString &statement : dropTemporaryObjects() + temporaryObjects()) {
            if (!exec(statement)) {
                abandon();
                return;
            }
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
    // After the caller's rollback the triggers are back (and the temporary objects gone): nothing to do.
    q.prepare(u"SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND name = ?"_s);
    q.addBindValue(QString(kTriggerNames[0]));
    const bool missing = q.exec() && q.next() && q.value(0).toInt() == 0;
    q.finish();
    if (missing) {
        finish();
    } else {
        for (const QString &statement : dropTemporaryObjects())
            exec(statement);
        m_active = false;
    }
}

bool Index::BulkGuard::exec(const QString &sql)
{
    QSqlQuery query(m_db);
    if (query.exec(sql))
        return true;
    m_error = query.lastError().text();
    return false;
}

qint64 Index::BulkGuard::pendingCount() const
{
    if (!m_active || m_mode != Mode::Incremental)
        return 0;
    QSqlQuery q(m_db);
    return q.exec(u"SELECT count(*) FROM temp.za_fts_pending"_s) && q.next() ? q.value(0).toLongLong() : 0;
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
    bool rebuild = m_mode == Mode::Rebuild;
    if (!rebuild) {
        // Most rows new (a first import): re-reading everything is cheaper than a lookup per row.
        QSqlQuery q(m_db);
        qint64 pending = 0;
        qint64 indexed = 0;
        if (q.exec(u"SELECT (SELECT count(*) FROM temp.za_fts_pending), "
                   "(SELECT count(*) FROM article_fts_docsize)"_s) &&
            q.next()) {
            pending = q.value(0).toLongLong();
            indexed = q.value(1).toLongLong();
        }
        q.finish();
        rebuild = pending > indexed;
    }
    bool ok = true;
    if (!rebuild && m_mode == Mode::Incremental)
        ok = exec(u"INSERT INTO article_fts (rowid, head, body) SELECT id, head, body FROM article_search "
                  "WHERE id IN (SELECT id FROM temp.za_fts_pending ORDER BY id)"_s);
    ok = ok && (!rebuild || exec(u"INSERT INTO article_fts (article_fts) VALUES ('rebuild')"_s));
    for (const QString &statement : dropTemporaryObjects())
        ok = ok && exec(statement);
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
