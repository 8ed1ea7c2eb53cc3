#pragma once

#include "bulletin/issuemeta.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

namespace za::library {

class Library;

// What the user said about the files being imported (CLI flags, the import dialog). Empty fields are
// filled from each file's sidecar, name and masthead.
struct ImportOptions
{
    bulletin::IssueMeta meta;
    QString encoding; // forced encoding; empty = detect
    // The bulletin's province, which resolves ambiguous place names (城区, 郊区). Remembered per bulletin;
    // empty = the sidecar's "province", else what the library remembers for the bulletin.
    QString province;
};

enum class ImportStatus {
    Imported,        // new page
    Replaced,        // changed content for a page already in the library; the old source is kept as history
    AlreadyImported, // identical content, nothing to do
    Skipped,         // empty file
    Failed           // not imported; message says why
};

struct FileImportResult
{
    QString path;
    ImportStatus status = ImportStatus::Failed;
    QString message;
    QString encoding;
    bulletin::IssueMeta meta;
    int articles = 0;
    QStringList warnings; // the page's and its articles' warnings, prefixed by the article's headline
};

struct ImportProgress
{
    int filesDone = 0;
    int filesTotal = 0;
    QString currentFile;
};

// Imports bulletin pages into a library. Each file is all or nothing: a failure leaves the library
// exactly as it was before that file (importPaths commits files in groups for speed, and stores a
// failed file's group again file by file, so the other files of the group are kept).
class Importer final
{
    Q_DISABLE_COPY_MOVE(Importer)

public:
    explicit Importer(Library &library);
    ~Importer();

    using ProgressCallback = std::function<void(const ImportProgress &)>;
    using ResultCallback = std::function<void(const FileImportResult &)>;

    // Files and folders (recursively: *.md, *.markdown, *.txt, *.text); a missing path is a failure.
    // Results come in file order. With onResult, each file's result is handed over once it is final
    // (committed or failed) and none is kept: an import of 200,000 files otherwise holds all their
    // warnings to the end (hundreds of megabytes).
    QList<FileImportResult> importPaths(const QStringList &paths, const ImportOptions &options,
                                        const ProgressCallback &progress = {},
                                        const std::atomic_bool *cancel = nullptr,
                                        const ResultCallback &onResult = {});
    FileImportResult importFile(const QString &path, const ImportOptions &options);
    // The same from bytes already in memory (bundled sample, tests); sidecar may be empty.
    FileImportResult importBytes(const QString &fileName, const QByteArray &bytes, const QByteArray &sidecar,
                                 const ImportOptions &options);

    // Expands folders into the files an import would take, in a stable order; unreadable or looping
    // entries are reported in *problems (path, reason).
    static QStringList collectFiles(const QStringList &paths, QList<FileImportResult> *problems);

    // Runs the analyser again over every stored article (zones, places, themes, figures) with the
    // library's current registry and taxonomy; article text and ids stay as they are.
    bool reclassify(const ProgressCallback &progress, QString *error);

    // Rebuilds all derived data (articles, tags, full-text index) from the stored sources.
    bool reindex(const ProgressCallback &progress, QString *error);

    // On, importPaths writes the full-text index's new segments itself (search::DirectIndex, built on a
    // thread of its own) where the library allows it. Off by default: measured at 100,000 and 1,000,000
    // articles it gained nothing on the wall clock (the writing thread's other work, not FTS5's term
    // insertion, bounds a large import) and added memory (see bench_import --compare-direct).
    void setDirectIndexing(bool on);
    // Segments the last importPaths wrote itself (0: FTS5 indexed everything).
    int directSegments() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

QString statusName(ImportStatus status);

} // namespace za::library
