// Saves screenshots of the main views for the README and for reviewing the UI by eye:
//   zonearchive-screenshots --library LIB --out DIR [--query TEXT]
// scripts/screenshots.sh runs it under Xvfb. A new library gets the bundled sample first.
#include "resources/appresources.h"
#include "ui/articleview.h"
#include "ui/compareview.h"
#include "ui/facetpanel.h"
#include "ui/importservice.h"
#include "ui/issuebrowser.h"
#include "ui/libraryservice.h"
#include "ui/mainwindow.h"
#include "ui/roles.h"
#include "ui/searchbar.h"
#include "ui/searchresultsmodel.h"
#include "ui/settings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QListView>
#include <QTemporaryDir>
#include <QTreeView>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace za::ui;

namespace {

bool waitFor(const std::function<bool()> &condition, int timeoutMs = 30000)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    return true;
}

void settle(int ms = 400)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
}

bool save(QWidget &window, const QDir &out, const QString &name)
{
    settle();
    const QString path = out.filePath(name + u".png"_s);
    const bool ok = window.grab().save(path);
    std::printf("%s %s\n", ok ? "saved" : "FAILED", qPrintable(path));
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"zonearchive"_s);
    QApplication::setApplicationVersion(u"screenshots"_s);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption libraryOption(u"library"_s, u"Library file."_s, u"PATH"_s);
    const QCommandLineOption outOption(u"out"_s, u"Folder for the PNG files."_s, u"DIR"_s, u"screenshots"_s);
    const QCommandLineOption queryOption(u"query"_s, u"Query for the search view."_s, u"TEXT"_s,
                                         u"开发区 招商"_s);
    const QCommandLineOption languageOption(u"language"_s, u"zh_CN or en."_s, u"LANG"_s, u"zh_CN"_s);
    parser.addOptions({libraryOption, outOption, queryOption, languageOption});
    parser.process(app);
    za::resources::installTranslations(app, parser.value(languageOption));

    QTemporaryDir scratch;
    const QString library =
        parser.isSet(libraryOption) ? parser.value(libraryOption) : scratch.filePath(u"sample.zarchive"_s);
    QDir out(parser.value(outOption));
    out.mkpath(u"."_s);

    Settings settings(scratch.filePath(u"settings.ini"_s));
    LibraryService service;
    ImportService importer;
    MainWindow window(settings, service, importer);
    window.resize(1400, 880);
    window.show();
    service.open(library);
    if (!waitFor([&] {
            return service.isOpen() && !importer.isRunning() && window.resultsModel()->rowCount() > 0;
        })) {
        std::fputs("the library did not open or has no articles\n", stderr);
        return 1;
    }
    window.resultsView()->setCurrentIndex(window.resultsModel()->index(0));
    waitFor([&] { return window.reader()->hasArticle(); });
    bool ok = save(window, out, u"main"_s);

    window.searchBar()->setText(parser.value(queryOption));
    window.searchNow();
    waitFor([&] { return window.resultsModel()->rowCount() > 0; });
    window.resultsView()->setCurrentIndex(window.resultsModel()->index(0));
    settle(800);
    ok = save(window, out, u"search"_s) && ok;

    window.searchBar()->clear();
    window.searchNow();
    waitFor([&] { return window.resultsModel()->rowCount() >= 2; });
    QList<qint64> ids;
    for (int row = 0; row < std::min(3, window.resultsModel()->rowCount()); ++row)
        ids << window.resultsModel()->articleId(window.resultsModel()->index(row));
    window.compareArticles(ids);
    waitFor([&] { return window.compareView()->paneCount() == ids.size(); });
    ok = save(window, out, u"compare"_s) && ok;

    if (auto *dock = window.findChild<QDockWidget *>(u"issueDock"_s))
        dock->raise();
    window.switchToTab(0);
    window.issueBrowser()->view()->expandAll();
    ok = save(window, out, u"issues"_s) && ok;

    settings.setTheme(Settings::Theme::Dark);
    window.close();
    return ok ? 0 : 1;
}
