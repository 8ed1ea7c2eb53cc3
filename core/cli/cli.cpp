#include "cli/cli.h"

#include "cli/commands.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace za::cli {

namespace {

// Same shape as QObject::tr so that lupdate reads plural forms.
QString tr(const char *text, const char *comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("za::cli", text, comment, n);
}

void printUsage(QTextStream &out)
{
    out << tr("Usage: zonearchive-cli [--library PATH] COMMAND [OPTIONS] [ARGS]") << '\n'
        << tr("ZoneArchive (开发区简报档案): the archive engine from a shell.") << "\n\n"
        << tr("Commands:") << '\n';
    for (const Command &command : commands())
        out << "  " << command.name.leftJustified(12) << ' ' << command.summary << '\n';
    out << '\n'
        << tr("Global options:") << '\n'
        << "  --library PATH  "
        << tr("library file (default: $ZONEARCHIVE_LIBRARY, then the per-user library)") << '\n'
        << "  --json          " << tr("machine-readable output") << '\n'
        << "  -h, --help      " << tr("help for zonearchive-cli or for a command") << '\n'
        << "  -v, --version   " << tr("print the version") << '\n';
}

// The command is the first argument that is neither an option nor the value of --library.
int commandIndex(const QStringList &arguments)
{
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == "--library"_L1) {
            ++i;
            continue;
        }
        if (!arg.startsWith(u'-'))
            return i;
    }
    return -1;
}

PdfRenderer &rendererSlot()
{
    static PdfRenderer renderer;
    return renderer;
}

} // namespace

void setPdfRenderer(PdfRenderer renderer)
{
    rendererSlot() = std::move(renderer);
}

const PdfRenderer &pdfRenderer()
{
    return rendererSlot();
}

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const int index = commandIndex(arguments);
    const bool wantsHelp = arguments.contains("--help"_L1) || arguments.contains("-h"_L1);
    if (index < 0) {
        if (arguments.contains("--version"_L1) || arguments.contains("-v"_L1)) {
            out << "zonearchive-cli " << QCoreApplication::applicationVersion() << '\n';
            return 0;
        }
        if (wantsHelp) {
            printUsage(out);
            return 0;
        }
        printUsage(err);
        return 2;
    }

    QString name = arguments.at(index);
    QStringList rest = arguments;
    if (name == "help"_L1) {
        if (index + 1 >= arguments.size()) {
            printUsage(out);
            return 0;
        }
        name = arguments.at(index + 1);
        rest = {arguments.first(), name, u"--help"_s};
    }
    const Command *command = findCommand(name);
    if (!command) {
        err << tr("Unknown command: %1").arg(name) << "\n\n";
        printUsage(err);
        return 2;
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(command->summary);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption libraryOption(u"library"_s, tr("Library file."), u"PATH"_s);
    const QCommandLineOption jsonOption(u"json"_s, tr("Machine-readable JSON output."));
    const QCommandLineOption helpOption({u"h"_s, u"help"_s}, tr("Help for this command."));
    parser.addOption(libraryOption);
    parser.addOption(jsonOption);
    parser.addOption(helpOption);
    for (const QCommandLineOption &option : command->options)
        parser.addOption(option);
    parser.addPositionalArgument(u"command"_s, command->name);
    if (!command->arguments.isEmpty())
        parser.addPositionalArgument(u"args"_s, command->argumentsHelp, command->arguments);

    rest.removeAt(rest.indexOf(name, 1));
    rest.insert(1, name);
    if (!parser.parse(rest)) {
        err << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(helpOption)) {
        out << tr("Usage: zonearchive-cli [--library PATH] %1 [OPTIONS] %2")
                   .arg(command->name, command->arguments)
                   .trimmed()
            << "\n\n"
            << command->summary << "\n\n"
            << parser.helpText().section(u'\n', 2);
        return 0;
    }

    Context context{parser,
                    out,
                    err,
                    parser.value(libraryOption),
                    parser.isSet(jsonOption),
                    parser.positionalArguments().mid(1)};
    return command->run(context);
}

} // namespace za::cli
