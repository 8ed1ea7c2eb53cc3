#include "cli/cli.h"
#include "cli/commands.h"
#include "cli/output.h"
#include "library/issuechecks.h"
#include "library/library.h"
#include "library/reprints.h"
#include "library/review.h"
#include "library/reviewreport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace za::cli {

namespace {

QString tr(const char *text, const char *comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("za::cli", text, comment, n);
}

QCommandLineOption opt(const QString &name, const QString &help, const QString &value = {})
{
    return value.isEmpty() ? QCommandLineOption(name, help) : QCommandLineOption(name, help, value);
}

const QCommandLineOption &byOption()
{
    static const QCommandLineOption option(u"by"_s, tr("Editor's name (default: the user name)."), u"NAME"_s);
    return option;
}

QString editor(const Context &context)
{
    if (context.parser.isSet(byOption()))
        return context.parser.value(byOption());
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? qEnvironmentVariable("USERNAME") : user;
}

bool articleArgument(Context &context, int index, qint64 *id)
{
    bool ok = false;
    *id = context.arguments.value(index).toLongLong(&ok);
    if (!ok || *id <= 0) {
        context.err << tr("expected an article ID, not “%1”").arg(context.arguments.value(index)) << '\n';
        return false;
    }
    return true;
}

int failed(Context &context, const QString &error)
{
    context.err << tr("error: %1").arg(error) << '\n';
    return kExitFailure;
}

QJsonObject fieldsJson(const library::ArticleFields &f)
{
    return f.toJson();
}

int reviewCommand(Context &context)
{
    qint64 id = 0;
    if (context.arguments.size() != 1 || !articleArgument(context, 0, &id))
        return kExitUsage;
    library::ReviewStatus status = library::ReviewStatus::Approved;
    const QString name = context.parser.value(u"status"_s);
    if (!name.isEmpty() && !library::reviewStatusFromName(name, &status)) {
        context.err << tr("--status is approved, needs_changes or unreviewed, not %1").arg(name) << '\n';
        return kExitUsage;
    }
    auto lib = openLibrary(context, library::OpenMode::OpenExisting);
    if (!lib)
        return kExitFailure;
    library::ReviewStore store(*lib);
    if (!name.isEmpty() && !store.setStatus(id, status, editor(context)))
        return failed(context, store.lastError());
    const auto state = store.state(id);
    if (!state)
        return failed(context, store.lastError());
    if (context.json) {
        printJson(context.out, QJsonObject{{u"id"_s, id},
                                           {u"status"_s, library::reviewStatusName(state->status)},
                                           {u"reviewer"_s, state->reviewer},
                                           {u"reviewed_at"_s, state->reviewedAt},
                                           {u"revisions"_s, state->revisions}});
    } else {
        context.out << id << ": " << library::reviewStatusName(state->status);
        if (!state->reviewer.isEmpty())
            context.out << " (" << state->reviewer << ", " << state->reviewedAt << ')';
        context.out << '\n';
    }
    return kExitOk;
}

int progressCommand(Context &context)
{
    auto lib = openLibrary(context, library::OpenMode::OpenExisting);
    if (!lib)
        return kExitFailure;
    library::ReviewStore store(*lib);
    const QList<library::IssueProgress> list = store.issueProgress(context.parser.value(u"bulletin"_s));
    QJsonArray array;
    for (const library::IssueProgress &p : list) {
        if (context.json) {
            array.append(QJsonObject{{u"bulletin"_s, p.bulletin},
                                     {u"issue_date"_s, p.issueDate},
                                     {u"issue_no"_s, p.issueNo},
                                     {u"articles"_s, p.articles},
                                     {u"approved"_s, p.approved},
                                     {u"needs_changes"_s, p.needsChanges}});
        } else {
            context.out << p.bulletin << ' ' << p.issueNo << ' ' << p.issueDate << ": "
                        << tr("%1 of %2 approved, %3 need changes")
                               .arg(p.approved)
                               .arg(p.articles)
                               .arg(p.needsChanges)
                        << '\n';
        }
    }
    if (context.json)
        printJson(context.out, array);
    return kExitOk;
}

QJsonObject noteJson(const library::ReviewNote &n)
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

void printNotes(Context &context, const QList<library::ReviewNote> &notes)
{
    QJsonArray array;
    for (const library::ReviewNote &n : notes) {
        if (context.json) {
            array.append(noteJson(n));
            continue;
        }
        context.out << '#' << n.id << ' ' << tr("article %1").arg(n.articleId) << " «" << n.headline << "» "
                    << n.author << ": " << n.text << '\n';
        if (n.from)
            context.out << "    [" << *n.from << '-' << *n.to << "] " << n.quote << '\n';
    }
    if (context.json)
        printJson(context.out, array);
}

int noteCommand(Context &context)
{
    qint64 id = 0;
    if (context.arguments.size() != 2 || !articleArgument(context, 0, &id))
        return kExitUsage;
    std::optional<std::pair<qsizetype, qsizetype>> range;
    if (context.parser.isSet(u"from"_s) != context.parser.isSet(u"to"_s)) {
        context.err << tr("a passage needs both --from and --to") << '\n';
        return kExitUsage;
    }
    if (context.parser.isSet(u"from"_s))
        range = std::pair<qsizetype, qsizetype>(context.parser.value(u"from"_s).toLongLong(),
                                                context.parser.value(u"to"_s).toLongLong());
    auto lib = openLibrary(context, library::OpenMode::OpenExisting);
    if (!lib)
        return kExitFailure;
    library::ReviewStore store(*lib);
    const qint64 note = store.addNote(id, context.arguments.at(1), editor(context), range);
    if (!note)
        return failed(context, store.lastError());
    printNotes(context, store.notes(id));
    return kExitOk;
}

int notesCommand(Context &context)
{
    auto lib = openLibrary(context, library::OpenMode::OpenExisting);
    if (!lib)
        return kExitFailure;
    library::ReviewStore store(*lib);
    printNotes(context, store.searchNotes(context.arguments.join(u' ')));
    return kExitOk;
}

int correctCommand(Context &context)
{
    qint64 id = 0;
    if (context.arguments.size() != 1 || !articleArgument(context, 0, &id))
        return kExitUsage;
    library::FieldCorrection c;
    const auto take = [&](const QString &name, std::optional<QString> &field) {
        if (context.parser.isSet(name))
            field = context.parser.value(name);
    };
    take(u"kicker"_s, c.kicker);
    take(u"headline"_s, c.headline);
    take(u"subtitle"_s, c.subtitle);
    take(u"dateline"_s, c.dateline);
    take(u"date"_s, c.date);
    take(u"byline"_s, c.byline);
    if (context.parser.isSet(u"authors"_s)) {
        QStringList authors;
        const QStringList parts = context.parser.value(u"authors"_s).split(u',');
        for (const QString &a : parts) {
            if (!a.trimmed().isEmpty())
                authors << a.trimmed();
        }
        c.authors = authors;
    }
    if (context.parser.isSet(u"body-file"_s)) {
        QFile file(context.parser.value(u"body-file"_s));
        if (!file.open(QIODevice::ReadOnly)) {
            context.err << tr("cannot read %1: %2").arg(file.fileName(), file.errorString()) << '\n';
            return kExitFailure;
        }
        c.body = QString::fromUtf8(file.readAll()).trimmed();
    }
    auto lib = openLibrary(context, library::OpenMode::OpenExisting);
    if (!lib)
        return kExitFailure;
    library::ReviewStore store(*lib);
    const int rev = store.correct(id, c, editor(context), context.parser.value(u"comment"_s));
    if (rev < 0)
        return failed(context, store.lastError());
    if (context.json)
        printJson(context.out, QJsonObject{{u"id"_s, id}, {u"revision"_s, rev}});
    else
        context.out << tr("article %1: revision %2").arg(id).arg(rev) << '\n';
    return kExitOk;
}

int revisionsCommand(Context &context)
{
    qint64 id = 0;
    if (context.arguments.isEmpty() || context.arguments.size() > 2 || !articleArgument(context, 0, &id))
        return kExitUsage;
    auto lib = openLibrary(context, library::OpenMode::OpenExisting);
    if (!lib)
        return kExitFailure;
    library::ReviewStore store(*lib);
    QList<library::Revision> list;
    if (context.arguments.size() == 2) {
        const auto r = store.revision(id, context.arguments.at(1).toInt());
        if (!r)
            return failed(context, store.lastError());
        list << *r;
    } else {
        list = store.revisions(id);
    }
    QJsonArray array;
    for (const library::Revision &r : std::as_const(list)) {
        if (context.json) {
            array.append(QJsonObject{{u"revision"_s, r.number},
                                     {u"author"_s, r.author},
                                     {u"created_at"_s, r.createdAt},
                                     {u"comment"_s, r.comment},
                                     {u"fields"_s, fieldsJson(r.fields)}});
        } else {
            context.out << r.number << "  " << r.createdAt << "  " << r.author << "  " << r.fields.headline;
            if (!r.comment.isEmpty())
                context.out << "  (" << r.comment << ')';
            context.out << '\n';
            if (context.arguments.size() == 2)
                context.out << '\n' << r.fields.body << '\n';
        }
    }
    if (context.json)
        printJson(context.out, array);
    else if (list.isEmpty())
        context.out << tr("article %1 is not corrected").arg(id) << '\n';
    return kExitOk;
}

int restoreCommand(Context &context)
{
    qint64 id = 0;
    bool ok = false;
    if (context.arguments.size() != 2 || !articleArgument(context, 0, &id))
        return kExitUsage;
    const int rev = context.arguments.at(1).toInt(&ok);
    if (!ok || rev < 0) {
        context.err << tr("expected a revision number, not “%1”").arg(context.arguments.at(1)) << '\n';
        return kExitUsage;
    }
    auto lib = openLibrary(context, library::OpenMode::OpenExisting);
    if (!lib)
        return kExitFailure;
    library::ReviewStore store(*lib);
    const int number = store.restore(id, rev, editor(context));
    if (number < 0)
        return failed(context, store.lastError());
    if (context.json)
        printJson(context.out, QJsonObject{{u"id"_s, id}, {u"revision"_s, number}, {u"restored"_s, rev}});
    else
        context.out << tr("article %1: revision %2 restores revision %3").arg(id).arg(number).arg(rev)
                    << '\n';
    return kExitOk;
}

int tagCommand(Context &context)
{
    qint64 id = 0;
    if (context.arguments.size() != 1 || !articleArgument(context, 0, &id))
        return kExitUsage;
    auto lib = openLibrary(context, library::OpenMode::OpenExisting);
    if (!lib)
        return kExitFailure;
    library::ReviewStore store(*lib);
    const struct
    {
        const char16_t *option;
        library::TagKind kind;
        bool add;
    } ops[] = {
        {u"add-zone", library::TagKind::Zone, true},   {u"remove-zone", library::TagKind::Zone, false},
        {u"add-city", library::TagKind::City, true},   {u"remove-city", library::TagKind::City, false},
        {u"add-theme", library::TagKind::Theme, true}, {u"remove-theme", library::TagKind::Theme, false},
    };
    for (const auto &op : ops) {
        const QStringList values = context.parser.values(QString::fromUtf16(op.option));
        for (const QString &value : values) {
            if (!store.setTag(id, op.kind, value, op.add, editor(context)))
                return failed(context, store.lastError());
        }
    }
    const QStringList clears = context.parser.values(u"clear"_s);
    for (const QString &value : clears) {
        const QString kind = value.section(u':', 0, 0);
        const library::TagKind k = kind == u"zone"_s   ? library::TagKind::Zone
                                   : kind == u"city"_s ? library::TagKind::City
                                                       : library::TagKind::Theme;
        if (!store.clearTagOverride(id, k, value.section(u':', 1)))
            return failed(context, store.lastError());
    }
    const auto article = lib->article(id);
    if (!article)
        return failed(context, tr("no article %1").arg(id));
    QJsonArray overrides;
    const QList<library::TagOverride> list = store.tagOverrides(id);
    for (const library::TagOverride &o : list) {
        overrides.append(QJsonObject{{u"kind"_s, library::tagKindName(o.kind)},
                                     {u"name"_s, o.name},
                                     {u"action"_s, o.add ? u"add"_s : u"remove"_s},
                                     {u"author"_s, o.author}});
    }
    QStringList zones;
    for (const library::ZoneTag &z : article->zones)
        zones << z.name;
    QStringList themes;
    for (const library::ThemeTag &t : article->themes)
        themes << t.name;
    if (context.json) {
        printJson(context.out, QJsonObject{{u"id"_s, id},
                                           {u"zones"_s, QJsonArray::fromStringList(zones)},
                                           {u"cities"_s, QJsonArray::fromStringList(article->cities)},
                                           {u"themes"_s, QJsonArray::fromStringList(themes)},
                                           {u"overrides"_s, overrides}});
    } else {
        context.out << tr("zones: %1").arg(zones.join(u", "_s)) << '\n'
                    << tr("cities: %1").arg(article->cities.join(u", "_s)) << '\n'
                    << tr("themes: %1").arg(themes.join(u", "_s)) << '\n';
        for (const library::TagOverride &o : list)
            context.out << "  " << (o.add ? '+' : '-') << library::tagKindName(o.kind) << ' ' << o.name
                        << '\n';
    }
    return kExitOk;
}

int reprintsCommand(Context &context)
{
    qint64 id = 0;
    if (context.arguments.size() > 1 || (context.arguments.size() == 1 && !articleArgument(context, 0, &id)))
        return kExitUsage;
    auto lib = openLibrary(context, library::OpenMode::OpenExisting);
    if (!lib)
        return kExitFailure;
    library::ReprintFinder finder(lib->database().connection());
    QString error;
    library::ReprintPassStats stats;
    if (!finder.update(&stats, &error))
        return failed(context, error);
    if (context.parser.isSet(u"mark"_s)) {
        bool ok = false;
        const qint64 other = context.parser.value(u"with"_s).toLongLong(&ok);
        if (!id || !ok) {
            context.err << tr("--mark needs an article ID and --with OTHER") << '\n';
            return kExitUsage;
        }
        const QString decision =
            context.parser.value(u"mark"_s) == u"undecided"_s ? QString() : context.parser.value(u"mark"_s);
        if (!finder.decide(id, other, decision, editor(context), &error))
            return failed(context, error);
    }
    const QList<library::ReprintLink> links = id ? finder.reprintsOf(id, &error) : finder.allPairs(&error);
    if (!error.isEmpty())
        return failed(context, error);
    QJsonArray array;
    for (const library::ReprintLink &l : links) {
        if (context.json) {
            array.append(QJsonObject{{u"article"_s, l.articleId},
                                     {u"other"_s, l.otherId},
                                     {u"label"_s, l.label()},
                                     {u"bulletin"_s, l.bulletin},
                                     {u"headline"_s, l.headline},
                                     {u"score"_s, l.score},
                                     {u"shared_chars"_s, l.sharedChars},
                                     {u"decision"_s, l.decision}});
        } else {
            context.out << l.articleId << " ~ " << l.otherId << "  " << QString::number(l.score, 'f', 2)
                        << "  " << tr("also in %1").arg(l.label()) << "  " << l.headline;
            if (!l.decision.isEmpty())
                context.out << "  [" << l.decision << ']';
            context.out << '\n';
        }
    }
    if (context.json)
        printJson(context.out, array);
    return kExitOk;
}

bool issueSelector(Context &context, library::IssueSelector *issue)
{
    issue->bulletin = context.parser.value(u"bulletin"_s);
    issue->issueNo = context.parser.value(u"issue-no"_s);
    issue->issueDate = context.parser.value(u"issue-date"_s);
    if (issue->bulletin.isEmpty() || (issue->issueNo.isEmpty() && issue->issueDate.isEmpty())) {
        context.err << tr("name the issue with --bulletin and --issue-no or --issue-date") << '\n';
        return false;
    }
    return true;
}

QJsonArray checksJson(const QList<library::IssueCheck> &checks)
{
    QJsonArray array;
    for (const library::IssueCheck &c : checks) {
        array.append(QJsonObject{{u"kind"_s, c.kind},
                                 {u"article"_s, c.articleId},
                                 {u"page"_s, c.page},
                                 {u"headline"_s, c.headline},
                                 {u"message"_s, c.message}});
    }
    return array;
}

int checkIssueCommand(Context &context)
{
    library::IssueSelector issue;
    if (!context.arguments.isEmpty() || !issueSelector(context, &issue))
        return kExitUsage;
    auto lib = openLibrary(context, library::OpenMode::OpenExisting);
    if (!lib)
        return kExitFailure;
    QList<library::IssueCheck> checks;
    QString error;
    if (!library::checkIssue(lib->database().connection(), issue, &checks, &error))
        return failed(context, error);
    if (context.json) {
        printJson(context.out, QJsonObject{{u"ok"_s, checks.isEmpty()}, {u"checks"_s, checksJson(checks)}});
    } else {
        for (const library::IssueCheck &c : std::as_const(checks)) {
            context.out << "[ ] " << c.page;
            if (c.articleId)
                context.out << " #" << c.articleId << " «" << c.headline << "»";
            context.out << ": " << c.message << '\n';
        }
        context.out << tr("%n open check(s)", nullptr, int(checks.size())) << '\n';
    }
    return checks.isEmpty() ? kExitOk : kExitFailure;
}

bool writeFile(Context &context, const QString &path, const QString &text)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(text.toUtf8()) < 0 ||
        !file.flush()) {
        context.err << tr("cannot write %1: %2").arg(path, file.errorString()) << '\n';
        return false;
    }
    return true;
}

