#include "ui/importservice.h"

#include "library/library.h"
#include "resources/appresources.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QThread>

using namespace Qt::StringLiterals;

namespace za::ui {

void ImportSummary::add(const library::FileImportResult &result)
{
    switch (result.status) {
    case library::ImportStatus::Imported:
    case library::ImportStatus::Replaced:
        ++added;
        break;
    case library::ImportStatus::AlreadyImported:
        ++alreadyImported;
        break;
    case library::ImportStatus::Failed:
        ++failed;
        break;
    case library::ImportStatus::Skipped:
        break;
    }
    articles += result.articles;
    warnings += int(result.warnings.size());
    const auto line = [this](const QString &text) {
        if (report.size() < kMaxReportLines)
            report << text;
        else
            ++omittedLines;
    };
    line(u"%1: %2"_s.arg(result.path, result.message));
    for (const QString &warning : result.warnings)
        line(u"    ⚠ "_s + warning);
}

ImportService::ImportService(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<za::ui::ImportSummary>();
}

ImportService::~ImportService()
{
    // The import thread must not outlive the service: stop it at the next file and wait.
    cancel();
    if (m_thread)
        m_thread->wait();
}

void ImportService::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

bool ImportService::start(const QString &libraryPath, const QStringList &paths,
                          const library::ImportOptions &options)
{
    return run(libraryPath, paths, options, false);
}

bool ImportService::importSamples(const QString &libraryPath)
{
    return run(libraryPath, resources::samplePages(), {}, true);
}

bool ImportService::run(const QString &libraryPath, const QStringList &paths,
                        const library::ImportOptions &options, bool samples)
{
    if (m_running)
        return false;
    m_running = true;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const std::shared_ptr<std::atomic_bool> cancelFlag = m_cancel;
    QPointer<ImportService> self(this);

    // The thread owns its connection from start to end; results come back as queued signals.
    QThread *thread = QThread::create([self, cancelFlag, libraryPath, paths, options, samples] {
        ImportSummary summary;
        library::Library lib(libraryPath);
        QString error;
        if (!lib.open(library::OpenMode::OpenOrCreate, &error)) {
            library::FileImportResult failure;
            failure.path = libraryPath;
            failure.message = error;
            summary.add(failure);
        } else {
            library::Importer importer(lib);
            const auto report = [self](const library::ImportProgress &p) {
                if (self)
                    QMetaObject::invokeMethod(self.data(), "progress", Qt::QueuedConnection,
                                              Q_ARG(int, p.filesDone), Q_ARG(int, p.filesTotal),
                                              Q_ARG(QString, p.currentFile));
            };
            if (samples) {
                // Resource files have no real path: read them and their sidecars here.
                int done = 0;
                for (const QString &page : paths) {
                    report({done, int(paths.size()), page});
                    QFile file(page);
                    const QFileInfo info(page);
                    QFile sidecar(info.dir().filePath(info.completeBaseName() + u".json"_s));
                    const QByteArray sidecarBytes =
                        sidecar.open(QIODevice::ReadOnly) ? sidecar.readAll() : QByteArray();
                    if (file.open(QIODevice::ReadOnly))
                        summary.add(
                            importer.importBytes(info.fileName(), file.readAll(), sidecarBytes, options));
                    ++done;
                }
            } else {
                // With a callback the importer keeps no results of its own.
                importer.importPaths(paths, options, report, cancelFlag.get(),
                                     [&summary](const library::FileImportResult &r) { summary.add(r); });
            }
        }
        if (self)
            QMetaObject::invokeMethod(
                self.data(),
                [self, summary, cancelFlag] {
                    if (!self)
                        return;
                    self->m_running = false;
                    Q_EMIT self->finished(summary, cancelFlag->load());
                },
                Qt::QueuedConnection);
    });
    thread->setObjectName(u"za-import"_s);
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    m_thread = thread;
    thread->start();
    return true;
}

} // namespace za::ui
