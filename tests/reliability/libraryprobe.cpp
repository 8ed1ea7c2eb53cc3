#include "libraryprobe.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace za::reliability {

LibraryProbe::LibraryProbe(const QString &path)
    : m_library(std::make_unique<library::Library>(path))
{}

LibraryProbe::~LibraryProbe() = default;

bool LibraryProbe::open(QString *error)
{
    return m_library->open(library::OpenMode::OpenExisting, error);
}

FileState LibraryProbe::state(const QString &file, int expectedArticles) const
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return FileState::Partial;
    const QString sha =
        QString::fromLatin1(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex());
    QSqlQuery query(m_library->database().connection());
    query.prepare(u"SELECT id FROM sources WHERE sha256 = ?"_s);
    query.addBindValue(sha);
    if (!query.exec())
        return FileState::Partial;
    if (!query.next()) {
        // No source: nothing of the file may exist (pages point at sources, so no page can either).
        return FileState::Absent;
    }
    const qint64 sourceId = query.value(0).toLongLong();
    query.prepare(u"SELECT id FROM pages WHERE source_id = ?"_s);
    query.addBindValue(sourceId);
    if (!query.exec() || !query.next())
        return FileState::Partial;
    const qint64 pageId = query.value(0).toLongLong();
    query.prepare(u"SELECT count(*) FROM articles WHERE page_id = ?"_s);
    query.addBindValue(pageId);
    if (!query.exec() || !query.next())
        return FileState::Partial;
    const int articles = query.value(0).toInt();
    if (expectedArticles < 0 ? articles > 0 : articles == expectedArticles)
        return FileState::Complete;
    return FileState::Partial;
}

qint64 LibraryProbe::count(const QString &table) const
{
    // The table name comes from the test's own constants, never from input.
    QSqlQuery query(m_library->database().connection());
    if (!query.exec(u"SELECT count(*) FROM "_s + table) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

QStringList LibraryProbe::check() const
{
    QStringList problems = m_library->check();
    // FTS5's own check of an external-content index against its content (rank 1): the index and the
    // articles table agree. Library::check() does not run it (yet).
    QSqlQuery query(m_library->database().connection());
    if (!query.exec(u"INSERT INTO article_fts(article_fts, rank) VALUES ('integrity-check', 1)"_s))
        problems << u"full-text index: "_s + query.lastError().text();
    return problems;
}

QHash<QString, int> articlesByFile(const QJsonObject &importJson)
{
    QHash<QString, int> result;
    const QJsonArray files = importJson.value(u"files"_s).toArray();
    for (const QJsonValue &value : files) {
        const QJsonObject file = value.toObject();
        result.insert(file.value(u"path"_s).toString(), file.value(u"articles"_s).toInt());
    }
    return result;
}

const char *stateName(FileState state)
{
    switch (state) {
    case FileState::Absent:
        return "absent";
    case FileState::Complete:
        return "complete";
    case FileState::Partial:
        return "PARTIAL";
    }
    return "?";
}

} // namespace za::reliability
