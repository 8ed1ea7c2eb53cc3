#pragma once

#include "library/issuechecks.h"
#include "library/records.h"
#include "library/review.h"

#include <QHash>
#include <QStandardItemModel>
#include <QWidget>

#include <memory>

class QTreeView;

namespace za::ui {

// The items of an issue tree, built without a model so that any thread can build it (a library of
// 150,000 articles takes about half a second); the model adopts them on the GUI thread.
struct IssueTree
{
    IssueTree() = default;
    ~IssueTree(); // deletes the items unless a model adopted them
    Q_DISABLE_COPY_MOVE(IssueTree)

    QList<QStandardItem *> bulletins;
    QHash<qint64, QStandardItem *> articles;
    QHash<QString, QStandardItem *> issues; // by issueKey()
    bool adopted = false;
};

// Bulletin → year → issue → page → articles in reading order (each page's table of contents).
class IssueTreeModel final : public QStandardItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IssueTreeModel)

public:
    explicit IssueTreeModel(QObject *parent = nullptr);

    // Thread-safe: touches no model.
    static std::shared_ptr<IssueTree> build(const QList<library::ArticleSummary> &articles);
    // Replaces the tree with one from build() (GUI thread).
    void setTree(const std::shared_ptr<IssueTree> &tree);
    void setArticles(const QList<library::ArticleSummary> &articles) { setTree(build(articles)); }

    QModelIndex indexOfArticle(qint64 id) const;
    // Shows "n/m approved" on each issue.
    void setProgress(const QList<library::IssueProgress> &progress);
    static library::IssueSelector issueOf(const QModelIndex &index);
    static QString issueKey(const QString &bulletin, const QString &issueNo, const QString &issueDate);

private:
    QHash<qint64, QStandardItem *> m_articles;
    QHash<QString, QStandardItem *> m_issues;
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
    // The tree was rebuilt (its items are built on a pool thread after setArticles).
    void treeChanged();
    void articleActivated(qint64 id);
    void checksRequested(const za::library::IssueSelector &issue);
    // format: "pdf" or "csv" (connect to LibraryService::exportReviewReport).
    void reportExportRequested(const za::library::IssueSelector &issue, const QString &path,
                               const QString &format);

private:
    void adoptTree(const std::shared_ptr<IssueTree> &tree);

    IssueTreeModel *m_model = nullptr;
    QTreeView *m_view = nullptr;
    QList<library::IssueProgress> m_progress;
    // Trees are built on a pool thread; one that arrives after a newer request is dropped.
    quint64 m_treeGeneration = 0;
};

} // namespace za::ui
