#pragma once

#include "library/database.h"
#include "library/records.h"
#include "search/searchengine.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace za::library {

// The engine's view of one library file: what it holds and how to read it. One instance per thread.
class Library final
{
    Q_DISABLE_COPY_MOVE(Library)

public:
    explicit Library(const QString &path);
    ~Library();

    bool open(OpenMode mode, QString *error);
    bool isOpen() const { return m_database.isOpen(); }
    const QString &path() const { return m_database.path(); }
    Database &database() { return m_database; }
    const Database &database() const { return m_database; }

    LibraryStats stats() const;

    // Articles in reading order: bulletin, issue date, issue number, page, position on the page.
    QList<qint64> articleIds() const;
    std::optional<ArticleRecord> article(qint64 id) const;
    QList<ArticleSummary> articleSummaries() const;
    QList<ArticleRecord> articles() const;

    // Ranked full-text search with facet counts (see za::search::SearchEngine).
    search::SearchResult search(const search::SearchRequest &request);

    // Names the search bar completes: zones, cities, counties, themes, authors, bulletins, with pinyin.
    QList<CompletionEntry> completions() const;

    // The zone registry with article counts.
    QList<ZoneRecord> zones() const;

    // The stored original bytes of a source file.
    std::optional<QByteArray> sourceContent(qint64 sourceId) const;

    // SQLite's integrity check plus the library's own invariants (every article has its page and
    // source, the full-text index covers exactly the articles). Empty = sound.
    QStringList check() const;

private:
    bool fillTags(ArticleRecord &record) const;

    Database m_database;
    std::unique_ptr<search::SearchEngine> m_searchEngine;
};

} // namespace za::library
