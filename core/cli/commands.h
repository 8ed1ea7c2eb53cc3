#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class QCommandLineParser;
class QTextStream;

namespace za::cli {

struct Context
{
    QCommandLineParser &parser;
    QTextStream &out;
    QTextStream &err;
    QString libraryOption; // as given with --library, possibly empty
    bool json = false;
    QStringList arguments; // positional arguments after the command name
};

struct Command
{
    QString name;
    QString summary;
    QList<QCommandLineOption> options;
    QString arguments; // syntax shown in help, e.g. "PATH..."
    QString argumentsHelp;
    std::function<int(Context &)> run;
};

// Commands by area, each defined in its own file.
QList<Command> articleCommands();
QList<Command> searchCommands();
QList<Command> reviewCommands();
QList<Command> maintenanceCommands();

// Every command the CLI offers, in the order help lists them.
const QList<Command> &commands();
const Command *findCommand(const QString &name);

// Exit codes shared by all commands.
inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;
inline constexpr int kExitUsage = 2;

} // namespace za::cli
