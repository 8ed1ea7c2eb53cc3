#include "ui/searchresultsmodel.h"

#include "ui/roles.h"

#include <QMimeData>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace za::ui {

SearchResultsModel::SearchResultsModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void SearchResultsModel::setResult(const search::SearchResult &result)
{
    beginResetModel();
    m_hits = result.hits;
    m_total = result.total;
    m_fetching = false;
    endResetModel();
}

void SearchResultsModel::appendHits(const search::SearchResult &result, int offset)
{
    m_fetching = false;
    if (offset != m_hits.size() || result.hits.isEmpty())
        return; // an answer for a page we no longer need
    beginInsertRows({}, int(m_hits.size()), int(m_hits.size() + result.hits.size() - 1));
    m_hits += result.hits;
    endInsertRows();
}

void SearchResultsModel::clear()
{
    setResult({});
}

qint64 SearchResultsModel::articleId(const QModelIndex &index) const
{
    const search::SearchHit *h = index.isValid() ? hit(index.row()) : nullptr;
    return h ? h->id : 0;
}

const search::SearchHit *SearchResultsModel::hit(int row) const
{
    return row >= 0 && row < m_hits.size() ? &m_hits.at(row) : nullptr;
}

int SearchResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

bool SearchResultsModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_fetching && m_hits.size() < m_total;
}

void SearchResultsModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_fetching = true;
    Q_EMIT moreRequested(int(m_hits.size()), kPageSize);
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const
{
    const search::SearchHit *h = index.isValid() ? hit(index.row()) : nullptr;
    if (!h)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case HeadlineRole:
        return h->headline;
    case Qt::ToolTipRole:
        return h->headline;
    case ArticleIdRole:
        return h->id;
    case DateRole:
        return h->date;
    case PageRole:
        return h->page;
    case ZonesRole:
        return h->zones;
    case CitiesRole:
        return h->cities;
    case SnippetRole:
        return h->snippet;
    case ScoreRole:
        return h->score;
    default:
        return {};
    }
}

Qt::ItemFlags SearchResultsModel::flags(const QModelIndex &index) const
{
    return QAbstractListModel::flags(index) | Qt::ItemIsDragEnabled;
}

QStringList SearchResultsModel::mimeTypes() const
{
    return {QString::fromLatin1(kArticleIdsMimeType), u"text/uri-list"_s};
}

QMimeData *SearchResultsModel::mimeData(const QModelIndexList &indexes) const
{
    QStringList ids;
    QList<QUrl> urls;
    for (const QModelIndex &index : indexes) {
        if (const qint64 id = articleId(index)) {
            ids << QString::number(id);
            urls << QUrl(u"zonearchive://article/%1"_s.arg(id));
        }
    }
    auto *mime = new QMimeData;
    mime->setData(QString::fromLatin1(kArticleIdsMimeType), ids.join(u'\n').toUtf8());
    mime->setUrls(urls);
    return mime;
}

} // namespace za::ui
