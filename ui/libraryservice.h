#pragma once

#include "library/maintenance.h"
#include "library/records.h"
#include "search/searchengine.h"
#include "ui/reviewtypes.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QThread>
#include <QTimer>

#include <optional>

namespace za::ui {

class LibraryWorker;

// The GUI's only door to the engine. Every request runs on one worker thread that owns its own
// library connection; results come back as signals. Each request kind carries a generation number and
// a result whose generation is no longer the latest is dropped, so a slow answer never overwrites a
// newer one. (Imports run elsewhere: see ImportService.)
class LibraryService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibraryService)

public:
    explicit LibraryService(QObject *parent = nullptr);
    ~LibraryService() override;

    void open(const QString &path);
    // Re-reads what may have changed (after an import): statistics, article list, completions.
    void refresh();
    void requestArticle(qint64 id);
    // Several whole articles at once, for the compare view.
    void requestArticles(const QList<qint64> &ids);
    // A new search: hits from offset 0 plus facet counts. Supersedes every earlier search.
    void search(search::SearchRequest request);
    // A search on its own channel (e.g. one side of a set comparison): it supersedes only earlier
    // searches of the same channel, and its answer comes as channelSearchFinished.
    void searchOnChannel(int channel, search::SearchRequest request);
    // More hits of the current search (lazy scrolling).
    void fetchMore(int offset, int limit);
    // Review (issue 7). Writes answer with reviewWritten; the service then re-runs the current search and
    // reloads the issues' progress; views reload the article they show.
    void requestReview(qint64 id);
    void setReviewStatus(qint64 id, library::ReviewStatus status, const QString &reviewer);
    void addNote(qint64 id, const QString &text, const QString &author, qsizetype from = -1,
                 qsizetype to = -1);
    void correct(qint64 id, const library::FieldCorrection &correction, const QString &author,
                 const QString &comment);
    void restoreRevision(qint64 id, int number, const QString &author);
    void setTag(qint64 id, library::TagKind kind, const QString &name, bool add, const QString &author);
    void requestRevisions(qint64 id);
    void searchNotes(const QString &query);
    void requestIssueProgress();
    void checkIssue(const library::IssueSelector &issue);
    void decideReprint(qint64 a, qint64 b, const QString &decision, const QString &editor);
    // Moves a paragraph of article id to the target article of the same issue (answers with reviewWritten).
    void moveParagraph(qint64 id, int paragraph, qint64 target, int position, const QString &author,
                       const QString &comment = {});
    // The articles of the issue article id is in (answers with issueArticlesReady).
    void requestIssueArticles(qint64 id);
    // Writes an issue's review report; format "pdf", "csv" or "json" (answers with reviewReportExported).
    void exportReviewReport(const za::library::IssueSelector &issue, const QString &path,
                            const QString &format);

    // The original text of a stored source file, as imported.
    void requestSource(qint64 sourceId);

    // Keeping the library safe (issue 8); the work runs on the worker thread, except the structural check
    // after an unclean exit, which has a thread and connection of its own so that searching goes on.
    void backup(const QString &target);
    void checkLibrary();
    void quickCheckInBackground();
    // Closes the library, puts the backup in its place (the replaced file is kept) and opens it again.
    void restoreBackup(const QString &backupPath);
    // Rebuilds derived data from the stored sources; a file SQLite finds damaged is salvaged first.
    void rebuild();
    // Other programs writing to the library (zonearchive-cli import) are noticed by polling SQLite's
    // data_version; 0 stops polling.
    void setChangePollInterval(int milliseconds);
    // When another program writes, the search on screen is re-run at once if it took at most this long,
    // else once the writes pause: in a large library each re-run reloads the facet data (seconds), and
    // an import commits every second.
    void setLiveRefreshLimit(double milliseconds) { m_liveRefreshLimitMs = milliseconds; }

    const QString &path() const { return m_path; }
    bool isOpen() const { return m_open; }
    const library::LibraryStats &stats() const { return m_stats; }

