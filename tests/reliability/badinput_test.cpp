// Hostile files and hostile queries through the real zonearchive-cli: a clear per-file message, never a
// crash, a hang or a half-imported page; FTS syntax in queries gives results or a clear error.
#include "clirunner.h"
#include "libraryprobe.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QSet>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace za::reliability;

namespace {

const QString kBulletin = u"测试简报"_s;

QString badDir()
{
    return QStringLiteral(ZA_TEST_DATA_DIR) + u"/bad"_s;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

class BadInput : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_library = path(u"lib.zarchive"_s);
        generatePages(path(u"seed"_s), 3, 1, 91);
        const CliResult seed =
            runCli({u"--library"_s, m_library, u"import"_s, u"--bulletin"_s, kBulletin, path(u"seed"_s)});
        ASSERT_EQ(seed.exitCode, 0) << seed.describe().toStdString();
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // Imports one file as its own page and checks the all-or-nothing rule and the message.
    void importOne(const QString &file, int issue, int timeoutMs = 30000)
    {
        SCOPED_TRACE(file.toStdString());
        const CliResult result = runCli({u"--library"_s, m_library, u"import"_s, u"--json"_s, u"--bulletin"_s,
                                         kBulletin, u"--issue-date"_s, u"2024-01-01"_s, u"--issue-no"_s,
                                         QString::number(issue), u"--page"_s, u"D1"_s, file},
                                        timeoutMs);
        ASSERT_TRUE(result.finished) << "crash or hang: " << result.describe().toStdString();
        ASSERT_TRUE(result.exitCode == 0 || result.exitCode == 1) << result.describe().toStdString();
        const QJsonArray files = result.json().value(u"files"_s).toArray();
        ASSERT_EQ(files.size(), 1) << result.describe().toStdString();
        const QJsonObject r = files.first().toObject();
        const QString status = r.value(u"status"_s).toString();
        const QString message = r.value(u"message"_s).toString();
        EXPECT_FALSE(message.isEmpty());
        EXPECT_EQ(result.exitCode == 1, status == "failed"_L1) << result.describe().toStdString();
        std::printf("[ bad file ] %s: %s: %s (%lld ms)\n", qPrintable(QFileInfo(file).fileName()),
                    qPrintable(status), qPrintable(message.left(120)),
                    static_cast<long long>(result.elapsedMs));
        ++m_tried;

        LibraryProbe probe(m_library);
        QString error;
        ASSERT_TRUE(probe.open(&error)) << error.toStdString();
        const FileState state =
            probe.state(file, status == "imported"_L1 ? r.value(u"articles"_s).toInt() : -1);
        if (status == "imported"_L1 || status == "already imported"_L1) {
            EXPECT_EQ(state, FileState::Complete) << stateName(state);
        } else {
            EXPECT_EQ(state, FileState::Absent) << stateName(state);
        }
        EXPECT_TRUE(probe.check().isEmpty()) << probe.check().join(u'\n').toStdString();
    }

    QTemporaryDir m_dir;
    QString m_library;
    int m_tried = 0;
};

TEST_F(BadInput, CommittedHostileFiles)
{
    QDirIterator it(badDir(), {u"*.md"_s}, QDir::Files);
    QStringList files;
    while (it.hasNext())
        files << it.next();
    files.sort();
    ASSERT_GE(files.size(), 8);
    int issue = 100;
    for (const QString &file : std::as_const(files))
        importOne(file, issue++);
    std::printf("[ figures  ] %d committed hostile files tried\n", m_tried);
}

TEST_F(BadInput, GeneratedHostileFiles)
{
    // 10,000 headings, brackets nested 20,000 deep, and a file of only closing brackets.
    QByteArray headings;
    for (int i = 0; i < 10000; ++i)
        headings += "## 标题" + QByteArray::number(i) + "\n\n";
    ASSERT_TRUE(writeFile(path(u"headings.md"_s), headings));
    const QByteArray nested = QByteArray("## 嵌套\n\n") + QByteArray("（").repeated(20000) + "开发区" +
                              QByteArray("）").repeated(20000) + QByteArray("[(").repeated(10000) +
                              QByteArray(")]").repeated(10000) + "\n";
    ASSERT_TRUE(writeFile(path(u"nested.md"_s), nested));
    ASSERT_TRUE(writeFile(path(u"closing.md"_s), QByteArray("）】》]").repeated(30000)));
    // Many short lines of one character and a long line of digits.
    ASSERT_TRUE(writeFile(path(u"short-lines.md"_s), QByteArray("字\n").repeated(200000)));
    int issue = 200;
    for (const QString &name : {u"headings.md"_s, u"nested.md"_s, u"closing.md"_s, u"short-lines.md"_s})
        importOne(path(name), issue++);
}

// A single 100 MB line: imported or refused with a message, in bounded time and memory.
TEST_F(BadInput, HugeSingleLine)
{
    const QString file = path(u"huge-line.md"_s);
    {
        QFile out(file);
        ASSERT_TRUE(out.open(QIODevice::WriteOnly));
        const QByteArray chunk = QByteArray("开发区招商引资项目签约").repeated(3000); // 99 KB, no newline
        while (out.size() < 100 * 1024 * 1024)
            ASSERT_EQ(out.write(chunk), chunk.size());
    }
    importOne(file, 300, 60000);
}

// A folder with a symbolic link loop, a link to a missing file and a FIFO: the import ends, takes the
// real page once and reports nothing it could hang on.
TEST_F(BadInput, FolderWithLinkLoopAndSpecialFiles)
{
    const QString folder = path(u"folder"_s);
    ASSERT_TRUE(QDir().mkpath(folder + u"/sub"_s));
    generatePages(folder + u"/sub"_s, 2, 400, 92);
    ASSERT_TRUE(QFile::link(folder, folder + u"/sub/loop"_s));
    ASSERT_TRUE(QFile::link(folder + u"/sub/loop"_s, folder + u"/loop2"_s));
    ASSERT_TRUE(QFile::link(folder + u"/missing.md"_s, folder + u"/dangling.md"_s));
    ASSERT_EQ(mkfifo(QFile::encodeName(folder + u"/fifo.md"_s).constData(), 0600), 0);
    const CliResult result = runCli(
        {u"--library"_s, m_library, u"import"_s, u"--json"_s, u"--bulletin"_s, kBulletin, folder}, 30000);
    ASSERT_TRUE(result.finished) << result.describe().toStdString();
    EXPECT_EQ(result.exitCode, 0) << result.describe().toStdString();
    const QJsonArray files = result.json().value(u"files"_s).toArray();
    int imported = 0;
    for (const QJsonValue &v : files)
        imported += v.toObject().value(u"status"_s).toString() == "imported"_L1;
    EXPECT_EQ(imported, 2) << result.describe().toStdString();

    // A FIFO named on the command line is refused, not read (reading it would block forever).
    const CliResult fifo = runCli({u"--library"_s, m_library, u"import"_s, folder + u"/fifo.md"_s}, 30000);
    ASSERT_TRUE(fifo.finished) << fifo.describe().toStdString();
    EXPECT_EQ(fifo.exitCode, 1);
    EXPECT_TRUE(fifo.err.contains(u"fifo.md"_s)) << fifo.describe().toStdString();
}

// Files deleted while the import runs: each is imported completely or reported, never half.
TEST_F(BadInput, FilesVanishDuringImport)
{
    const GeneratedPages pages = generatePages(path(u"vanishing"_s), 30, 500, 93);
    QProcess process;
    startCli(process, {u"--library"_s, m_library, u"import"_s, u"--json"_s, u"--bulletin"_s, kBulletin,
                       path(u"vanishing"_s)});
    ASSERT_TRUE(process.waitForStarted(10000));
    QStringList removed;
    for (qsizetype i = pages.files.size() - 1; i >= 0 && process.state() != QProcess::NotRunning; i -= 3) {
        QThread::msleep(15);
        if (QFile::remove(pages.files.at(i)))
            removed << pages.files.at(i);
    }
    const CliResult result = collect(process, 60000);
    ASSERT_TRUE(result.finished) << result.describe().toStdString();
    for (const QJsonValue &v : result.json().value(u"files"_s).toArray()) {
        const QJsonObject r = v.toObject();
        EXPECT_FALSE(r.value(u"message"_s).toString().isEmpty());
        if (r.value(u"status"_s).toString() == "failed"_L1) {
            EXPECT_TRUE(removed.contains(r.value(u"path"_s).toString()))
                << r.value(u"path"_s).toString().toStdString();
        }
    }
    LibraryProbe probe(m_library);
    QString error;
    ASSERT_TRUE(probe.open(&error));
    for (const QString &file : pages.files) {
        if (!removed.contains(file)) {
            EXPECT_EQ(probe.state(file, -1), FileState::Complete) << file.toStdString();
        }
    }
    EXPECT_TRUE(probe.check().isEmpty());
    std::printf("[ figures  ] %lld files removed during the import\n",
                static_cast<long long>(removed.size()));
}

// FTS5 syntax and oversized input in the search box: results or a clear error, never an SQL error.
TEST_F(BadInput, HostileQueries)
{
    const QStringList queries = {
        u"\""_s,
        u"\"开发区"_s,
        u"开发区\""_s,
        u"*"_s,
        u"开发*"_s,
        u"NEAR(开发区 招商, 3)"_s,
        u"NEAR"_s,
        u"-"_s,
        u"- -开发区"_s,
        u"--"_s,
        u"NOT"_s,
        u"AND OR NOT"_s,
        u"开发区 AND"_s,
        u"(((开发区"_s,
        u"开发区)))"_s,
        u"head:开发区"_s,
        u"body : \"x\""_s,
        u"^开发区"_s,
        u"开发区 + 招商"_s,
        u"'; DROP TABLE articles; --"_s,
        u"\"\"\"\"\""_s,
        u"{开发区}"_s,
        u"zone:\"未闭合"_s,
        QString(10000, u'开'),
        u"开发区 "_s.repeated(2000),
        u"\"a"_s.repeated(3000),
        u"("_s.repeated(5000),
    };
    int answered = 0;
    int rejected = 0;
    for (const QString &query : queries) {
        SCOPED_TRACE(query.left(60).toStdString());
        const CliResult result =
            runCli({u"--library"_s, m_library, u"search"_s, u"--json"_s, u"--"_s, query}, 30000);
        ASSERT_TRUE(result.finished) << result.describe().toStdString();
        if (result.exitCode == 0) {
            EXPECT_TRUE(result.json().contains(u"total"_s)) << result.describe().toStdString();
            ++answered;
        } else {
            EXPECT_EQ(result.exitCode, 2) << result.describe().toStdString();
            EXPECT_TRUE(result.err.startsWith(u"error: "_s)) << result.describe().toStdString();
            ++rejected;
        }
        for (const char *leak : {"fts5", "SQL", "sqlite", "syntax error near", "no such column"})
            EXPECT_FALSE(result.err.contains(QLatin1StringView(leak), Qt::CaseInsensitive))
                << result.describe().toStdString();
    }
    std::printf("[ figures  ] %lld hostile queries: %d answered, %d rejected with a message\n",
                static_cast<long long>(queries.size()), answered, rejected);
    EXPECT_TRUE(runCli({u"--library"_s, m_library, u"check"_s}).exitCode == 0);
}

// HTML in bulletin text stays text: `show` prints the tags verbatim, nothing is interpreted or dropped.
TEST_F(BadInput, HtmlIsShownAsText)
{
    const QString file = badDir() + u"/html-injection.md"_s;
    importOne(file, 600);
    const CliResult search = runCli({u"--library"_s, m_library, u"search"_s, u"--json"_s, u"通报"_s});
    ASSERT_EQ(search.exitCode, 0) << search.describe().toStdString();
    const QJsonArray hits = search.json().value(u"hits"_s).toArray();
    ASSERT_FALSE(hits.isEmpty()) << search.describe().toStdString();
    bool found = false;
    for (const QJsonValue &hit : hits) {
        const QString id = QString::number(hit.toObject().value(u"id"_s).toInteger());
        const CliResult show = runCli({u"--library"_s, m_library, u"show"_s, id});
        ASSERT_EQ(show.exitCode, 0);
        if (show.out.contains(u"<script>alert('zonearchive')</script>"_s)) {
            found = true;
            EXPECT_TRUE(show.out.contains(u"<img src=http://example.invalid/track.png>"_s))
                << show.out.toStdString();
            EXPECT_TRUE(show.out.contains(u"&amp;&lt;实体&gt;"_s)) << show.out.toStdString();
        }
    }
    EXPECT_TRUE(found) << "the article with the script tag was not shown verbatim";
}

} // namespace
