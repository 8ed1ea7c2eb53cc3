#pragma once

#include <QSqlDatabase>
#include <QString>

#include <map>

struct sqlite3;

namespace za::search {
struct SearchResult;
}

namespace za::search::test {

// An in-memory library with the tokenizer registered and every migration applied, as
// za::library's Database would open it; closed and removed on destruction.
class TestLibrary final
{
public:
    TestLibrary();
    ~TestLibrary();
    Q_DISABLE_COPY_MOVE(TestLibrary)

    QSqlDatabase &db() { return m_db; }
    const QString &error() const { return m_error; } // empty when the library is usable

    // Inserts one article (page and source created as needed) and returns its id, or -1.
    qint64 addArticle(const QString &headline, const QString &body,
                      const QString &date = QStringLiteral("2023-05-12"), const QString &kicker = {});

private:
    QString m_name;
    QSqlDatabase m_db;
    QString m_error;
};

// Each row an FTS5 MATCH expression matches and its occurrences (head ones counted headWeight times), as
// the scan function za_scan reports them; countBytes = false walks the positions one by one (xPhraseNext),
// true counts them from the position lists' bytes. Empty when the statement fails (a test failure).
std::map<qint64, double> scanRows(sqlite3 *db, const QString &match, double headWeight, bool countBytes);

// Both results succeeded with the same total and the same hits in the same order, scores included.
void expectSameHits(const SearchResult &a, const SearchResult &b);

} // namespace za::search::test