Q_SIGNALS:
    // created: the file did not exist before; the application seeds it with the sample bulletin.
    void opened(const QString &path, bool created);
    // damaged: SQLite reports the file as damaged; restoring a backup or a rebuild may help.
    void openFailed(const QString &path, const QString &error, bool damaged);
    void statsChanged(const za::library::LibraryStats &stats);
    void summariesReady(const QList<za::library::ArticleSummary> &summaries);
    void articleReady(const za::library::ArticleRecord &article);
    void articlesReady(const QList<za::library::ArticleRecord> &articles);
    void articleMissing(qint64 id);
    void searchFinished(const za::search::SearchResult &result);
    void moreHits(const za::search::SearchResult &result, int offset);
    void channelSearchFinished(int channel, const za::search::SearchResult &result);
    void completionsReady(const QList<za::library::CompletionEntry> &entries);
    void sourceReady(qint64 sourceId, const QString &text, const QString &encoding);
    void reviewReady(const za::ui::ArticleReviewInfo &info);
    void reviewWritten(qint64 id, bool ok, const QString &error);
    void revisionsReady(qint64 id, const QList<za::library::Revision> &revisions);
    void notesFound(const QList<za::library::ReviewNote> &notes);
    void issueProgressReady(const QList<za::library::IssueProgress> &progress);
    void issueChecked(const za::library::IssueSelector &issue, const QList<za::library::IssueCheck> &checks,
                      const QString &error);
    void issueArticlesReady(qint64 id, const QList<za::library::ArticleSummary> &articles);
    void reviewReportExported(const QString &path, bool ok, const QString &error);
    void busyChanged(bool busy);
    void backupFinished(const QString &path, bool ok, const QString &message);
    // damaged: SQLite itself finds the file broken (restore a backup or salvage), not only derived data.
    void libraryChecked(const QStringList &problems, bool damaged);
    void maintenanceProgress(int done, int total);
    void recoveryFinished(bool ok, const QString &message);
    // Another program committed changes; statistics are new, the current search has been re-run.
    void changedElsewhere();

    // Internal: queued to the worker.
    void workerOpen(const QString &path);
    void workerBackup(const QString &target);
    void workerCheckLibrary();
    void workerRestoreBackup(const QString &path, const QString &backupPath);
    void workerRebuild(const QString &path);
    void workerSetChangePollInterval(int milliseconds);
    void workerLoadSummaries(quint64 generation);
    void workerLoadArticle(quint64 generation, qint64 id);
    void workerLoadArticles(quint64 generation, const QList<qint64> &ids);
    void workerSearch(const za::search::SearchRequest &request);
    void workerFetchPage(const za::search::SearchRequest &request);
    void workerLoadCompletions();
    void workerLoadSource(qint64 sourceId);
    void workerLoadReview(qint64 id);
    void workerSetReviewStatus(qint64 id, int status, const QString &reviewer);
    void workerAddNote(qint64 id, const QString &text, const QString &author, qsizetype from, qsizetype to);
    void workerCorrect(qint64 id, const za::library::FieldCorrection &correction, const QString &author,
                       const QString &comment);
    void workerRestoreRevision(qint64 id, int number, const QString &author);
    void workerSetTag(qint64 id, int kind, const QString &name, bool add, const QString &author);
    void workerLoadRevisions(qint64 id);
    void workerSearchNotes(const QString &query);
    void workerLoadIssueProgress();
    void workerCheckIssue(const za::library::IssueSelector &issue);
    void workerDecideReprint(qint64 a, qint64 b, const QString &decision, const QString &editor);
    void workerMoveParagraph(qint64 id, int paragraph, qint64 target, int position, const QString &author,
                             const QString &comment);
    void workerLoadIssueArticles(qint64 id);
    void workerExportReviewReport(const za::library::IssueSelector &issue, const QString &path,
                                  const QString &format);

private:
    void onOpened(const QString &path, bool ok, const QString &error, const za::library::LibraryStats &stats,
                  bool created, bool damaged);
    void onSummaries(quint64 generation, const QList<za::library::ArticleSummary> &summaries,
                     const za::library::LibraryStats &stats);
    void onArticle(quint64 generation, qint64 id, const std::optional<za::library::ArticleRecord> &article);
    void onArticles(quint64 generation, const QList<za::library::ArticleRecord> &articles);
    void onSearched(const za::search::SearchResult &result);
    void onPageFetched(const za::search::SearchResult &result, int offset);
    void setPending(int delta);
    void connectReview();
    void connectMaintenance();
    void onChangedElsewhere(const za::library::LibraryStats &stats);
    // Article summaries (issue browser), review progress and completion names.
    void reloadLists();

    QThread m_thread;
    LibraryWorker *m_worker = nullptr;
    QString m_path;
    bool m_open = false;
    library::LibraryStats m_stats;
    search::SearchRequest m_lastSearch;
    bool m_hasSearch = false;
    quint64 m_summaryGeneration = 0;
    quint64 m_articleGeneration = 0;
    quint64 m_articlesGeneration = 0;
    quint64 m_searchGeneration = 0;
    // Request ids of channel searches: the high bits carry the channel, so one worker slot serves all.
    QHash<int, quint64> m_channelGenerations;
    static constexpr int kChannelShift = 48;
    int m_pending = 0;
    // Lists (issue tree, completions) are reloaded once another program's writes have paused.
    QTimer *m_listReload = nullptr;
    // So is a slow search on screen (see setLiveRefreshLimit()).
    QTimer *m_searchRefresh = nullptr;
    double m_liveRefreshLimitMs = 500;
    double m_lastSearchMs = 0;
};

} // namespace za::ui
