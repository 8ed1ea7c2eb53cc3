#include "ui/issuebrowser.h"
#include "ui/roles.h"

#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace za::ui;

namespace {

za::library::ArticleSummary summary(qint64 id, const QString &bulletin, const QString &no,
                                    const QString &date, const QString &page, const QString &headline)
{
    za::library::ArticleSummary s;
    s.id = id;
    s.bulletin = bulletin;
    s.issueNo = no;
    s.issueDate = date;
    s.page = page;
    s.headline = headline;
    return s;
}

QList<za::library::ArticleSummary> archive(qint64 firstId)
{
    return {summary(firstId, u"山西简报"_s, u"18"_s, u"2023-05-25"_s, u"D1"_s, u"头版文章"_s),
            summary(firstId + 1, u"山西简报"_s, u"18"_s, u"2023-05-25"_s, u"D2"_s, u"二版文章一"_s),
            summary(firstId + 2, u"山西简报"_s, u"18"_s, u"2023-05-25"_s, u"D2"_s, QString()),
            summary(firstId + 3, u"山西简报"_s, u"19"_s, u"2023-06-01"_s, u"D1"_s, u"下一期"_s),
            summary(firstId + 4, u"园区周报"_s, u"3"_s, u"2024-01-05"_s, u"1"_s, u"另一份简报"_s)};
}

} // namespace

class TestIssueBrowser final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void treeGroupsBulletinYearIssuePage()
    {
        IssueTreeModel model;
        model.setArticles(archive(1));
        QCOMPARE(model.rowCount(), 2); // two bulletins
        const QModelIndex article = model.indexOfArticle(3);
        QVERIFY(article.isValid());
        QCOMPARE(article.data(ArticleIdRole).toLongLong(), 3);
        QVERIFY(article.data().toString().contains(u"no headline"_s) || !article.data().toString().isEmpty());
        const QModelIndex page = article.parent();
        QCOMPARE(model.rowCount(page), 2); // D2 holds two articles
        const za::library::IssueSelector issue = IssueTreeModel::issueOf(article);
        QCOMPARE(issue.bulletin, u"山西简报"_s);
        QCOMPARE(issue.issueNo, u"18"_s);
        QCOMPARE(issue.issueDate, u"2023-05-25"_s);
        QVERIFY(!model.indexOfArticle(99).isValid());
    }

    void progressIsShownOnItsIssueOnly()
    {
        IssueTreeModel model;
        model.setArticles(archive(1));
        za::library::IssueProgress p;
        p.bulletin = u"山西简报"_s;
        p.issueNo = u"18"_s;
        p.issueDate = u"2023-05-25"_s;
        p.articles = 3;
        p.approved = 1;
        p.needsChanges = 1;
        model.setProgress({p});
        const QModelIndex issue18 = model.indexOfArticle(1).parent().parent();
        const QModelIndex issue19 = model.indexOfArticle(4).parent().parent();
        QVERIFY2(issue18.data().toString().contains(u"1/3"_s), qPrintable(issue18.data().toString()));
        QVERIFY(!issue19.data().toString().contains(u"/"_s));
        // Progress changes replace the old figures rather than adding to them.
        p.approved = 3;
        p.needsChanges = 0;
        model.setProgress({p});
        QVERIFY(issue18.data().toString().contains(u"3/3"_s));
        QVERIFY(!issue18.data().toString().contains(u"1/3"_s));
    }

    // The browser builds trees off the GUI thread; the answer to an older request never replaces a newer
    // tree, and the article being read stays selected.
    void newestTreeWinsAndSelectionIsKept()
    {
        IssueBrowser browser;
        QSignalSpy changed(&browser, &IssueBrowser::treeChanged);
        browser.setArticles(archive(1));
        QVERIFY(changed.wait(10000));
        browser.view()->setCurrentIndex(browser.model()->indexOfArticle(2));
        changed.clear();
        QList<za::library::ArticleSummary> bigger = archive(1);
        bigger << summary(100, u"山西简报"_s, u"20"_s, u"2023-06-08"_s, u"D1"_s, u"新的一期"_s);
        browser.setArticles(archive(50)); // superseded at once
        browser.setArticles(bigger);
        QVERIFY(QTest::qWaitFor([&] { return browser.model()->indexOfArticle(100).isValid(); }, 10000));
        QTest::qWait(200);
        QVERIFY(!browser.model()->indexOfArticle(50).isValid());
        QCOMPARE(browser.view()->currentIndex().data(ArticleIdRole).toLongLong(), 2);
    }
};

QTEST_MAIN(TestIssueBrowser)
#include "tst_issuebrowser.moc"
