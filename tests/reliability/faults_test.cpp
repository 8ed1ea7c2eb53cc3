// Faults a laptop archive must survive: SIGKILL mid-import, a full disk, two programs at once, damage,
// old schemas. Everything runs the real zonearchive-cli binary in separate processes.
#include "clirunner.h"
#include "library/migrations.h"
#include "libraryprobe.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

#include <csignal>
#include <sys/resource.h>

using namespace Qt::StringLiterals;
using namespace za::reliability;

namespace {

const QString kBulletin = u"测试简报"_s;

QStringList importArgs(const QString &library, const QStringList &paths, bool json = true)
{
    QStringList args{u"--library"_s, library, u"import"_s, u"--bulletin"_s, kBulletin};
    if (json)
        args << u"--json"_s;
    return args + paths;
}

// Runs `check --json` and returns the problems (empty = sound); a failure to run is a problem too.
QStringList cliCheck(const QString &library)
{
    const CliResult result = runCli({u"--library"_s, library, u"check"_s, u"--json"_s});
    if (!result.finished)
        return {u"check did not finish: "_s + result.describe()};
    const QJsonObject json = result.json();
    QStringList problems;
    for (const QJsonValue &p : json.value(u"problems"_s).toArray())
        problems << p.toString();
    if (result.exitCode != 0 && problems.isEmpty())
        problems << result.describe();
    return problems;
}

// Each file is complete or absent; returns the complete ones (or a description of the partial ones).
QStringList completeFiles(const QString &library, const QStringList &files,
                          const QHash<QString, int> &expected, QString *partial)
{
    LibraryProbe probe(library);
    QString error;
    if (!probe.open(&error)) {
        *partial = u"probe cannot open: "_s + error;
        return {};
    }
    const QStringList problems = probe.check();
    if (!problems.isEmpty())
        *partial += problems.join(u'\n');
    QStringList complete;
    for (const QString &file : files) {
        const FileState state = probe.state(file, expected.value(file, -1));
        if (state == FileState::Complete)
            complete << file;
        else if (state == FileState::Partial)
            *partial += file + u" is partially imported\n"_s;
    }
    return complete;
}

class Faults : public ::testing::Test
{
protected:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

// SIGKILL at random moments, 50 times: after each kill the library opens, passes `check`, and holds
// exactly the files whose transaction committed: a prefix of the importer's order, each file complete.
TEST_F(Faults, KillDuringImport)
{
    const GeneratedPages pages = generatePages(path(u"pages"_s), 40, 1, 11);
    const CliResult reference = runCli(importArgs(path(u"reference.zarchive"_s), {path(u"pages"_s)}));
    ASSERT_EQ(reference.exitCode, 0) << reference.describe().toStdString();
    const QHash<QString, int> expected = articlesByFile(reference.json());
    ASSERT_EQ(expected.size(), pages.files.size());
    const qint64 fullImportMs = std::max<qint64>(reference.elapsedMs, 200);

    const quint32 seed = QRandomGenerator::global()->generate();
    QRandomGenerator random(seed);
    SCOPED_TRACE("random seed " + std::to_string(seed));

    int kills = 0;
    int killedWhileRunning = 0;
    int rounds = 1;
    QString library = path(u"lib-1.zarchive"_s);
    QStringList committed;
    QElapsedTimer timer;
    timer.start();
    while (kills < 50) {
        ASSERT_LT(timer.elapsed(), 120000) << "kill loop too slow after " << kills << " kills";
        QProcess process;
        startCli(process, importArgs(library, {path(u"pages"_s)}, false));
        ASSERT_TRUE(process.waitForStarted(10000));
        // Early kills hit library creation and migration, late ones the middle of the import.
        const int delay = int(random.bounded(quint32(fullImportMs + 60)));
        if (process.waitForFinished(delay)) {
            ASSERT_EQ(process.exitStatus(), QProcess::NormalExit);
            ASSERT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString();
        } else {
            process.kill();
            ASSERT_TRUE(process.waitForFinished(10000));
            ++killedWhileRunning;
        }
        ++kills;

        const QStringList problems = cliCheck(library);
        ASSERT_TRUE(problems.isEmpty())
            << "after kill " << kills << " (" << delay << " ms): " << problems.join(u'\n').toStdString();
        QString partial;
        const QStringList complete = completeFiles(library, pages.files, expected, &partial);
        ASSERT_TRUE(partial.isEmpty()) << "after kill " << kills << ": " << partial.toStdString();
        // Committed files stay committed, and files commit in the importer's order.
        for (const QString &file : std::as_const(committed))
            ASSERT_TRUE(complete.contains(file)) << "lost " << file.toStdString() << " at kill " << kills;
        ASSERT_EQ(complete, pages.files.mid(0, complete.size())) << "not a prefix at kill " << kills;
        committed = complete;
        if (complete.size() == pages.files.size()) {
            // Start over so that later kills land in a running import again.
            library = path(u"lib-%1.zarchive"_s.arg(++rounds));
            committed.clear();
        }
    }
    std::printf("[ figures  ] %d kills (%d hit a running import) over %d libraries in %lld ms\n", kills,
                killedWhileRunning, rounds, static_cast<long long>(timer.elapsed()));
    EXPECT_GE(killedWhileRunning, 25) << "most kills should land in a running import";

    // Finishing the interrupted import brings every file in.
    const CliResult finish = runCli(importArgs(library, {path(u"pages"_s)}));
    ASSERT_EQ(finish.exitCode, 0) << finish.describe().toStdString();
    QString partial;
    EXPECT_EQ(completeFiles(library, pages.files, expected, &partial), pages.files);
    EXPECT_TRUE(partial.isEmpty()) << partial.toStdString();
    EXPECT_TRUE(cliCheck(library).isEmpty());
}

// Disk full, simulated without root by the file size limit (RLIMIT_FSIZE) of the import process: SQLite
// gets short writes past the limit, exactly as on a full disk (SQLITE_FULL).
TEST_F(Faults, DiskFullLeavesLibraryUnchanged)
{
    const GeneratedPages first = generatePages(path(u"first"_s), 4, 1, 21);
    const QString library = path(u"lib.zarchive"_s);
    ASSERT_EQ(runCli(importArgs(library, {path(u"first"_s)})).exitCode, 0);
    qint64 articlesBefore = 0;
    qint64 sourcesBefore = 0;
    {
        LibraryProbe probe(library);
        QString error;
        ASSERT_TRUE(probe.open(&error)) << error.toStdString();
        articlesBefore = probe.count(u"articles"_s);
        sourcesBefore = probe.count(u"sources"_s);
    }
    const QByteArray before = [&] {
        QFile f(library);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();

    // One large page: its transaction cannot fit under the limit.
    QString bigPage;
    for (const QString &file : generatePages(path(u"big-parts"_s), 24, 50, 22).files) {
        QFile f(file);
        if (f.open(QIODevice::ReadOnly))
            bigPage += QString::fromUtf8(f.readAll());
    }
    const QString bigFile = path(u"2023-06-01_第90期_D1.md"_s);
    {
        QFile f(bigFile);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bigPage.toUtf8());
    }
    // Above the 32 KB shared-memory index, far below what the page needs in the write-ahead log.
    constexpr rlim_t kLimit = 40 * 1024;
    const auto limitFileSize = [](QProcess &process) {
        process.setChildProcessModifier([] {
            const struct rlimit limit
            {
                kLimit, kLimit
            };
            setrlimit(RLIMIT_FSIZE, &limit);
            std::signal(SIGXFSZ, SIG_IGN); // else the kernel kills the writer instead of failing the write
        });
    };
    const CliResult full = runCli(importArgs(library, {bigFile}, false), 60000, limitFileSize);
    ASSERT_TRUE(full.finished) << full.describe().toStdString();
    EXPECT_EQ(full.exitCode, 1) << full.describe().toStdString();
    EXPECT_TRUE(full.err.contains(bigFile)) << full.describe().toStdString();
    // SQLite says "database or disk is full" (ENOSPC) or "disk I/O error" (EFBIG past the limit).
    EXPECT_TRUE(full.err.contains(u"disk"_s, Qt::CaseInsensitive)) << full.describe().toStdString();

    EXPECT_TRUE(cliCheck(library).isEmpty());
    {
        LibraryProbe probe(library);
        QString error;
        ASSERT_TRUE(probe.open(&error)) << error.toStdString();
        EXPECT_EQ(probe.count(u"articles"_s), articlesBefore);
        EXPECT_EQ(probe.count(u"sources"_s), sourcesBefore);
        EXPECT_EQ(probe.state(bigFile, -1), FileState::Absent);
    }
    QFile after(library);
    ASSERT_TRUE(after.open(QIODevice::ReadOnly));
    EXPECT_EQ(after.readAll(), before) << "the library file changed";
    after.close();

    // Several ordinary pages under the same limit: each is in or failed with a message, never half.
    const GeneratedPages more = generatePages(path(u"more"_s), 8, 60, 23);
    const CliResult partialRun = runCli(importArgs(library, {path(u"more"_s)}), 60000, limitFileSize);
    ASSERT_TRUE(partialRun.finished) << partialRun.describe().toStdString();
    for (const QJsonValue &value : partialRun.json().value(u"files"_s).toArray()) {
        const QJsonObject file = value.toObject();
        if (file.value(u"status"_s).toString() == "failed"_L1) {
            EXPECT_FALSE(file.value(u"message"_s).toString().isEmpty());
        }
    }
    QString partial;
    completeFiles(library, more.files, {}, &partial);
    EXPECT_TRUE(partial.isEmpty()) << partial.toStdString();
    EXPECT_TRUE(cliCheck(library).isEmpty());

    // With space again, the same import succeeds.
    const CliResult retry = runCli(importArgs(library, {bigFile, path(u"more"_s)}));
    EXPECT_EQ(retry.exitCode, 0) << retry.describe().toStdString();
    EXPECT_TRUE(cliCheck(library).isEmpty());
}

// Two imports into one library at once are serialised: both succeed and every file is in.
TEST_F(Faults, TwoImportsAtOnce)
{
    const GeneratedPages a = generatePages(path(u"a"_s), 16, 1, 31);
    const GeneratedPages b = generatePages(path(u"b"_s), 16, 200, 32);
    const QString library = path(u"lib.zarchive"_s);
    // Neither exists yet: both processes also race to create and migrate the library.
    QProcess first;
    QProcess second;
    startCli(first, importArgs(library, {path(u"a"_s)}, false));
    startCli(second, importArgs(library, {path(u"b"_s)}, false));
    const CliResult r1 = collect(first, 120000);
    const CliResult r2 = collect(second, 120000);
    EXPECT_EQ(r1.exitCode, 0) << r1.describe().toStdString();
    EXPECT_EQ(r2.exitCode, 0) << r2.describe().toStdString();
    QString partial;
    const QStringList all = a.files + b.files;
    EXPECT_EQ(completeFiles(library, all, {}, &partial).size(), all.size()) << partial.toStdString();
    EXPECT_TRUE(cliCheck(library).isEmpty());
}

// Readers (search, check) keep working while an import writes.
TEST_F(Faults, ReadersDuringImport)
{
    const GeneratedPages seed = generatePages(path(u"seed"_s), 4, 1, 41);
    const GeneratedPages pages = generatePages(path(u"pages"_s), 30, 100, 42);
    const QString library = path(u"lib.zarchive"_s);
    ASSERT_EQ(runCli(importArgs(library, {path(u"seed"_s)})).exitCode, 0);
    QProcess import;
    startCli(import, importArgs(library, {path(u"pages"_s)}, false));
    ASSERT_TRUE(import.waitForStarted(10000));
    int reads = 0;
    qint64 lastTotal = 0;
    while (import.state() != QProcess::NotRunning) {
        const CliResult search =
            runCli({u"--library"_s, library, u"search"_s, u"--json"_s, u"开发区"_s}, 30000);
        ASSERT_EQ(search.exitCode, 0) << "read " << reads << ": " << search.describe().toStdString();
        const qint64 total = search.json().value(u"total"_s).toInteger();
        EXPECT_GE(total, lastTotal) << "a committed article vanished from the results";
        lastTotal = total;
        const CliResult check = runCli({u"--library"_s, library, u"check"_s}, 30000);
        ASSERT_EQ(check.exitCode, 0) << check.describe().toStdString();
        reads += 2;
        import.waitForFinished(10);
    }
    const CliResult result = collect(import, 1000);
    EXPECT_EQ(result.exitCode, 0) << result.describe().toStdString();
    std::printf("[ figures  ] %d reads during the import\n", reads);
    EXPECT_GE(reads, 2);
    QString partial;
    EXPECT_EQ(completeFiles(library, pages.files, {}, &partial).size(), pages.files.size());
}

// `backup` while another process imports: every backup opens, passes check and has no partial file.
TEST_F(Faults, BackupWhileImporting)
{
    const GeneratedPages pages = generatePages(path(u"pages"_s), 30, 1, 51);
    const QString library = path(u"lib.zarchive"_s);
    ASSERT_EQ(runCli({u"--library"_s, library, u"check"_s}).exitCode, 0);
    QProcess import;
    startCli(import, importArgs(library, {path(u"pages"_s)}, false));
    ASSERT_TRUE(import.waitForStarted(10000));
    QStringList backups;
    do {
        const QString target = path(u"backup-%1.zarchive"_s.arg(backups.size()));
        const CliResult backup = runCli({u"--library"_s, library, u"backup"_s, target}, 60000);
        ASSERT_EQ(backup.exitCode, 0) << backup.describe().toStdString();
        backups << target;
    } while (import.state() != QProcess::NotRunning && backups.size() < 20);
    EXPECT_EQ(collect(import, 120000).exitCode, 0);
    for (const QString &backup : std::as_const(backups)) {
        EXPECT_TRUE(cliCheck(backup).isEmpty()) << backup.toStdString();
        QString partial;
        const QStringList complete = completeFiles(backup, pages.files, {}, &partial);
        EXPECT_TRUE(partial.isEmpty()) << partial.toStdString();
        EXPECT_EQ(complete, pages.files.mid(0, complete.size()));
    }
    std::printf("[ figures  ] %lld backups during the import\n", static_cast<long long>(backups.size()));

    // A backup never overwrites a file, nor the library itself.
    EXPECT_EQ(runCli({u"--library"_s, library, u"backup"_s, backups.first()}).exitCode, 1);
    EXPECT_EQ(runCli({u"--library"_s, library, u"backup"_s, library}).exitCode, 1);
    EXPECT_EQ(runCli({u"--library"_s, library, u"backup"_s}).exitCode, 2);
}

TEST_F(Faults, RebuildRecreatesDerivedData)
{
    generatePages(path(u"pages"_s), 6, 1, 61);
    const QString library = path(u"lib.zarchive"_s);
    ASSERT_EQ(runCli(importArgs(library, {path(u"pages"_s)})).exitCode, 0);
    const CliResult before = runCli({u"--library"_s, library, u"check"_s, u"--json"_s});
    const CliResult rebuild = runCli({u"--library"_s, library, u"rebuild"_s, u"--json"_s});
    ASSERT_EQ(rebuild.exitCode, 0) << rebuild.describe().toStdString();
    EXPECT_TRUE(rebuild.json().value(u"ok"_s).toBool());
    EXPECT_EQ(rebuild.json().value(u"articles"_s).toInteger(),
              before.json().value(u"articles"_s).toInteger());
    EXPECT_GT(rebuild.json().value(u"articles"_s).toInteger(), 0);
    EXPECT_TRUE(cliCheck(library).isEmpty());
    EXPECT_EQ(runCli({u"--library"_s, path(u"missing.zarchive"_s), u"rebuild"_s}).exitCode, 1);
}

// Bytes flipped inside the file: check, rebuild and backup all refuse with a clear message.
TEST_F(Faults, DamagedLibraryIsDetected)
{
    generatePages(path(u"pages"_s), 6, 1, 71);
    const QString library = path(u"lib.zarchive"_s);
    ASSERT_EQ(runCli(importArgs(library, {path(u"pages"_s)})).exitCode, 0);
    QFile file(library);
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    QByteArray bytes = file.readAll();
    const int pageSize = (quint8(bytes[16]) << 8) | quint8(bytes[17]);
    ASSERT_GT(pageSize, 0);
    const qsizetype pageCount = bytes.size() / pageSize;
    ASSERT_GT(pageCount, 8);
    // Overwrite the b-tree page headers of every other page after the schema page.
    for (qsizetype page = 2; page < pageCount; page += 2) {
        for (int i = 0; i < 12; ++i)
            bytes[page * pageSize + i] = char(0xA5 ^ i);
    }
    file.seek(0);
    file.write(bytes);
    file.close();

    const CliResult check = runCli({u"--library"_s, library, u"check"_s});
    ASSERT_TRUE(check.finished) << check.describe().toStdString();
    EXPECT_EQ(check.exitCode, 1) << check.describe().toStdString();
    const QString checkText = check.out + check.err;
    EXPECT_TRUE(checkText.contains(u"problem"_s) || checkText.contains(u"damaged"_s) ||
                checkText.contains(u"malformed"_s))
        << check.describe().toStdString();

    const CliResult backup = runCli({u"--library"_s, library, u"backup"_s, path(u"copy.zarchive"_s)});
    ASSERT_TRUE(backup.finished);
    EXPECT_EQ(backup.exitCode, 1) << backup.describe().toStdString();
    EXPECT_FALSE(QFile::exists(path(u"copy.zarchive"_s)));

    // Half the pages are unreadable: the rebuild saves what it can, says what it lost (exit 1), and leaves
    // a library that opens and passes its check, with the damaged file kept beside it.
    const CliResult rebuild = runCli({u"--library"_s, library, u"rebuild"_s, u"--json"_s});
    ASSERT_TRUE(rebuild.finished);
    if (rebuild.exitCode == 0 || rebuild.json().value(u"salvaged"_s).toBool()) {
        EXPECT_TRUE(cliCheck(library).isEmpty());
        EXPECT_TRUE(QFile::exists(rebuild.json().value(u"damaged_file"_s).toString()))
            << rebuild.describe().toStdString();
    } else {
        // Nothing readable survived: the file is left as it was, and the message points to backups.
        EXPECT_EQ(rebuild.exitCode, 1) << rebuild.describe().toStdString();
        EXPECT_TRUE(rebuild.err.contains(u"restore-backup"_s)) << rebuild.describe().toStdString();
    }
}

// Page numbers of a table's b-tree (SQLite's dbstat table); empty when this SQLite lacks dbstat.
QList<qint64> pagesOfTable(const QString &library, const QString &table, const QString &pageType = {})
{
    QList<qint64> pages;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"dbstat"_s);
        db.setDatabaseName(library);
        if (db.open()) {
            QSqlQuery query(db);
            query.prepare(
                u"SELECT pageno FROM dbstat WHERE name = ? AND (coalesce(?, '') = '' OR pagetype = ?)"_s);
            query.addBindValue(table);
            query.addBindValue(pageType);
            query.addBindValue(pageType);
            if (query.exec()) {
                while (query.next())
                    pages << query.value(0).toLongLong();
            }
        }
    }
    QSqlDatabase::removeDatabase(u"dbstat"_s);
    return pages;
}

