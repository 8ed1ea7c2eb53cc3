#pragma once

#include "library/importer.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QThread>

#include <atomic>
#include <memory>

namespace za::ui {

// Runs imports on a thread of their own with its own library connection, so that searching and
// reading go on while files are imported (SQLite WAL: readers never wait for the writer).
class ImportService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportService)

public:
    explicit ImportService(QObject *parent = nullptr);
    ~ImportService() override;

    // Starts an import unless one is running (returns false then). For the bundled sample use
    // importSamples().
    bool start(const QString &libraryPath, const QStringList &paths, const library::ImportOptions &options);
    bool importSamples(const QString &libraryPath);
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void progress(int done, int total, const QString &currentFile);
    void finished(const QList<za::library::FileImportResult> &results, bool cancelled);

private:
    bool run(const QString &libraryPath, const QStringList &paths, const library::ImportOptions &options,
             bool samples);

    std::shared_ptr<std::atomic_bool> m_cancel;
    QPointer<QThread> m_thread;
    bool m_running = false;
};

} // namespace za::ui
