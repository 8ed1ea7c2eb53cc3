#include "library/reviewreport.h"

#include "library/library.h"
#include "library/sqlvalues.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace za::library {

namespace {

QString tr(const char *text, const char *comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("za::library", text, comment, n);
}

QList<ArticleSummary> articlesOf(const QSqlDatabase &db, const IssueSelector &issue, QString *error)
{
    QList<ArticleSummary> list;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT id, bulletin, issue_date, issue_no, page, kicker, headline, coalesce(date, ''), "
              "json_array_length(warnings) FROM articles WHERE bulletin = ? AND (? = '' OR issue_no = ?) "
              "AND (? = '' OR issue_date = ?) ORDER BY issue_date, issue_no, page, seq"_s);
    // Bound as '' rather than NULL when absent, so that "? = ''" holds.
    q.addBindValue(nonNull(issue.bulletin));
    q.addBindValue(nonNull(issue.issueNo));
    q.addBindValue(nonNull(issue.issueNo));
    q.addBindValue(nonNull(issue.issueDate));
    q.addBindValue(nonNull(issue.issueDate));
    if (!q.exec()) {
        *error = q.lastError().text();
        return list;
    }
    if (!q.next()) {
        *error = tr("no articles in this issue");
        return list;
    }
    do {
        ArticleSummary s;
        s.id = q.value(0).toLongLong();
        s.bulletin = q.value(1).toString();
        s.issueDate = q.value(2).toString();
        s.issueNo = q.value(3).toString();
        s.page = q.value(4).toString();
        s.kicker = q.value(5).toString();
        s.headline = q.value(6).toString();
        s.date = q.value(7).toString();
        s.warningCount = q.value(8).toInt();
        list << s;
    } while (q.next());
    return list;
}

QJsonObject noteJson(const ReviewNote &n)
{
    QJsonObject o{{u"id"_s, n.id},     {u"article"_s, n.articleId}, {u"headline"_s, n.headline},
                  {u"text"_s, n.text}, {u"author"_s, n.author},     {u"created_at"_s, n.createdAt}};
    if (n.from) {
        o.insert(u"from"_s, qint64(*n.from));
        o.insert(u"to"_s, qint64(*n.to));
        o.insert(u"quote"_s, n.quote);
    }
    return o;
}

QString csvField(const QString &value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n'))
        return value;
    QString quoted = value;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u"\""_s + quoted + u"\""_s;
}

QString csvLine(QStringList cells)
{
    for (QString &cell : cells)
        cell = csvField(cell);
    return cells.join(u',');
}

// Bulletin text in HTML: escaped, line breaks kept.
QString html(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\n', u"<br/>"_s);
}

QString statusLabel(const QString &status)
{
    if (status == u"approved"_s)
        return tr("Approved");
    if (status == u"needs_changes"_s)
        return tr("Needs changes");
    if (status == u"unreviewed"_s)
        return tr("Unreviewed");
    return status;
}

QString fieldLabel(const QString &field)
{
    static const QHash<QString, const char *> labels = {
        {u"kicker"_s, QT_TRANSLATE_NOOP("za::library", "Kicker")},
        {u"headline"_s, QT_TRANSLATE_NOOP("za::library", "Headline")},
        {u"subtitle"_s, QT_TRANSLATE_NOOP("za::library", "Subtitle")},
        {u"dateline"_s, QT_TRANSLATE_NOOP("za::library", "Dateline")},
        {u"date"_s, QT_TRANSLATE_NOOP("za::library", "Date")},
        {u"byline"_s, QT_TRANSLATE_NOOP("za::library", "Byline")},
        {u"authors"_s, QT_TRANSLATE_NOOP("za::library", "Authors")},
        {u"body"_s, QT_TRANSLATE_NOOP("za::library", "Body")},
    };
    const auto it = labels.constFind(field);
    return it == labels.constEnd() ? field : tr(*it);
}

QString when(const QString &iso)
{
    return iso.left(16).replace(u'T', u' ');
}

} // namespace

QString ReportCorrection::text(const QJsonValue &value)
{
    return value.isArray() ? value.toVariant().toStringList().join(u", "_s) : value.toString();
}

int ReviewReport::approved() const
{
    return int(std::count_if(articles.cbegin(), articles.cend(),
                             [](const ReportArticle &a) { return a.status == u"approved"_s; }));
}

int ReviewReport::needsChanges() const
{
    return int(std::count_if(articles.cbegin(), articles.cend(),
                             [](const ReportArticle &a) { return a.status == u"needs_changes"_s; }));
}

