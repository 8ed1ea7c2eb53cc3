#include "ui/libraryworker.h"

#include "text/encoding.h"

namespace za::ui {

LibraryWorker::~LibraryWorker() = default;

void LibraryWorker::open(const QString &path)
{
    m_library = std::make_unique<library::Library>(path);
    QString error;
    if (!m_library->open(library::OpenMode::OpenOrCreate, &error)) {
        m_library.reset();
        Q_EMIT opened(path, false, error, {}, false);
        return;
    }
    Q_EMIT opened(path, true, {}, m_library->stats(), m_library->database().wasCreated());
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

} // namespace za::ui
