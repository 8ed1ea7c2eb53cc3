#include "library/database.h"
#include "library/library.h"
#include "library/librarypaths.h"
#include "library/migrations.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using za::library::Database;
using za::library::Library;
using za::library::OpenMode;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

class DatabaseTest : public ::testing::Test
{
protected:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

TEST_F(DatabaseTest, CreatesLibraryWithCurrentSchemaAndWal)
{
    Database db(path(u"new.zarchive"_s));
    QString error;
    ASSERT_TRUE(db.open(OpenMode::OpenOrCreate, &error)) << error.toStdString();
    EXPECT_TRUE(db.wasCreated());
    EXPECT_EQ(db.schemaVersion(), za::library::latestSchemaVersion());
    QSqlQuery query(db.connection());
    ASSERT_TRUE(query.exec(u"PRAGMA journal_mode"_s) && query.next());
    EXPECT_EQ(query.value(0).toString(), u"wal"_s);
    ASSERT_TRUE(query.exec(u"PRAGMA foreign_keys"_s) && query.next());
    EXPECT_EQ(query.value(0).toInt(), 1);
    ASSERT_TRUE(query.exec(u"PRAGMA application_id"_s) && query.next());
    EXPECT_EQ(query.value(0).toInt(), Database::kApplicationId);
    // A WAL an import let grow is cut back when SQLite starts it over.
    ASSERT_TRUE(query.exec(u"PRAGMA journal_size_limit"_s) && query.next());
    EXPECT_EQ(query.value(0).toLongLong(), 64 * 1024 * 1024);
    // Freed pages (FTS5 merges free many) are not all zeroed and written again: 2 is FAST.
    ASSERT_TRUE(query.exec(u"PRAGMA secure_delete"_s) && query.next());
    EXPECT_EQ(query.value(0).toInt(), 2);
    ASSERT_TRUE(query.exec(u"PRAGMA page_size"_s) && query.next());
    EXPECT_EQ(query.value(0).toInt(), 8192);
    EXPECT_TRUE(db.integrityProblems().isEmpty());
}

// Libraries made with 4 KB pages (before 8 KB became the size of new ones) keep them and stay usable.
TEST_F(DatabaseTest, AnExistingLibraryKeepsItsPageSize)
{
    const QString file = path(u"small-pages.zarchive"_s);
    {
        Database db(file);
        ASSERT_TRUE(db.open(OpenMode::OpenOrCreate, nullptr));
        QSqlQuery query(db.connection());
        for (const QString &sql : {u"PRAGMA journal_mode = DELETE"_s, u"PRAGMA page_size = 4096"_s,
                                   u"VACUUM"_s, u"PRAGMA journal_mode = WAL"_s})
            ASSERT_TRUE(query.exec(sql)) << sql.toStdString() << query.lastError().text().toStdString();
        ASSERT_TRUE(query.exec(u"PRAGMA page_size"_s) && query.next());
        ASSERT_EQ(query.value(0).toInt(), 4096);
    }
    Database again(file);
    QString error;
    ASSERT_TRUE(again.open(OpenMode::OpenExisting, &error)) << error.toStdString();
    QSqlQuery query(again.connection());
    ASSERT_TRUE(query.exec(u"PRAGMA page_size"_s) && query.next());
    EXPECT_EQ(query.value(0).toInt(), 4096);
    ASSERT_TRUE(query.prepare(u"INSERT INTO library_info(key, value) VALUES (?, ?)"_s));
    query.addBindValue(u"marker"_s);
    query.addBindValue(u"written"_s);
    EXPECT_TRUE(query.exec()) << query.lastError().text().toStdString();
    EXPECT_TRUE(again.integrityProblems().isEmpty());
}

TEST_F(DatabaseTest, ReopeningKeepsDataAndDoesNotRecreate)
{
    const QString file = path(u"lib.zarchive"_s);
    {
        Database db(file);
        ASSERT_TRUE(db.open(OpenMode::OpenOrCreate, nullptr));
        QSqlQuery query(db.connection());
        query.prepare(u"INSERT INTO library_info(key, value) VALUES (?, ?)"_s);
        query.addBindValue(u"marker"_s);
        query.addBindValue(u"kept"_s);
        ASSERT_TRUE(query.exec());
    }
    Database again(file);
    ASSERT_TRUE(again.open(OpenMode::OpenExisting, nullptr));
    EXPECT_FALSE(again.wasCreated());
    QSqlQuery query(again.connection());
    ASSERT_TRUE(query.exec(u"SELECT value FROM library_info WHERE key = 'marker'"_s) && query.next());
    EXPECT_EQ(query.value(0).toString(), u"kept"_s);
}

TEST_F(DatabaseTest, OpenExistingRefusesMissingFile)
{
    Database db(path(u"absent.zarchive"_s));
    QString error;
    EXPECT_FALSE(db.open(OpenMode::OpenExisting, &error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_FALSE(QFile::exists(path(u"absent.zarchive"_s)));
}

TEST_F(DatabaseTest, RefusesTextFileAndLeavesItUntouched)
{
    const QString file = path(u"notes.txt"_s);
    {
        QFile f(file);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("这不是一个数据库。 Just some notes.\n");
    }
    const QByteArray before = fileHash(file);
    Database db(file);
    QString error;
    EXPECT_FALSE(db.open(OpenMode::OpenOrCreate, &error));
    EXPECT_TRUE(error.contains(u"not a ZoneArchive library"_s)) << error.toStdString();
    EXPECT_EQ(fileHash(file), before);
    EXPECT_FALSE(QFile::exists(file + u"-wal"_s));
}

TEST_F(DatabaseTest, RefusesTruncatedCopyAndLeavesItUntouched)
{
    const QString file = path(u"full.zarchive"_s);
    {
        Database db(file);
        ASSERT_TRUE(db.open(OpenMode::OpenOrCreate, nullptr));
        QSqlQuery query(db.connection());
        ASSERT_TRUE(query.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
    }
    QFile full(file);
    ASSERT_TRUE(full.open(QIODevice::ReadOnly));
    const QByteArray bytes = full.readAll();
    ASSERT_GT(bytes.size(), 8192);
    const QString truncated = path(u"truncated.zarchive"_s);
    {
        QFile t(truncated);
        ASSERT_TRUE(t.open(QIODevice::WriteOnly));
        t.write(bytes.left(bytes.size() / 2));
    }
    const QByteArray before = fileHash(truncated);
    Database db(truncated);
    QString error;
    EXPECT_FALSE(db.open(OpenMode::OpenOrCreate, &error));
    EXPECT_TRUE(error.contains(u"truncated"_s)) << error.toStdString();
    EXPECT_EQ(fileHash(truncated), before);
}

TEST_F(DatabaseTest, RefusesOtherProgramsDatabase)
{
    const QString file = path(u"other.sqlite"_s);
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other"_s);
        other.setDatabaseName(file);
        ASSERT_TRUE(other.open());
        QSqlQuery query(other);
        ASSERT_TRUE(query.exec(u"CREATE TABLE t(x)"_s));
        other.close();
    }
    QSqlDatabase::removeDatabase(u"other"_s);
    const QByteArray before = fileHash(file);
    Database db(file);
    QString error;
    EXPECT_FALSE(db.open(OpenMode::OpenOrCreate, &error));
    EXPECT_TRUE(error.contains(u"another program"_s)) << error.toStdString();
    EXPECT_EQ(fileHash(file), before);
}

TEST_F(DatabaseTest, RefusesNewerSchema)
{
    const QString file = path(u"future.zarchive"_s);
    {
        Database db(file);
        ASSERT_TRUE(db.open(OpenMode::OpenOrCreate, nullptr));
        QSqlQuery query(db.connection());
        ASSERT_TRUE(query.exec(u"PRAGMA user_version = %1"_s.arg(za::library::latestSchemaVersion() + 1)));
    }
    Database db(file);
    QString error;
    EXPECT_FALSE(db.open(OpenMode::OpenOrCreate, &error));
    EXPECT_TRUE(error.contains(u"newer"_s)) << error.toStdString();
}

TEST_F(DatabaseTest, MigrationsAreOrderedAndVersioned)
{
    const auto &all = za::library::migrations();
    ASSERT_FALSE(all.isEmpty());
    for (qsizetype i = 0; i < all.size(); ++i)
        EXPECT_EQ(all.at(i).version, i + 1) << "migration versions must be 1, 2, 3, … in order";
}

TEST_F(DatabaseTest, BackupIsAConsistentLibrary)
{
    Library library(path(u"live.zarchive"_s));
    ASSERT_TRUE(library.open(OpenMode::OpenOrCreate, nullptr));
    QString error;
    const QString copy = path(u"copy.zarchive"_s);
    ASSERT_TRUE(library.database().backupTo(copy, &error)) << error.toStdString();
    Library restored(copy);
    ASSERT_TRUE(restored.open(OpenMode::OpenExisting, &error)) << error.toStdString();
    EXPECT_TRUE(restored.check().isEmpty());
    EXPECT_FALSE(library.database().backupTo(copy, &error)) << "must not overwrite an existing file";
}

TEST(LibraryPathsTest, ExplicitPathWinsOverEnvironment)
{
    qputenv(za::library::kLibraryEnvironmentVariable, "/tmp/from-env.zarchive");
    EXPECT_EQ(za::library::resolveLibraryPath(u"/tmp/explicit.zarchive"_s), u"/tmp/explicit.zarchive"_s);
    EXPECT_EQ(za::library::resolveLibraryPath({}), u"/tmp/from-env.zarchive"_s);
    qunsetenv(za::library::kLibraryEnvironmentVariable);
    EXPECT_TRUE(za::library::resolveLibraryPath({}).endsWith(u"zonearchive/library.zarchive"_s));
}

} // namespace
