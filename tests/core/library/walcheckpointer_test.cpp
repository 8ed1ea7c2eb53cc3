#include "library/walcheckpointer.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <chrono>
#include <thread>

using za::library::WalCheckpointer;

namespace {

int execSql(sqlite3 *db, const char *sql)
{
    return sqlite3_exec(db, sql, nullptr, nullptr, nullptr);
}

qint64 scalar(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *statement = nullptr;
    qint64 value = -1;
    if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) == SQLITE_OK &&
        sqlite3_step(statement) == SQLITE_ROW)
        value = sqlite3_column_int64(statement, 0);
    sqlite3_finalize(statement);
    return value;
}

} // namespace

// The writer's WAL stays bounded with SQLite's automatic checkpoint switched off, because the thread
// (or, when it falls behind, the commit itself) checkpoints it; every row survives; afterwards the
// automatic checkpoint is what the caller asked for.
TEST(WalCheckpointer, KeepsTheWalBoundedWhileTheWriterCommits)
{
    if (std::thread::hardware_concurrency() < 2)
        GTEST_SKIP() << "one core: the checkpointer stays inactive by design";
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QByteArray path = QDir(dir.path()).filePath(QStringLiteral("wal.db")).toUtf8();
    sqlite3 *db = nullptr;
    ASSERT_EQ(sqlite3_open(path.constData(), &db), SQLITE_OK);
    ASSERT_EQ(execSql(db, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; "
                          "CREATE TABLE t (x BLOB)"),
              SQLITE_OK);
    sqlite3_wal_autocheckpoint(db, 0); // without the checkpointer, the WAL would only grow

    constexpr int kPages = 50;
    constexpr int kTransactions = 400;
    qint64 largestWal = 0;
    int done = 0;
    {
        const WalCheckpointer checkpointer(db, kPages, 321);
        ASSERT_TRUE(checkpointer.isActive());
        const QByteArray blob(3 * 4096, 'x'); // about three pages a transaction
        sqlite3_stmt *insert = nullptr;
        ASSERT_EQ(sqlite3_prepare_v2(db, "INSERT INTO t (x) VALUES (?1)", -1, &insert, nullptr), SQLITE_OK);
        for (int i = 0; i < kTransactions; ++i) {
            ASSERT_EQ(execSql(db, "BEGIN"), SQLITE_OK);
            sqlite3_bind_blob(insert, 1, blob.constData(), int(blob.size()), SQLITE_STATIC);
            ASSERT_EQ(sqlite3_step(insert), SQLITE_DONE);
            sqlite3_reset(insert);
            ASSERT_EQ(execSql(db, "COMMIT"), SQLITE_OK);
            largestWal = std::max(largestWal, QFileInfo(QString::fromUtf8(path + "-wal")).size());
        }
        sqlite3_finalize(insert);
        // The thread was asked to checkpoint many times; it has done so at least once by now or soon.
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
        while (checkpointer.checkpointsDone() == 0 && std::chrono::steady_clock::now() < deadline)
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        done = checkpointer.checkpointsDone();
    }
    EXPECT_GT(done, 0);
    // 400 transactions wrote some 1,600 pages; the file never held much more than eight times kPages
    // (plus the transaction that crossed the line and the frames committed while a checkpoint ran).
    const qint64 frame = 4096 + 24;
    EXPECT_LT(largestWal, (8 * kPages + 40) * frame) << largestWal / frame << " frames";
    EXPECT_EQ(scalar(db, "SELECT count(*) FROM t"), kTransactions);
    EXPECT_EQ(scalar(db, "PRAGMA wal_autocheckpoint"), 321);
    sqlite3_close(db);
}

// No file (an in-memory database): nothing to checkpoint, nothing changed.
TEST(WalCheckpointer, InactiveWithoutAFile)
{
    sqlite3 *db = nullptr;
    ASSERT_EQ(sqlite3_open(":memory:", &db), SQLITE_OK);
    {
        const WalCheckpointer checkpointer(db, 10, 10);
        EXPECT_FALSE(checkpointer.isActive());
    }
    EXPECT_EQ(scalar(db, "PRAGMA wal_autocheckpoint"), 1000); // SQLite's default, untouched
    sqlite3_close(db);
}
