#include "ui/libraryworker.h"

#include "library/reviewreport.h"
#include "text/encoding.h"
#include "ui/report/pdfreport.h"

#include <QJsonDocument>
#include <QSaveFile>

namespace za::ui {

LibraryWorker::~LibraryWorker()
{
    m_review.reset(); // before the library it works on
}

void LibraryWorker::open(const QString &path)
{
    closeLibrary();
    m_library = std::make_unique<library::Library>(path);
    QString error;
    if (!m_library->open(library::OpenMode::OpenOrCreate, &error)) {
        const bool damaged = m_library->database().openProblem() == library::OpenProblem::Damaged;
        m_library.reset();
        Q_EMIT opened(path, false, error, {}, false, damaged);
        return;
    }
    m_review = std::make_unique<library::ReviewStore>(*m_library);
    m_dataVersion = m_library->database().dataVersion();
    setChangePollInterval(m_pollInterval);
    Q_EMIT opened(path, true, {}, m_library->stats(), m_library->database().wasCreated(), false);
}

void LibraryWorker::loadSummaries(quint64 generation)
{
    if (!m_library)
        return;
    Q_EMIT summariesLoaded(generation, m_library->articleSummaries(), m_library->stats());
}

void LibraryWorker::loadArticle(quint64 generation, qint64 id)
{
    if (!m_library)
        return;
    Q_EMIT articleLoaded(generation, id, m_library->article(id));
}

void LibraryWorker::search(const za::search::SearchRequest &request)
{
    if (!m_library)
        return;
    Q_EMIT searched(m_library->search(request));
}

void LibraryWorker::fetchPage(const za::search::SearchRequest &request)
{
    if (!m_library)
        return;
    za::search::SearchRequest page = request;
    page.setWithFacets(false);
    Q_EMIT pageFetched(m_library->search(page), request.offset());
}

void LibraryWorker::loadCompletions()
{
    if (!m_library)
        return;
    Q_EMIT completionsLoaded(m_library->completions());
}

void LibraryWorker::loadSource(qint64 sourceId)
{
    if (!m_library)
        return;
    const std::optional<QByteArray> bytes = m_library->sourceContent(sourceId);
    if (!bytes) {
        Q_EMIT sourceLoaded(sourceId, {}, {});
        return;
    }
    const text::DecodeResult decoded = text::decode(*bytes);
    Q_EMIT sourceLoaded(sourceId, decoded.decoded.text, decoded.decoded.encoding);
}

void LibraryWorker::loadArticles(quint64 generation, const QList<qint64> &ids)
{
    if (!m_library)
        return;
    QList<library::ArticleRecord> articles;
    for (qint64 id : ids) {
        if (auto a = m_library->article(id))
            articles << std::move(*a);
    }
    Q_EMIT articlesLoaded(generation, articles);
}

void LibraryWorker::loadReview(qint64 id)
{
    if (!m_review)
        return;
    ArticleReviewInfo info;
    info.articleId = id;
    info.state = m_review->state(id).value_or(library::ReviewState{});
    info.notes = m_review->notes(id);
    info.tagOverrides = m_review->tagOverrides(id);
    info.reprints = library::ReprintFinder(m_library->database().connection()).reprintsOf(id);
    Q_EMIT reviewLoaded(info);
}

void LibraryWorker::setReviewStatus(qint64 id, int status, const QString &reviewer)
{
    if (!m_review)
        return;
    const bool ok = m_review->setStatus(id, static_cast<library::ReviewStatus>(status), reviewer);
    Q_EMIT reviewWritten(id, ok, ok ? QString() : m_review->lastError());
}

void LibraryWorker::addNote(qint64 id, const QString &text, const QString &author, qsizetype from,
                            qsizetype to)
{
    if (!m_review)
        return;
    std::optional<std::pair<qsizetype, qsizetype>> range;
    if (from >= 0 && to > from)
        range = std::make_pair(from, to);
    const bool ok = m_review->addNote(id, text, author, range) > 0;
    Q_EMIT reviewWritten(id, ok, ok ? QString() : m_review->lastError());
}

void LibraryWorker::correct(qint64 id, const za::library::FieldCorrection &correction, const QString &author,
                            const QString &comment)
{
    if (!m_review)
        return;
    const bool ok = m_review->correct(id, correction, author, comment) >= 0;
    Q_EMIT reviewWritten(id, ok, ok ? QString() : m_review->lastError());
}

void LibraryWorker::restoreRevision(qint64 id, int number, const QString &author)
{
    if (!m_review)
        return;
    const bool ok = m_review->restore(id, number, author) >= 0;
    Q_EMIT reviewWritten(id, ok, ok ? QString() : m_review->lastError());
}

void LibraryWorker::setTag(qint64 id, int kind, const QString &name, bool add, const QString &author)
{
    if (!m_review)
        return;
    const bool ok = m_review->setTag(id, static_cast<library::TagKind>(kind), name, add, author);
    Q_EMIT reviewWritten(id, ok, ok ? QString() : m_review->lastError());
}

void LibraryWorker::loadRevisions(qint64 id)
{
    if (!m_review)
        return;
    Q_EMIT revisionsLoaded(id, m_review->revisions(id));
}

void LibraryWorker::searchNotes(const QString &query)
{
    if (!m_review)
        return;
    Q_EMIT notesFound(m_review->searchNotes(query));
}

void LibraryWorker::loadIssueProgress()
{
    if (!m_review)
        return;
    Q_EMIT issueProgressLoaded(m_review->issueProgress());
}

void LibraryWorker::checkIssue(const za::library::IssueSelector &issue)
{
    if (!m_library)
        return;
    QList<library::IssueCheck> checks;
    QString error;
    library::checkIssue(m_library->database().connection(), issue, &checks, &error);
    Q_EMIT issueChecked(issue, checks, error);
}

void LibraryWorker::decideReprint(qint64 a, qint64 b, const QString &decision, const QString &editor)
{
    if (!m_library)
        return;
    QString error;
    const bool ok =
        library::ReprintFinder(m_library->database().connection()).decide(a, b, decision, editor, &error);
    Q_EMIT reviewWritten(a, ok, error);
}

void LibraryWorker::moveParagraph(qint64 id, int paragraph, qint64 target, int position,
                                  const QString &author, const QString &comment)
{
    if (!m_review)
        return;
    const bool ok = m_review->moveParagraph(id, paragraph, target, position, author, comment).has_value();
    Q_EMIT reviewWritten(id, ok, ok ? QString() : m_review->lastError());
}

void LibraryWorker::loadIssueArticles(qint64 id)
{
    if (!m_review)
        return;
    Q_EMIT issueArticlesLoaded(id, m_review->issueArticles(id));
}

void LibraryWorker::exportReviewReport(const za::library::IssueSelector &issue, const QString &path,
                                       const QString &format)
{
    if (!m_library)
        return;
    library::ReviewReport report;
    QString error;
    bool ok = library::buildReviewReport(*m_library, issue, &report, &error);
    if (ok && format == QLatin1StringView("pdf")) {
        ok = report::writePdf(report.toHtml(), path, &error) > 0;
    } else if (ok) {
        QSaveFile file(path);
        const QByteArray bytes = format == QLatin1StringView("json") ? QJsonDocument(report.toJson()).toJson()
                                                                     : report.toCsv().toUtf8();
        ok = file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit();
        if (!ok)
            error = file.errorString();
    }
    Q_EMIT reviewReportExported(path, ok, error);
}

} // namespace za::ui
