#include "cli/cli.h"
#include "resources/appresources.h"
#include "search/sqliteconfig.h"

#include <QCoreApplication>
#include <QTextStream>

#ifdef ZA_HAVE_PDF_REPORT
#include "ui/report/pdfreport.h"

#include <QByteArrayView>
#include <QGuiApplication>
#endif

#include <cstdio>
#include <memory>

namespace {

#ifdef ZA_HAVE_PDF_REPORT
// True when the command line asks for PDF output (export --format pdf / --format=pdf).
bool wantsPdf(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView arg(argv[i]);
        if ((arg == "--format" || arg == "-format") && i + 1 < argc && QByteArrayView(argv[i + 1]) == "pdf")
            return true;
        if (arg == "--format=pdf" || arg == "-format=pdf")
            return true;
    }
    return false;
}
#endif

std::unique_ptr<QCoreApplication> createApplication(int &argc, char *argv[])
{
#ifdef ZA_HAVE_PDF_REPORT
    // Laying out and printing the PDF (fonts, QTextDocument, QPdfWriter) needs a QGuiApplication. Only
    // then is one created, on the offscreen platform unless the user chose another, so that the CLI
    // keeps running without a display (servers, cron, CI) and other commands do not load Qt Gui plugins.
    if (wantsPdf(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        za::cli::setPdfRenderer([](const QString &html, const QString &path, QString *error) {
            return za::report::writePdf(html, path, error) > 0;
        });
        return std::make_unique<QGuiApplication>(argc, argv);
    }
#endif
    return std::make_unique<QCoreApplication>(argc, argv);
}

} // namespace

int main(int argc, char *argv[])
{
    za::search::configureSqlite();
    const std::unique_ptr<QCoreApplication> app = createApplication(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("zonearchive-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("ZoneArchive"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ZA_VERSION));
    za::resources::installTranslations(*app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = za::cli::run(QCoreApplication::arguments(), out, err);
    out.flush();
    err.flush();
    return code;
}
