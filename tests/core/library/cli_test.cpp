#include "cli/cli.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

struct CliRun
{
    int code = -1;
    QString out;
    QString err;
};

CliRun runCli(const QStringList &args)
{
    CliRun run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    run.code = za::cli::run(QStringList{u"zonearchive-cli"_s} + args, out, err);
    out.flush();
    err.flush();
    return run;
}

class CliTest : public ::testing::Test
{
protected:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

TEST_F(CliTest, VersionAndHelp)
{
    const CliRun version = runCli({u"--version"_s});
    EXPECT_EQ(version.code, 0);
    EXPECT_TRUE(version.out.startsWith(u"zonearchive-cli "_s));
    const CliRun help = runCli({u"--help"_s});
    EXPECT_EQ(help.code, 0);
    EXPECT_TRUE(help.out.contains(u"check"_s));
    const CliRun commandHelp = runCli({u"check"_s, u"--help"_s});
    EXPECT_EQ(commandHelp.code, 0);
    EXPECT_TRUE(commandHelp.out.contains(u"--library"_s));
}

TEST_F(CliTest, UsageErrorsExitTwo)
{
    EXPECT_EQ(runCli({}).code, 2);
    EXPECT_EQ(runCli({u"no-such-command"_s}).code, 2);
    EXPECT_EQ(runCli({u"check"_s, u"--no-such-option"_s}).code, 2);
    EXPECT_EQ(runCli({u"--library"_s, path(u"x.zarchive"_s), u"check"_s, u"extra"_s}).code, 2);
}

TEST_F(CliTest, CheckCreatesValidLibrary)
{
    const QString lib = path(u"lib.zarchive"_s);
    const CliRun run = runCli({u"--library"_s, lib, u"check"_s, u"--json"_s});
    ASSERT_EQ(run.code, 0) << run.err.toStdString();
    const QJsonObject object = QJsonDocument::fromJson(run.out.toUtf8()).object();
    EXPECT_TRUE(object.value(u"ok"_s).toBool());
    EXPECT_EQ(object.value(u"articles"_s).toInt(-1), 0);
    EXPECT_EQ(object.value(u"path"_s).toString(), lib);
    EXPECT_TRUE(QFile::exists(lib));

    const CliRun text = runCli({u"check"_s, u"--library"_s, lib});
    EXPECT_EQ(text.code, 0);
    EXPECT_TRUE(text.out.contains(u"Integrity: ok"_s)) << text.out.toStdString();
}

TEST_F(CliTest, CheckOnTextFileFailsWithoutTouchingIt)
{
    const QString file = path(u"readme.txt"_s);
    {
        QFile f(file);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("plain text, not a library\n");
    }
    const CliRun run = runCli({u"--library"_s, file, u"check"_s});
    EXPECT_NE(run.code, 0);
    EXPECT_TRUE(run.err.contains(u"not a ZoneArchive library"_s)) << run.err.toStdString();
    QFile f(file);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), QByteArray("plain text, not a library\n"));
}

} // namespace