void damagePages(const QString &library, const QList<qint64> &pages)
{
    QFile file(library);
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    const QByteArray header = file.read(100);
    const int pageSize = (quint8(header[16]) << 8) | quint8(header[17]);
    for (qint64 page : pages) {
        // Page numbers start at 1; the b-tree header of page 1 sits after the file header.
        file.seek((page - 1) * pageSize + (page == 1 ? 100 : 0));
        file.write(QByteArray(16, char(0x5A)));
    }
}

// The derived tables are damaged, the originals and people's work are not: the rebuild loses nothing,
// and review decisions made before the damage are still there.
TEST_F(Faults, DamagedDerivedDataIsRebuiltWithEditorsWork)
{
    generatePages(path(u"pages"_s), 12, 3, 83);
    const QString library = path(u"lib.zarchive"_s);
    const CliResult import = runCli(importArgs(library, {path(u"pages"_s)}));
    ASSERT_EQ(import.exitCode, 0) << import.describe().toStdString();
    const CliResult listed = runCli({u"--library"_s, library, u"articles"_s, u"--json"_s});
    ASSERT_EQ(listed.exitCode, 0);
    const QJsonArray articles = listed.jsonArray();
    ASSERT_GT(articles.size(), 10);
    const QString approved = QString::number(articles.at(3).toObject().value(u"id"_s).toInteger());
    ASSERT_EQ(runCli({u"--library"_s, library, u"review"_s, approved, u"--status"_s, u"approved"_s, u"--by"_s,
                      u"王编辑"_s})
                  .exitCode,
              0);
    ASSERT_EQ(runCli({u"--library"_s, library, u"note"_s, approved, u"核对数字"_s}).exitCode, 0);

    const QList<qint64> damaged =
        pagesOfTable(library, u"articles"_s) + pagesOfTable(library, u"article_fts_data"_s);
    if (damaged.isEmpty())
        GTEST_SKIP() << "this SQLite has no dbstat table to find a table's pages";
    damagePages(library, damaged);
    EXPECT_FALSE(cliCheck(library).isEmpty());

    const CliResult rebuild = runCli({u"--library"_s, library, u"rebuild"_s, u"--json"_s}, 120000);
    ASSERT_EQ(rebuild.exitCode, 0) << rebuild.describe().toStdString();
    const QJsonObject report = rebuild.json();
    EXPECT_TRUE(report.value(u"salvaged"_s).toBool());
    for (const QJsonValue &lost : report.value(u"rows_lost"_s).toObject())
        EXPECT_EQ(lost.toInteger(), 0) << rebuild.describe().toStdString();
    EXPECT_EQ(report.value(u"articles"_s).toInteger(), articles.size());
    EXPECT_TRUE(QFile::exists(report.value(u"damaged_file"_s).toString()));
    EXPECT_TRUE(cliCheck(library).isEmpty());

    const CliResult after = runCli({u"--library"_s, library, u"review"_s, approved, u"--json"_s});
    ASSERT_EQ(after.exitCode, 0) << after.describe().toStdString();
    EXPECT_TRUE(after.out.contains(u"approved"_s)) << after.describe().toStdString();
    EXPECT_TRUE(after.out.contains(u"王编辑"_s)) << after.describe().toStdString();
    const CliResult notes = runCli({u"--library"_s, library, u"notes"_s, u"核对"_s, u"--json"_s});
    EXPECT_TRUE(notes.out.contains(u"核对数字"_s)) << notes.describe().toStdString();
}

