#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace za::library {

// Which issue: a bulletin and its number and/or date (at least one of them).
struct IssueSelector
{
    QString bulletin;
    QString issueNo;
    QString issueDate; // YYYY-MM-DD
};

// One open point of an issue's completeness checklist.
struct IssueCheck
{
    // missing_page, missing_continuation, no_byline, no_dateline, unknown_zone, too_short, too_long,
    // unreviewed_warnings, page_warnings
    QString kind;
    qint64 articleId = 0; // 0 for checks about the issue or a page
    QString page;
    QString headline;
    QString message;
};

// Thresholds of the checks; the defaults are the editors' rules of thumb.
struct IssueCheckOptions
{
    int minBodyChars = 80;
    int maxBodyChars = 8000;
    double usualShare = 0.7; // a bulletin "usually" has bylines/datelines when more of its articles do
    int minBulletinArticles = 5;
};

// The completeness checklist of an issue. Returns false (and *error) when the library cannot be read or
// the issue has no articles.
bool checkIssue(const QSqlDatabase &db, const IssueSelector &issue, QList<IssueCheck> *checks, QString *error,
                const IssueCheckOptions &options = {});

} // namespace za::library
