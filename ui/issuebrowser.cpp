#include "ui/issuebrowser.h"

#include "ui/roles.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QRegularExpression>
#include <QShortcut>
#include <QThreadPool>
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

IssueTree::~IssueTree()
{
    if (!adopted)
        qDeleteAll(bulletins);
}

QString IssueTreeModel::issueKey(const QString &bulletin, const QString &issueNo, const QString &issueDate)
{
    return bulletin + u'\x1f' + issueNo + u'\x1f' + issueDate;
}

std::shared_ptr<IssueTree> IssueTreeModel::build(const QList<library::ArticleSummary> &articles)
{
    auto tree = std::make_shared<IssueTree>();
    // The items have no model yet: a parentless root stands in for the invisible root item.
    QStandardItem root;
    QHash<QStandardItem *, QHash<QString, QStandardItem *>> index;
    QHash<QStandardItem *, int> warnings;
    tree->articles.reserve(articles.size());
    for (const library::ArticleSummary &a : articles) {
        const QString bulletin = a.bulletin.isEmpty() ? tr("(unnamed bulletin)") : a.bulletin;
        const QString year = a.issueDate.isEmpty() ? tr("(no date)") : a.issueDate.left(4);
        QStandardItem *b = child(&root, bulletin, bulletin, BulletinNode, index);
        QStandardItem *y = child(b, year, year, YearNode, index);
        QStandardItem *&i = tree->issues[issueKey(a.bulletin, a.issueNo, a.issueDate)];
        if (!i) {
            QString issue = a.issueNo.isEmpty() ? tr("(no issue number)") : tr("No. %1").arg(a.issueNo);
            if (!a.issueDate.isEmpty())
                issue += u" · "_s + a.issueDate;
            i = child(y, a.issueNo + u'|' + a.issueDate, issue, IssueNode, index);
            i->setData(a.bulletin, kBulletinRole);
            i->setData(a.issueNo, kIssueNoRole);
            i->setData(a.issueDate, kIssueDateRole);
            i->setData(issue, kBaseTextRole);
        }
        const QString page = a.page.isEmpty() ? tr("(no page)") : tr("Page %1").arg(a.page);
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
        tree->articles.insert(a.id, article);
    }
    for (auto it = warnings.cbegin(); it != warnings.cend(); ++it)
        it.key()->setText(it.key()->text() + u"  "_s + tr("⚠ %n warning(s)", nullptr, it.value()));
    tree->bulletins = root.takeColumn(0);
    return tree;
}

void IssueTreeModel::setTree(const std::shared_ptr<IssueTree> &tree)
{
    // Deleting the old items costs as much as building them: they are detached here and deleted on a
    // pool thread (items without a model belong to no thread).
    const QList<QStandardItem *> old = invisibleRootItem()->takeColumn(0);
    if (!old.isEmpty())
        QThreadPool::globalInstance()->start([old] { qDeleteAll(old); });
    m_articles = tree->articles;
    m_issues = tree->issues;
    // appendRow, not appendRows: the latter keeps the column count, which is 0 in an empty model.
    for (QStandardItem *bulletin : std::as_const(tree->bulletins))
        invisibleRootItem()->appendRow(bulletin);
    tree->adopted = true;
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
    QHash<QString, const library::IssueProgress *> byIssue;
    byIssue.reserve(progress.size());
    for (const library::IssueProgress &p : progress)
        byIssue.insert(issueKey(p.bulletin, p.issueNo, p.issueDate), &p);
    for (auto it = m_issues.cbegin(); it != m_issues.cend(); ++it) {
        QStandardItem *item = it.value();
        QString text = item->data(kBaseTextRole).toString();
        if (const library::IssueProgress *p = byIssue.value(it.key())) {
            text += u"  "_s + tr("%1/%2 approved").arg(p->approved).arg(p->articles);
            if (p->needsChanges > 0)
                text += u", "_s + tr("%n need(s) changes", nullptr, p->needsChanges);
        }
        if (item->text() != text)
            item->setText(text);
    }
}

QModelIndex IssueTreeModel::indexOfArticle(qint64 id) const
{
    const QStandardItem *item = m_articles.value(id);
    return item ? item->index() : QModelIndex();
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
    const quint64 generation = ++m_treeGeneration;
    QPointer<IssueBrowser> self(this);
    // Building ~150,000 items is too slow for the GUI thread; adopting them is quick.
    QThreadPool::globalInstance()->start([self, generation, articles] {
        std::shared_ptr<IssueTree> tree = IssueTreeModel::build(articles);
        QMetaObject::invokeMethod(
            qApp,
            [self, generation, tree] {
                if (self && generation == self->m_treeGeneration)
                    self->adoptTree(tree);
            },
            Qt::QueuedConnection);
    });
}

void IssueBrowser::adoptTree(const std::shared_ptr<IssueTree> &tree)
{
    const qint64 current = m_view->currentIndex().data(ArticleIdRole).toLongLong();
    m_model->setTree(tree);
    m_model->setProgress(m_progress);
    m_view->expandToDepth(2);
    const QModelIndex again = m_model->indexOfArticle(current);
    if (again.isValid())
        m_view->setCurrentIndex(again);
    Q_EMIT treeChanged();
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
