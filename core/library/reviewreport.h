#pragma once

#include "library/issuechecks.h"
#include "library/records.h"
#include "library/review.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace za::library {

class Library;

// One field an editor changed: the machine's parse (or first revision) against the current revision.
struct ReportCorrection
{
    QString field; // kicker, headline, subtitle, dateline, date, byline, authors, body
    QJsonValue before;
    QJsonValue after;

    static QString text(const QJsonValue &value); // lists joined by ", "
};

struct ReportArticle
{
    ArticleSummary summary;
    QString status; // reviewStatusName(), empty when it could not be read
    QString reviewer;
    QString reviewedAt;
    int revisions = 0; // revisions stored, the machine's parse included (0 when never corrected)
    QList<ReportCorrection> corrections;
    QList<Revision> history; // revisions after the machine's parse: who, when, why
    QList<ReviewNote> notes;
};

// An issue's review (status, corrections with before/after, notes, open checks), built once and written
// as JSON, CSV or HTML (the HTML is what the PDF renderer of ui/report prints).
struct ReviewReport
{
    IssueSelector issue;
    QString generatedAt; // ISO 8601 UTC
    QList<ReportArticle> articles;
    QList<IssueCheck> checks;

    int approved() const;
    int needsChanges() const;

    QJsonObject toJson() const;
    QString toCsv() const; // header line and one line per article, correction, note and check
    // A self-contained HTML document (inline style only, all bulletin text escaped).
    QString toHtml() const;
};

// Builds the report of an issue. Returns false (and *error) when the library cannot be read or the issue
// has no articles.
bool buildReviewReport(Library &library, const IssueSelector &issue, ReviewReport *report, QString *error);

} // namespace za::library