int exportCommand(Context &context)
{
    library::IssueSelector issue;
    if (!context.arguments.isEmpty() || !issueSelector(context, &issue))
        return kExitUsage;
    const QString format =
        context.parser.value(u"format"_s).isEmpty() ? u"json"_s : context.parser.value(u"format"_s);
    const QString output = context.parser.value(u"output"_s);
    if (format != u"json"_s && format != u"csv"_s && format != u"pdf"_s) {
        context.err << tr("--format is csv, json or pdf, not %1").arg(format) << '\n';
        return kExitUsage;
    }
    if (format == u"pdf"_s && output.isEmpty()) {
        context.err << tr("a PDF report needs --output FILE") << '\n';
        return kExitUsage;
    }
    if (format == u"pdf"_s && !pdfRenderer())
        return failed(context,
                      tr("this zonearchive-cli was built without PDF output (no graphics libraries); "
                         "export --format csv or json instead"));
    auto lib = openLibrary(context, library::OpenMode::OpenExisting);
    if (!lib)
        return kExitFailure;
    library::ReviewReport report;
    QString error;
    if (!library::buildReviewReport(*lib, issue, &report, &error))
        return failed(context, error);
    if (format == u"pdf"_s) {
        if (!pdfRenderer()(report.toHtml(), output, &error))
            return failed(context, error);
    } else {
        QString text;
        if (format == u"csv"_s) {
            text = report.toCsv();
        } else {
            QTextStream stream(&text);
            printJson(stream, report.toJson());
            stream.flush();
        }
        if (output.isEmpty())
            context.out << text;
        else if (!writeFile(context, output, text))
            return kExitFailure;
    }
    if (output.isEmpty())
        return kExitOk;
    if (context.json)
        printJson(context.out, QJsonObject{{u"output"_s, output},
                                           {u"format"_s, format},
                                           {u"articles"_s, qint64(report.articles.size())},
                                           {u"checks"_s, qint64(report.checks.size())}});
    else
        context.out << tr("review report written to %1").arg(output) << '\n';
    return kExitOk;
}

