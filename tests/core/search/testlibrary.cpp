#include "testlibrary.h"

#include "library/migrations.h"
#include "search/ftstokenizer.h"
#include "search/index.h"
#include "search/searchengine.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringBuilder>
#include <QVariant>

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <atomic>
#include <limits>

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
    q.prepare(
        u"INSERT INTO articles(page_id, seq, bulletin, issue_date, page, kicker, headline, date, year, "
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

std::map<qint64, double> scanRows(sqlite3 *db, const QString &match, double headWeight, bool countBytes)
{
    std::map<qint64, double> out;
    PhraseScan scan;
    scan.frequencies = true;
    scan.headWeight = headWeight;
    scan.countBytes = countBytes;
    scan.checkedRows = countBytes ? std::numeric_limits<int>::max() / 2 : 0; // no checking
    scan.visit = [&](qint64 rowid, double frequency) { out[rowid] += frequency; };
    sqlite3_stmt *statement = nullptr;
    EXPECT_EQ(sqlite3_prepare_v2(db,
                                 "SELECT za_scan(article_fts, ?2) FROM article_fts "
                                 "WHERE article_fts MATCH ?1 LIMIT 1",
                                 -1, &statement, nullptr),
              SQLITE_OK);
    const QByteArray utf8 = match.toUtf8();
    sqlite3_bind_text(statement, 1, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_STATIC);
    sqlite3_bind_pointer(statement, 2, &scan, kPhraseScanType, nullptr);
    while (sqlite3_step(statement) == SQLITE_ROW) {
    }
    EXPECT_EQ(sqlite3_finalize(statement), SQLITE_OK);
    return out;
}

void expectSameHits(const SearchResult &a, const SearchResult &b)
{
    ASSERT_TRUE(a.ok()) << a.error.toStdString();
    ASSERT_TRUE(b.ok()) << b.error.toStdString();
    EXPECT_EQ(a.total, b.total);
    ASSERT_EQ(a.hits.size(), b.hits.size());
    for (qsizetype i = 0; i < a.hits.size(); ++i) {
        EXPECT_EQ(a.hits[i].id, b.hits[i].id);
        EXPECT_FLOAT_EQ(float(a.hits[i].score), float(b.hits[i].score));
    }
}

} // namespace za::search::test
