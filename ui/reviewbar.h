#pragma once

#include "ui/reviewtypes.h"

#include <QWidget>

class QLabel;
class QToolButton;

namespace za::ui {

// Above the reader: the article's review status (未审/已审/需修改, who, when) and the editor's actions.
class ReviewBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewBar)

public:
    explicit ReviewBar(QWidget *parent = nullptr);

    void setReview(const ArticleReviewInfo &info);
    void clear();
    QString statusText() const;
    static QString statusLabel(library::ReviewStatus status);

Q_SIGNALS:
    void statusRequested(za::library::ReviewStatus status);
    void correctRequested();
    void revisionsRequested();
    void tagsRequested();
    void noteRequested();
    void moveParagraphRequested();

private:
    QLabel *m_status = nullptr;
    QList<QToolButton *> m_buttons;
};

} // namespace za::ui
