#pragma once

#include <Qt>

namespace za::ui {

// Custom item-data roles of every model in ui/, in one place so that views and delegates agree.
enum Role : int {
    ArticleIdRole = Qt::UserRole + 1,
    HeadlineRole,
    KickerRole,
    DateRole,
    BulletinRole,
    IssueRole,
    PageRole,
    AuthorsRole,
    WarningCountRole,
    SnippetRole,
    ZonesRole,
    CitiesRole,
    ScoreRole,
    FacetValueRole,
    FacetCountRole,
    FacetNameRole,
};

} // namespace za::ui
