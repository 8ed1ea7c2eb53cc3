#pragma once

#include "library/library.h"
#include "ui/reviewtypes.h"

#include <QObject>
#include <QTimer>

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
    // Maintenance (definitions in librarymaintenance.cpp).
    void backup(const QString &target);
    void checkLibrary();
    void restoreBackup(const QString &path, const QString &backupPath);
    void rebuild(const QString &path);
    void setChangePollInterval(int milliseconds);
    void loadSummaries(quint64 generation);
    void loadArticle(quint64 generation, qint64 id);
    void search(const za::search::SearchRequest &request);
    void fetchPage(const za::search::SearchRequest &request);
    void loadCompletions();
    void loadSource(qint64 sourceId);
    void loadArticles(quint64 generation, const QList<qint64> &ids);

    // Review (issue 7): every write answers with reviewWritten, then the caller reloads what it shows.
    void loadReview(qint64 id);
    void setReviewStatus(qint64 id, int status, const QString &reviewer);
    void addNote(qint64 id, const QString &text, const QString &author, qsizetype from, qsizetype to);
    void correct(qint64 id, const za::library::FieldCorrection &correction, const QString &author,
                 const QString &comment);
    void restoreRevision(qint64 id, int number, const QString &author);
    void setTag(qint64 id, int kind, const QString &name, bool add, const QString &author);
    void loadRevisions(qint64 id);
    void searchNotes(const QString &query);
    void loadIssueProgress();
    void checkIssue(const za::library::IssueSelector &issue);
    void decideReprint(qint64 a, qint64 b, const QString &decision, const QString &editor);
    void moveParagraph(qint64 id, int paragraph, qint64 target, int position, const QString &author,
                       const QString &comment);
    void loadIssueArticles(qint64 id);
    // Builds the report here and writes it: "pdf" (printed on this thread: QTextDocument and QPdfWriter
    // need no widgets), "csv" or "json".
    void exportReviewReport(const za::library::IssueSelector &issue, const QString &path,
                            const QString &format);

Q_SIGNALS:
    void opened(const QString &path, bool ok, const QString &error, const za::library::LibraryStats &stats,
                bool created, bool damaged);
    void backupFinished(const QString &path, bool ok, const QString &message);
    void libraryChecked(const QStringList &problems, bool damaged);
    void maintenanceProgress(int done, int total);
    void recoveryFinished(bool ok, const QString &message);
    void changedElsewhere(const za::library::LibraryStats &stats);
    void summariesLoaded(quint64 generation, const QList<za::library::ArticleSummary> &summaries,
                         const za::library::LibraryStats &stats);
    void articleLoaded(quint64 generation, qint64 id,
                       const std::optional<za::library::ArticleRecord> &article);
    void searched(const za::search::SearchResult &result);
    void pageFetched(const za::search::SearchResult &result, int offset);
    void completionsLoaded(const QList<za::library::CompletionEntry> &entries);
    void sourceLoaded(qint64 sourceId, const QString &text, const QString &encoding);
    void articlesLoaded(quint64 generation, const QList<za::library::ArticleRecord> &articles);
    void reviewLoaded(const za::ui::ArticleReviewInfo &info);
    void reviewWritten(qint64 id, bool ok, const QString &error);
    void revisionsLoaded(qint64 id, const QList<za::library::Revision> &revisions);
    void notesFound(const QList<za::library::ReviewNote> &notes);
    void issueProgressLoaded(const QList<za::library::IssueProgress> &progress);
    void issueChecked(const za::library::IssueSelector &issue, const QList<za::library::IssueCheck> &checks,
                      const QString &error);
    void issueArticlesLoaded(qint64 id, const QList<za::library::ArticleSummary> &articles);
    void reviewReportExported(const QString &path, bool ok, const QString &error);

private:
    void pollForChanges();
    void closeLibrary();

    std::unique_ptr<library::Library> m_library;
    QTimer *m_changePoll = nullptr;
    qint64 m_dataVersion = -1;
    int m_pollInterval = 2000;
    std::unique_ptr<library::ReviewStore> m_review;
};

} // namespace za::ui
