#pragma once

#include "library/issuechecks.h"
#include "library/reprints.h"
#include "library/review.h"

#include <QList>
#include <QMetaType>

namespace za::ui {

// What the reader shows about an article's review, loaded together on the worker.
struct ArticleReviewInfo
{
    qint64 articleId = 0;
    library::ReviewState state;
    QList<library::ReviewNote> notes;
    QList<library::ReprintLink> reprints;
    QList<library::TagOverride> tagOverrides;
};

} // namespace za::ui
