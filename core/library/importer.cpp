#include "library/importer.h"

#include "bulletin/pageparser.h"
#include "library/articlewriter.h"
#include "library/compactjson.h"
#include "library/library.h"
#include "library/reprints.h"
#include "library/review.h"
#include "library/sourcecodec.h"
#include "library/sqlvalues.h"
#include "library/walcheckpointer.h"
#include "library/zonestore.h"
#include "places/analyzer.h"
#include "search/directindex.h"
#include "search/index.h"
#include "search/segmentbuilder.h"
#include "text/encoding.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

#if defined(__GLIBC__)
#include <malloc.h> // malloc_trim
#endif

using namespace Qt::StringLiterals;

namespace za::library {

namespace {

// Same shape as QObject::tr so that lupdate reads plural forms.
QString tr(const char *text, const char *comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("za::library", text, comment, n);
}

// WAL between checkpoints during an import (counted in pages of the library's size).
constexpr qint64 kCheckpointBytes = qint64(128) << 20;

const QStringList &importableSuffixes()
{
    static const QStringList suffixes = {u"md"_s, u"markdown"_s, u"txt"_s, u"text"_s};
    return suffixes;
}

QString isoDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

// The sidecar of "page.md" is "page.md.json" or "page.json".
QByteArray readSidecar(const QFileInfo &file)
{
    const QStringList candidates{file.filePath() + u".json"_s,
                                 file.dir().filePath(file.completeBaseName() + u".json"_s)};
    for (const QString &candidate : candidates) {
        QFile sidecar(candidate);
        if (sidecar.open(QIODevice::ReadOnly))
            return sidecar.readAll();
    }
    return {};
}

// Collects the page's and articles' warnings for the import report.
QStringList reportWarnings(const bulletin::ParsedPage &page)
{
    QStringList warnings = page.warnings;
    for (const bulletin::ParsedArticle &article : page.articles) {
        const QString label = article.headline.isEmpty() ? tr("(no headline)") : article.headline;
        for (const QString &w : article.warnings)
            warnings << u"%1: %2"_s.arg(label, w);
    }
    return warnings;
}

} // namespace

QString statusName(ImportStatus status)
{
    switch (status) {
    case ImportStatus::Imported:
        return u"imported"_s;
    case ImportStatus::Replaced:
        return u"replaced"_s;
    case ImportStatus::AlreadyImported:
        return u"already imported"_s;
    case ImportStatus::Skipped:
        return u"skipped"_s;
    case ImportStatus::Failed:
        return u"failed"_s;
    }
    return {};
}

// One file with everything that needs no database done: decoding, metadata, parsing, and the analyser's
// findings for each article. importPaths() prepares the next files on a second thread while this one
// stores (the analyser is immutable and the writer's analyse() touches nothing else).
struct PreparedFile
{
    FileImportResult result; // the outcome, unless the file is to be stored
    bool toStore = false;
    QString fileName; // as stored in sources.file_name (no folder)
    QByteArray bytes;
    std::optional<StoredBytes> packed; // the bytes as stored, when compressed ahead
    QString encoding;
    bulletin::IssueMeta meta;
    bulletin::ParsedPage page;
    QString sha256;
    QString province; // from the options or the sidecar; empty = the bulletin's remembered one
    std::optional<ArticleWriter::Analyses> analyses;
};

// What the preparing side knows of the library, read once before an import of many files starts (a
// single file is analysed as it is stored instead).
struct LibrarySnapshot
{
    QHash<QString, QString> provinces; // bulletin -> remembered province
    std::vector<quint64> knownSources; // sorted first 64 bits of every stored source's sha256
    bool isKnown(const QString &sha256) const
    {
        return std::binary_search(knownSources.cbegin(), knownSources.cend(),
                                  sha256.left(16).toULongLong(nullptr, 16));
    }
};

struct Importer::Private
{
    explicit Private(Library &l)
        : library(l)
        , analyzer(ZoneStore(l.database().connection()).createAnalyzer())
        , writer(l.database().connection(), *analyzer)
        , findPage(l.database().connection(),
                   "SELECT p.id, s.sha256 FROM pages p JOIN sources s ON s.id = p.source_id "
                   "WHERE p.bulletin = ?1 AND p.issue_date = ?2 AND p.issue_no = ?3 AND p.page = ?4")
        , findSource(l.database().connection(), "SELECT id FROM sources WHERE sha256 = ?1")
        , insertSource(l.database().connection(),
                       "INSERT INTO sources (sha256, file_name, content, compression, encoding, byte_size, "
                       "imported_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
        , insertPage(
              l.database().connection(),
              "INSERT INTO pages (bulletin, issue_date, issue_no, page, source_id, masthead, warnings) "
              "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
    {}

    LibrarySnapshot snapshot();
    PreparedFile prepare(const QString &fileName, const QByteArray &bytes, const QByteArray &sidecar,
                         const ImportOptions &options, LibrarySnapshot *library) const;
    PreparedFile readAndPrepare(const QString &path, const ImportOptions &options,
                                LibrarySnapshot *library) const;
    // Stores one file in a transaction of its own.
    FileImportResult store(PreparedFile &file);
    // Stores one file inside the caller's write transaction; false when a statement failed (*result
    // says why) and the transaction must be rolled back.
    bool storeInTransaction(PreparedFile &file, FileImportResult *result);
    // Whether storing the file replaces a stored version of its page (whose articles FTS5 removes).
    bool replacesPage(const PreparedFile &file);
    void rollback();

    Library &library;
    // The library's own registry and taxonomy, built once per importer.
    std::unique_ptr<places::Analyzer> analyzer;
    ArticleWriter writer;
    // Run for every file: prepared once rather than parsed again each time.
    search::SqliteStatement findPage;
    search::SqliteStatement findSource;
    search::SqliteStatement insertSource;
    search::SqliteStatement insertPage;
    bool directIndexing = false; // see Importer::setDirectIndexing
    int directSegments = 0;
};

LibrarySnapshot Importer::Private::snapshot()
{
    LibrarySnapshot snapshot;
    snapshot.provinces = writer.bulletinProvinces();
    QSqlQuery query(library.database().connection());
    query.setForwardOnly(true);
    if (query.exec(u"SELECT substr(sha256, 1, 16) FROM sources"_s))
        while (query.next())
            snapshot.knownSources.push_back(query.value(0).toString().toULongLong(nullptr, 16));
    std::sort(snapshot.knownSources.begin(), snapshot.knownSources.end());
    return snapshot;
}

Importer::Importer(Library &library)
    : d(std::make_unique<Private>(library))
{}

Importer::~Importer() = default;

QStringList Importer::collectFiles(const QStringList &paths, QList<FileImportResult> *problems)
{
    QStringList files;
    QSet<QString> seen;
    const auto problem = [problems](const QString &path, const QString &message) {
        if (problems) {
            FileImportResult r;
            r.path = path;
            r.status = ImportStatus::Failed;
            r.message = message;
            problems->append(r);
        }
    };
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.exists()) {
            problem(path, tr("no such file or folder"));
            continue;
        }
        if (info.isFile()) {
            const QString canonical = info.canonicalFilePath();
            if (!seen.contains(canonical)) {
                seen.insert(canonical);
                files << info.absoluteFilePath();
            }
            continue;
        }
        if (!info.isDir()) {
            problem(path, tr("not a regular file or folder"));
            continue;
        }
        // Symbolic links are followed, but each real folder is walked once, so link loops end.
        QSet<QString> visitedDirs;
        QStringList pending{info.absoluteFilePath()};
        QStringList found;
        while (!pending.isEmpty()) {
            const QString dirPath = pending.takeFirst();
            const QString canonicalDir = QFileInfo(dirPath).canonicalFilePath();
            if (canonicalDir.isEmpty() || visitedDirs.contains(canonicalDir))
                continue;
            visitedDirs.insert(canonicalDir);
            const QDir dir(dirPath);
            const QFileInfoList entries = dir.entryInfoList(
                QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Readable, QDir::Name);
            for (const QFileInfo &entry : entries) {
                if (entry.isDir()) {
                    pending << entry.absoluteFilePath();
                } else if (importableSuffixes().contains(entry.suffix().toLower())) {
                    const QString canonical = entry.canonicalFilePath();
                    if (!canonical.isEmpty() && !seen.contains(canonical)) {
                        seen.insert(canonical);
                        found << entry.absoluteFilePath();
                    }
                }
            }
        }
        found.sort();
        files << found;
    }
    return files;
}

namespace {

// About what a prepared file holds in memory: its bytes, the parsed text (UTF-16) and, when analysed
// ahead, the pretokenized columns (a small entry per token, the larger part).
std::size_t approximateBytes(const PreparedFile &file)
{
    std::size_t bytes = sizeof(PreparedFile) + std::size_t(file.bytes.size());
    for (const bulletin::ParsedArticle &article : file.page.articles) {
        for (const QString &paragraph : article.paragraphs)
            bytes += std::size_t(paragraph.size()) * sizeof(QChar);
    }
    if (file.packed)
        bytes += std::size_t(file.packed->data.size());
    if (file.analyses) {
        for (const ArticleWriter::PreparedText &text : file.analyses->texts) {
            for (const search::PretokenizedColumn *column : {&text.head, &text.body}) {
                bytes += std::size_t(column->utf8.size()) + column->terms.size() +
                         column->entries.size() * sizeof(search::PretokenizedColumn::Entry);
            }
            bytes += std::size_t(text.storedBody.size() + text.sketch.size());
        }
    }
    return bytes;
}

// Files prepared ahead of the one being stored, in order. Bounded by memory rather than by count, so
// that memory stays flat however many files an import has, and large enough to keep the preparing
// thread busy through a commit: each group's commit (FTS5's flush and merges) stops the storing side
// for up to seconds, and a queue of 32 files filled in a fraction of that, leaving a core idle (100k
// articles: 1.55 cores busy with 32 files, 1.68-1.71 with this budget). The estimate counts about half
// of what the heap holds: at 100k, 64 MB peaked at 246 MB, 128 MB at 358 MB.
class PreparedQueue final
{
public:
    static constexpr std::size_t kBudgetBytes = std::size_t(64) << 20;

