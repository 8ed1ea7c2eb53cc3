#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <functional>

// Runs the real zonearchive-cli binary (ZA_CLI_PATH) as a separate process, as a user would.
namespace za::reliability {

struct CliResult
{
    bool finished = false; // false: timed out (killed) or crashed
    bool crashed = false;
    int exitCode = -1;
    QString out;
    QString err;
    qint64 elapsedMs = 0;

    QJsonObject json() const;
    QJsonArray jsonArray() const; // for commands that print a JSON array
    QString describe() const;     // for assertion messages
};

QString cliPath();

// Starts the CLI with the given arguments; the process runs with no translation and a fixed locale.
void startCli(QProcess &process, const QStringList &arguments);

// Runs the CLI to completion (at most timeoutMs; a hang counts as a failure and the process is killed).
CliResult runCli(const QStringList &arguments, int timeoutMs = 60000,
                 const std::function<void(QProcess &)> &prepare = {});

CliResult collect(QProcess &process, int timeoutMs);

// A folder of generated bulletin pages named "2023-MM-DD_第N期_DK.md" (bulletin given by --bulletin).
struct GeneratedPages
{
    QStringList files; // absolute paths, in the importer's order (sorted)
};
GeneratedPages generatePages(const QString &folder, int count, int firstIssue, quint64 seed);

} // namespace za::reliability
