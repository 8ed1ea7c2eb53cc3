#include "ui/application.h"

#include "library/librarypaths.h"
#include "resources/appresources.h"
#include "ui/importservice.h"
#include "ui/libraryservice.h"
#include "ui/mainwindow.h"
#include "ui/settings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace za::ui {

bool displayAvailable()
{
    return qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY") ||
           qEnvironmentVariableIsSet("QT_QPA_PLATFORM");
}

int runApplication(QApplication &app)
{
    Settings settings;
    resources::installTranslations(app, settings.language());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("za::ui", "ZoneArchive desktop application"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption libraryOption(
        u"library"_s, QApplication::translate("za::ui", "Library file to open."), u"PATH"_s);
    parser.addOption(libraryOption);
    parser.addPositionalArgument(
        u"link"_s, QApplication::translate("za::ui", "An article link to open: zonearchive://article/ID"),
        u"[link]"_s);
    parser.process(app);

    // An explicit --library or ZONEARCHIVE_LIBRARY wins; otherwise the library used last, else the default.
    QString path = parser.value(libraryOption);
    if (path.isEmpty() && !qEnvironmentVariableIsSet(library::kLibraryEnvironmentVariable))
        path = settings.lastLibrary();
    path = library::resolveLibraryPath(path);

    qint64 articleToOpen = 0;
    for (const QString &argument : parser.positionalArguments()) {
        const QUrl url(argument);
        if (url.scheme() == "zonearchive"_L1 && url.host() == "article"_L1)
            articleToOpen = url.path().mid(1).toLongLong();
    }

    LibraryService service;
    ImportService importer;
    MainWindow window(settings, service, importer);
    if (articleToOpen > 0) {
        QObject::connect(
            &service, &LibraryService::opened, &window,
            [&window, articleToOpen] { window.openArticle(articleToOpen); }, Qt::SingleShotConnection);
    }
    window.show();
    service.open(path);
    return app.exec();
}

} // namespace za::ui
