#pragma once

#include "library/records.h"
#include "library/reviewfields.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace za::library {

class Library;

enum class ReviewStatus { Unreviewed, Approved, NeedsChanges }; // 未审, 已审, 需修改
QString reviewStatusName(ReviewStatus status);                  // "unreviewed", "approved", "needs_changes"
bool reviewStatusFromName(QStringView name, ReviewStatus *status);

struct ReviewState
{
    ReviewStatus status = ReviewStatus::Unreviewed;
    QString reviewer;
    QString reviewedAt; // ISO 8601 UTC, empty when never reviewed
    int revisions = 0;  // corrections made (revision 0, the machine's parse, not counted)
};

// One issue of a bulletin and how far its review is.
struct IssueProgress
{
    QString bulletin;
    QString issueDate;
    QString issueNo;
    int articles = 0;
    int approved = 0;
    int needsChanges = 0;
};

struct ReviewNote
{
    qint64 id = 0;
    qint64 articleId = 0; // 0 when its article could not be matched after a re-import
    QString headline;
    std::optional<qsizetype> from; // passage [from, to) of the body, when the note is on a passage
    std::optional<qsizetype> to;
    QString quote; // the passage as it read when the note was made
    QString text;
    QString author;
    QString createdAt;
};

struct Revision
{
    int number = 0; // 0 = the machine's parse
    ArticleFields fields;
    QString author;
    QString createdAt;
    QString comment;
};

// Corrected fields; unset ones keep their current value.
struct FieldCorrection
{
    std::optional<QString> kicker;
    std::optional<QString> headline;
    std::optional<QString> subtitle;
    std::optional<QString> dateline;
    std::optional<QString> date;
    std::optional<QString> byline;
    std::optional<QStringList> authors;
    std::optional<QString> body;
};

enum class TagKind { Zone, City, Theme };
QString tagKindName(TagKind kind); // "zone", "city", "theme"

struct TagOverride
{
    TagKind kind = TagKind::Zone;
    QString name;
    bool add = true; // false: the machine's tag is removed
    QString author;
    QString createdAt;
};

// Editors' work that a re-import could not attach to any article of the new version of its page.
struct UnmatchedWork
{
    qint64 itemId = 0;
    qint64 pageId = 0;
    QString bulletin;
    QString issueDate;
    QString issueNo;
    QString page;
    QString headline; // of the article as the work was done on it
    QString orphanedAt;
    QString status;
    int revisions = 0;
    int notes = 0;
    int tagOverrides = 0;
};

// What moveParagraph() did: the revisions it made and where the paragraph is now.
struct ParagraphMove
{
    int sourceRevision = 0;
    int targetRevision = 0;
    int targetParagraph = 0; // 0-based position of the paragraph in the target article
};

// Review status, notes, corrections (revisions), manual tags and structural edits of articles. All of it
// is keyed by the article's stable key (page, position) and kept apart from the derived tables, so it
// survives reindex/reclassify; ArticleWriter applies it whenever it writes an article, and every change
// here updates the articles row and tags at once, so search and facets show the current revision.
// Article ids passed in are current ids. Methods return false/nullopt/-1 on failure (see lastError()).
class ReviewStore final
{
    Q_DISABLE_COPY_MOVE(ReviewStore)

public:
    explicit ReviewStore(Library &library);
    ~ReviewStore();

    bool setStatus(qint64 articleId, ReviewStatus status, const QString &reviewer);
    std::optional<ReviewState> state(qint64 articleId);
    // Every issue with its progress; filtered to one bulletin when given.
    QList<IssueProgress> issueProgress(const QString &bulletin = {});

    // A note on the article, or on the passage [from, to) of its body (the quoted text is stored).
    qint64 addNote(qint64 articleId, const QString &text, const QString &author,
                   std::optional<std::pair<qsizetype, qsizetype>> range = std::nullopt);
    bool removeNote(qint64 noteId);
    QList<ReviewNote> notes(qint64 articleId);
    // Notes whose text or quoted passage contains the query (all notes when it is empty).
    QList<ReviewNote> searchNotes(const QString &query);

    // A new revision with the corrected fields; returns its number (-1 on failure, the current number
    // when nothing changed).
    int correct(qint64 articleId, const FieldCorrection &correction, const QString &author,
                const QString &comment = {});
    QList<Revision> revisions(qint64 articleId);
    std::optional<Revision> revision(qint64 articleId, int number);
    std::optional<Revision> currentRevision(qint64 articleId); // the machine's parse when uncorrected
    // A new revision equal to the given one; returns its number.
    int restore(qint64 articleId, int number, const QString &author);

    // Adds (add=true) or removes a zone/city/theme tag; the override replaces an earlier one for the
    // same name. clearTagOverride() gives the tag back to the classifier.
    bool setTag(qint64 articleId, TagKind kind, const QString &name, bool add, const QString &author);
    bool clearTagOverride(qint64 articleId, TagKind kind, const QString &name);
    QList<TagOverride> tagOverrides(qint64 articleId);

    // Splits the article before the given paragraph (0-based, > 0); returns the id of the second part.
    // The article's body must not be corrected (split first, then correct).
    std::optional<qint64> split(qint64 articleId, int paragraph, const QString &author);
    // Merges the article with the next one on its page; returns the id of the merged article. Work on
    // the second article is kept as unmatched work.
    std::optional<qint64> mergeWithNext(qint64 articleId, const QString &author);

    // Moves paragraph `paragraph` (0-based) of the article into another article of the same issue, before
    // the target's paragraph `position` (appended when position < 0). Unlike split/merge this works on
    // the current text: both articles get a new revision (the comment names the other article), so it
    // survives reindex and re-import like any correction and each side can be restored on its own.
    std::optional<ParagraphMove> moveParagraph(qint64 articleId, int paragraph, qint64 targetId, int position,
                                               const QString &author, const QString &comment = {});
    // The articles of the issue the article is in (itself included), in reading order.
    QList<ArticleSummary> issueArticles(qint64 articleId);

    QList<UnmatchedWork> unmatched();
    // Attaches unmatched work to an article (that has no work of its own yet).
    bool reattach(qint64 itemId, qint64 articleId);

    const QString &lastError() const { return m_error; }

private:
    struct Private;
    std::unique_ptr<Private> d;
    QString m_error;
};

} // namespace za::library

namespace za::library {

// Re-import of a changed page (called by the importer inside its transaction, before the new articles
// are written): editors' work on the page's articles is moved to the new article whose text best
// matches the text it was done on; work that matches none is kept as unmatched (see
// ReviewStore::unmatched()) and named in *warnings. Structural edits cannot be replayed on a changed
// page and are set aside the same way.
bool carryOverReviewWork(const QSqlDatabase &db, qint64 pageId,
                         const QList<bulletin::ParsedArticle> &articles, QStringList *warnings,
                         QString *error);

} // namespace za::library
