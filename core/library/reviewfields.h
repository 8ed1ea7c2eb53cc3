#pragma once

#include "bulletin/article.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <optional>

namespace za::library {

// The fields of an article an editor can correct. A revision stores all of them, so that any revision
// can be viewed and restored on its own.
struct ArticleFields
{
    QString kicker;
    QString headline;
    QString subtitle;
    QString dateline;
    QString date; // YYYY-MM-DD, --MM-DD or empty
    QString byline;
    QStringList authors;
    QString body; // paragraphs joined by a blank line

    QJsonObject toJson() const;
    static ArticleFields fromJson(const QJsonObject &object);
    friend bool operator==(const ArticleFields &, const ArticleFields &) = default;
};

ArticleFields fieldsOf(const bulletin::ParsedArticle &article);
// Puts corrected fields into a parsed article (paragraphs from the body, sections clamped to them).
void applyFields(const ArticleFields &fields, bulletin::ParsedArticle &article);
// "YYYY-MM-DD", "--MM-DD" or empty; nullopt for anything else.
std::optional<bulletin::PartialDate> parsePartialDate(const QString &text);
// What re-import matching compares: headline and body of the machine's article.
QString machineText(const bulletin::ParsedArticle &article);

// Structural corrections of a page, replayed on the machine's article list: split an article at a
// paragraph, merge an article with the next one.
struct PageEdit
{
    enum class Op { Split, Merge };
    Op op = Op::Split;
    int seq = 0;
    int paragraph = 0;
};
bool applyPageEdit(const PageEdit &edit, QList<bulletin::ParsedArticle> &articles);

// The editors' layer that ArticleWriter applies whenever it writes an article (import, reindex,
// reclassify, page rewrite), so that derived data always shows human work. Not thread-safe.
class ReviewOverlay final
{
    Q_DISABLE_COPY_MOVE(ReviewOverlay)

public:
    explicit ReviewOverlay(const QSqlDatabase &db);

    bool pageEdits(qint64 pageId, QList<PageEdit> *edits);
    // The current revision's fields of the article at (pageId, seq), if an editor corrected it.
    bool currentFields(qint64 pageId, int seq, std::optional<ArticleFields> *fields);
    // Applies manual tag additions/removals to the derived tag tables of an article.
    bool applyTagOverrides(qint64 articleId, qint64 pageId, int seq);

    const QString &lastError() const { return m_error; }

private:
    bool fail(const QSqlQuery &query);

    QSqlDatabase m_db;
    // Prepared once: every article an import writes asks all three.
    QSqlQuery m_pageEdits;
    QSqlQuery m_currentFields;
    QSqlQuery m_tagOverrides;
    QString m_error;
};

} // namespace za::library
