#include "resources/appresources.h"
#include "search/sqliteconfig.h"
#include "ui/application.h"

#include <QApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    // Without a display Qt aborts deep inside its platform plugin; say what to do instead.
    if (!za::ui::displayAvailable()) {
        std::fputs("zonearchive: no display found (DISPLAY and WAYLAND_DISPLAY are unset).\n"
                   "Run it in a desktop session, or headless under Xvfb:  xvfb-run -a zonearchive\n",
                   stderr);
        return 1;
    }
    za::search::configureSqlite();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("zonearchive"));
    QApplication::setApplicationDisplayName(QStringLiteral("ZoneArchive"));
    QApplication::setOrganizationName(QStringLiteral("ZoneArchive"));
    QApplication::setApplicationVersion(QStringLiteral(ZA_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.zonearchive.ZoneArchive"));
    return za::ui::runApplication(app);
}