bool buildReviewReport(Library &library, const IssueSelector &issue, ReviewReport *report, QString *error)
{
    *report = ReviewReport{};
    report->issue = issue;
    report->generatedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    const QSqlDatabase db = library.database().connection();
    if (!checkIssue(db, issue, &report->checks, error))
        return false;
    const QList<ArticleSummary> summaries = articlesOf(db, issue, error);
    if (summaries.isEmpty())
        return false;
    ReviewStore store(library);
    for (const ArticleSummary &s : summaries) {
        ReportArticle a;
        a.summary = s;
        if (const auto state = store.state(s.id)) {
            a.status = reviewStatusName(state->status);
            a.reviewer = state->reviewer;
            a.reviewedAt = state->reviewedAt;
        }
        const QList<Revision> revisions = store.revisions(s.id);
        a.revisions = int(revisions.size());
        if (revisions.size() > 1) {
            const QJsonObject before = revisions.constFirst().fields.toJson();
            const QJsonObject after = revisions.constLast().fields.toJson();
            for (auto it = before.constBegin(); it != before.constEnd(); ++it) {
                if (after.value(it.key()) != it.value())
                    a.corrections << ReportCorrection{it.key(), it.value(), after.value(it.key())};
            }
            a.history = revisions.mid(1);
        }
        a.notes = store.notes(s.id);
        report->articles << a;
    }
    return true;
}

QJsonObject ReviewReport::toJson() const
{
    QJsonArray list;
    for (const ReportArticle &a : articles) {
        QJsonArray corrections;
        for (const ReportCorrection &c : a.corrections)
            corrections.append(
                QJsonObject{{u"field"_s, c.field}, {u"before"_s, c.before}, {u"after"_s, c.after}});
        QJsonArray notesJson;
        for (const ReviewNote &n : a.notes)
            notesJson.append(noteJson(n));
        list.append(QJsonObject{{u"id"_s, a.summary.id},
                                {u"page"_s, a.summary.page},
                                {u"headline"_s, a.summary.headline},
                                {u"status"_s, a.status},
                                {u"reviewer"_s, a.reviewer},
                                {u"reviewed_at"_s, a.reviewedAt},
                                {u"revisions"_s, a.revisions},
                                {u"corrections"_s, corrections},
                                {u"notes"_s, notesJson}});
    }
    QJsonArray checksJson;
    for (const IssueCheck &c : checks) {
        checksJson.append(QJsonObject{{u"kind"_s, c.kind},
                                      {u"article"_s, c.articleId},
                                      {u"page"_s, c.page},
                                      {u"headline"_s, c.headline},
                                      {u"message"_s, c.message}});
    }
    return QJsonObject{
        {u"bulletin"_s, issue.bulletin},  {u"issue_no"_s, issue.issueNo}, {u"issue_date"_s, issue.issueDate},
        {u"generated_at"_s, generatedAt}, {u"articles"_s, list},          {u"checks"_s, checksJson}};
}

QString ReviewReport::toCsv() const
{
    QStringList lines{u"record,article,page,headline,status,reviewer,reviewed_at,field,before,after,text"_s};
    for (const ReportArticle &a : articles) {
        const auto row = [&](const QString &record, const QString &field, const QString &before,
                             const QString &after, const QString &text) {
            lines << csvLine({record, QString::number(a.summary.id), a.summary.page, a.summary.headline,
                              a.status, a.reviewer, a.reviewedAt, field, before, after, text});
        };
        row(u"article"_s, {}, {}, {}, {});
        for (const ReportCorrection &c : a.corrections)
            row(u"correction"_s, c.field, ReportCorrection::text(c.before), ReportCorrection::text(c.after),
                {});
        for (const ReviewNote &n : a.notes)
            row(u"note"_s, {}, n.quote, {}, n.author + u": "_s + n.text);
    }
    for (const IssueCheck &c : checks) {
        lines << csvLine({u"check"_s,
                          c.articleId ? QString::number(c.articleId) : QString(),
                          c.page,
                          c.headline,
                          {},
                          {},
                          {},
                          c.kind,
                          {},
                          {},
                          c.message});
    }
    return lines.join(u'\n') + u'\n';
}