    void push(PreparedFile file)
    {
        const std::size_t bytes = approximateBytes(file);
        std::unique_lock lock(m_mutex);
        // One file is always let in, however large, so that an import never waits for itself.
        m_notFull.wait(lock, [&] { return m_items.empty() || m_bytes + bytes <= kBudgetBytes || m_closed; });
        if (m_closed)
            return;
        m_bytes += bytes;
        m_items.push_back({std::move(file), bytes});
        m_notEmpty.notify_one();
    }
    std::optional<PreparedFile> pop()
    {
        std::unique_lock lock(m_mutex);
        m_notEmpty.wait(lock, [this] { return !m_items.empty() || m_closed; });
        if (m_items.empty())
            return std::nullopt;
        Item item = std::move(m_items.front());
        m_items.pop_front();
        m_bytes -= item.bytes;
        m_notFull.notify_one();
        return std::move(item.file);
    }
    // Wakes both sides for good: the producer stops, the consumer drains what is left.
    void close()
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
        m_notFull.notify_all();
        m_notEmpty.notify_all();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_notFull;
    std::condition_variable m_notEmpty;
    struct Item
    {
        PreparedFile file;
        std::size_t bytes;
    };
    std::deque<Item> m_items;
    std::size_t m_bytes = 0;
    bool m_closed = false;
};

} // namespace

QList<FileImportResult> Importer::importPaths(const QStringList &paths, const ImportOptions &options,
                                              const ProgressCallback &progress,
                                              const std::atomic_bool *cancel, const ResultCallback &onResult)
{
    QList<FileImportResult> results;
    const QStringList files = collectFiles(paths, &results);
    // With a callback, results pass through; the latest one waits, since the reprint pass at the end
    // may add a warning to it.
    bool changed = false;
    std::optional<FileImportResult> latest;
    const auto deliver = [&](FileImportResult result) {
        changed =
            changed || result.status == ImportStatus::Imported || result.status == ImportStatus::Replaced;
        if (!onResult) {
            results << std::move(result);
            return;
        }
        if (latest)
            onResult(*latest);
        latest = std::move(result);
    };
    if (onResult) {
        for (const FileImportResult &problem : std::as_const(results))
            onResult(problem);
        results.clear();
    }
    ImportProgress state;
    state.filesTotal = int(files.size());

    // For the length of the import: a larger page cache, so that the many b-trees an article touches
    // (articles, tags, the FTS segments) are not spilled and read back mid-group, and checkpoints of
    // the WAL every 128 MB instead of 4 MB, so that pages rewritten by every group (index interiors, FTS
    // structure) are copied into the library once per checkpoint rather than many times (on the
    // checkpointer's thread, where there is one: 100k articles imported 8-15% faster than with 32 MB
    // checkpoints in the writer's commits). Meanwhile the WAL file is reused at its size rather than cut
    // back each time SQLite starts it over (journal_size_limit, restored afterwards).
    QSqlDatabase connection = d->library.database().connection();
    const auto pragma = [&connection](const QString &sql) -> QVariant {
        QSqlQuery query(connection);
        return query.exec(sql) && query.next() ? query.value(0) : QVariant();
    };
    const QVariant cacheSize = pragma(u"PRAGMA cache_size"_s);
    const QVariant autoCheckpoint = pragma(u"PRAGMA wal_autocheckpoint"_s);
    const QVariant walSizeLimit = pragma(u"PRAGMA journal_size_limit"_s);
    const qint64 pageSize = std::max<qint64>(512, pragma(u"PRAGMA page_size"_s).toLongLong());
    const int checkpointPages = static_cast<int>(kCheckpointBytes / pageSize);
    pragma(u"PRAGMA cache_size = -32768"_s);
    pragma(u"PRAGMA wal_autocheckpoint = %1"_s.arg(checkpointPages));
    pragma(u"PRAGMA journal_size_limit = -1"_s);
    const auto restorePragmas = qScopeGuard([&]() {
        // The values were read from SQLite itself as integers: nothing from outside reaches the SQL.
        if (cacheSize.isValid())
            pragma(u"PRAGMA cache_size = %1"_s.arg(cacheSize.toLongLong()));
        if (autoCheckpoint.isValid())
            pragma(u"PRAGMA wal_autocheckpoint = %1"_s.arg(autoCheckpoint.toLongLong()));
        if (walSizeLimit.isValid())
            pragma(u"PRAGMA journal_size_limit = %1"_s.arg(walSizeLimit.toLongLong()));
    });
    // Checkpoints on a thread of its own while this one writes; destroyed before the guard above runs.
    const WalCheckpointer checkpointer(search::sqliteHandle(connection), checkpointPages, checkpointPages);

    // Sketches an earlier import on this connection left (its reprint pass failed) are dropped: their
    // articles are sketched from their stored text instead, as they are now.
    PendingSketches(connection).clear();

    // Reading, decoding, parsing and analysing the next files (a second core's work) overlaps storing
    // this one; results stay in file order.
    LibrarySnapshot snapshot = d->snapshot();
    PreparedQueue queue;
    std::atomic_bool stop = false;
    std::thread preparer([&]() {
        for (const QString &file : files) {
            if (stop.load() || (cancel && cancel->load()))
                break;
            queue.push(d->readAndPrepare(file, options, &snapshot));
        }
        queue.close();
    });
    const auto joinPreparer = qScopeGuard([&]() {
        stop = true;
        queue.close();
        preparer.join();
    });
    // Files are committed in groups (kGroupFiles, or what kGroupMillis allow): FTS5 writes its pending
    // terms and SQLite its WAL frames once per group instead of once per file. A file that fails rolls
    // its group back and the group is stored again file by file, so only that file is left out, exactly
    // as if every file had a transaction of its own. Each commit writes a new FTS5 segment, which merges
    // rewrite level by level, and the pages every group changes: 50,000 articles imported into a library
    // of a million wrote 2.5 GB in groups of 400 files against 3.7 GB in groups of 100, at 6-9% less CPU
    // (the terms held until the commit raise the import's own peak, still below the reprint pass's).
    constexpr qsizetype kGroupFiles = 400;
    constexpr qint64 kGroupMillis = 4000;
    QSqlDatabase db = d->library.database().connection();
    QList<PreparedFile> group;
    QList<FileImportResult> groupResults;
    QElapsedTimer groupTimer;
    // A group of new pages is indexed by a builder on a thread of its own and its segment written with
    // the group (search::DirectIndex); a group that replaces pages, or is stored again file by file,
    // is indexed by FTS5 as before.
    d->directSegments = 0;
    std::optional<search::DirectIndex> direct;
    std::optional<search::SegmentBuilderThread> builder;
    if (d->directIndexing) {
        direct.emplace(search::sqliteHandle(db));
        if (direct->isUsable())
            builder.emplace(direct->pageSize());
    }
    bool directGroup = false;
    const auto leaveDirectGroup = [&]() {
        if (directGroup)
            builder->discard();
        directGroup = false;
        d->writer.setSegmentBuilder(nullptr);
    };
    const auto storeOneByOne = [&]() {
        leaveDirectGroup();
        for (PreparedFile &file : group)
            deliver(d->store(file));
        group.clear();
        groupResults.clear();
    };
    const auto commitGroup = [&]() {
        if (group.isEmpty())
            return;
        if (directGroup) {
            search::SegmentBuilder::Segment segment;
            QString error;
            const bool built = builder->finish(&segment);
            directGroup = false;
            d->writer.setSegmentBuilder(nullptr);
            if (!built || !direct->store(segment, &error)) {
                d->rollback();
                storeOneByOne();
                return;
            }
            if (!db.commit()) {
                d->rollback();
                storeOneByOne();
                return;
            }
            if (!segment.leaves.empty())
                ++d->directSegments;
        } else if (!db.commit()) {
            d->rollback();
            storeOneByOne();
            return;
        }
        if (direct) {
            QString error;
            direct->afterCommit(&error); // a failed merge is asked for again after the next group
        }
        for (FileImportResult &result : groupResults)
            deliver(std::move(result));
        group.clear();
        groupResults.clear();
    };
    for (const QString &file : files) {
        if (cancel && cancel->load())
            break;
        state.currentFile = file;
        if (progress)
            progress(state);
        std::optional<PreparedFile> prepared = queue.pop();
        if (!prepared)
            break;
        ++state.filesDone;
        if (!prepared->toStore && group.isEmpty()) {
            deliver(std::move(prepared->result));
            continue;
        }
        const bool replaces = builder && direct->isUsable() && d->replacesPage(*prepared);
        if (directGroup && replaces)
            commitGroup();
        if (group.isEmpty()) {
            QString beginError;
            if (!d->library.database().beginWrite(&beginError)) {
                deliver(d->store(*prepared)); // reports the same problem for this file
                continue;
            }
            groupTimer.start();
            directGroup = builder && direct->isUsable() && !replaces;
            d->writer.setSegmentBuilder(directGroup ? &*builder : nullptr);
        }
        group.append(std::move(*prepared));
        FileImportResult result;
        if (!d->storeInTransaction(group.last(), &result)) {
            d->rollback();
            storeOneByOne();
            continue;
        }
        groupResults << result;
        // Only what storing the file again needs stays with the group until it commits: a group that
        // fails is stored file by file and analyses its files as they are stored. The analyses (the
        // pretokenized text above all) are the larger part of a prepared file, and a group has 400.
        group.last().analyses.reset();
        group.last().packed.reset();
        if (group.size() >= kGroupFiles || groupTimer.elapsed() >= kGroupMillis)
            commitGroup();
    }
    commitGroup();
#if defined(__GLIBC__)
    // The import freed far more than it holds now (prepared files, FTS5's pending terms), mostly in
    // pieces glibc keeps: given back before the reprint pass allocates its own, the peak at a million
    // articles fell by 20-45 MB.
    malloc_trim(0);
#endif
    // Reprints: only the new articles are sketched and compared with the whole library.
    if (changed) {
        QString error;
        if (!ReprintFinder(d->library.database().connection()).update(nullptr, &error)) {
            FileImportResult *last = latest ? &*latest : results.isEmpty() ? nullptr : &results.last();
            if (last)
                last->warnings << tr("reprint detection failed: %1").arg(error);
        }
    }
    if (latest)
        onResult(*latest);
    if (progress) {
        state.currentFile.clear();
        progress(state);
    }
    return results;
}

PreparedFile Importer::Private::readAndPrepare(const QString &path, const ImportOptions &options,
                                               LibrarySnapshot *library) const
{
    PreparedFile prepared;
    prepared.result.path = path;
    const QFileInfo info(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        prepared.result.message = tr("cannot read: %1").arg(file.errorString());
        return prepared;
    }
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        prepared.result.message = tr("cannot read: %1").arg(file.errorString());
        return prepared;
    }
    file.close();
    prepared = prepare(info.fileName(), bytes, readSidecar(info), options, library);
    prepared.result.path = path;
    return prepared;
}

