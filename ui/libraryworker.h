#pragma once

#include "library/library.h"

#include <QObject>

#include <memory>
#include <optional>

namespace za::ui {

// Lives on LibraryService's worker thread; owns that thread's library connection. Slots run there.
class LibraryWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibraryWorker)

public:
    LibraryWorker() = default;
    ~LibraryWorker() override;

    void open(const QString &path);
    void loadSummaries(quint64 generation);
    void loadArticle(quint64 generation, qint64 id);
    void search(const za::search::SearchRequest &request);
    void fetchPage(const za::search::SearchRequest &request);
    void loadCompletions();
    void loadSource(qint64 sourceId);
    void loadArticles(quint64 generation, const QList<qint64> &ids);

Q_SIGNALS:
    void opened(const QString &path, bool ok, const QString &error, const za::library::LibraryStats &stats,
                bool created);
    void summariesLoaded(quint64 generation, const QList<za::library::ArticleSummary> &summaries,
                         const za::library::LibraryStats &stats);
    void articleLoaded(quint64 generation, qint64 id,
                       const std::optional<za::library::ArticleRecord> &article);
    void searched(const za::search::SearchResult &result);
    void pageFetched(const za::search::SearchResult &result, int offset);
    void completionsLoaded(const QList<za::library::CompletionEntry> &entries);
    void sourceLoaded(qint64 sourceId, const QString &text, const QString &encoding);
    void articlesLoaded(quint64 generation, const QList<za::library::ArticleRecord> &articles);

private:
    std::unique_ptr<library::Library> m_library;
};

} // namespace za::ui
