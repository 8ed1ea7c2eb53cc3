// The GUI side of keeping a library safe: another program importing into the open library, backups,
// recovery from damage, and the check after a session that did not end cleanly.
#include "library/maintenance.h"
#include "ui/importservice.h"
#include "ui/libraryservice.h"
#include "ui/mainwindow.h"
#include "ui/recoverydialog.h"
#include "ui/searchbar.h"
#include "ui/searchresultsmodel.h"
#include "ui/settings.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace za::ui;

namespace {

struct Window
{
    explicit Window(const QString &settingsPath)
        : settings(settingsPath)
    {}
    Settings settings;
    LibraryService service;
    ImportService importer;
    MainWindow window{settings, service, importer};
};

class Fixture
{
public:
    QTemporaryDir dir;
    QString libraryPath = dir.filePath(u"lib.zarchive"_s);
    QString settingsPath = dir.filePath(u"settings.ini"_s);
    std::unique_ptr<Window> w;

    // A window on the library; with the bundled sample imported when the library is new.
    bool openWindow(bool waitForSample)
    {
        w = std::make_unique<Window>(settingsPath);
        QSignalSpy imported(&w->importer, &ImportService::finished);
        QSignalSpy opened(&w->service, &LibraryService::opened);
        w->window.show();
        w->service.open(libraryPath);
        if (!opened.wait(20000))
            return false;
        if (waitForSample && !imported.wait(30000))
            return false;
        return QTest::qWaitFor([&] { return w->service.stats().articles > 0; }, 20000);
    }
    void closeWindow()
    {
        if (w)
            w->window.close();
        w.reset();
    }
    RecoveryDialog *recoveryDialog() const
    {
        RecoveryDialog *dialog = nullptr;
        (void)QTest::qWaitFor(
            [&] {
                dialog = w->window.findChild<RecoveryDialog *>();
                return dialog && dialog->isVisible();
            },
            20000);
        return dialog;
    }
};

// Pages with a word the bundled sample does not contain.
QStringList writePages(const QString &folder, int count)
{
    QDir().mkpath(folder);
    QStringList files;
    for (int i = 0; i < count; ++i) {
        const QString path =
            folder + u"/2024-06-%1_第%2期_D1.md"_s.arg(i % 28 + 1, 2, 10, QChar(u'0')).arg(i + 1);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        QString text = u"## 风电装备产业园第%1批项目开工\n\n"_s.arg(i + 1);
        for (int p = 0; p < 6; ++p)
            text +=
                u"本刊讯 风电装备产业园区今年新开工项目%1个，总投资%2亿元，涵盖叶片、塔筒和控制系统。\n\n"_s
                    .arg(p + 3)
                    .arg(10 + i);
        file.write(text.toUtf8());
        files << path;
    }
    return files;
}

QList<qint64> pagesOfTable(const QString &library, const QString &table)
{
    QList<qint64> pages;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"dbstat"_s);
        db.setDatabaseName(library);
        if (db.open()) {
            QSqlQuery query(db);
            query.prepare(u"SELECT pageno FROM dbstat WHERE name = ?"_s);
            query.addBindValue(table);
            if (query.exec()) {
                while (query.next())
                    pages << query.value(0).toLongLong();
            }
        }
    }
    QSqlDatabase::removeDatabase(u"dbstat"_s);
    return pages;
}

bool overwrite(const QString &path, qint64 offset, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite) || !file.seek(offset))
        return false;
    return file.write(bytes) == bytes.size();
}

} // namespace

