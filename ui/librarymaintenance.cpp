// LibraryService and LibraryWorker, the part that keeps the library safe: backups, checks, recovery from
// damage, and noticing what other programs (zonearchive-cli import) commit to the same file.
#include "library/importer.h"
#include "library/library.h"
#include "library/review.h"
#include "ui/libraryservice.h"
#include "ui/libraryworker.h"

#include <QCoreApplication>
#include <QPointer>

using namespace Qt::StringLiterals;

namespace za::ui {

// ---- worker side (runs on the library thread) ----

void LibraryWorker::closeLibrary()
{
    if (m_changePoll)
        m_changePoll->stop();
    m_review.reset(); // before the library it works on
    m_library.reset();
}

void LibraryWorker::setChangePollInterval(int milliseconds)
{
    m_pollInterval = milliseconds;
    if (!m_changePoll) {
        m_changePoll = new QTimer(this);
        connect(m_changePoll, &QTimer::timeout, this, &LibraryWorker::pollForChanges);
    }
    if (milliseconds > 0 && m_library)
        m_changePoll->start(milliseconds);
    else
        m_changePoll->stop();
}

void LibraryWorker::pollForChanges()
{
    if (!m_library)
        return;
    const qint64 version = m_library->database().dataVersion();
    if (version == m_dataVersion)
        return;
    m_dataVersion = version;
    Q_EMIT changedElsewhere(m_library->stats());
}

void LibraryWorker::backup(const QString &target)
{
    if (!m_library) {
        Q_EMIT backupFinished(target, false, tr("No library is open"));
        return;
    }
    library::BackupResult result;
    QString error;
    if (!library::backupLibrary(*m_library, target, &result, &error)) {
        if (!result.problems.isEmpty())
            error += u"\n\n"_s + result.problems.join(u'\n');
        Q_EMIT backupFinished(result.path, false, error);
        return;
    }
    Q_EMIT backupFinished(
        result.path, true,
        tr("Backup written to %1: %n article(s)", nullptr, int(result.stats.articles)).arg(result.path));
}

void LibraryWorker::checkLibrary()
{
    if (!m_library) {
        Q_EMIT libraryChecked({tr("No library is open")}, false);
        return;
    }
    const QStringList damage = m_library->database().integrityProblems();
    if (!damage.isEmpty()) {
        Q_EMIT libraryChecked(damage, true);
        return;
    }
    Q_EMIT libraryChecked(m_library->check(), false);
}

void LibraryWorker::restoreBackup(const QString &path, const QString &backupPath)
{
    closeLibrary();
    QString movedAside;
    QString error;
    const bool ok = library::restoreBackup(path, backupPath, &movedAside, &error);
    open(path); // the service awaits opened() after every recovery, failed or not
    if (!ok)
        Q_EMIT recoveryFinished(false, error);
    else if (movedAside.isEmpty())
        Q_EMIT recoveryFinished(true, tr("Restored from %1").arg(backupPath));
    else
        Q_EMIT recoveryFinished(
            true, tr("Restored from %1. The replaced file was kept as %2").arg(backupPath, movedAside));
}

void LibraryWorker::rebuild(const QString &path)
{
    const auto progress = [this](const library::ImportProgress &p) {
        Q_EMIT maintenanceProgress(p.filesDone, p.filesTotal);
    };
    QString error;
    // A library that opens and that SQLite finds sound only needs its derived data rebuilt in place.
    if (m_library && m_library->path() == path && m_library->database().integrityProblems().isEmpty()) {
        // A temporary: its statements must be finalized before open() closes the connection.
        const bool ok = library::Importer(*m_library).reindex(progress, &error);
        const qint64 articles = m_library->stats().articles;
        open(path);
        Q_EMIT recoveryFinished(
            ok, ok ? tr("Rebuilt %n article(s) from the stored pages", nullptr, int(articles)) : error);
        return;
    }
    // The file itself is broken: copy what SQLite can still read into a new file and rebuild that.
    closeLibrary();
    library::SalvageReport report;
    const bool ok = library::salvageLibrary(path, progress, &report, &error);
    open(path);
    if (!ok) {
        Q_EMIT recoveryFinished(false, error);
        return;
    }
    qint64 lost = 0;
    for (qint64 n : std::as_const(report.rowsLost))
        lost += n;
    QString message = tr("Rebuilt %n article(s) from the stored pages that could be read.", nullptr,
                         int(report.stats.articles));
    if (lost > 0)
        message += u' ' + tr("%n record(s) could not be read.", nullptr, int(lost));
    message += u' ' + tr("The damaged file was kept as %1").arg(report.movedAside);
    Q_EMIT recoveryFinished(true, message);
}

// ---- service side (GUI thread) ----

void LibraryService::connectMaintenance()
{
    m_listReload = new QTimer(this);
    m_listReload->setSingleShot(true);
    m_listReload->setInterval(3000);
    connect(m_listReload, &QTimer::timeout, this, [this] {
        if (m_open)
            reloadLists();
    });
    m_searchRefresh = new QTimer(this);
    m_searchRefresh->setSingleShot(true);
    m_searchRefresh->setInterval(m_listReload->interval());
    connect(m_searchRefresh, &QTimer::timeout, this, [this] {
        if (m_open && m_hasSearch)
            search(m_lastSearch);
    });
    connect(this, &LibraryService::workerBackup, m_worker, &LibraryWorker::backup);
    connect(this, &LibraryService::workerCheckLibrary, m_worker, &LibraryWorker::checkLibrary);
    connect(this, &LibraryService::workerRestoreBackup, m_worker, &LibraryWorker::restoreBackup);
    connect(this, &LibraryService::workerRebuild, m_worker, &LibraryWorker::rebuild);
    connect(this, &LibraryService::workerSetChangePollInterval, m_worker,
            &LibraryWorker::setChangePollInterval);
    connect(m_worker, &LibraryWorker::backupFinished, this,
            [this](const QString &path, bool ok, const QString &message) {
                setPending(-1);
                Q_EMIT backupFinished(path, ok, message);
            });
    connect(m_worker, &LibraryWorker::libraryChecked, this,
            [this](const QStringList &problems, bool damaged) {
                setPending(-1);
                Q_EMIT libraryChecked(problems, damaged);
            });
    connect(m_worker, &LibraryWorker::maintenanceProgress, this, &LibraryService::maintenanceProgress);
    connect(m_worker, &LibraryWorker::recoveryFinished, this, [this](bool ok, const QString &message) {
        setPending(-1);
        Q_EMIT recoveryFinished(ok, message);
    });
    connect(m_worker, &LibraryWorker::changedElsewhere, this, &LibraryService::onChangedElsewhere);
}

void LibraryService::onChangedElsewhere(const za::library::LibraryStats &stats)
{
    if (!m_open)
        return;
    m_stats = stats;
    Q_EMIT statsChanged(m_stats);
    // New articles may match the query on screen; the slower lists wait until the writer pauses.
    if (m_hasSearch && m_lastSearchMs <= m_liveRefreshLimitMs)
        search(m_lastSearch);
    else if (m_hasSearch)
        m_searchRefresh->start();
    m_listReload->start();
    Q_EMIT changedElsewhere();
}

void LibraryService::backup(const QString &target)
{
    if (!m_open)
        return;
    setPending(1);
    Q_EMIT workerBackup(target);
}

void LibraryService::checkLibrary()
{
    if (!m_open)
        return;
    setPending(1);
    Q_EMIT workerCheckLibrary();
}

void LibraryService::restoreBackup(const QString &backupPath)
{
    // Allowed while the library is closed too: that is when a damaged file needs it most.
    if (m_path.isEmpty())
        return;
    // Two answers: the worker reopens the library (opened(), handled like any open, so every view
    // reloads), then reports the recovery.
    m_open = false;
    setPending(2);
    Q_EMIT workerRestoreBackup(m_path, backupPath);
}

void LibraryService::rebuild()
{
    if (m_path.isEmpty())
        return;
    m_open = false; // requests would only queue behind the rebuild
    setPending(2);
    Q_EMIT workerRebuild(m_path);
}

void LibraryService::setChangePollInterval(int milliseconds)
{
    Q_EMIT workerSetChangePollInterval(milliseconds);
}

void LibraryService::quickCheckInBackground()
{
    if (!m_open)
        return;
    // Minutes on a large library: its own thread and connection, so that searching goes on meanwhile.
    const QString path = m_path;
    QPointer<LibraryService> self(this);
    QThread *thread = QThread::create([path, self] {
        library::Library lib(path);
        QString error;
        QStringList problems;
        if (!lib.open(library::OpenMode::OpenExisting, &error))
            problems << error;
        else
            problems = lib.database().quickCheckProblems();
        if (problems.isEmpty())
            return;
        QMetaObject::invokeMethod(
            qApp,
            [self, problems] {
                if (self)
                    Q_EMIT self->libraryChecked(problems, true);
            },
            Qt::QueuedConnection);
    });
    thread->setObjectName(QStringLiteral("za-quick-check"));
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start(QThread::LowPriority);
}

} // namespace za::ui