int unmatchedCommand(Context &context)
{
    auto lib = openLibrary(context, library::OpenMode::OpenExisting);
    if (!lib)
        return kExitFailure;
    library::ReviewStore store(*lib);
    if (context.arguments.size() == 2) {
        if (!store.reattach(context.arguments.at(0).toLongLong(), context.arguments.at(1).toLongLong()))
            return failed(context, store.lastError());
    } else if (!context.arguments.isEmpty()) {
        return kExitUsage;
    }
    const QList<library::UnmatchedWork> list = store.unmatched();
    QJsonArray array;
    for (const library::UnmatchedWork &w : list) {
        if (context.json) {
            array.append(QJsonObject{{u"item"_s, w.itemId},
                                     {u"bulletin"_s, w.bulletin},
                                     {u"issue_no"_s, w.issueNo},
                                     {u"issue_date"_s, w.issueDate},
                                     {u"page"_s, w.page},
                                     {u"headline"_s, w.headline},
                                     {u"status"_s, w.status},
                                     {u"revisions"_s, w.revisions},
                                     {u"notes"_s, w.notes},
                                     {u"tag_overrides"_s, w.tagOverrides},
                                     {u"orphaned_at"_s, w.orphanedAt}});
        } else {
            context.out << w.itemId << "  " << w.bulletin << ' ' << w.issueNo << ' ' << w.page << "  «"
                        << w.headline << "»  "
                        << tr("%1 revision(s), %2 note(s), %3 tag override(s), %4")
                               .arg(w.revisions)
                               .arg(w.notes)
                               .arg(w.tagOverrides)
                               .arg(w.status)
                        << '\n';
        }
    }
    if (context.json)
        printJson(context.out, array);
    return kExitOk;
}