class TestMaintenance final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // zonearchive-cli imports into the library the window has open: the window keeps answering searches
    // meanwhile and shows the new articles once they are committed, without being told.
    void importByAnotherProgramAppearsInTheWindow()
    {
        Fixture f;
        QVERIFY(f.openWindow(true));
        f.w->service.setChangePollInterval(200);
        const qint64 before = f.w->service.stats().articles;
        const QStringList pages = writePages(f.dir.filePath(u"pages"_s), 30);
        QCOMPARE(pages.size(), 30);

        QSignalSpy searched(&f.w->service, &LibraryService::searchFinished);
        QSignalSpy changed(&f.w->service, &LibraryService::changedElsewhere);
        QProcess cli;
        cli.start(QStringLiteral(ZA_CLI_PATH), {u"--library"_s, f.libraryPath, u"import"_s, u"--bulletin"_s,
                                                u"风电简报"_s, f.dir.filePath(u"pages"_s)});
        QVERIFY(cli.waitForStarted());
        // Searches typed while the other program writes still get answers.
        int answered = 0;
        while (cli.state() != QProcess::NotRunning) {
            searched.clear();
            f.w->window.searchBar()->setText(u"风电"_s);
            f.w->window.searchNow();
            if (searched.wait(10000))
                ++answered;
        }
        QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
        QCOMPARE(cli.exitCode(), 0);
        QVERIFY(answered > 0);
        QVERIFY(QTest::qWaitFor([&] { return f.w->service.stats().articles >= before + 30; }, 20000));
        QVERIFY(changed.count() > 0);
        // The query on screen was re-run by itself and finds every imported page.
        QVERIFY(QTest::qWaitFor([&] { return f.w->window.resultsModel()->total() >= 30; }, 20000));
    }

    // A search slower than the live-refresh limit (here every search) is not re-run at each commit of
    // another program's import, but once its writes pause; it then finds every imported page.
    void slowSearchRefreshesWhenWritesPause()
    {
        Fixture f;
        QVERIFY(f.openWindow(true));
        f.w->service.setChangePollInterval(200);
        f.w->service.setLiveRefreshLimit(-1);
        const QStringList pages = writePages(f.dir.filePath(u"pages"_s), 30);
        QCOMPARE(pages.size(), 30);
        QSignalSpy searched(&f.w->service, &LibraryService::searchFinished);
        f.w->window.searchBar()->setText(u"风电"_s);
        f.w->window.searchNow();
        QVERIFY(searched.wait(10000));
        const qint64 before = f.w->window.resultsModel()->total();

        QSignalSpy changed(&f.w->service, &LibraryService::changedElsewhere);
        searched.clear();
        QProcess cli;
        cli.start(QStringLiteral(ZA_CLI_PATH), {u"--library"_s, f.libraryPath, u"import"_s, u"--bulletin"_s,
                                                u"风电简报"_s, f.dir.filePath(u"pages"_s)});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 0);
        QVERIFY(QTest::qWaitFor([&] { return changed.count() > 0; }, 10000));
        QTest::qWait(1000); // a re-run at once would have answered by now
        QCOMPARE(searched.count(), 0);
        QVERIFY(QTest::qWaitFor([&] { return f.w->window.resultsModel()->total() >= before + 30; }, 20000));
        QCOMPARE(searched.count(), 1);
    }

    // File > Back Up Library writes a copy that opens; a damaged library then offers that backup and
    // restoring it brings every article back, keeping the damaged file.
    void backupThenRestoreOverDamage()
    {
        Fixture f;
        QVERIFY(f.openWindow(true));
        const qint64 articles = f.w->service.stats().articles;
        const QString target =
            za::library::suggestedBackupPath(f.libraryPath, QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5)));
        QSignalSpy backedUp(&f.w->service, &LibraryService::backupFinished);
        f.w->service.backup(target);
        QVERIFY(backedUp.wait(20000));
        QVERIFY2(backedUp.first().at(1).toBool(), qPrintable(backedUp.first().at(2).toString()));
        QVERIFY(QFile::exists(target));
        f.closeWindow();

        QVERIFY(overwrite(f.libraryPath, 0, QByteArray(100, char(0x13))));
        QVERIFY(QFile::remove(f.libraryPath + u"-wal"_s) || !QFile::exists(f.libraryPath + u"-wal"_s));
        f.w = std::make_unique<Window>(f.settingsPath);
        QSignalSpy failed(&f.w->service, &LibraryService::openFailed);
        f.w->window.show();
        f.w->service.open(f.libraryPath);
        QVERIFY(failed.wait(20000));
        RecoveryDialog *dialog = f.recoveryDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->backupCount(), 1);
        dialog->selectBackup(0);
        QPushButton *restore = nullptr;
        for (QPushButton *button : dialog->findChildren<QPushButton *>()) {
            if (button->text() == RecoveryDialog::tr("Restore Selected Backup"))
                restore = button;
        }
        QVERIFY(restore && restore->isEnabled());
        QSignalSpy recovered(&f.w->service, &LibraryService::recoveryFinished);
        QTest::mouseClick(restore, Qt::LeftButton);
        QVERIFY(recovered.wait(30000));
        QVERIFY2(recovered.first().at(0).toBool(), qPrintable(recovered.first().at(1).toString()));
        QVERIFY(QTest::qWaitFor([&] { return f.w->service.isOpen(); }, 10000));
        QCOMPARE(f.w->service.stats().articles, articles);
        const QStringList damaged = QDir(f.dir.path()).entryList({u"lib.zarchive.damaged-*"_s}, QDir::Files);
        QCOMPARE(damaged.size(), 1);
    }

    // A window that was not closed (crash, power cut) makes the next start check the file's structure in
    // the background; damage found there is offered for repair, and the rebuild brings the articles back.
    void uncleanExitFindsDamageAndRebuilds()
    {
        Fixture f;
        QVERIFY(f.openWindow(true));
        const qint64 articles = f.w->service.stats().articles;
        f.w.reset(); // no close event: the session stays marked open, as after a crash

        const QList<qint64> pages = pagesOfTable(f.libraryPath, u"articles"_s);
        if (pages.isEmpty())
            QSKIP("this SQLite has no dbstat table to find a table's pages");
        QFile file(f.libraryPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray header = file.read(100);
        file.close();
        const int pageSize = (quint8(header[16]) << 8) | quint8(header[17]);
        for (qint64 page : pages)
            QVERIFY(overwrite(f.libraryPath, (page - 1) * pageSize, QByteArray(16, char(0x5A))));

        f.w = std::make_unique<Window>(f.settingsPath);
        QVERIFY(f.w->settings.sessionOpen());
        QSignalSpy checked(&f.w->service, &LibraryService::libraryChecked);
        f.w->window.show();
        f.w->service.open(f.libraryPath);
        QVERIFY(checked.wait(30000));
        QVERIFY(!checked.first().at(0).toStringList().isEmpty());
        QVERIFY(checked.first().at(1).toBool());
        RecoveryDialog *dialog = f.recoveryDialog();
        QVERIFY(dialog);
        QPushButton *rebuild = nullptr;
        for (QPushButton *button : dialog->findChildren<QPushButton *>()) {
            if (button->text() == RecoveryDialog::tr("Rebuild from Stored Pages"))
                rebuild = button;
        }
        QVERIFY(rebuild);
        QSignalSpy recovered(&f.w->service, &LibraryService::recoveryFinished);
        QTest::mouseClick(rebuild, Qt::LeftButton);
        QVERIFY(recovered.wait(60000));
        QVERIFY2(recovered.first().at(0).toBool(), qPrintable(recovered.first().at(1).toString()));
        QVERIFY(QTest::qWaitFor([&] { return f.w->service.isOpen(); }, 10000));
        QCOMPARE(f.w->service.stats().articles, articles);

        // Check Library on the rebuilt file finds nothing.
        QSignalSpy checkedAgain(&f.w->service, &LibraryService::libraryChecked);
        f.w->service.checkLibrary();
        QVERIFY(checkedAgain.wait(30000));
        QVERIFY2(checkedAgain.first().at(0).toStringList().isEmpty(),
                 qPrintable(checkedAgain.first().at(0).toStringList().join(u'\n')));
    }
};

QTEST_MAIN(TestMaintenance)
#include "tst_maintenance.moc"
