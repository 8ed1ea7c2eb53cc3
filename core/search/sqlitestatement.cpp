#include "search/sqlitestatement.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace za::search {

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

sqlite3 *openSecondConnection(sqlite3 *connection, int flags)
{
    const char *file = connection ? sqlite3_db_filename(connection, "main") : nullptr;
    sqlite3 *second = nullptr;
    if (!file || !*file || sqlite3_open_v2(file, &second, flags, nullptr) != SQLITE_OK) {
        sqlite3_close(second); // a handle is returned even when opening fails
        return nullptr;
    }
    return second;
}

void StatementFinalizer::operator()(sqlite3_stmt *statement) const
{
    sqlite3_finalize(statement); // accepts null
}

OwnedStatement prepareStatement(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) != SQLITE_OK) {
        sqlite3_finalize(statement);
        return nullptr;
    }
    return OwnedStatement(statement);
}

SqliteStatement::SqliteStatement(const QSqlDatabase &db, const char *sql)
    : m_db(sqliteHandle(db))
{
    if (!m_db) {
        m_error = u"the database is not an open QSQLITE connection"_s;
        return;
    }
    if (sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr) != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
    }
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

void SqliteStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
}

void SqliteStatement::bind(int index, double value)
{
    sqlite3_bind_double(m_statement, index, value);
}

void SqliteStatement::bind(int index, const QString &text)
{
    // As UTF-16, like QSqlQuery: SQLite converts it the way it converts every other text of the library
    // (which matters for FTS5 rows, whose text must equal the view's). utf16() of a null QString is "".
    sqlite3_bind_text16(m_statement, index, text.utf16(), int(text.size() * 2), SQLITE_TRANSIENT);
}

void SqliteStatement::bind(int index, const QByteArray &blob)
{
    m_held.push_back(blob);
    const QByteArray &held = m_held.back();
    sqlite3_bind_blob(m_statement, index, held.constData(), int(held.size()), SQLITE_STATIC);
}

void SqliteStatement::bindText(int index, const QByteArray &utf8)
{
    m_held.push_back(utf8);
    const QByteArray &held = m_held.back();
    sqlite3_bind_text(m_statement, index, held.constData(), int(held.size()), SQLITE_STATIC);
}

void SqliteStatement::bind(int index, const std::optional<double> &value)
{
    if (value)
        sqlite3_bind_double(m_statement, index, *value);
    else
        sqlite3_bind_null(m_statement, index);
}

void SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index);
}

bool SqliteStatement::exec()
{
    if (!m_statement) {
        if (m_error.isEmpty())
            m_error = u"the statement could not be prepared"_s;
        return false;
    }
    int rc = SQLITE_ROW;
    while (rc == SQLITE_ROW)
        rc = sqlite3_step(m_statement);
    const bool ok = rc == SQLITE_DONE;
    if (!ok)
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
    reset();
    return ok;
}

SqliteStatement::Step SqliteStatement::step()
{
    if (!m_statement) {
        if (m_error.isEmpty())
            m_error = u"the statement could not be prepared"_s;
        return Step::Error;
    }
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return Step::Row;
    if (rc == SQLITE_DONE)
        return Step::Done;
    m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
    reset();
    return Step::Error;
}

qint64 SqliteStatement::int64At(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

bool SqliteStatement::isNullAt(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

QString SqliteStatement::textAt(int column) const
{
    const auto *text = static_cast<const char16_t *>(sqlite3_column_text16(m_statement, column));
    return text ? QString::fromUtf16(text, sqlite3_column_bytes16(m_statement, column) / 2) : QString();
}

void SqliteStatement::reset()
{
    if (!m_statement)
        return;
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    m_held.clear();
}

qint64 SqliteStatement::lastInsertId() const
{
    return m_db ? sqlite3_last_insert_rowid(m_db) : 0;
}

} // namespace za::search
