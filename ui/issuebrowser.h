#pragma once

#include "library/issuechecks.h"
#include "library/records.h"
#include "library/review.h"

#include <QStandardItemModel>
#include <QWidget>

class QTreeView;

namespace za::ui {

// Bulletin → year → issue → page → articles in reading order (each page's table of contents).
class IssueTreeModel final : public QStandardItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IssueTreeModel)

public:
    explicit IssueTreeModel(QObject *parent = nullptr);
    void setArticles(const QList<library::ArticleSummary> &articles);
    QModelIndex indexOfArticle(qint64 id) const;
    // Shows "n/m approved" on each issue.
    void setProgress(const QList<library::IssueProgress> &progress);
    static library::IssueSelector issueOf(const QModelIndex &index);
};

class IssueBrowser final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IssueBrowser)

public:
    explicit IssueBrowser(QWidget *parent = nullptr);

    void setArticles(const QList<library::ArticleSummary> &articles);
    IssueTreeModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    // Moves to the first article of the next (+1) or previous (-1) page.
    void stepPage(int direction);

    void setProgress(const QList<library::IssueProgress> &progress);
    // Asks where to save an issue's review report (PDF or CSV by the chosen filter); emits
    // reportExportRequested. Called from the context menu.
    void exportReport(const library::IssueSelector &issue);
    // Tells the editor how the export went (connect LibraryService::reviewReportExported here).
    void showReportExported(const QString &path, bool ok, const QString &error);

Q_SIGNALS:
    void articleActivated(qint64 id);
    void checksRequested(const za::library::IssueSelector &issue);
    // format: "pdf" or "csv" (connect to LibraryService::exportReviewReport).
    void reportExportRequested(const za::library::IssueSelector &issue, const QString &path,
                               const QString &format);

private:
    IssueTreeModel *m_model = nullptr;
    QTreeView *m_view = nullptr;
    QList<library::IssueProgress> m_progress;
};

} // namespace za::ui