FileImportResult Importer::importFile(const QString &path, const ImportOptions &options)
{
    PreparedFile prepared = d->readAndPrepare(path, options, nullptr);
    return d->store(prepared);
}

FileImportResult Importer::importBytes(const QString &fileName, const QByteArray &bytes,
                                       const QByteArray &sidecar, const ImportOptions &options)
{
    PreparedFile prepared = d->prepare(fileName, bytes, sidecar, options, nullptr);
    return d->store(prepared);
}

PreparedFile Importer::Private::prepare(const QString &fileName, const QByteArray &bytes,
                                        const QByteArray &sidecar, const ImportOptions &options,
                                        LibrarySnapshot *library) const
{
    PreparedFile prepared;
    FileImportResult &result = prepared.result;
    result.path = fileName;

    text::DecodeResult decoded = text::decode(bytes, options.encoding);
    switch (decoded.status) {
    case text::DecodeStatus::Ok:
        break;
    case text::DecodeStatus::Empty:
        result.status = ImportStatus::Skipped;
        result.message = tr("empty file");
        return prepared;
    case text::DecodeStatus::NotText:
        result.message = tr("not a text file");
        return prepared;
    case text::DecodeStatus::UnknownEncoding:
        result.message =
            decoded.message.isEmpty() ? tr("unknown encoding %1").arg(options.encoding) : decoded.message;
        return prepared;
    }
    result.encoding = decoded.decoded.encoding;

    QString sidecarError;
    const bulletin::IssueMeta fromSidecar =
        sidecar.isEmpty() ? bulletin::IssueMeta{} : bulletin::metaFromSidecar(sidecar, &sidecarError);
    const bulletin::IssueMeta meta =
        bulletin::resolveMeta(options.meta, fromSidecar, bulletin::metaFromFileName(fileName),
                              bulletin::metaFromMasthead(decoded.decoded.text));
    result.meta = meta;

    bulletin::ParseOptions parseOptions;
    parseOptions.issueDate = meta.issueDate;
    prepared.page = bulletin::parsePage(decoded.decoded.text, parseOptions);
    result.warnings = reportWarnings(prepared.page);
    if (!sidecarError.isEmpty())
        result.warnings.prepend(tr("sidecar ignored: %1").arg(sidecarError));
    if (decoded.decoded.replacements > 0)
        result.warnings.prepend(tr("%n undecodable byte sequence(s) replaced by U+FFFD", nullptr,
                                   int(decoded.decoded.replacements)));

    prepared.toStore = true;
    prepared.fileName = fileName;
    prepared.bytes = bytes;
    prepared.encoding = decoded.decoded.encoding;
    prepared.meta = meta;
    prepared.sha256 =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    prepared.province = options.province;
    if (prepared.province.isEmpty() && !sidecar.isEmpty())
        prepared.province = QJsonDocument::fromJson(sidecar).object().value(u"province"_s).toString();
    // The store step remembers a given province for the bulletin; later files of it see the same.
    if (!library) // analysed as it is stored
        return prepared;
    if (!prepared.province.isEmpty())
        library->provinces.insert(meta.bulletin, prepared.province);
    // Bytes the library already holds are most likely "already imported": not worth analysing ahead.
    if (!library->isKnown(prepared.sha256)) {
        prepared.packed = packSource(bytes);
        ArticleWriter::Analyses analyses;
        analyses.province =
            prepared.province.isEmpty() ? library->provinces.value(meta.bulletin) : prepared.province;
        analyses.articles.reserve(prepared.page.articles.size());
        for (const bulletin::ParsedArticle &article : std::as_const(prepared.page.articles)) {
            analyses.articles.append(writer.analyse(article, analyses.province));
            analyses.figureLists.push_back(ArticleWriter::figureList(analyses.articles.last().figures));
            analyses.texts.push_back(ArticleWriter::preparedText(article));
        }
        prepared.analyses = std::move(analyses);
    }
    return prepared;
}