// A damaged stored source is lost (and reported), every other page comes back.
TEST_F(Faults, DamagedSourcesLoseOnlyTheirRows)
{
    generatePages(path(u"pages"_s), 40, 2, 89);
    const QString library = path(u"lib.zarchive"_s);
    ASSERT_EQ(runCli(importArgs(library, {path(u"pages"_s)})).exitCode, 0);
    // A leaf, not an overflow page: damage in the middle of an overflow chain reads back as wrong bytes
    // rather than as an error.
    QList<qint64> sourcePages = pagesOfTable(library, u"sources"_s, u"leaf"_s);
    if (sourcePages.size() < 4)
        GTEST_SKIP() << "no dbstat, or the sources fit on too few pages to damage one alone";
    // One leaf in the middle of the sources table.
    damagePages(library, {sourcePages.at(sourcePages.size() / 2)});

    const CliResult rebuild = runCli({u"--library"_s, library, u"rebuild"_s, u"--json"_s}, 120000);
    ASSERT_TRUE(rebuild.finished);
    const QJsonObject report = rebuild.json();
    ASSERT_TRUE(report.value(u"salvaged"_s).toBool()) << rebuild.describe().toStdString();
    EXPECT_EQ(rebuild.exitCode, 1) << "rows were lost, which the exit code must say";
    const qint64 copied = report.value(u"rows_copied"_s).toObject().value(u"sources"_s).toInteger();
    EXPECT_GT(copied, 0);
    EXPECT_LT(copied, 40);
    EXPECT_EQ(report.value(u"pages"_s).toInteger(), copied);
    EXPECT_TRUE(cliCheck(library).isEmpty());
}

