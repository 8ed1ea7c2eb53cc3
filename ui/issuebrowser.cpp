#include "ui/issuebrowser.h"

#include "ui/roles.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QMenu>
#include <QMessageBox>
#include <QRegularExpression>
#include <QShortcut>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace za::ui {

namespace {

constexpr int kNodeKindRole = FacetNameRole; // reused: this model has no facets
constexpr int kBulletinRole = BulletinRole;
constexpr int kIssueNoRole = IssueRole;
constexpr int kIssueDateRole = DateRole;
constexpr int kBaseTextRole = HeadlineRole; // issue label without the progress
enum NodeKind { BulletinNode = 1, YearNode, IssueNode, PageNode, ArticleNode };

QStandardItem *node(const QString &text, NodeKind kind)
{
    auto *item = new QStandardItem(text);
    item->setData(kind, kNodeKindRole);
    item->setEditable(false);
    return item;
}

QStandardItem *child(QStandardItem *parent, const QString &key, const QString &text, NodeKind kind,
                     QHash<QStandardItem *, QHash<QString, QStandardItem *>> &index)
{
    QStandardItem *&found = index[parent][key];
    if (!found) {
        found = node(text, kind);
        parent->appendRow(found);
    }
    return found;
}

} // namespace

IssueTreeModel::IssueTreeModel(QObject *parent)
    : QStandardItemModel(parent)
{}

void IssueTreeModel::setArticles(const QList<library::ArticleSummary> &articles)
{
    clear();
    QHash<QStandardItem *, QHash<QString, QStandardItem *>> index;
    QHash<QStandardItem *, int> warnings;
    QStandardItem *root = invisibleRootItem();
    for (const library::ArticleSummary &a : articles) {
        const QString bulletin = a.bulletin.isEmpty() ? tr("(unnamed bulletin)") : a.bulletin;
        const QString year = a.issueDate.isEmpty() ? tr("(no date)") : a.issueDate.left(4);
        QString issue = a.issueNo.isEmpty() ? tr("(no issue number)") : tr("No. %1").arg(a.issueNo);
        if (!a.issueDate.isEmpty())
            issue += u" · "_s + a.issueDate;
        const QString page = a.page.isEmpty() ? tr("(no page)") : tr("Page %1").arg(a.page);
        QStandardItem *b = child(root, bulletin, bulletin, BulletinNode, index);
        QStandardItem *y = child(b, year, year, YearNode, index);
        QStandardItem *i = child(y, a.issueNo + u'|' + a.issueDate, issue, IssueNode, index);
        i->setData(a.bulletin, kBulletinRole);
        i->setData(a.issueNo, kIssueNoRole);
        i->setData(a.issueDate, kIssueDateRole);
        i->setData(issue, kBaseTextRole);
        QStandardItem *p = child(i, a.page, page, PageNode, index);
        QStandardItem *article =
            node(a.headline.isEmpty() ? tr("(continued, no headline)") : a.headline, ArticleNode);
        article->setData(a.id, ArticleIdRole);
        if (a.warningCount > 0) {
            article->setToolTip(tr("%n parse warning(s)", nullptr, a.warningCount));
            article->setText(article->text() + u"  ⚠"_s);
            warnings[p] += a.warningCount;
        }
        p->appendRow(article);
    }
    for (auto it = warnings.cbegin(); it != warnings.cend(); ++it)
        it.key()->setText(it.key()->text() + u"  "_s + tr("⚠ %n warning(s)", nullptr, it.value()));
}

library::IssueSelector IssueTreeModel::issueOf(const QModelIndex &index)
{
    QModelIndex i = index;
    while (i.isValid() && i.data(kNodeKindRole).toInt() != IssueNode)
        i = i.parent();
    library::IssueSelector selector;
    if (i.isValid()) {
        selector.bulletin = i.data(kBulletinRole).toString();
        selector.issueNo = i.data(kIssueNoRole).toString();
        selector.issueDate = i.data(kIssueDateRole).toString();
    }
    return selector;
}

void IssueTreeModel::setProgress(const QList<library::IssueProgress> &progress)
{
    const QModelIndexList issues =
        match(index(0, 0), kNodeKindRole, int(IssueNode), -1, Qt::MatchExactly | Qt::MatchRecursive);
    for (const QModelIndex &issue : issues) {
        QStandardItem *item = itemFromIndex(issue);
        QString text = item->data(kBaseTextRole).toString();
        for (const library::IssueProgress &p : progress) {
            if (p.bulletin == item->data(kBulletinRole).toString() &&
                p.issueNo == item->data(kIssueNoRole).toString() &&
                p.issueDate == item->data(kIssueDateRole).toString()) {
                text += u"  "_s + tr("%1/%2 approved").arg(p.approved).arg(p.articles);
                if (p.needsChanges > 0)
                    text += u", "_s + tr("%n need(s) changes", nullptr, p.needsChanges);
            }
        }
        item->setText(text);
    }
}

