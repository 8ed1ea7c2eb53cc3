#include "library/issuechecks.h"

#include "library/sqlvalues.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace za::library {

namespace {

QString tr(const char *text, const char *comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("za::library", text, comment, n);
}

struct IssueArticle
{
    qint64 id = 0;
    QString page;
    QString headline;
    bool hasByline = false;
    bool hasDateline = false;
    qsizetype bodyChars = 0;
    QString continuedFrom;
    QString continuedTo;
    int warnings = 0;
    QString status;
};

// The issue's rows: bulletin must match, number and date only when given.
constexpr auto kIssueFilter =
    " a.bulletin = ? AND (? = '' OR a.issue_no = ?) AND (? = '' OR a.issue_date = ?) ";

void bindIssue(QSqlQuery &q, const IssueSelector &issue)
{
    q.addBindValue(nonNull(issue.bulletin));
    q.addBindValue(nonNull(issue.issueNo));
    q.addBindValue(nonNull(issue.issueNo));
    q.addBindValue(nonNull(issue.issueDate));
    q.addBindValue(nonNull(issue.issueDate));
}

} // namespace

bool checkIssue(const QSqlDatabase &db, const IssueSelector &issue, QList<IssueCheck> *checks, QString *error,
                const IssueCheckOptions &options)
{
    checks->clear();
    if (issue.issueNo.isEmpty() && issue.issueDate.isEmpty()) {
        *error = tr("name the issue by its number or date");
        return false;
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(
        u"SELECT a.id, a.page, a.headline, a.byline <> '' OR a.authors <> '[]', a.dateline <> '', "
        "length(za_text(a.body)), coalesce(a.continued_from, ''), coalesce(a.continued_to, ''), "
        "json_array_length(a.warnings), coalesce(i.status, 'unreviewed') FROM articles a "
        "LEFT JOIN review_items i ON i.page_id = a.page_id AND i.seq = a.seq AND i.orphaned = 0 WHERE"_s +
        QString::fromLatin1(kIssueFilter) + u"ORDER BY a.page, a.seq"_s);
    bindIssue(q, issue);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    QList<IssueArticle> articles;
    while (q.next()) {
        IssueArticle a;
        a.id = q.value(0).toLongLong();
        a.page = q.value(1).toString();
        a.headline = q.value(2).toString();
        a.hasByline = q.value(3).toBool();
        a.hasDateline = q.value(4).toBool();
        a.bodyChars = q.value(5).toLongLong();
        a.continuedFrom = q.value(6).toString();
        a.continuedTo = q.value(7).toString();
        a.warnings = q.value(8).toInt();
        a.status = q.value(9).toString();
        articles << a;
    }
    if (articles.isEmpty()) {
        *error = tr("no articles of this issue in the library");
        return false;
    }
    const auto add = [&](const QString &kind, const IssueArticle *a, const QString &page,
                         const QString &message) {
        checks->append(IssueCheck{kind, a ? a->id : 0, page, a ? a->headline : QString(), message});
    };

    // Page labels: per prefix (A, D, …), every number from 1 to the highest present.
    static const QRegularExpression label(u"^([A-Za-z]*)(\\d+)$"_s);
    QMap<QString, QSet<int>> numbers;
    QSet<QString> pages;
    for (const IssueArticle &a : std::as_const(articles)) {
        pages.insert(a.page);
        const QRegularExpressionMatch m = label.match(a.page);
        if (m.hasMatch())
            numbers[m.captured(1)].insert(m.captured(2).toInt());
    }
    for (auto it = numbers.cbegin(); it != numbers.cend(); ++it) {
        const int highest = *std::max_element(it->cbegin(), it->cend());
        for (int n = 1; n < highest; ++n) {
            if (!it->contains(n)) {
                const QString missing = it.key() + QString::number(n);
                add(u"missing_page"_s, nullptr, missing, tr("page %1 is missing").arg(missing));
            }
        }
    }

    // Continuations: the other part must be in the issue, pointing back.
    for (const IssueArticle &a : std::as_const(articles)) {
        const auto partner = [&](const QString &otherPage, bool from) {
            for (const IssueArticle &o : std::as_const(articles)) {
                if (o.page == otherPage && (from ? o.continuedTo : o.continuedFrom) == a.page)
                    return true;
            }
            return false;
        };
        if (!a.continuedFrom.isEmpty() && !partner(a.continuedFrom, true)) {
            add(u"missing_continuation"_s, &a, a.page,
                pages.contains(a.continuedFrom)
                    ? tr("continues from %1, but no article there continues to %2")
                          .arg(a.continuedFrom, a.page)
                    : tr("continues from %1, which is not in the library").arg(a.continuedFrom));
        }
        if (!a.continuedTo.isEmpty() && !partner(a.continuedTo, false)) {
            add(u"missing_continuation"_s, &a, a.page,
                pages.contains(a.continuedTo)
                    ? tr("continues on %1, but no article there continues from %2").arg(a.continuedTo, a.page)
                    : tr("continues on %1, which is not in the library").arg(a.continuedTo));
        }
    }

    // Bylines and datelines, where the bulletin usually has them. Continuation parts are exempt: the
    // byline is printed once, with one of the parts.
    q.prepare(u"SELECT count(*), coalesce(sum(byline <> '' OR authors <> '[]'), 0), coalesce(sum(dateline <> "
              u"''), 0) "
              "FROM articles WHERE bulletin = ?"_s);
    q.addBindValue(nonNull(issue.bulletin));
    if (!q.exec() || !q.next()) {
        *error = q.lastError().text();
        return false;
    }
    const double total = q.value(0).toDouble();
    const bool usualByline =
        total >= options.minBulletinArticles && q.value(1).toDouble() / total > options.usualShare;
    const bool usualDateline =
        total >= options.minBulletinArticles && q.value(2).toDouble() / total > options.usualShare;
    q.finish();
    for (const IssueArticle &a : std::as_const(articles)) {
        const bool part = !a.continuedFrom.isEmpty() || !a.continuedTo.isEmpty();
        if (usualByline && !a.hasByline && !part)
            add(u"no_byline"_s, &a, a.page, tr("no byline, though most articles of the bulletin have one"));
        if (usualDateline && !a.hasDateline && !part)
            add(u"no_dateline"_s, &a, a.page,
                tr("no dateline, though most articles of the bulletin have one"));
        if (a.bodyChars < options.minBodyChars)
            add(u"too_short"_s, &a, a.page, tr("very short: %n character(s)", nullptr, int(a.bodyChars)));
        if (a.bodyChars > options.maxBodyChars)
            add(u"too_long"_s, &a, a.page, tr("very long: %n character(s)", nullptr, int(a.bodyChars)));
        if (a.warnings > 0 && a.status == u"unreviewed"_s)
            add(u"unreviewed_warnings"_s, &a, a.page,
                tr("%n parse warning(s) not yet reviewed", nullptr, a.warnings));
    }

    // Zone names the registry only discovered (no editor confirmed them).
    q.prepare(u"SELECT DISTINCT a.id, z.name FROM articles a JOIN article_zones az ON az.article_id = a.id "
              "JOIN zones z ON z.id = az.zone_id WHERE z.status = 'discovered' AND"_s +
              QString::fromLatin1(kIssueFilter) + u"ORDER BY a.page, a.seq, z.name"_s);
    bindIssue(q, issue);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        for (const IssueArticle &a : std::as_const(articles)) {
            if (a.id == id)
                add(u"unknown_zone"_s, &a, a.page,
                    tr("zone “%1” is not in the registry").arg(q.value(1).toString()));
        }
    }

    // Page-level parse warnings.
    q.prepare(u"SELECT a.page, a.warnings FROM pages a WHERE"_s + QString::fromLatin1(kIssueFilter) +
              u"AND a.warnings <> '[]' ORDER BY a.page"_s);
    bindIssue(q, issue);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    while (q.next()) {
        const QJsonArray warnings = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).array();
        for (const QJsonValue &w : warnings)
            add(u"page_warnings"_s, nullptr, q.value(0).toString(), w.toString());
    }
    return true;
}

} // namespace za::library
