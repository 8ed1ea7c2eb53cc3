#include "ui/articleview.h"
#include "ui/compareview.h"
#include "ui/facetmodel.h"
#include "ui/facetpanel.h"
#include "ui/filterchips.h"
#include "ui/importservice.h"
#include "ui/issuebrowser.h"
#include "ui/libraryservice.h"
#include "ui/mainwindow.h"
#include "ui/reviewbar.h"
#include "ui/reviewdialogs.h"
#include "ui/roles.h"
#include "ui/searchbar.h"
#include "ui/searchresultsmodel.h"
#include "ui/setcompareview.h"
#include "ui/settings.h"

#include <QComboBox>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace za::ui;

namespace {

// Everything one window needs, on a fresh library in a temporary folder.
struct Fixture
{
    QTemporaryDir dir;
    Settings settings{dir.filePath(u"settings.ini"_s)};
    LibraryService service;
    ImportService importer;
    MainWindow window{settings, service, importer};
    QString libraryPath = dir.filePath(u"lib.zarchive"_s);
};

// Opens a new library and waits until the bundled sample is imported and searched.
bool openWithSample(Fixture &f)
{
    QSignalSpy imported(&f.importer, &ImportService::finished);
    QSignalSpy searched(&f.service, &LibraryService::searchFinished);
    f.window.show();
    f.service.open(f.libraryPath);
    if (!imported.wait(30000))
        return false;
    // The import's refresh re-runs the search; wait for the answer that includes the sample.
    return QTest::qWaitFor([&] { return f.window.resultsModel()->rowCount() > 0; }, 20000);
}

QModelIndex findFacetValue(const QAbstractItemModel *model, za::search::Facet facet,
                           const QModelIndex &parent = {})
{
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        if ((index.flags() & Qt::ItemIsUserCheckable) && index.data(FacetNameRole).toInt() == int(facet))
            return index;
        if (const QModelIndex found = findFacetValue(model, facet, index); found.isValid())
            return found;
    }
    return {};
}

} // namespace

class TestMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void opensLibraryOffTheGuiThreadAndShowsItInStatusBar()
    {
        Fixture f;
        f.window.show();
        QSignalSpy opened(&f.service, &LibraryService::opened);
        f.service.open(f.libraryPath);
        QVERIFY(opened.wait(10000));
        QVERIFY(f.service.isOpen());
        auto *label = f.window.findChild<QLabel *>(u"libraryLabel"_s);
        QVERIFY(label);
        QVERIFY(label->text().contains(f.libraryPath));
    }

    void failedOpenIsReported()
    {
        QTemporaryDir dir;
        const QString bogus = dir.filePath(u"bogus.zarchive"_s);
        QFile file(bogus);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(200, 'x'));
        file.close();
        LibraryService service;
        QSignalSpy failed(&service, &LibraryService::openFailed);
        service.open(bogus);
        QVERIFY(failed.wait(10000));
        QVERIFY(!service.isOpen());
    }

    void newLibraryStartsWithTheSample()
    {
        Fixture f;
        QVERIFY(openWithSample(f));
        QVERIFY(f.window.resultsModel()->total() >= 3);
        QVERIFY(QTest::qWaitFor([&] { return f.service.stats().articles >= 3; }, 10000));
    }

    // The end-to-end path of issue 6: sample → search → zone facet → two articles side by side.
    void searchFacetAndCompareEndToEnd()
    {
        Fixture f;
        QVERIFY(openWithSample(f));

        QSignalSpy searched(&f.service, &LibraryService::searchFinished);
        f.window.searchBar()->setText(u"开发区"_s);
        f.window.searchNow();
        QVERIFY(searched.wait(10000));
        const qint64 withQuery = f.window.resultsModel()->total();
        QVERIFY(withQuery > 0);
        const QString snippet = f.window.resultsModel()->index(0).data(SnippetRole).toString();
        QVERIFY2(snippet.contains(u"<mark>"_s), qPrintable(snippet));

        const QModelIndex zone = findFacetValue(f.window.facetPanel()->model(), za::search::Facet::Zone);
        QVERIFY2(zone.isValid(), "the sample's articles carry zones");
        const QString zoneName = zone.data(FacetValueRole).toString();
        const qint64 zoneCount = zone.data(FacetCountRole).toLongLong();
        QVERIFY(f.window.facetPanel()->model()->setData(zone, Qt::Checked, Qt::CheckStateRole));
        QVERIFY(searched.wait(10000));
        QCOMPARE(f.window.resultsModel()->total(), zoneCount);
        QCOMPARE(f.window.selection().value(za::search::Facet::Zone), QStringList{zoneName});
        QCOMPARE(f.window.filterChips()->chipCount(), 1);
        for (int row = 0; row < f.window.resultsModel()->rowCount(); ++row)
            QVERIFY(f.window.resultsModel()->index(row).data(ZonesRole).toStringList().contains(zoneName));

        // Two articles of the library side by side.
        f.window.clearAllFacets();
        f.window.searchBar()->clear();
        f.window.searchNow();
        QVERIFY(QTest::qWaitFor([&] { return f.window.resultsModel()->rowCount() >= 2; }, 10000));
        const qint64 first = f.window.resultsModel()->articleId(f.window.resultsModel()->index(0));
        const qint64 second = f.window.resultsModel()->articleId(f.window.resultsModel()->index(1));
        f.window.compareArticles({first, second});
        QVERIFY(QTest::qWaitFor([&] { return f.window.compareView()->paneCount() == 2; }, 10000));
        QCOMPARE(f.window.readerTabs()->currentWidget(), f.window.compareView());
        QCOMPARE(f.window.compareView()->articleIds(), (QList<qint64>{first, second}));
        QVERIFY(!f.window.compareView()->pane(0)->browser()->toPlainText().isEmpty());
        QVERIFY(f.window.compareView()->pane(0)->browser()->toPlainText() !=
                f.window.compareView()->pane(1)->browser()->toPlainText());
    }

    void compareSetsHaveTheirOwnCounts()
    {
        Fixture f;
        QVERIFY(openWithSample(f));
        const QModelIndex zone = findFacetValue(f.window.facetPanel()->model(), za::search::Facet::Zone);
        QVERIFY(zone.isValid());
        const QString zoneName = zone.data(FacetValueRole).toString();
        SetCompareView *sets = f.window.setCompareView();
        sets->setQuery(0, u"zone:"_s + zoneName);
        sets->setQuery(1, QString());
        sets->runSide(0);
        sets->runSide(1);
        QVERIFY(QTest::qWaitFor(
            [&] { return sets->results(0)->rowCount() > 0 && sets->results(1)->rowCount() > 0; }, 10000));
        QCOMPARE(sets->results(0)->total(), zone.data(FacetCountRole).toLongLong());
        QVERIFY(sets->results(1)->total() > sets->results(0)->total());
        QVERIFY(sets->summary(0).contains(zoneName));
        // The main search is not disturbed by the side searches.
        QVERIFY(f.window.resultsModel()->total() >= sets->results(1)->total());
    }

    void exportsTheArticleAsPdf()
    {
        Fixture f;
        QVERIFY(openWithSample(f));
        f.window.resultsView()->setCurrentIndex(f.window.resultsModel()->index(0));
        QVERIFY(QTest::qWaitFor([&] { return f.window.reader()->hasArticle(); }, 10000));
        const QString pdf = f.dir.filePath(u"article.pdf"_s);
        QVERIFY(f.window.exportArticlePdf(pdf));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
    }

    // Issue 7 from the editor's chair: approve and move on, then correct an article; the original stays.
    void approveAndCorrect()
    {
        Fixture f;
        QVERIFY(openWithSample(f));
        f.settings.setReviewerName(u"编辑甲"_s);
        f.window.resultsView()->setCurrentIndex(f.window.resultsModel()->index(0));
        QVERIFY(QTest::qWaitFor([&] { return f.window.reader()->hasArticle(); }, 10000));
        const qint64 first = f.window.reader()->article().id;
        QVERIFY(QTest::qWaitFor([&] { return !f.window.reviewBar()->statusText().isEmpty(); }, 10000));

        QSignalSpy written(&f.service, &LibraryService::reviewWritten);
        f.window.approveAndNext();
        QVERIFY(written.wait(10000));
        QCOMPARE(written.last().at(0).toLongLong(), first);
        QVERIFY(written.last().at(1).toBool());
        QCOMPARE(f.window.resultsView()->currentIndex().row(), 1);
        QVERIFY(QTest::qWaitFor(
            [&] { return f.window.reader()->hasArticle() && f.window.reader()->article().id != first; },
            10000));
        // The first article now says who approved it.
        f.window.openArticle(first);
        QVERIFY(QTest::qWaitFor(
            [&] {
                return f.window.reader()->article().id == first &&
                       f.window.reviewBar()->statusText().contains(u"编辑甲"_s);
            },
            10000));

        // Correct the headline through the service, as the dialog would.
        const QString original = f.window.reader()->article().headline;
        CorrectionDialog dialog(f.window.reader()->article());
        dialog.headlineEdit()->setText(original + u"（更正）"_s);
        const za::library::FieldCorrection correction = dialog.correction();
        QVERIFY(correction.headline.has_value());
        QVERIFY(!correction.body.has_value());
        f.service.correct(first, correction, u"编辑甲"_s, u"标题补正"_s);
        QVERIFY(written.wait(10000));
        QVERIFY(written.last().at(1).toBool());
        QVERIFY(QTest::qWaitFor(
            [&] { return f.window.reader()->article().headline == original + u"（更正）"_s; }, 10000));
        QSignalSpy revisions(&f.service, &LibraryService::revisionsReady);
        f.service.requestRevisions(first);
        QVERIFY(revisions.wait(10000));
        const auto list = revisions.last().at(1).value<QList<za::library::Revision>>();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.first().fields.headline, original); // revision 0: the machine's parse, kept
    }

    // Move Paragraph from the reader: the dialog lists the issue's other articles (loaded by the worker),
    // and accepting it moves the paragraph as a revision of both articles.
    void moveParagraphFromTheReader()
    {
        Fixture f;
        QVERIFY(openWithSample(f));
        // An article with at least two paragraphs.
        qint64 source = 0;
        for (int row = 0; row < f.window.resultsModel()->rowCount() && source == 0; ++row) {
            f.window.resultsView()->setCurrentIndex(f.window.resultsModel()->index(row));
            const qint64 id = f.window.resultsModel()->articleId(f.window.resultsModel()->index(row));
            QVERIFY(QTest::qWaitFor(
                [&] { return f.window.reader()->hasArticle() && f.window.reader()->article().id == id; },
                10000));
            if (f.window.reader()->article().body.count(u"\n\n"_s) >= 1)
                source = id;
        }
        QVERIFY2(source > 0, "the sample has an article of several paragraphs");
        const QString moved = f.window.reader()->article().body.section(u"\n\n"_s, 0, 0);

        Q_EMIT f.window.reviewBar()->moveParagraphRequested();
        MoveParagraphDialog *dialog = nullptr;
        QVERIFY(QTest::qWaitFor(
            [&] {
                dialog = f.window.findChild<MoveParagraphDialog *>();
                return dialog && dialog->targetBox()->count() > 0;
            },
            10000));
        dialog->paragraphList()->setCurrentRow(0);
        dialog->targetBox()->setCurrentIndex(0);
        const qint64 target = dialog->target();
        QVERIFY(target > 0 && target != source);
        QCOMPARE(dialog->paragraph(), 0);
        QSignalSpy written(&f.service, &LibraryService::reviewWritten);
        dialog->accept();
        QVERIFY(written.wait(10000));
        QVERIFY2(written.last().at(1).toBool(), qPrintable(written.last().at(2).toString()));

        QSignalSpy loaded(&f.service, &LibraryService::articlesReady);
        f.service.requestArticles({source, target});
        QVERIFY(loaded.wait(10000));
        const auto articles = loaded.last().at(0).value<QList<za::library::ArticleRecord>>();
        QCOMPARE(articles.size(), 2);
        for (const za::library::ArticleRecord &a : articles) {
            if (a.id == source)
                QVERIFY(!a.body.startsWith(moved));
            else
                QVERIFY(a.body.endsWith(moved));
        }
    }

    // The issue browser's "Export Review Report…" ends in the worker, which prints the PDF.
    void reviewReportIsExportedAsPdf()
    {
        Fixture f;
        QVERIFY(openWithSample(f));
        f.window.resultsView()->setCurrentIndex(f.window.resultsModel()->index(0));
        QVERIFY(QTest::qWaitFor([&] { return f.window.reader()->hasArticle(); }, 10000));
        const za::library::ArticleRecord article = f.window.reader()->article();
        za::library::IssueSelector issue;
        issue.bulletin = article.bulletin;
        issue.issueNo = article.issueNo;
        const QString path = f.dir.filePath(u"report.pdf"_s);
        QSignalSpy exported(&f.service, &LibraryService::reviewReportExported);
        Q_EMIT f.window.issueBrowser()->reportExportRequested(issue, path, u"pdf"_s);
        QVERIFY(exported.wait(30000));
        QVERIFY2(exported.last().at(1).toBool(), qPrintable(exported.last().at(2).toString()));
        QFile pdf(path);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
    }

    // zonearchive://article/ID on the command line: the window opens the library and shows that article,
    // even though the first search of the library finishes first and would fill the reader with its top hit.
    void articleLinkWinsOverTheFirstHit()
    {
        qint64 target = 0;
        QTemporaryDir dir;
        const QString settingsPath = dir.filePath(u"settings.ini"_s);
        const QString library = dir.filePath(u"lib.zarchive"_s);
        {
            Fixture f;
            f.libraryPath = library;
            QVERIFY(openWithSample(f));
            QVERIFY(f.window.resultsModel()->rowCount() >= 3);
            target = f.window.resultsModel()->articleId(
                f.window.resultsModel()->index(f.window.resultsModel()->rowCount() - 1));
            QVERIFY(target != f.window.resultsModel()->articleId(f.window.resultsModel()->index(0)));
        }
        Settings settings(settingsPath);
        LibraryService service;
        ImportService importer;
        MainWindow window(settings, service, importer);
        QSignalSpy searched(&service, &LibraryService::searchFinished);
        connect(&service, &LibraryService::opened, &window, [&] { window.openArticle(target); });
        window.show();
        service.open(library);
        QVERIFY(searched.wait(20000));
        QVERIFY(QTest::qWaitFor([&] { return window.reader()->hasArticle(); }, 10000));
        QTest::qWait(300); // any late answer for the top hit would arrive now
        QCOMPARE(window.reader()->article().id, target);
    }

    void malformedQueryShowsMessageAndKeepsResults()
    {
        Fixture f;
        QVERIFY(openWithSample(f));
        const int before = f.window.resultsModel()->rowCount();
        QSignalSpy searched(&f.service, &LibraryService::searchFinished);
        f.window.searchBar()->setText(u"(太原 OR"_s);
        f.window.searchNow();
        QVERIFY(searched.wait(10000));
        auto *message = f.window.findChild<QLabel *>(u"queryMessage"_s);
        QVERIFY(message);
        const auto result = searched.last().at(0).value<za::search::SearchResult>();
        if (!result.ok()) {
            QVERIFY(message->isVisibleTo(&f.window));
            QCOMPARE(f.window.resultsModel()->rowCount(), before);
        }
    }

    void geometryPersists()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(u"settings.ini"_s);
        {
            Settings settings(ini);
            LibraryService service;
            ImportService importer;
            MainWindow window(settings, service, importer);
            window.resize(900, 640);
            window.show();
            window.close();
        }
        Settings settings(ini);
        QVERIFY(!settings.mainWindowGeometry().isEmpty());
        LibraryService service;
        ImportService importer;
        MainWindow window(settings, service, importer);
        QCOMPARE(window.size(), QSize(900, 640));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
