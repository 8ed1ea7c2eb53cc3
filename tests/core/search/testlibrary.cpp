#include "testlibrary.h"

#include "library/migrations.h"
#include "search/index.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringBuilder>
#include <QVariant>

#include <atomic>

using namespace Qt::StringLiterals;

namespace za::search::test {

TestLibrary::TestLibrary()
{
    static std::atomic<int> counter{0};
    m_name = u"search-test-"_s % QString::number(counter++);
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
    m_db.setDatabaseName(u":memory:"_s);
    if (!m_db.open()) {
        m_error = m_db.lastError().text();
        return;
    }
    if (!registerExtensions(m_db, &m_error))
        return;
    QSqlQuery q(m_db);
    q.exec(u"PRAGMA foreign_keys = ON"_s);
    for (const library::Migration &m : library::migrations()) {
        for (const QString &statement : m.statements) {
            if (!q.exec(statement)) {
                m_error = u"migration %1: "_s.arg(m.version) % q.lastError().text() % u" in "_s % statement;
                return;
            }
        }
    }
}

TestLibrary::~TestLibrary()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

qint64 TestLibrary::addArticle(const QString &headline, const QString &body, const QString &date,
                               const QString &kicker)
{
    QSqlQuery q(m_db);
    q.exec(u"INSERT OR IGNORE INTO sources(id, sha256, file_name, content, encoding, byte_size, imported_at) "
           "VALUES (1, 'x', 'x', x'', 'UTF-8', 0, '2024-01-01')"_s);
    q.exec(u"INSERT OR IGNORE INTO pages(id, bulletin, source_id) VALUES (1, '简报', 1)"_s);
    q.prepare(u"INSERT INTO articles(page_id, seq, bulletin, issue_date, page, kicker, headline, date, year, "
              u"month, body) "
              "VALUES (1, (SELECT coalesce(max(seq) + 1, 0) FROM articles), '简报', ?, 'A1', ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(date);
    q.addBindValue(kicker.isNull() ? u""_s : kicker); // NOT NULL columns: a null QString binds as NULL
    q.addBindValue(headline.isNull() ? u""_s : headline);
    q.addBindValue(date);
    q.addBindValue(date.left(4).toInt());
    q.addBindValue(date.mid(5, 2).toInt());
    q.addBindValue(body);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return -1;
    }
    const qint64 id = q.lastInsertId().toLongLong();
    return Index::indexStoredArticle(m_db, id, &m_error) ? id : -1;
}

} // namespace za::search::test