int structureCommand(Context &context, bool split)
{
    qint64 id = 0;
    if (context.arguments.size() != (split ? 2 : 1) || !articleArgument(context, 0, &id))
        return kExitUsage;
    auto lib = openLibrary(context, library::OpenMode::OpenExisting);
    if (!lib)
        return kExitFailure;
    library::ReviewStore store(*lib);
    const auto result = split ? store.split(id, context.arguments.at(1).toInt(), editor(context))
                              : store.mergeWithNext(id, editor(context));
    if (!result)
        return failed(context, store.lastError());
    if (context.json)
        printJson(context.out, QJsonObject{{u"id"_s, *result}});
    else
        context.out << (split ? tr("second part: article %1") : tr("merged article: %1")).arg(*result)
                    << '\n';
    return kExitOk;
}

bool indexArgument(Context &context, int index, int *value)
{
    bool ok = false;
    *value = context.arguments.value(index).toInt(&ok);
    if (!ok || *value < 0) {
        context.err
            << tr("expected a paragraph index (0, 1, …), not “%1”").arg(context.arguments.value(index))
            << '\n';
        return false;
    }
    return true;
}

int moveParagraphCommand(Context &context)
{
    qint64 id = 0;
    qint64 target = 0;
    int paragraph = 0;
    int position = -1;
    if (context.arguments.size() != 3 || !articleArgument(context, 0, &id) ||
        !indexArgument(context, 1, &paragraph) || !articleArgument(context, 2, &target))
        return kExitUsage;
    if (context.parser.isSet(u"position"_s)) {
        bool ok = false;
        position = context.parser.value(u"position"_s).toInt(&ok);
        if (!ok || position < 0) {
            context.err << tr("--position is a paragraph index (0, 1, …), not “%1”")
                               .arg(context.parser.value(u"position"_s))
                        << '\n';
            return kExitUsage;
        }
    }
    auto lib = openLibrary(context, library::OpenMode::OpenExisting);
    if (!lib)
        return kExitFailure;
    library::ReviewStore store(*lib);
    const auto move = store.moveParagraph(id, paragraph, target, position, editor(context),
                                          context.parser.value(u"comment"_s));
    if (!move)
        return failed(context, store.lastError());
    if (context.json) {
        printJson(context.out, QJsonObject{{u"id"_s, id},
                                           {u"paragraph"_s, paragraph},
                                           {u"target"_s, target},
                                           {u"position"_s, move->targetParagraph},
                                           {u"revision"_s, move->sourceRevision},
                                           {u"target_revision"_s, move->targetRevision}});
    } else {
        context.out
            << tr("paragraph %1 of article %2 is now paragraph %3 of article %4 (revisions %5 and %6)")
                   .arg(QString::number(paragraph), QString::number(id),
                        QString::number(move->targetParagraph), QString::number(target),
                        QString::number(move->sourceRevision), QString::number(move->targetRevision))
            << '\n';
    }
    return kExitOk;
}

} // namespace

