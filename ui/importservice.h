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

// What an import did, folded in as each file's result comes: an import of a hundred thousand files
// keeps counts and the first lines of its report, not every file's result and warnings.
struct ImportSummary
{
    static constexpr int kMaxReportLines = 5000;

    int added = 0; // pages imported or replaced
    int alreadyImported = 0;
    int failed = 0;
    int articles = 0;
    int warnings = 0;
    QStringList report; // "path: message", then "    ⚠ warning" lines; at most kMaxReportLines
    int omittedLines = 0;

    void add(const library::FileImportResult &result);
};

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
    void finished(const za::ui::ImportSummary &summary, bool cancelled);

private:
    bool run(const QString &libraryPath, const QStringList &paths, const library::ImportOptions &options,
             bool samples);

    std::shared_ptr<std::atomic_bool> m_cancel;
    QPointer<QThread> m_thread;
    bool m_running = false;
};

} // namespace za::ui
