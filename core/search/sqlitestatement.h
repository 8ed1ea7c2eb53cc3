#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace za::search {

// The sqlite3 handle behind an open QSQLITE connection, or nullptr.
sqlite3 *sqliteHandle(const QSqlDatabase &db);

// Another connection to the file behind `connection` (`flags` as for sqlite3_open_v2), for work on a
// thread of its own; nullptr when there is no file (an in-memory library) or it cannot be opened.
sqlite3 *openSecondConnection(sqlite3 *connection, int flags);

// A statement prepared on a bare sqlite3 handle, finalized when it goes; null when it does not
// compile (the handle's sqlite3_errmsg says why).
struct StatementFinalizer
{
    void operator()(sqlite3_stmt *statement) const;
};
using OwnedStatement = std::unique_ptr<sqlite3_stmt, StatementFinalizer>;
OwnedStatement prepareStatement(sqlite3 *db, const char *sql);

// A prepared statement on the sqlite3 handle behind a QSQLITE connection, for statements run once per
// article or more during an import. QSqlQuery builds a placeholder name (a QString) and a QVariant for
// every bound value, which cost a tenth of an import. Values are bound, never spliced into SQL; UTF-8
// text and blobs are held by this object until the next exec().
class SqliteStatement final
{
    Q_DISABLE_COPY_MOVE(SqliteStatement)

public:
    SqliteStatement(const QSqlDatabase &db, const char *sql);
    ~SqliteStatement();

    bool isValid() const { return m_statement != nullptr; }

    // Placeholders are numbered from 1, as in SQLite.
    void bind(int index, qint64 value);
    void bind(int index, double value);
    void bind(int index, const QString &text); // a null QString binds '' (columns are NOT NULL)
    void bind(int index, const QByteArray &blob);
    void bindText(int index, const QByteArray &utf8);         // text that is UTF-8 already
    void bind(int index, const std::optional<double> &value); // nullopt binds NULL
    void bindNull(int index);

    // Runs the statement to its end, then resets it and clears the bindings.
    bool exec();

    // A query's rows, one step at a time; reset() ends the run (and clears the bindings), as an error does.
    enum class Step { Row, Done, Error };
    Step step();
    qint64 int64At(int column) const; // columns are numbered from 0, as in SQLite
    bool isNullAt(int column) const;
    QString textAt(int column) const;
    void reset();

    qint64 lastInsertId() const;
    const QString &lastError() const { return m_error; }

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    std::vector<QByteArray> m_held; // bound text and blobs, alive until the statement ran
    QString m_error;
};

} // namespace za::search
