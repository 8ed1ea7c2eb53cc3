#include "clirunner.h"

#include "corpus.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QProcessEnvironment>

using namespace Qt::StringLiterals;

namespace za::reliability {

QJsonObject CliResult::json() const
{
    return QJsonDocument::fromJson(out.toUtf8()).object();
}

QJsonArray CliResult::jsonArray() const
{
    return QJsonDocument::fromJson(out.toUtf8()).array();
}

QString CliResult::describe() const
{
    return u"finished=%1 crashed=%2 exit=%3 after %4 ms\nstdout: %5\nstderr: %6"_s.arg(finished)
        .arg(crashed)
        .arg(exitCode)
        .arg(elapsedMs)
        .arg(out.left(2000), err.left(2000));
}

QString cliPath()
{
    return QStringLiteral(ZA_CLI_PATH);
}

void startCli(QProcess &process, const QStringList &arguments)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    env.insert(u"LANGUAGE"_s, u"en"_s);
    env.remove(u"ZONEARCHIVE_LIBRARY"_s);
    process.setProcessEnvironment(env);
    process.start(cliPath(), arguments);
}

CliResult collect(QProcess &process, int timeoutMs)
{
    // The timeouts catch hangs; sanitizer builds run several times slower (ZA_TIMEOUT_SCALE, set by the
    // asan test preset), which is not a hang.
    if (const int scale = qEnvironmentVariableIntValue("ZA_TIMEOUT_SCALE"); scale > 1)
        timeoutMs *= scale;
    CliResult result;
    QElapsedTimer timer;
    timer.start();
    if (process.state() != QProcess::NotRunning && !process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
    } else if (process.error() != QProcess::FailedToStart) {
        result.finished = process.exitStatus() == QProcess::NormalExit;
        result.crashed = process.exitStatus() == QProcess::CrashExit;
        result.exitCode = process.exitCode();
    }
    result.elapsedMs = timer.elapsed();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

CliResult runCli(const QStringList &arguments, int timeoutMs, const std::function<void(QProcess &)> &prepare)
{
    QProcess process;
    if (prepare)
        prepare(process);
    QElapsedTimer timer;
    timer.start();
    startCli(process, arguments);
    if (!process.waitForStarted(10000)) {
        CliResult failed;
        failed.err = u"cannot start %1: %2"_s.arg(cliPath(), process.errorString());
        return failed;
    }
    CliResult result = collect(process, timeoutMs);
    result.elapsedMs = timer.elapsed();
    return result;
}

GeneratedPages generatePages(const QString &folder, int count, int firstIssue, quint64 seed)
{
    GeneratedPages pages;
    QDir().mkpath(folder);
    corpus::CorpusOptions options;
    options.seed = seed;
    options.bodyChars = 600;
    corpus::CorpusGenerator generator(options);
    QString error;
    if (!generator.load(&error))
        qFatal("corpus: %s", qPrintable(error));
    for (int i = 0; i < count; ++i) {
        const int issue = firstIssue + i / 4;
        const QString name = u"2023-%1-%2_第%3期_D%4.md"_s.arg(1 + (issue / 28) % 12, 2, 10, QChar(u'0'))
                                 .arg(1 + issue % 28, 2, 10, QChar(u'0'))
                                 .arg(issue)
                                 .arg(1 + i % 4);
        const QString path = QDir(folder).absoluteFilePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        file.write(generator.renderPage(generator.generate(3 + i % 3)).toUtf8());
        pages.files << path;
    }
    pages.files.sort();
    return pages;
}

} // namespace za::reliability
