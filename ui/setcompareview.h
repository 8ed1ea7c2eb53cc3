#pragma once

#include "search/searchengine.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;

namespace za::ui {

class LibraryService;
class SearchResultsModel;

// Two sets of articles side by side: each side is a query (zone:侯马经济开发区, date:2023, 招商 …) with
// its own result list and its own facet counts, to compare two zones or two periods.
class SetCompareView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SetCompareView)

public:
    explicit SetCompareView(LibraryService &service, QWidget *parent = nullptr);

    static constexpr int kSides = 2;
    void setQuery(int side, const QString &query);
    QString query(int side) const;
    void runSide(int side);
    SearchResultsModel *results(int side) const;
    QString summary(int side) const;

Q_SIGNALS:
    void articleActivated(qint64 id);

private:
    struct Side
    {
        QLineEdit *query = nullptr;
        QLabel *summary = nullptr;
        QListView *list = nullptr;
        SearchResultsModel *model = nullptr;
    };
    void onResult(int channel, const search::SearchResult &result);
    static int channelOf(int side) { return side + 1; }

    LibraryService &m_service;
    Side m_sides[kSides];
};

} // namespace za::ui
