// Keeping a library safe: an online backup and a rebuild of everything derived from the stored sources.
#include "cli/commands.h"
#include "cli/output.h"
#include "library/importer.h"
#include "library/library.h"

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
    const QString target = QFileInfo(context.arguments.first()).absoluteFilePath();
    auto lib = openLibrary(context, library::OpenMode::OpenExisting);
    if (!lib)
        return kExitFailure;
    if (QFileInfo(target) == QFileInfo(lib->path())) {
        context.err << tr("error: the backup must go to another file than the library") << '\n';
        return kExitFailure;
    }
    // A damaged library would only copy its damage: say so rather than produce a backup that looks sound.
    const QStringList problems = lib->database().integrityProblems();
    if (!problems.isEmpty()) {
        context.err << tr("error: the library is damaged, no backup made:") << '\n';
        for (const QString &problem : problems)
            context.err << "  " << problem << '\n';
        return kExitFailure;
    }
    QString error;
    if (!lib->database().backupTo(target, &error)) {
        context.err << tr("error: %1").arg(error) << '\n';
        return kExitFailure;
    }
    // Proof that the copy opens as a library and is sound, before telling the user it is safe.
    library::Library copy(target);
    if (!copy.open(library::OpenMode::OpenExisting, &error)) {
        context.err << tr("error: the backup at %1 does not open: %2").arg(target, error) << '\n';
        return kExitFailure;
    }
    const QStringList copyProblems = copy.check();
    const library::LibraryStats stats = copy.stats();
    copy.database().close();
    if (!copyProblems.isEmpty()) {
        context.err << tr("error: the backup at %1 fails its check:").arg(target) << '\n';
        for (const QString &problem : copyProblems)
            context.err << "  " << problem << '\n';
        return kExitFailure;
    }
    if (context.json) {
        printJson(context.out, QJsonObject{{u"backup"_s, target},
                                           {u"articles"_s, stats.articles},
                                           {u"pages"_s, stats.pages},
                                           {u"sources"_s, stats.sources}});
    } else {
        context.out << tr("Backup written to %1: %2 article(s) from %3 page(s)")
                           .arg(target)
                           .arg(stats.articles)
                           .arg(stats.pages)
                    << '\n';
    }
    return kExitOk;
}

int rebuildCommand(Context &context)
{
    if (!context.arguments.isEmpty()) {
        context.err << tr("rebuild takes no arguments") << '\n';
        return kExitUsage;
    }
    auto lib = openLibrary(context, library::OpenMode::OpenExisting);
    if (!lib)
        return kExitFailure;
    // The stored sources are the only originals: when SQLite itself finds damage, rebuilding would
    // read from broken pages, so the user is pointed to a backup instead.
    const QStringList damage = lib->database().integrityProblems();
    if (!damage.isEmpty()) {
        context.err << tr("error: the library file is damaged; restore a backup (e.g. %1.schema*.bak or one "
                          "made with `zonearchive-cli backup`) or import the original files into a new "
                          "library:")
                           .arg(lib->path())
                    << '\n';
        for (const QString &problem : damage)
            context.err << "  " << problem << '\n';
        return kExitFailure;
    }
    const QStringList before = lib->check();
    library::Importer importer(*lib);
    QString error;
    if (!importer.reindex({}, &error)) {
        context.err << tr("error: rebuild failed, the library is unchanged: %1").arg(error) << '\n';
        return kExitFailure;
    }
    const QStringList after = lib->check();
    const library::LibraryStats stats = lib->stats();
    if (context.json) {
        printJson(context.out, QJsonObject{{u"pages"_s, stats.pages},
                                           {u"articles"_s, stats.articles},
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
               "source files."),
            {},
            {},
            {},
            rebuildCommand},
    };
}

} // namespace za::cli
