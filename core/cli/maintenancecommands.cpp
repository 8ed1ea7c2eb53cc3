// Keeping a library safe: an online backup and a rebuild of everything derived from the stored sources.
#include "cli/commands.h"
#include "cli/output.h"
#include "library/importer.h"
#include "library/library.h"
#include "library/librarypaths.h"
#include "library/maintenance.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace za::cli {

namespace {

// Same shape as QObject::tr so that lupdate reads plural forms.
QString tr(const char *text, const char *comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("za::cli", text, comment, n);
}

int backupCommand(Context &context)
{
    if (context.arguments.size() != 1) {
        context.err << tr("backup needs one target file") << '\n';
        return kExitUsage;
    }
    auto lib = openLibrary(context, library::OpenMode::OpenExisting);
    if (!lib)
        return kExitFailure;
    library::BackupResult result;
    QString error;
    if (!library::backupLibrary(*lib, context.arguments.first(), &result, &error)) {
        context.err << tr("error: %1").arg(error) << '\n';
        for (const QString &problem : std::as_const(result.problems))
            context.err << "  " << problem << '\n';
        return kExitFailure;
    }
    if (context.json) {
        printJson(context.out, QJsonObject{{u"backup"_s, result.path},
                                           {u"articles"_s, result.stats.articles},
                                           {u"pages"_s, result.stats.pages},
                                           {u"sources"_s, result.stats.sources}});
    } else {
        context.out << tr("Backup written to %1: %2 article(s) from %3 page(s)")
                           .arg(result.path)
                           .arg(result.stats.articles)
                           .arg(result.stats.pages)
                    << '\n';
    }
    return kExitOk;
}

library::Importer::ProgressCallback progressPrinter(Context &context, const QString &what)
{
    if (context.json)
        return {};
    return [&context, what](const library::ImportProgress &p) {
        context.err << '\r' << what.arg(p.filesDone).arg(p.filesTotal) << Qt::flush;
    };
}

QJsonObject countsJson(const QMap<QString, qint64> &counts)
{
    QJsonObject object;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

// The file itself is damaged: copy what SQLite can still read into a new file and rebuild from it.
int salvage(Context &context, const QString &path, const QStringList &damage)
{
    if (!context.json) {
        context.err << tr("The library file is damaged:") << '\n';
        for (const QString &problem : damage)
            context.err << "  " << problem << '\n';
        context.err << tr("Copying what can still be read into a new file, then rebuilding from the stored "
                          "sources.")
                    << '\n';
    }
    library::SalvageReport report;
    QString error;
    const bool ok =
        library::salvageLibrary(path, progressPrinter(context, tr("Rebuilding %1/%2")), &report, &error);
    if (!context.json)
        context.err << '\n';
    if (!ok) {
        context.err << tr("error: the rebuild failed, the library file was not changed: %1").arg(error)
                    << '\n';
        context.err
            << tr("Restore a backup instead: `zonearchive-cli restore-backup` lists the backups found.")
            << '\n';
        return kExitFailure;
    }
    qint64 lost = 0;
    for (qint64 n : std::as_const(report.rowsLost))
        lost += n;
    if (context.json) {
        printJson(context.out, QJsonObject{{u"salvaged"_s, true},
                                           {u"damaged_file"_s, report.movedAside},
                                           {u"rows_copied"_s, countsJson(report.rowsCopied)},
                                           {u"rows_lost"_s, countsJson(report.rowsLost)},
                                           {u"pages"_s, report.stats.pages},
                                           {u"articles"_s, report.stats.articles},
                                           {u"ok"_s, true}});
    } else {
        context.out
            << tr("Rebuilt %1 article(s) from %2 page(s)").arg(report.stats.articles).arg(report.stats.pages)
            << '\n';
        context.out << tr("The damaged file was kept as %1").arg(report.movedAside) << '\n';
        if (lost > 0) {
            context.out << tr("Rows that could not be read: %n", nullptr, int(lost)) << '\n';
            for (auto it = report.rowsLost.cbegin(); it != report.rowsLost.cend(); ++it) {
                if (it.value() > 0)
                    context.out << "  " << it.key() << ": " << it.value() << '\n';
            }
        }
    }
    return lost > 0 ? kExitFailure : kExitOk;
}

int rebuildCommand(Context &context)
{
    if (!context.arguments.isEmpty()) {
        context.err << tr("rebuild takes no arguments") << '\n';
        return kExitUsage;
    }
    const QString path = library::resolveLibraryPath(context.libraryOption);
    auto lib = std::make_unique<library::Library>(path);
    QString error;
    if (!lib->open(library::OpenMode::OpenExisting, &error)) {
        if (lib->database().openProblem() != library::OpenProblem::Damaged) {
            context.err << tr("error: %1").arg(error) << '\n';
            return kExitFailure;
        }
        lib.reset();
        return salvage(context, path, {error});
    }
    // Reading derived data from a file SQLite finds broken could carry the damage on; the salvage reads
    // each row on its own and leaves out what it cannot read.
    const QStringList damage = lib->database().integrityProblems();
    if (!damage.isEmpty()) {
        lib.reset();
        return salvage(context, path, damage);
    }
    const QStringList before = lib->check();
    library::Importer importer(*lib);
    const bool ok = importer.reindex(progressPrinter(context, tr("Rebuilding %1/%2")), &error);
    if (!context.json)
        context.err << '\n';
    if (!ok) {
        context.err << tr("error: rebuild failed, the library is unchanged: %1").arg(error) << '\n';
        return kExitFailure;
    }
    const QStringList after = lib->check();
    const library::LibraryStats stats = lib->stats();
    if (context.json) {
        printJson(context.out, QJsonObject{{u"pages"_s, stats.pages},
                                           {u"articles"_s, stats.articles},
                                           {u"salvaged"_s, false},
                                           {u"problems_before"_s, QJsonArray::fromStringList(before)},
                                           {u"problems_after"_s, QJsonArray::fromStringList(after)},
                                           {u"ok"_s, after.isEmpty()}});
    } else {
        if (!before.isEmpty()) {
            context.out << tr("Found before the rebuild:") << '\n';
            for (const QString &problem : before)
                context.out << "  " << problem << '\n';
        }
        context.out << tr("Rebuilt %1 article(s) from %2 page(s)").arg(stats.articles).arg(stats.pages)
                    << '\n';
        if (after.isEmpty()) {
            context.out << tr("Integrity: ok") << '\n';
        } else {
            context.out << tr("Integrity: %n problem(s)", nullptr, int(after.size())) << '\n';
            for (const QString &problem : after)
                context.out << "  " << problem << '\n';
        }
    }
    return after.isEmpty() ? kExitOk : kExitFailure;
}

int restoreBackupCommand(Context &context)
{
    if (context.arguments.size() > 1) {
        context.err << tr("restore-backup takes at most one backup file") << '\n';
        return kExitUsage;
    }
    const QString path = library::resolveLibraryPath(context.libraryOption);
    if (context.arguments.isEmpty()) {
        const QList<library::BackupFile> backups = library::findBackups(path);
        if (context.json) {
            QJsonArray list;
            for (const library::BackupFile &b : backups)
                list.append(QJsonObject{{u"path"_s, b.path},
                                        {u"modified"_s, b.modified.toString(Qt::ISODate)},
                                        {u"bytes"_s, b.size}});
            printJson(context.out, QJsonObject{{u"library"_s, path}, {u"backups"_s, list}});
        } else if (backups.isEmpty()) {
            context.out << tr("No backups found beside %1").arg(path) << '\n';
        } else {
            context.out << tr("Backups of %1 (newest first):").arg(path) << '\n';
            for (const library::BackupFile &b : backups)
                context.out << "  " << b.modified.toString(u"yyyy-MM-dd HH:mm"_s) << "  " << b.path << '\n';
        }
        return kExitOk;
    }
    QString movedAside;
    QString error;
    if (!library::restoreBackup(path, QFileInfo(context.arguments.first()).absoluteFilePath(), &movedAside,
                                &error)) {
        context.err << tr("error: %1").arg(error) << '\n';
        return kExitFailure;
    }
    if (context.json) {
        printJson(context.out, QJsonObject{{u"library"_s, path}, {u"replaced_file"_s, movedAside}});
    } else {
        context.out << tr("Restored %1 from %2").arg(path, context.arguments.first()) << '\n';
        if (!movedAside.isEmpty())
            context.out << tr("The file it replaced was kept as %1").arg(movedAside) << '\n';
    }
    return kExitOk;
}

} // namespace

QList<Command> maintenanceCommands()
{
    return {
        Command{
            u"backup"_s,
            tr("Write a consistent copy of the library to a new file (safe while the library is in use)."),
            {},
            u"PATH"_s,
            tr("The backup file to create; it must not exist."),
            backupCommand},
        Command{
            u"rebuild"_s,
            tr("Check the library, then recreate all derived data (articles, tags, index) from the stored "
               "source files; a file SQLite finds damaged is first copied, row by row, into a new one."),
            {},
            {},
            {},
            rebuildCommand},
        Command{u"restore-backup"_s,
                tr("List the backups found beside the library, or put one in its place (the replaced file is "
                   "kept)."),
                {},
                u"[BACKUP]"_s,
                tr("The backup file to restore; without it, the backups found are listed."),
                restoreBackupCommand},
    };
}

} // namespace za::cli