FileImportResult Importer::Private::store(PreparedFile &prepared)
{
    if (!prepared.toStore)
        return prepared.result;
    // BEGIN IMMEDIATE: the write lock is waited for up front (busy timeout), instead of a read
    // transaction failing to upgrade when another program committed meanwhile.
    QString beginError;
    if (!library.database().beginWrite(&beginError)) {
        FileImportResult result = prepared.result;
        result.status = ImportStatus::Failed;
        result.message = tr("cannot start a transaction: %1").arg(beginError);
        return result;
    }
    QSqlDatabase db = library.database().connection();
    FileImportResult result;
    if (storeInTransaction(prepared, &result) && db.commit())
        return result;
    if (result.status != ImportStatus::Failed) {
        result.status = ImportStatus::Failed;
        result.message = tr("cannot commit: %1").arg(db.lastError().text());
        result.articles = 0;
    }
    rollback();
    return result;
}

bool Importer::Private::replacesPage(const PreparedFile &prepared)
{
    if (!prepared.toStore)
        return false;
    const bulletin::IssueMeta &meta = prepared.meta;
    findPage.bind(1, meta.bulletin);
    findPage.bind(2, isoDate(meta.issueDate));
    findPage.bind(3, meta.issueNo);
    findPage.bind(4, meta.page);
    // An error is met again, and reported, when the file is stored.
    const bool replaces =
        findPage.step() == search::SqliteStatement::Step::Row && findPage.textAt(1) != prepared.sha256;
    findPage.reset();
    return replaces;
}

