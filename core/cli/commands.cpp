#include "cli/commands.h"

#include "cli/output.h"
#include "library/library.h"
#include "library/librarypaths.h"
#include "library/migrations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

#include <memory>

using namespace Qt::StringLiterals;

namespace za::cli {

namespace {

// Same shape as QObject::tr so that lupdate reads plural forms.
QString tr(const char *text, const char *comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("za::cli", text, comment, n);
}

int checkCommand(Context &context)
{
    if (!context.arguments.isEmpty()) {
        context.err << tr("check takes no arguments") << '\n';
        return kExitUsage;
    }
    auto library = openLibrary(context, library::OpenMode::OpenOrCreate);
    if (!library)
        return kExitFailure;
    const library::LibraryStats stats = library->stats();
    const QStringList problems = library->check();
    if (context.json) {
        QJsonObject object{
            {u"path"_s, library->path()},
            {u"schema_version"_s, library->database().schemaVersion()},
            {u"articles"_s, stats.articles},
            {u"pages"_s, stats.pages},
            {u"sources"_s, stats.sources},
            {u"zones"_s, stats.zones},
            {u"size_bytes"_s, stats.fileBytes},
            {u"ok"_s, problems.isEmpty()},
            {u"problems"_s, QJsonArray::fromStringList(problems)},
        };
        printJson(context.out, object);
    } else {
        context.out << tr("Library: %1").arg(library->path()) << '\n'
                    << tr("Schema version: %1").arg(library->database().schemaVersion()) << '\n'
                    << tr("Articles: %1").arg(stats.articles) << '\n'
                    << tr("Pages: %1").arg(stats.pages) << '\n'
                    << tr("Source files: %1").arg(stats.sources) << '\n'
                    << tr("Zones: %1").arg(stats.zones) << '\n'
                    << tr("Size: %1 bytes").arg(stats.fileBytes) << '\n';
        if (problems.isEmpty()) {
            context.out << tr("Integrity: ok") << '\n';
        } else {
            context.out << tr("Integrity: %n problem(s)", nullptr, int(problems.size())) << '\n';
            for (const QString &problem : problems)
                context.out << "  " << problem << '\n';
        }
    }
    return problems.isEmpty() ? kExitOk : kExitFailure;
}

QList<Command> buildCommands()
{
    QList<Command> list;
    list << Command{
        u"check"_s, tr("Open (or create) the library, verify its integrity and show what it holds."),
        {},         {},
        {},         checkCommand};
    list << articleCommands();
    list << searchCommands();
    list << reviewCommands();
    list << maintenanceCommands();
    return list;
}

} // namespace

std::unique_ptr<library::Library> openLibrary(Context &context, library::OpenMode mode)
{
    const QString path = library::resolveLibraryPath(context.libraryOption);
    auto library = std::make_unique<library::Library>(path);
    QString error;
    if (!library->open(mode, &error)) {
        context.err << tr("error: %1").arg(error) << '\n';
        return nullptr;
    }
    return library;
}

const QList<Command> &commands()
{
    static const QList<Command> all = buildCommands();
    return all;
}

const Command *findCommand(const QString &name)
{
    for (const Command &command : commands()) {
        if (command.name == name)
            return &command;
    }
    return nullptr;
}

} // namespace za::cli