QModelIndex IssueTreeModel::indexOfArticle(qint64 id) const
{
    const QModelIndexList found =
        match(index(0, 0), ArticleIdRole, id, 1, Qt::MatchExactly | Qt::MatchRecursive);
    return found.isEmpty() ? QModelIndex() : found.first();
}

IssueBrowser::IssueBrowser(QWidget *parent)
    : QWidget(parent)
    , m_model(new IssueTreeModel(this))
    , m_view(new QTreeView(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    m_view->setObjectName(u"issueTree"_s);
    m_view->setModel(m_model);
    m_view->setHeaderHidden(true);
    m_view->setUniformRowHeights(true);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (current.data(kNodeKindRole).toInt() == ArticleNode)
                    Q_EMIT articleActivated(current.data(ArticleIdRole).toLongLong());
            });
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QTreeView::customContextMenuRequested, this, [this](const QPoint &pos) {
        const library::IssueSelector issue = IssueTreeModel::issueOf(m_view->indexAt(pos));
        if (issue.issueNo.isEmpty() && issue.issueDate.isEmpty())
            return;
        QMenu menu(this);
        menu.addAction(tr("Completeness Checks…"), this, [this, issue] { Q_EMIT checksRequested(issue); });
        menu.addAction(tr("Export Review Report…"), this, [this, issue] { exportReport(issue); });
        menu.exec(m_view->viewport()->mapToGlobal(pos));
    });
    auto *next = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown), this);
    connect(next, &QShortcut::activated, this, [this] { stepPage(+1); });
    auto *previous = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp), this);
    connect(previous, &QShortcut::activated, this, [this] { stepPage(-1); });
}

void IssueBrowser::exportReport(const library::IssueSelector &issue)
{
    const QString pdf = tr("PDF (*.pdf)");
    const QString csv = tr("CSV (*.csv)");
    QString name = issue.bulletin;
    if (!issue.issueNo.isEmpty())
        name += u'_' + issue.issueNo;
    if (!issue.issueDate.isEmpty())
        name += u'_' + issue.issueDate;
    // Characters a file name cannot carry on some systems.
    static const QRegularExpression unsafe(uR"([\\/:*?"<>|\s]+)"_s);
    name.replace(unsafe, u"_"_s);
    QString filter = pdf;
    QString path =
        QFileDialog::getSaveFileName(this, tr("Export Review Report"),
                                     QDir::home().filePath(name + u".pdf"_s), pdf + u";;"_s + csv, &filter);
    if (path.isEmpty())
        return;
    // The filter decides the format; a name typed without its extension gets it.
    const QString format = filter == csv ? u"csv"_s : u"pdf"_s;
    if (QFileInfo(path).suffix().compare(format, Qt::CaseInsensitive) != 0)
        path += u'.' + format;
    Q_EMIT reportExportRequested(issue, path, format);
}

void IssueBrowser::showReportExported(const QString &path, bool ok, const QString &error)
{
    // Not blocking: the worker's answers keep arriving while the message is shown.
    auto *box =
        new QMessageBox(ok ? QMessageBox::Information : QMessageBox::Warning, tr("Review Report"),
                        ok ? tr("The review report was saved to %1.").arg(QDir::toNativeSeparators(path))
                           : tr("The review report could not be saved: %1").arg(error),
                        QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void IssueBrowser::setArticles(const QList<library::ArticleSummary> &articles)
{
    const qint64 current = m_view->currentIndex().data(ArticleIdRole).toLongLong();
    m_model->setArticles(articles);
    m_model->setProgress(m_progress);
    m_view->expandToDepth(2);
    const QModelIndex again = m_model->indexOfArticle(current);
    if (again.isValid())
        m_view->setCurrentIndex(again);
}

void IssueBrowser::setProgress(const QList<library::IssueProgress> &progress)
{
    m_progress = progress;
    m_model->setProgress(progress);
}

void IssueBrowser::stepPage(int direction)
{
    // Pages in tree order; find the current page and move to its neighbour's first article.
    QList<QModelIndex> pages;
    const QModelIndexList all = m_model->match(m_model->index(0, 0), kNodeKindRole, int(PageNode), -1,
                                               Qt::MatchExactly | Qt::MatchRecursive);
    for (const QModelIndex &page : all)
        pages << page;
    if (pages.isEmpty())
        return;
    QModelIndex current = m_view->currentIndex();
    while (current.isValid() && current.data(kNodeKindRole).toInt() != PageNode)
        current = current.parent();
    qsizetype position = current.isValid() ? pages.indexOf(current) : -1;
    position = qBound<qsizetype>(0, position + direction, pages.size() - 1);
    const QModelIndex target = pages.at(position);
    m_view->expand(target);
    m_view->setCurrentIndex(m_model->rowCount(target) > 0 ? m_model->index(0, 0, target) : target);
}

} // namespace za::ui