void Importer::Private::rollback()
{
    library.database().connection().rollback();
    writer.forgetUncommitted();
}

bool Importer::Private::storeInTransaction(PreparedFile &prepared, FileImportResult *out)
{
    FileImportResult &result = *out;
    result = prepared.result;
    if (!prepared.toStore)
        return true;
    const QByteArray &bytes = prepared.bytes;
    const QString &sha256 = prepared.sha256;
    const QString &fileName = prepared.fileName;
    const bulletin::IssueMeta &meta = prepared.meta;
    const bulletin::ParsedPage &page = prepared.page;
    QSqlDatabase db = library.database().connection();
    const auto fail = [&](const QString &message) {
        result.status = ImportStatus::Failed;
        result.message = message;
        result.articles = 0;
        return false;
    };

    using Step = search::SqliteStatement::Step;
    findPage.bind(1, meta.bulletin);
    findPage.bind(2, isoDate(meta.issueDate));
    findPage.bind(3, meta.issueNo);
    findPage.bind(4, meta.page);
    const Step pageStep = findPage.step();
    if (pageStep == Step::Error)
        return fail(findPage.lastError());
    qint64 pageId = 0;
    if (pageStep == Step::Row) {
        pageId = findPage.int64At(0);
        if (findPage.textAt(1) == sha256) {
            findPage.reset();
            result.status = ImportStatus::AlreadyImported;
            result.message = tr("already imported");
            result.warnings.clear();
            return true;
        }
    }
    findPage.reset();

    // The source row: reuse it when these exact bytes are stored already (e.g. as another page's history).
    qint64 sourceId = 0;
    findSource.bind(1, sha256);
    const Step sourceStep = findSource.step();
    if (sourceStep == Step::Error)
        return fail(findSource.lastError());
    if (sourceStep == Step::Row) {
        sourceId = findSource.int64At(0);
        findSource.reset();
    } else {
        findSource.reset();
        const StoredBytes stored = prepared.packed ? *prepared.packed : packSource(bytes);
        insertSource.bind(1, sha256);
        insertSource.bind(2, fileName);
        insertSource.bind(3, stored.data);
        insertSource.bind(4, stored.compression);
        insertSource.bind(5, prepared.encoding);
        insertSource.bind(6, qint64(bytes.size()));
        insertSource.bind(7, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        if (!insertSource.exec())
            return fail(tr("cannot store the source file: %1").arg(insertSource.lastError()));
        sourceId = insertSource.lastInsertId();
    }

    const QString pageWarnings = QString::fromUtf8(jsonStringArray(page.warnings));
    if (pageId) {
        QSqlQuery query(db); // replacing a page is rare: these statements are prepared when needed
        query.prepare(u"INSERT OR IGNORE INTO page_history (page_id, source_id, replaced_at) "
                      "SELECT id, source_id, ? FROM pages WHERE id = ?"_s);
        query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        query.addBindValue(pageId);
        if (!query.exec())
            return fail(query.lastError().text());
        if (!writer.removePageArticles(pageId))
            return fail(writer.lastError());
        query.prepare(u"UPDATE pages SET source_id = ?, masthead = ?, warnings = ? WHERE id = ?"_s);
        query.addBindValue(sourceId);
        query.addBindValue(nonNull(page.mastheadText));
        query.addBindValue(pageWarnings);
        query.addBindValue(pageId);
        if (!query.exec())
            return fail(query.lastError().text());
        result.status = ImportStatus::Replaced;
    } else {
        insertPage.bind(1, meta.bulletin);
        insertPage.bind(2, isoDate(meta.issueDate));
        insertPage.bind(3, meta.issueNo);
        insertPage.bind(4, meta.page);
        insertPage.bind(5, sourceId);
        insertPage.bind(6, page.mastheadText);
        insertPage.bind(7, pageWarnings);
        if (!insertPage.exec())
            return fail(insertPage.lastError());
        pageId = insertPage.lastInsertId();
        result.status = ImportStatus::Imported;
    }

    const QString &province = prepared.province;
    if (!province.isEmpty() && !writer.setBulletinProvince(meta.bulletin, province))
        return fail(writer.lastError());
    // Editors' work on the old version moves to the matching articles of the new one, or is listed.
    if (result.status == ImportStatus::Replaced) {
        QString carryError;
        if (!carryOverReviewWork(db, pageId, page.articles, &result.warnings, &carryError))
            return fail(carryError);
    }
    ArticleWriter::PageContext context{pageId, meta, province};
    const bool written =
        writer.writeArticles(context, page.articles, prepared.analyses ? &*prepared.analyses : nullptr);
    // The tokens are the bulk of a prepared file; a group replayed after a failure tokenizes again.
    if (prepared.analyses)
        prepared.analyses->texts.clear();
    if (!written)
        return fail(writer.lastError());
    result.articles = int(page.articles.size());
    result.message = result.status == ImportStatus::Replaced ? tr("replaced an older version of this page")
                                                             : tr("imported");
    return true;
}

void Importer::setDirectIndexing(bool on)
{
    d->directIndexing = on;
}

int Importer::directSegments() const
{
    return d->directSegments;
}

bool Importer::reclassify(const ProgressCallback &progress, QString *error)
{
    QSqlDatabase db = d->library.database().connection();
    const QList<qint64> ids = d->library.articleIds();
    // BEGIN IMMEDIATE: a second writer waits for the busy timeout instead of failing at once.
    if (!d->library.database().beginWrite(error))
        return false;
    ImportProgress state;
    state.filesTotal = int(ids.size());
    for (qint64 id : ids) {
        if (progress && state.filesDone % 100 == 0)
            progress(state);
        if (!d->writer.reanalyze(id)) {
            *error = d->writer.lastError();
            d->rollback();
            return false;
        }
        ++state.filesDone;
    }
    if (!db.commit()) {
        *error = db.lastError().text();
        d->rollback();
        return false;
    }
    if (progress)
        progress(state);
    return true;
}

bool Importer::reindex(const ProgressCallback &progress, QString *error)
{
    QSqlDatabase db = d->library.database().connection();
    QSqlQuery pages(db);
    pages.setForwardOnly(true);
    // Only the pages' keys up front: the sources are read one at a time below, so that rebuilding a
    // library of gigabytes does not hold all its text in memory.
    if (!pages.exec(u"SELECT p.id, p.bulletin, p.issue_date, p.issue_no, p.page, p.source_id "
                    "FROM pages p ORDER BY p.id"_s)) {
        *error = pages.lastError().text();
        return false;
    }
    struct StoredPage
    {
        qint64 id;
        bulletin::IssueMeta meta;
        qint64 sourceId;
    };
    QList<StoredPage> stored;
    while (pages.next()) {
        StoredPage p;
        p.id = pages.value(0).toLongLong();
        p.meta.bulletin = pages.value(1).toString();
        p.meta.issueDate = QDate::fromString(pages.value(2).toString(), Qt::ISODate);
        p.meta.issueNo = pages.value(3).toString();
        p.meta.page = pages.value(4).toString();
        p.sourceId = pages.value(5).toLongLong();
        stored << p;
    }
    pages.finish();

    // BEGIN IMMEDIATE: a second writer waits for the busy timeout instead of failing at once.
    if (!d->library.database().beginWrite(error))
        return false;
    // Every article is rewritten: one index rebuild at the end beats maintaining it row by row.
    search::Index::BulkGuard indexGuard(db);
    d->writer.setIndexing(false);
    const auto indexAgain = qScopeGuard([this]() { d->writer.setIndexing(true); });
    QSqlQuery source(db);
    source.setForwardOnly(true);
    source.prepare(u"SELECT content, compression, byte_size, encoding FROM sources WHERE id = ?"_s);
    ImportProgress state;
    state.filesTotal = int(stored.size());
    for (const StoredPage &p : std::as_const(stored)) {
        state.currentFile = p.meta.bulletin + u' ' + p.meta.issueNo + u' ' + p.meta.page;
        if (progress)
            progress(state);
        source.bindValue(0, p.sourceId);
        if (!source.exec() || !source.next()) {
            *error = source.lastError().isValid()
                         ? source.lastError().text()
                         : tr("The stored source %1 of page %2 is missing").arg(p.sourceId).arg(p.id);
            d->rollback();
            return false;
        }
        const std::optional<QByteArray> content = unpackSource(
            source.value(0).toByteArray(), source.value(1).toString(), source.value(2).toLongLong());
        const QString encoding = source.value(3).toString();
        source.finish();
        if (!content) {
            *error = tr("The stored source %1 of page %2 does not decode").arg(p.sourceId).arg(p.id);
            d->rollback();
            return false;
        }
        const text::DecodeResult decoded = text::decode(*content, encoding);
        bulletin::ParseOptions parseOptions;
        parseOptions.issueDate = p.meta.issueDate;
        const bulletin::ParsedPage page = bulletin::parsePage(decoded.decoded.text, parseOptions);
        ArticleWriter::PageContext context{p.id, p.meta, {}};
        if (!d->writer.removePageArticles(p.id) || !d->writer.writeArticles(context, page.articles)) {
            *error = d->writer.lastError();
            d->rollback();
            return false;
        }
        ++state.filesDone;
    }
    if (!indexGuard.commit(error)) {
        d->rollback();
        return false;
    }
    if (!db.commit()) {
        *error = db.lastError().text();
        d->rollback();
        return false;
    }
    // Every article is new to the reprint pass now (sketches went with the old rows); pairs and
    // editors' decisions are kept by stable keys.
    if (!ReprintFinder(db).update(nullptr, error))
        return false;
    if (progress) {
        state.currentFile.clear();
        progress(state);
    }
    return true;
}

} // namespace za::library
