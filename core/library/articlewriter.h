#pragma once

#include "bulletin/article.h"
#include "bulletin/issuemeta.h"
#include "library/reprints.h"
#include "library/reviewfields.h"
#include "library/sourcecodec.h"
#include "places/analyzer.h"
#include "search/index.h"
#include "search/segmentbuilder.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace za::library {

// Writes parsed articles and what the analyser derives from them (zones, places, themes, figures) into
// the derived tables. Shared by import and reindex; the caller owns the transaction.
class ArticleWriter final
{
    Q_DISABLE_COPY_MOVE(ArticleWriter)

public:
    ArticleWriter(const QSqlDatabase &db, const places::Analyzer &analyzer);

    struct PageContext
    {
        qint64 pageId = 0;
        bulletin::IssueMeta meta;
        QString province; // the bulletin's province; empty = look up the bulletin's setting
    };

    // An article's figures as stored in article_figure_lists (a JSON list, compressed when that pays).
    struct FigureList
    {
        qint64 size = 0; // of the JSON
        StoredBytes stored;
    };
    static FigureList figureList(const QList<places::Figure> &figures);

    // An article's full-text columns (head, body) tokenized, and its body as stored (compressed).
    struct PreparedText
    {
        search::PretokenizedColumn head;
        search::PretokenizedColumn body;
        QByteArray storedBody; // search::packedText() of the body; null: the body is stored as text
        QByteArray sketch;     // PendingSketches::sketchOf() the article
    };

    // The analyser's findings for a page's articles as the machine parsed them, made ahead of time (on
    // another thread) with the province the writer is expected to use. Used for every article that is
    // written as parsed with that province; an article that editors changed is analysed again.
    struct Analyses
    {
        QString province;
        QList<places::ArticleAnalysis> articles; // by seq
        std::vector<FigureList> figureLists;     // the articles' figures as stored, by seq; may be empty
        // The articles' text as it will be indexed and stored, made ahead, by seq; may be empty.
        std::vector<PreparedText> texts;
    };

    // The prepared texts of analyses are handed on (moved) when a segment builder indexes them.
    bool writeArticles(const PageContext &page, const QList<bulletin::ParsedArticle> &articles,
                       Analyses *analyses = nullptr);
    // What the analyser finds in an article; const and thread-safe (it touches only the analyser).
    places::ArticleAnalysis analyse(const bulletin::ParsedArticle &article, const QString &province) const;
    // Thread-safe.
    static PreparedText preparedText(const bulletin::ParsedArticle &article);
    bool removePageArticles(qint64 pageId);
    // Parses the page's current source again and rewrites its articles (after a structural edit).
    bool rewritePage(qint64 pageId);
    // Runs the analyser again on a stored article (zones, places, themes, figures), e.g. after the
    // taxonomy or the registry changed; the article's text is not parsed again.
    bool reanalyze(qint64 articleId);

    // The bulletin's province as stored (bulletin_settings), or empty.
    QString bulletinProvince(const QString &bulletin);
    QHash<QString, QString> bulletinProvinces(); // every bulletin's, for work done off this thread
    bool setBulletinProvince(const QString &bulletin, const QString &province);

    // After a rollback: zone rows this writer added may be gone, so its cache of their ids must go too.
    void forgetUncommitted() { m_zoneIds.clear(); }

    // Off while a search::Index::BulkGuard rebuilds the index afterwards anyway (reindex).
    void setIndexing(bool on) { m_indexing = on; }
    // While set, new articles are indexed by this builder (its segment stored by search::DirectIndex)
    // instead of FTS5; an article whose columns FTS5 would read differently then fails to be written.
    void setSegmentBuilder(search::SegmentBuilderThread *builder) { m_builder = builder; }

    const QString &lastError() const { return m_error; }

private:
    bool writeArticle(const PageContext &page, int seq, const bulletin::ParsedArticle &article,
                      const QString &province, const places::ArticleAnalysis *analysis,
                      const FigureList *figures, PreparedText *prepared);
    bool writeAnalysis(qint64 articleId, const places::ArticleAnalysis &analysis,
                       const FigureList *figures = nullptr);
    qint64 zoneId(const QString &name, const QString &type, const QString &level, const QString &county,
                  const QString &city, const QString &province, bool discovered);
    bool fail(const QSqlQuery &query);
    bool fail(const search::SqliteStatement &statement);

    QSqlDatabase m_db;
    const places::Analyzer &m_analyzer;
    search::SqliteStatement m_insertArticle;
    search::SqliteStatement m_insertAuthor;
    search::SqliteStatement m_insertZoneTag;
    search::SqliteStatement m_insertPlace;
    search::SqliteStatement m_insertTheme;
    search::SqliteStatement m_insertFigure;
    search::SqliteStatement m_selectZone;
    search::SqliteStatement m_insertZone;
    search::IndexWriter m_index;
    search::SegmentBuilderThread *m_builder = nullptr;
    PendingSketches m_pendingSketches;
    bool m_indexing = true;
    ReviewOverlay m_overlay;          // editors' corrections and overrides, applied on every write
    QHash<QString, qint64> m_zoneIds; // canonical name -> id, for this writer's lifetime
    QString m_error;
};

} // namespace za::library