QString ReviewReport::toHtml() const
{
    QString issueName = issue.bulletin;
    if (!issue.issueNo.isEmpty())
        issueName += u' ' + tr("No. %1").arg(issue.issueNo);
    if (!issue.issueDate.isEmpty())
        issueName += u" (" + issue.issueDate + u')';
    const QString title = tr("Review report: %1").arg(issueName);
    QString h;
    h += u"<!DOCTYPE html><html><head><meta charset=\"utf-8\"/><title>"_s + html(title) +
         u"</title><style>"
         "body { font-size: 10pt; } h1 { font-size: 16pt; } h2 { font-size: 13pt; margin-top: 14pt; } "
         "h3 { font-size: 11pt; margin-top: 10pt; } th { background-color: #e8e8e8; text-align: left; } "
         ".muted { color: #666666; } .before { background-color: #fde8e8; } "
         ".after { background-color: #e6f4e6; } .quote { color: #444444; margin-left: 12pt; }"
         "</style></head><body>"_s;
    h += u"<h1>"_s + html(title) + u"</h1>"_s;
    h += u"<p class=\"muted\">"_s + html(tr("Generated %1 UTC").arg(when(generatedAt))) + u"</p>"_s;

    int corrected = 0;
    int noteCount = 0;
    for (const ReportArticle &a : articles) {
        corrected += a.corrections.isEmpty() ? 0 : 1;
        noteCount += int(a.notes.size());
    }
    h += u"<h2>"_s + html(tr("Summary")) + u"</h2><p>"_s +
         html(tr("%n article(s): ", nullptr, int(articles.size())) +
              tr("%1 approved, %2 need changes, %3 unreviewed; %4 corrected, %5 note(s), %6 open check(s).")
                  .arg(approved())
                  .arg(needsChanges())
                  .arg(articles.size() - approved() - needsChanges())
                  .arg(corrected)
                  .arg(noteCount)
                  .arg(checks.size())) +
         u"</p>"_s;

    h += u"<h2>"_s + html(tr("Review status")) +
         u"</h2><table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"><tr><th>"_s +
         html(tr("Page")) + u"</th><th>"_s + html(tr("Article")) + u"</th><th>"_s + html(tr("Status")) +
         u"</th><th>"_s + html(tr("Reviewer")) + u"</th><th>"_s + html(tr("Reviewed")) + u"</th><th>"_s +
         html(tr("Corrections")) + u"</th></tr>"_s;
    for (const ReportArticle &a : articles) {
        h += u"<tr><td>"_s + html(a.summary.page) + u"</td><td>"_s + html(a.summary.headline) +
             u" <span class=\"muted\">#"_s + QString::number(a.summary.id) + u"</span></td><td>"_s +
             html(statusLabel(a.status)) + u"</td><td>"_s + html(a.reviewer) + u"</td><td>"_s +
             html(when(a.reviewedAt)) + u"</td><td>"_s +
             (a.history.isEmpty() ? QString() : QString::number(a.history.size())) + u"</td></tr>"_s;
    }
    h += u"</table>"_s;

    h += u"<h2>"_s + html(tr("Corrections")) + u"</h2>"_s;
    if (corrected == 0)
        h += u"<p class=\"muted\">"_s + html(tr("No article of this issue was corrected.")) + u"</p>"_s;
    for (const ReportArticle &a : articles) {
        if (a.corrections.isEmpty())
            continue;
        h += u"<h3>"_s + html(a.summary.page + u" · "_s + a.summary.headline) +
             u" <span class=\"muted\">#"_s + QString::number(a.summary.id) + u"</span></h3>"_s;
        h +=
            u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"><tr><th width=\"12%\">"_s +
            html(tr("Field")) + u"</th><th width=\"44%\">"_s + html(tr("Before")) +
            u"</th><th width=\"44%\">"_s + html(tr("After")) + u"</th></tr>"_s;
        for (const ReportCorrection &c : a.corrections) {
            h += u"<tr><td>"_s + html(fieldLabel(c.field)) + u"</td><td class=\"before\">"_s +
                 html(ReportCorrection::text(c.before)) + u"</td><td class=\"after\">"_s +
                 html(ReportCorrection::text(c.after)) + u"</td></tr>"_s;
        }
        h += u"</table><ul>"_s;
        for (const Revision &r : a.history) {
            QString line =
                tr("Revision %1 · %2 · %3").arg(QString::number(r.number), r.author, when(r.createdAt));
            if (!r.comment.isEmpty())
                line += u" · "_s + r.comment;
            h += u"<li class=\"muted\">"_s + html(line) + u"</li>"_s;
        }
        h += u"</ul>"_s;
    }

    h += u"<h2>"_s + html(tr("Notes")) + u"</h2>"_s;
    if (noteCount == 0)
        h += u"<p class=\"muted\">"_s + html(tr("No notes.")) + u"</p>"_s;
    for (const ReportArticle &a : articles) {
        for (const ReviewNote &n : a.notes) {
            h += u"<p><b>"_s + html(a.summary.page + u" · "_s + a.summary.headline) +
                 u"</b> <span class=\"muted\">"_s + html(n.author + u", "_s + when(n.createdAt)) +
                 u"</span><br/>"_s + html(n.text) + u"</p>"_s;
            if (!n.quote.isEmpty())
                h += u"<p class=\"quote\">“"_s + html(n.quote) + u"”</p>"_s;
        }
    }

    h += u"<h2>"_s + html(tr("Open checks")) + u"</h2>"_s;
    if (checks.isEmpty()) {
        h += u"<p class=\"muted\">"_s + html(tr("No open checks: the issue looks complete.")) + u"</p>"_s;
    } else {
        h += u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"><tr><th>"_s +
             html(tr("Page")) + u"</th><th>"_s + html(tr("Article")) + u"</th><th>"_s + html(tr("Check")) +
             u"</th></tr>"_s;
        for (const IssueCheck &c : checks) {
            h += u"<tr><td>"_s + html(c.page) + u"</td><td>"_s + html(c.headline) + u"</td><td>"_s +
                 html(c.message) + u"</td></tr>"_s;
        }
        h += u"</table>"_s;
    }
    h += u"</body></html>"_s;
    return h;
}

} // namespace za::library