QList<Command> reviewCommands()
{
    const QCommandLineOption bulletin(u"bulletin"_s, tr("Bulletin name."), u"NAME"_s);
    const QCommandLineOption issueNo(u"issue-no"_s, tr("Issue number."), u"NO"_s);
    const QCommandLineOption issueDate(u"issue-date"_s, tr("Issue date."), u"YYYY-MM-DD"_s);
    return {
        Command{u"review"_s,
                tr("Show or set an article's review status."),
                {opt(u"status"_s, tr("approved, needs_changes or unreviewed."), u"STATUS"_s), byOption()},
                u"ID"_s,
                tr("Article ID."),
                reviewCommand},
        Command{u"progress"_s,
                tr("Review progress per issue (n of m approved)."),
                {bulletin},
                {},
                {},
                progressCommand},
        Command{u"note"_s,
                tr("Add a note to an article, or to a passage of its body."),
                {opt(u"from"_s, tr("Passage start (character offset in the body)."), u"N"_s),
                 opt(u"to"_s, tr("Passage end (exclusive)."), u"M"_s), byOption()},
                u"ID TEXT"_s,
                tr("Article ID and the note."),
                noteCommand},
        Command{u"notes"_s,
                tr("List notes, or those containing the query."),
                {},
                u"[QUERY]"_s,
                tr("Text to look for."),
                notesCommand},
        Command{u"correct"_s,
                tr("Correct an article's fields (a new revision)."),
                {opt(u"kicker"_s, tr("Kicker."), u"TEXT"_s), opt(u"headline"_s, tr("Headline."), u"TEXT"_s),
                 opt(u"subtitle"_s, tr("Subtitle."), u"TEXT"_s),
                 opt(u"dateline"_s, tr("Dateline."), u"TEXT"_s),
                 opt(u"date"_s, tr("Date (YYYY-MM-DD or --MM-DD, empty for none)."), u"DATE"_s),
                 opt(u"byline"_s, tr("Byline as printed."), u"TEXT"_s),
                 opt(u"authors"_s, tr("Authors, comma-separated."), u"A,B"_s),
                 opt(u"body-file"_s, tr("UTF-8 file with the body (paragraphs separated by a blank line)."),
                     u"FILE"_s),
                 opt(u"comment"_s, tr("Why."), u"TEXT"_s), byOption()},
                u"ID"_s,
                tr("Article ID."),
                correctCommand},
        Command{u"revisions"_s,
                tr("List an article's revisions, or show one."),
                {},
                u"ID [REV]"_s,
                tr("Article ID and revision number."),
                revisionsCommand},
        Command{u"restore"_s,
                tr("Restore a revision (as a new revision)."),
                {byOption()},
                u"ID REV"_s,
                tr("Article ID and revision number."),
                restoreCommand},
        Command{u"tag"_s,
                tr("Add or remove manual zone, city and theme tags."),
                {opt(u"add-zone"_s, tr("File under this zone (repeatable)."), u"Z"_s),
                 opt(u"remove-zone"_s, tr("Remove this zone (repeatable)."), u"Z"_s),
                 opt(u"add-city"_s, tr("Add this city (repeatable)."), u"C"_s),
                 opt(u"remove-city"_s, tr("Remove this city (repeatable)."), u"C"_s),
                 opt(u"add-theme"_s, tr("Add this theme (repeatable)."), u"T"_s),
                 opt(u"remove-theme"_s, tr("Remove this theme (repeatable)."), u"T"_s),
                 opt(u"clear"_s, tr("Give a tag back to the classifier: kind:name (repeatable)."),
                     u"KIND:NAME"_s),
                 byOption()},
                u"ID"_s,
                tr("Article ID."),
                tagCommand},
        Command{u"split"_s,
                tr("Split an article before a paragraph (0-based)."),
                {byOption()},
                u"ID PARAGRAPH"_s,
                tr("Article ID and paragraph index."),
                [](Context &c) { return structureCommand(c, true); }},
        Command{u"merge"_s,
                tr("Merge an article with the next one on its page."),
                {byOption()},
                u"ID"_s,
                tr("Article ID."),
                [](Context &c) { return structureCommand(c, false); }},
        Command{
            u"move-paragraph"_s,
            tr("Move a paragraph (0-based) to another article of the same issue (new revisions of both)."),
            {opt(u"position"_s, tr("Insert before this paragraph of the target (default: at its end)."),
                 u"N"_s),
             opt(u"comment"_s, tr("Why."), u"TEXT"_s),
             QCommandLineOption({u"by"_s, u"author"_s}, tr("Editor's name (default: the user name)."),
                                u"NAME"_s)},
            u"ID PARAGRAPH TARGET"_s,
            tr("Article ID, paragraph index and the target article's ID."),
            moveParagraphCommand},
        Command{u"unmatched"_s,
                tr("List editors' work a re-import could not match, or reattach it."),
                {},
                u"[ITEM ARTICLE]"_s,
                tr("Attach unmatched work ITEM to article ARTICLE."),
                unmatchedCommand},
        Command{u"reprints"_s,
                tr("Find reprints (incrementally) and list them, all or one article's."),
                {opt(u"mark"_s, tr("Mark the pair ID/--with: same, different or undecided."), u"DECISION"_s),
                 opt(u"with"_s, tr("The other article of the pair."), u"OTHER"_s), byOption()},
                u"[ID]"_s,
                tr("Article ID."),
                reprintsCommand},
        Command{u"check-issue"_s,
                tr("Completeness checklist of an issue."),
                {bulletin, issueNo, issueDate},
                {},
                {},
                checkIssueCommand},
        Command{u"export"_s,
                tr("Export an issue's review (status, corrections, notes, open checks)."),
                {bulletin, issueNo, issueDate,
                 opt(u"format"_s, tr("csv, json (default) or pdf."), u"FORMAT"_s),
                 opt(u"output"_s, tr("Write to this file (required for pdf; default: standard output)."),
                     u"FILE"_s)},
                {},
                {},
                exportCommand},
    };
}

} // namespace za::cli
