#include "ui/libraryservice.h"

#include "ui/libraryworker.h"

namespace za::ui {

LibraryService::LibraryService(QObject *parent)
    : QObject(parent)
    , m_worker(new LibraryWorker)
{
    qRegisterMetaType<za::library::LibraryStats>();
    qRegisterMetaType<QList<za::library::ArticleSummary>>();
    qRegisterMetaType<std::optional<za::library::ArticleRecord>>();
    qRegisterMetaType<QList<za::library::ArticleRecord>>();
    qRegisterMetaType<QList<za::library::CompletionEntry>>();
    qRegisterMetaType<za::search::SearchRequest>();
    qRegisterMetaType<za::search::SearchResult>();

    m_thread.setObjectName(QStringLiteral("za-library"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(this, &LibraryService::workerOpen, m_worker, &LibraryWorker::open);
    connect(this, &LibraryService::workerLoadSummaries, m_worker, &LibraryWorker::loadSummaries);
    connect(this, &LibraryService::workerLoadArticle, m_worker, &LibraryWorker::loadArticle);
    connect(this, &LibraryService::workerLoadArticles, m_worker, &LibraryWorker::loadArticles);
    connect(this, &LibraryService::workerSearch, m_worker, &LibraryWorker::search);
    connect(this, &LibraryService::workerFetchPage, m_worker, &LibraryWorker::fetchPage);
    connect(this, &LibraryService::workerLoadCompletions, m_worker, &LibraryWorker::loadCompletions);
    connect(this, &LibraryService::workerLoadSource, m_worker, &LibraryWorker::loadSource);
    connect(m_worker, &LibraryWorker::sourceLoaded, this,
            [this](qint64 id, const QString &text, const QString &encoding) {
                setPending(-1);
                Q_EMIT sourceReady(id, text, encoding);
            });
    connect(m_worker, &LibraryWorker::opened, this, &LibraryService::onOpened);
    connect(m_worker, &LibraryWorker::summariesLoaded, this, &LibraryService::onSummaries);
    connect(m_worker, &LibraryWorker::articleLoaded, this, &LibraryService::onArticle);
    connect(m_worker, &LibraryWorker::articlesLoaded, this, &LibraryService::onArticles);
    connect(m_worker, &LibraryWorker::searched, this, &LibraryService::onSearched);
    connect(m_worker, &LibraryWorker::pageFetched, this, &LibraryService::onPageFetched);
    connect(m_worker, &LibraryWorker::completionsLoaded, this,
            [this](const QList<library::CompletionEntry> &e) {
                setPending(-1);
                Q_EMIT completionsReady(e);
            });
    connectReview();
    connectMaintenance();
    m_thread.start();
}

void LibraryService::connectReview()
{
    qRegisterMetaType<za::ui::ArticleReviewInfo>();
    qRegisterMetaType<za::library::FieldCorrection>();
    qRegisterMetaType<QList<za::library::Revision>>();
    qRegisterMetaType<QList<za::library::ReviewNote>>();
    qRegisterMetaType<QList<za::library::IssueProgress>>();
    qRegisterMetaType<za::library::IssueSelector>();
    qRegisterMetaType<QList<za::library::IssueCheck>>();
    connect(this, &LibraryService::workerLoadReview, m_worker, &LibraryWorker::loadReview);
    connect(this, &LibraryService::workerSetReviewStatus, m_worker, &LibraryWorker::setReviewStatus);
    connect(this, &LibraryService::workerAddNote, m_worker, &LibraryWorker::addNote);
    connect(this, &LibraryService::workerCorrect, m_worker, &LibraryWorker::correct);
    connect(this, &LibraryService::workerRestoreRevision, m_worker, &LibraryWorker::restoreRevision);
    connect(this, &LibraryService::workerSetTag, m_worker, &LibraryWorker::setTag);
    connect(this, &LibraryService::workerLoadRevisions, m_worker, &LibraryWorker::loadRevisions);
    connect(this, &LibraryService::workerSearchNotes, m_worker, &LibraryWorker::searchNotes);
    connect(this, &LibraryService::workerLoadIssueProgress, m_worker, &LibraryWorker::loadIssueProgress);
    connect(this, &LibraryService::workerCheckIssue, m_worker, &LibraryWorker::checkIssue);
    connect(this, &LibraryService::workerDecideReprint, m_worker, &LibraryWorker::decideReprint);
    const auto done = [this] { setPending(-1); };
    connect(m_worker, &LibraryWorker::reviewLoaded, this, [this, done](const ArticleReviewInfo &info) {
        done();
        Q_EMIT reviewReady(info);
    });
    connect(m_worker, &LibraryWorker::reviewWritten, this,
            [this, done](qint64 id, bool ok, const QString &error) {
                // Views reload what they show (the article may no longer be on screen).
                done();
                Q_EMIT reviewWritten(id, ok, error);
                if (!ok)
                    return;
                requestIssueProgress();
                if (m_hasSearch)
                    search(m_lastSearch);
            });
    connect(m_worker, &LibraryWorker::revisionsLoaded, this,
            [this, done](qint64 id, const QList<library::Revision> &revisions) {
                done();
                Q_EMIT revisionsReady(id, revisions);
            });
    connect(m_worker, &LibraryWorker::notesFound, this,
            [this, done](const QList<library::ReviewNote> &notes) {
                done();
                Q_EMIT notesFound(notes);
            });
    connect(m_worker, &LibraryWorker::issueProgressLoaded, this,
            [this, done](const QList<library::IssueProgress> &progress) {
                done();
                Q_EMIT issueProgressReady(progress);
            });
    connect(m_worker, &LibraryWorker::issueChecked, this,
            [this, done](const library::IssueSelector &issue, const QList<library::IssueCheck> &checks,
                         const QString &error) {
                done();
                Q_EMIT issueChecked(issue, checks, error);
            });
    connect(this, &LibraryService::workerMoveParagraph, m_worker, &LibraryWorker::moveParagraph);
    connect(this, &LibraryService::workerLoadIssueArticles, m_worker, &LibraryWorker::loadIssueArticles);
    connect(this, &LibraryService::workerExportReviewReport, m_worker, &LibraryWorker::exportReviewReport);
    connect(m_worker, &LibraryWorker::issueArticlesLoaded, this,
            [this, done](qint64 id, const QList<library::ArticleSummary> &articles) {
                done();
                Q_EMIT issueArticlesReady(id, articles);
            });
    connect(m_worker, &LibraryWorker::reviewReportExported, this,
            [this, done](const QString &path, bool ok, const QString &error) {
                done();
                Q_EMIT reviewReportExported(path, ok, error);
            });
}

// Each request below counts as pending work until its answer arrives.
#define ZA_SERVICE_SEND(signal, ...)                                                                         \
    do {                                                                                                     \
        if (!m_open)                                                                                         \
            return;                                                                                          \
        setPending(1);                                                                                       \
        Q_EMIT signal(__VA_ARGS__);                                                                          \
    } while (false)

void LibraryService::requestReview(qint64 id)
{
    ZA_SERVICE_SEND(workerLoadReview, id);
}

void LibraryService::setReviewStatus(qint64 id, library::ReviewStatus status, const QString &reviewer)
{
    ZA_SERVICE_SEND(workerSetReviewStatus, id, static_cast<int>(status), reviewer);
}

void LibraryService::addNote(qint64 id, const QString &text, const QString &author, qsizetype from,
                             qsizetype to)
{
    ZA_SERVICE_SEND(workerAddNote, id, text, author, from, to);
}

void LibraryService::correct(qint64 id, const library::FieldCorrection &correction, const QString &author,
                             const QString &comment)
{
    ZA_SERVICE_SEND(workerCorrect, id, correction, author, comment);
}

void LibraryService::restoreRevision(qint64 id, int number, const QString &author)
{
    ZA_SERVICE_SEND(workerRestoreRevision, id, number, author);
}

void LibraryService::setTag(qint64 id, library::TagKind kind, const QString &name, bool add,
                            const QString &author)
{
    ZA_SERVICE_SEND(workerSetTag, id, static_cast<int>(kind), name, add, author);
}

void LibraryService::requestRevisions(qint64 id)
{
    ZA_SERVICE_SEND(workerLoadRevisions, id);
}

void LibraryService::searchNotes(const QString &query)
{
    ZA_SERVICE_SEND(workerSearchNotes, query);
}

void LibraryService::requestIssueProgress()
{
    ZA_SERVICE_SEND(workerLoadIssueProgress);
}

void LibraryService::checkIssue(const library::IssueSelector &issue)
{
    ZA_SERVICE_SEND(workerCheckIssue, issue);
}

void LibraryService::decideReprint(qint64 a, qint64 b, const QString &decision, const QString &editor)
{
    ZA_SERVICE_SEND(workerDecideReprint, a, b, decision, editor);
}

void LibraryService::moveParagraph(qint64 id, int paragraph, qint64 target, int position,
                                   const QString &author, const QString &comment)
{
    ZA_SERVICE_SEND(workerMoveParagraph, id, paragraph, target, position, author, comment);
}

void LibraryService::requestIssueArticles(qint64 id)
{
    ZA_SERVICE_SEND(workerLoadIssueArticles, id);
}

void LibraryService::exportReviewReport(const za::library::IssueSelector &issue, const QString &path,
                                        const QString &format)
{
    ZA_SERVICE_SEND(workerExportReviewReport, issue, path, format);
}

#undef ZA_SERVICE_SEND

LibraryService::~LibraryService()
{
    m_thread.quit();
    m_thread.wait();
}

void LibraryService::setPending(int delta)
{
    const bool wasBusy = m_pending > 0;
    m_pending += delta;
    if (wasBusy != (m_pending > 0))
        Q_EMIT busyChanged(m_pending > 0);
}

void LibraryService::open(const QString &path)
{
    m_open = false;
    m_hasSearch = false;
    m_path = path;
    setPending(1);
    Q_EMIT workerOpen(path);
}

void LibraryService::refresh()
{
    if (!m_open)
        return;
    // The search first: it is what the user waits for; the lists behind it may come later.
    if (m_hasSearch)
        search(m_lastSearch);
    reloadLists();
}

void LibraryService::reloadLists()
{
    setPending(3);
    Q_EMIT workerLoadSummaries(++m_summaryGeneration);
    Q_EMIT workerLoadIssueProgress();
    Q_EMIT workerLoadCompletions();
}

void LibraryService::requestArticle(qint64 id)
{
    if (!m_open)
        return;
    setPending(1);
    Q_EMIT workerLoadArticle(++m_articleGeneration, id);
}

void LibraryService::requestArticles(const QList<qint64> &ids)
{
    if (!m_open)
        return;
    setPending(1);
    Q_EMIT workerLoadArticles(++m_articlesGeneration, ids);
}

void LibraryService::search(search::SearchRequest request)
{
    if (!m_open)
        return;
    request.setRequestId(++m_searchGeneration);
    request.setOffset(0);
    m_lastSearch = request;
    m_hasSearch = true;
    if (m_searchRefresh)
        m_searchRefresh->stop(); // this search sees the writes too
    setPending(1);
    Q_EMIT workerSearch(request);
}

void LibraryService::searchOnChannel(int channel, search::SearchRequest request)
{
    if (!m_open || channel <= 0)
        return;
    const quint64 generation = ++m_channelGenerations[channel];
    request.setRequestId((quint64(channel) << kChannelShift) | generation);
    request.setOffset(0);
    setPending(1);
    Q_EMIT workerSearch(request);
}

void LibraryService::fetchMore(int offset, int limit)
{
    if (!m_open || !m_hasSearch)
        return;
    search::SearchRequest request = m_lastSearch;
    request.setOffset(offset);
    request.setLimit(limit);
    setPending(1);
    Q_EMIT workerFetchPage(request);
}

void LibraryService::requestSource(qint64 sourceId)
{
    if (!m_open)
        return;
    setPending(1);
    Q_EMIT workerLoadSource(sourceId);
}

void LibraryService::onOpened(const QString &path, bool ok, const QString &error,
                              const za::library::LibraryStats &stats, bool created, bool damaged)
{
    setPending(-1);
    if (path != m_path)
        return; // another library was asked for meanwhile
    if (!ok) {
        Q_EMIT openFailed(path, error, damaged);
        return;
    }
    m_open = true;
    m_stats = stats;
    Q_EMIT opened(path, created); // the window starts its search here
    Q_EMIT statsChanged(m_stats);
    reloadLists();
}

void LibraryService::onSummaries(quint64 generation, const QList<za::library::ArticleSummary> &summaries,
                                 const za::library::LibraryStats &stats)
{
    setPending(-1);
    if (generation != m_summaryGeneration)
        return;
    m_stats = stats;
    Q_EMIT statsChanged(m_stats);
    Q_EMIT summariesReady(summaries);
}

void LibraryService::onArticle(quint64 generation, qint64 id,
                               const std::optional<za::library::ArticleRecord> &article)
{
    setPending(-1);
    if (generation != m_articleGeneration)
        return;
    if (article)
        Q_EMIT articleReady(*article);
    else
        Q_EMIT articleMissing(id);
}

void LibraryService::onArticles(quint64 generation, const QList<za::library::ArticleRecord> &articles)
{
    setPending(-1);
    if (generation != m_articlesGeneration)
        return;
    Q_EMIT articlesReady(articles);
}

void LibraryService::onSearched(const za::search::SearchResult &result)
{
    setPending(-1);
    if (const int channel = int(result.requestId >> kChannelShift); channel > 0) {
        const quint64 generation = result.requestId & ((quint64(1) << kChannelShift) - 1);
        if (generation == m_channelGenerations.value(channel))
            Q_EMIT channelSearchFinished(channel, result);
        return;
    }
    if (result.requestId != m_searchGeneration)
        return;
    m_lastSearchMs = result.tookMs;
    Q_EMIT searchFinished(result);
}

void LibraryService::onPageFetched(const za::search::SearchResult &result, int offset)
{
    setPending(-1);
    if (result.requestId != m_searchGeneration)
        return;
    Q_EMIT moreHits(result, offset);
}

} // namespace za::ui
