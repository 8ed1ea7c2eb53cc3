#pragma once

#include <QSqlDatabase>
#include <QString>

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

} // namespace za::search::test
