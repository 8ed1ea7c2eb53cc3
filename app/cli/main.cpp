#include "cli/cli.h"
#include "resources/appresources.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("zonearchive-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("ZoneArchive"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ZA_VERSION));
    za::resources::installTranslations(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = za::cli::run(QCoreApplication::arguments(), out, err);
    out.flush();
    err.flush();
    return code;
}
