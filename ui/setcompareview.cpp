#include "ui/setcompareview.h"

#include "ui/facetmodel.h"
#include "ui/libraryservice.h"
#include "ui/resultdelegate.h"
#include "ui/searchresultsmodel.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>

using namespace Qt::StringLiterals;

namespace za::ui {

namespace {

constexpr int kSummaryValues = 5;
constexpr int kHitsPerSide = 200;

} // namespace

SetCompareView::SetCompareView(LibraryService &service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
{
    auto *layout = new QGridLayout(this);
    for (int side = 0; side < kSides; ++side) {
        Side &s = m_sides[side];
        s.query = new QLineEdit(this);
        s.query->setObjectName(u"setQuery%1"_s.arg(side));
        s.query->setClearButtonEnabled(true);
        s.query->setPlaceholderText(side == 0 ? tr("First set, e.g. zone:侯马经济开发区 or date:2023")
                                              : tr("Second set, e.g. zone:左云经济技术开发区 or date:2024"));
        s.summary = new QLabel(this);
        s.summary->setWordWrap(true);
        s.summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
        s.model = new SearchResultsModel(this);
        s.list = new QListView(this);
        s.list->setModel(s.model);
        s.list->setItemDelegate(new ResultDelegate(s.list));
        s.list->setUniformItemSizes(true);
        layout->addWidget(s.query, 0, side);
        layout->addWidget(s.summary, 1, side);
        layout->addWidget(s.list, 2, side);
        connect(s.query, &QLineEdit::returnPressed, this, [this, side] { runSide(side); });
        connect(s.list, &QListView::activated, this, [this, side](const QModelIndex &index) {
            if (const qint64 id = m_sides[side].model->articleId(index))
                Q_EMIT articleActivated(id);
        });
        connect(s.list, &QListView::clicked, this, [this, side](const QModelIndex &index) {
            if (const qint64 id = m_sides[side].model->articleId(index))
                Q_EMIT articleActivated(id);
        });
    }
    layout->setRowStretch(2, 1);
    connect(&m_service, &LibraryService::channelSearchFinished, this, &SetCompareView::onResult);
}

void SetCompareView::setQuery(int side, const QString &query)
{
    if (side >= 0 && side < kSides)
        m_sides[side].query->setText(query);
}

QString SetCompareView::query(int side) const
{
    return side >= 0 && side < kSides ? m_sides[side].query->text() : QString();
}

SearchResultsModel *SetCompareView::results(int side) const
{
    return side >= 0 && side < kSides ? m_sides[side].model : nullptr;
}

QString SetCompareView::summary(int side) const
{
    return side >= 0 && side < kSides ? m_sides[side].summary->text() : QString();
}

void SetCompareView::runSide(int side)
{
    search::SearchRequest request;
    request.setQuery(m_sides[side].query->text());
    request.setSort(search::SortOrder::Date);
    request.setLimit(kHitsPerSide);
    request.setWithFacets(true);
    m_service.searchOnChannel(channelOf(side), request);
}

void SetCompareView::onResult(int channel, const search::SearchResult &result)
{
    const int side = channel - 1;
    if (side < 0 || side >= kSides)
        return;
    Side &s = m_sides[side];
    if (!result.ok()) {
        s.summary->setText(result.error);
        return;
    }
    s.model->setResult(result);
    // The set's own facet counts: the leading values of the facets that tell sets apart.
    QStringList lines{tr("%n article(s)", nullptr, int(result.total))};
    for (const search::Facet facet :
         {search::Facet::Theme, search::Facet::Zone, search::Facet::City, search::Facet::Year}) {
        const QList<search::FacetValue> values = result.facets.value(search::facetName(facet));
        QStringList shown;
        for (qsizetype i = 0; i < values.size() && i < kSummaryValues; ++i)
            shown << u"%1 %2"_s.arg(values.at(i).value).arg(values.at(i).count);
        if (!shown.isEmpty())
            lines << FacetModel::facetLabel(facet) + u": "_s + shown.join(u" · "_s);
    }
    s.summary->setText(lines.join(u'\n'));
}

} // namespace za::ui