// A backup made with the CLI replaces a damaged library; the damaged file is kept, not deleted.
TEST_F(Faults, BackupIsRestoredOverDamagedLibrary)
{
    generatePages(path(u"pages"_s), 8, 2, 97);
    const QString library = path(u"lib.zarchive"_s);
    ASSERT_EQ(runCli(importArgs(library, {path(u"pages"_s)})).exitCode, 0);
    const CliResult backup = runCli(
        {u"--library"_s, library, u"backup"_s, path(u"lib.backup-20260101-120000.zarchive"_s), u"--json"_s});
    ASSERT_EQ(backup.exitCode, 0) << backup.describe().toStdString();
    const qint64 articles = backup.json().value(u"articles"_s).toInteger();

    const CliResult listed = runCli({u"--library"_s, library, u"restore-backup"_s, u"--json"_s});
    ASSERT_EQ(listed.exitCode, 0);
    const QJsonArray found = listed.json().value(u"backups"_s).toArray();
    ASSERT_EQ(found.size(), 1) << listed.describe().toStdString();
    EXPECT_EQ(found.first().toObject().value(u"path"_s).toString(),
              path(u"lib.backup-20260101-120000.zarchive"_s));

    QFile file(library);
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    file.seek(0);
    file.write(QByteArray(100, char(0x11))); // the header itself: SQLite cannot read the file at all
    file.close();
    EXPECT_NE(runCli({u"--library"_s, library, u"check"_s}).exitCode, 0);
    // A broken file is not a backup: restore refuses it and changes nothing.
    EXPECT_EQ(runCli({u"--library"_s, library, u"restore-backup"_s, library}).exitCode, 1);

    const CliResult restored = runCli({u"--library"_s, library, u"restore-backup"_s,
                                       found.first().toObject().value(u"path"_s).toString(), u"--json"_s});
    ASSERT_EQ(restored.exitCode, 0) << restored.describe().toStdString();
    const QString kept = restored.json().value(u"replaced_file"_s).toString();
    EXPECT_TRUE(QFile::exists(kept));
    EXPECT_TRUE(cliCheck(library).isEmpty());
    const CliResult list = runCli({u"--library"_s, library, u"articles"_s, u"--json"_s});
    EXPECT_EQ(list.jsonArray().size(), articles);
}

