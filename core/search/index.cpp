#include "search/index.h"

#include "search/ftstokenizer.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

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

} // namespace za::search
