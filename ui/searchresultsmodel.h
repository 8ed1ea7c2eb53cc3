#pragma once

#include "search/searchengine.h"

#include <QAbstractListModel>

namespace za::ui {

// Hits of the current search, loaded lazily: the first page comes with the search, further pages
// are asked for (moreRequested) as the view scrolls, so 100,000 hits cost only what is on screen.
class SearchResultsModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchResultsModel)

public:
    explicit SearchResultsModel(QObject *parent = nullptr);

    static constexpr int kPageSize = 100;

    void setResult(const search::SearchResult &result);
    void appendHits(const search::SearchResult &result, int offset);
    void clear();

    qint64 total() const { return m_total; }
    qint64 articleId(const QModelIndex &index) const;
    const search::SearchHit *hit(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;

Q_SIGNALS:
    void moreRequested(int offset, int limit);

private:
    QList<search::SearchHit> m_hits;
    qint64 m_total = 0;
    bool m_fetching = false;
};

// MIME type of dragged articles (ids, one per line), e.g. onto the compare view.
inline constexpr char kArticleIdsMimeType[] = "application/x-zonearchive-article-ids";

} // namespace za::ui