// A library written with schema 1 is migrated on open, after a backup of the old file.
TEST_F(Faults, OldSchemaIsMigratedWithBackup)
{
    const QString library = path(u"old.zarchive"_s);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"schema1"_s);
        db.setDatabaseName(library);
        ASSERT_TRUE(db.open());
        QSqlQuery query(db);
        for (const QString &statement : za::library::migrations().first().statements)
            ASSERT_TRUE(query.exec(statement)) << query.lastError().text().toStdString();
        ASSERT_TRUE(query.exec(u"PRAGMA user_version = 1"_s));
        ASSERT_TRUE(query.exec(u"PRAGMA application_id = %1"_s.arg(za::library::Database::kApplicationId)));
        query.prepare(u"INSERT INTO library_info (key, value) VALUES (?, ?)"_s);
        query.addBindValue(u"reliability-test"_s);
        query.addBindValue(u"kept"_s);
        ASSERT_TRUE(query.exec()) << query.lastError().text().toStdString();
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"schema1"_s);
    ASSERT_GT(za::library::latestSchemaVersion(), 1);

    const CliResult check = runCli({u"--library"_s, library, u"check"_s, u"--json"_s});
    ASSERT_EQ(check.exitCode, 0) << check.describe().toStdString();
    EXPECT_EQ(check.json().value(u"schema_version"_s).toInt(), za::library::latestSchemaVersion());
    const QString backup = library + u".schema1.bak"_s;
    ASSERT_TRUE(QFile::exists(backup));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"backup"_s);
        db.setDatabaseName(backup);
        ASSERT_TRUE(db.open());
        QSqlQuery query(db);
        ASSERT_TRUE(query.exec(u"PRAGMA user_version"_s) && query.next());
        EXPECT_EQ(query.value(0).toInt(), 1);
        ASSERT_TRUE(query.exec(u"SELECT value FROM library_info WHERE key = 'reliability-test'"_s));
        ASSERT_TRUE(query.next());
        EXPECT_EQ(query.value(0).toString(), u"kept"_s);
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"backup"_s);
    // The migrated library takes imports.
    generatePages(path(u"pages"_s), 2, 1, 81);
    EXPECT_EQ(runCli(importArgs(library, {path(u"pages"_s)})).exitCode, 0);
    EXPECT_TRUE(cliCheck(library).isEmpty());
}

} // namespace
