#include "library/importer.h"

#include "bulletin/pageparser.h"
#include "library/articlewriter.h"
#include "library/library.h"
#include "library/reprints.h"
#include "library/review.h"
#include "library/sourcecodec.h"
#include "library/sqlvalues.h"
#include "library/zonestore.h"
#include "places/analyzer.h"
#include "search/index.h"
#include "text/encoding.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
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

using namespace Qt::StringLiterals;

namespace za::library {

namespace {

// Same shape as QObject::tr so that lupdate reads plural forms.
QString tr(const char *text, const char *comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("za::library", text, comment, n);
}

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

struct Importer::Private
{
    explicit Private(Library &l)
        : library(l)
        , analyzer(ZoneStore(l.database().connection()).createAnalyzer())
        , writer(l.database().connection(), *analyzer)
    {}
    Library &library;
    // The library's own registry and taxonomy, built once per importer.
    std::unique_ptr<places::Analyzer> analyzer;
    ArticleWriter writer;
};

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

QList<FileImportResult> Importer::importPaths(const QStringList &paths, const ImportOptions &options,
                                              const ProgressCallback &progress,
                                              const std::atomic_bool *cancel)
{
    QList<FileImportResult> results;
    const QStringList files = collectFiles(paths, &results);
    ImportProgress state;
    state.filesTotal = int(files.size());
    for (const QString &file : files) {
        if (cancel && cancel->load())
            break;
        state.currentFile = file;
        if (progress)
            progress(state);
        results << importFile(file, options);
        ++state.filesDone;
    }
    // Reprints: only the new articles are sketched and compared with the whole library.
    const bool changed = std::any_of(results.cbegin(), results.cend(), [](const FileImportResult &r) {
        return r.status == ImportStatus::Imported || r.status == ImportStatus::Replaced;
    });
    if (changed) {
        QString error;
        if (!ReprintFinder(d->library.database().connection()).update(nullptr, &error))
            results.last().warnings << tr("reprint detection failed: %1").arg(error);
    }
    if (progress) {
        state.currentFile.clear();
        progress(state);
    }
    return results;
}

FileImportResult Importer::importFile(const QString &path, const ImportOptions &options)
{
    FileImportResult result;
    result.path = path;
    const QFileInfo info(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.message = tr("cannot read: %1").arg(file.errorString());
        return result;
    }
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        result.message = tr("cannot read: %1").arg(file.errorString());
        return result;
    }
    file.close();
    result = importBytes(info.fileName(), bytes, readSidecar(info), options);
    result.path = path;
    return result;
}

FileImportResult Importer::importBytes(const QString &fileName, const QByteArray &bytes,
                                       const QByteArray &sidecar, const ImportOptions &options)
{
    FileImportResult result;
    result.path = fileName;

    const text::DecodeResult decoded = text::decode(bytes, options.encoding);
    switch (decoded.status) {
    case text::DecodeStatus::Ok:
        break;
    case text::DecodeStatus::Empty:
        result.status = ImportStatus::Skipped;
        result.message = tr("empty file");
        return result;
    case text::DecodeStatus::NotText:
        result.message = tr("not a text file");
        return result;
    case text::DecodeStatus::UnknownEncoding:
        result.message =
            decoded.message.isEmpty() ? tr("unknown encoding %1").arg(options.encoding) : decoded.message;
        return result;
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
    const bulletin::ParsedPage page = bulletin::parsePage(decoded.decoded.text, parseOptions);
    result.warnings = reportWarnings(page);
    if (!sidecarError.isEmpty())
        result.warnings.prepend(tr("sidecar ignored: %1").arg(sidecarError));
    if (decoded.decoded.replacements > 0)
        result.warnings.prepend(tr("%n undecodable byte sequence(s) replaced by U+FFFD", nullptr,
                                   int(decoded.decoded.replacements)));

    const QString sha256 =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    QSqlDatabase db = d->library.database().connection();
    // BEGIN IMMEDIATE: the write lock is waited for up front (busy timeout), instead of a read
    // transaction failing to upgrade when another program committed meanwhile.
    QString beginError;
    if (!d->library.database().beginWrite(&beginError)) {
        result.message = tr("cannot start a transaction: %1").arg(beginError);
        return result;
    }
    const auto fail = [&](const QString &message) {
        db.rollback();
        result.status = ImportStatus::Failed;
        result.message = message;
        result.articles = 0;
        return result;
    };

    QSqlQuery query(db);
    query.prepare(u"SELECT p.id, s.sha256 FROM pages p JOIN sources s ON s.id = p.source_id "
                  "WHERE p.bulletin = ? AND p.issue_date = ? AND p.issue_no = ? AND p.page = ?"_s);
    query.addBindValue(nonNull(meta.bulletin));
    query.addBindValue(nonNull(isoDate(meta.issueDate)));
    query.addBindValue(nonNull(meta.issueNo));
    query.addBindValue(nonNull(meta.page));
    if (!query.exec())
        return fail(query.lastError().text());
    qint64 pageId = 0;
    if (query.next()) {
        pageId = query.value(0).toLongLong();
        if (query.value(1).toString() == sha256) {
            db.rollback();
            result.status = ImportStatus::AlreadyImported;
            result.message = tr("already imported");
            result.warnings.clear();
            return result;
        }
    }
    query.finish();

    // The source row: reuse it when these exact bytes are stored already (e.g. as another page's history).
    qint64 sourceId = 0;
    query.prepare(u"SELECT id FROM sources WHERE sha256 = ?"_s);
    query.addBindValue(sha256);
    if (!query.exec())
        return fail(query.lastError().text());
    if (query.next()) {
        sourceId = query.value(0).toLongLong();
    } else {
        const StoredBytes stored = packSource(bytes);
        query.prepare(u"INSERT INTO sources (sha256, file_name, content, compression, encoding, byte_size, "
                      "imported_at) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
        query.addBindValue(sha256);
        query.addBindValue(nonNull(fileName));
        query.addBindValue(stored.data);
        query.addBindValue(nonNull(stored.compression));
        query.addBindValue(nonNull(decoded.decoded.encoding));
        query.addBindValue(bytes.size());
        query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        if (!query.exec())
            return fail(tr("cannot store the source file: %1").arg(query.lastError().text()));
        sourceId = query.lastInsertId().toLongLong();
    }

    const QString pageWarnings = QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(page.warnings)).toJson(QJsonDocument::Compact));
    if (pageId) {
        query.prepare(u"INSERT OR IGNORE INTO page_history (page_id, source_id, replaced_at) "
                      "SELECT id, source_id, ? FROM pages WHERE id = ?"_s);
        query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        query.addBindValue(pageId);
        if (!query.exec())
            return fail(query.lastError().text());
        if (!d->writer.removePageArticles(pageId))
            return fail(d->writer.lastError());
        query.prepare(u"UPDATE pages SET source_id = ?, masthead = ?, warnings = ? WHERE id = ?"_s);
        query.addBindValue(sourceId);
        query.addBindValue(nonNull(page.mastheadText));
        query.addBindValue(pageWarnings);
        query.addBindValue(pageId);
        if (!query.exec())
            return fail(query.lastError().text());
        result.status = ImportStatus::Replaced;
    } else {
        query.prepare(
            u"INSERT INTO pages (bulletin, issue_date, issue_no, page, source_id, masthead, warnings) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
        query.addBindValue(nonNull(meta.bulletin));
        query.addBindValue(nonNull(isoDate(meta.issueDate)));
        query.addBindValue(nonNull(meta.issueNo));
        query.addBindValue(nonNull(meta.page));
        query.addBindValue(sourceId);
        query.addBindValue(nonNull(page.mastheadText));
        query.addBindValue(pageWarnings);
        if (!query.exec())
            return fail(query.lastError().text());
        pageId = query.lastInsertId().toLongLong();
        result.status = ImportStatus::Imported;
    }

    QString province = options.province;
    if (province.isEmpty() && !sidecar.isEmpty())
        province = QJsonDocument::fromJson(sidecar).object().value(u"province"_s).toString();
    if (!province.isEmpty() && !d->writer.setBulletinProvince(meta.bulletin, province))
        return fail(d->writer.lastError());
    // Editors' work on the old version moves to the matching articles of the new one, or is listed.
    if (result.status == ImportStatus::Replaced) {
        QString carryError;
        if (!carryOverReviewWork(db, pageId, page.articles, &result.warnings, &carryError))
            return fail(carryError);
    }
    ArticleWriter::PageContext context{pageId, meta, province};
    if (!d->writer.writeArticles(context, page.articles))
        return fail(d->writer.lastError());
    if (!db.commit())
        return fail(tr("cannot commit: %1").arg(db.lastError().text()));
    result.articles = int(page.articles.size());
    result.message = result.status == ImportStatus::Replaced ? tr("replaced an older version of this page")
                                                             : tr("imported");
    return result;
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
            db.rollback();
            return false;
        }
        ++state.filesDone;
    }
    if (!db.commit()) {
        *error = db.lastError().text();
        db.rollback();
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
            db.rollback();
            return false;
        }
        const std::optional<QByteArray> content = unpackSource(
            source.value(0).toByteArray(), source.value(1).toString(), source.value(2).toLongLong());
        const QString encoding = source.value(3).toString();
        source.finish();
        if (!content) {
            *error = tr("The stored source %1 of page %2 does not decode").arg(p.sourceId).arg(p.id);
            db.rollback();
            return false;
        }
        const text::DecodeResult decoded = text::decode(*content, encoding);
        bulletin::ParseOptions parseOptions;
        parseOptions.issueDate = p.meta.issueDate;
        const bulletin::ParsedPage page = bulletin::parsePage(decoded.decoded.text, parseOptions);
        ArticleWriter::PageContext context{p.id, p.meta, {}};
        if (!d->writer.removePageArticles(p.id) || !d->writer.writeArticles(context, page.articles)) {
            *error = d->writer.lastError();
            db.rollback();
            return false;
        }
        ++state.filesDone;
    }
    if (!indexGuard.commit(error)) {
        db.rollback();
        return false;
    }
    if (!db.commit()) {
        *error = db.lastError().text();
        db.rollback();
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
