#include "cli/commands.h"
#include "cli/output.h"
#include "library/articlejson.h"
#include "library/importer.h"
#include "library/library.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace za::cli {

namespace {

// Same shape as QObject::tr so that lupdate reads plural forms.
QString tr(const char *text, const char *comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("za::cli", text, comment, n);
}

const QCommandLineOption &bulletinOption()
{
    static const QCommandLineOption option(u"bulletin"_s, tr("Bulletin name, e.g. 山西开发区简报."),
                                           u"NAME"_s);
    return option;
}
const QCommandLineOption &issueDateOption()
{
    static const QCommandLineOption option(u"issue-date"_s, tr("Issue date."), u"YYYY-MM-DD"_s);
    return option;
}
const QCommandLineOption &issueNoOption()
{
    static const QCommandLineOption option(u"issue-no"_s, tr("Issue number (18 for 第18期)."), u"NO"_s);
    return option;
}
const QCommandLineOption &pageOption()
{
    static const QCommandLineOption option(u"page"_s, tr("Page label, e.g. D2."), u"LABEL"_s);
    return option;
}
const QCommandLineOption &encodingOption()
{
    static const QCommandLineOption option(u"encoding"_s, tr("Encoding of the files (default: detect)."),
                                           u"ENC"_s);
    return option;
}
const QCommandLineOption &provinceOption()
{
    static const QCommandLineOption option(
        u"province"_s, tr("The bulletin's province, for ambiguous place names (remembered per bulletin)."),
        u"NAME"_s);
    return option;
}

QJsonObject resultToJson(const library::FileImportResult &r)
{
    return QJsonObject{
        {u"path"_s, r.path},
        {u"status"_s, library::statusName(r.status)},
        {u"message"_s, r.message},
        {u"encoding"_s, r.encoding},
        {u"bulletin"_s, r.meta.bulletin},
        {u"issue_date"_s, r.meta.issueDate.isValid() ? QJsonValue(r.meta.issueDate.toString(Qt::ISODate))
                                                     : QJsonValue(QJsonValue::Null)},
        {u"issue_no"_s, r.meta.issueNo},
        {u"page"_s, r.meta.page},
        {u"articles"_s, r.articles},
        {u"warnings"_s, QJsonArray::fromStringList(r.warnings)},
    };
}

int importCommand(Context &context)
{
    if (context.arguments.isEmpty()) {
        context.err << tr("import needs at least one file or folder") << '\n';
        return kExitUsage;
    }
    library::ImportOptions options;
    options.meta.bulletin = context.parser.value(bulletinOption());
    if (context.parser.isSet(issueDateOption())) {
        options.meta.issueDate = QDate::fromString(context.parser.value(issueDateOption()), Qt::ISODate);
        if (!options.meta.issueDate.isValid()) {
            context.err
                << tr("--issue-date wants YYYY-MM-DD, not %1").arg(context.parser.value(issueDateOption()))
                << '\n';
            return kExitUsage;
        }
    }
    options.meta.issueNo = context.parser.value(issueNoOption());
    options.meta.page = context.parser.value(pageOption());
    options.encoding = context.parser.value(encodingOption());
    options.province = context.parser.value(provinceOption());

    auto lib = openLibrary(context, library::OpenMode::OpenOrCreate);
    if (!lib)
        return kExitFailure;
    library::Importer importer(*lib);
    // Each file is reported as soon as it is final, and nothing is kept: an archive of 200,000 pages
    // would otherwise hold every file's warnings until the end. --json streams the same object.
    int files = 0;
    int failed = 0;
    int articles = 0;
    if (context.json)
        context.out << "{\n    \"files\": [";
    const auto report = [&](const library::FileImportResult &r) {
        if (r.status == library::ImportStatus::Failed)
            ++failed;
        articles += r.articles;
        if (context.json) {
            context.out << (files > 0 ? ",\n        " : "\n        ")
                        << QJsonDocument(resultToJson(r)).toJson(QJsonDocument::Compact);
            ++files;
            return;
        }
        ++files;
        QTextStream &stream = r.status == library::ImportStatus::Failed ? context.err : context.out;
        stream << r.path << ": " << r.message;
        if (r.articles > 0)
            stream << ", " << tr("%n article(s)", nullptr, r.articles);
        if (!r.encoding.isEmpty() && r.status != library::ImportStatus::AlreadyImported)
            stream << " [" << r.encoding << ']';
        stream << '\n';
        for (const QString &warning : r.warnings)
            stream << "  " << tr("warning: %1").arg(warning) << '\n';
        stream.flush();
    };
    importer.importPaths(context.arguments, options, {}, nullptr, report);
    if (context.json) {
        context.out << (files > 0 ? "\n    ],\n" : "],\n") << "    \"articles\": " << articles
                    << ",\n    \"failed\": " << failed << "\n}\n";
    } else {
        context.out << tr("%n file(s) processed", nullptr, files) << ", "
                    << tr("%n article(s) added", nullptr, articles) << ", "
                    << tr("%n failed", nullptr, failed) << '\n';
    }
    return failed > 0 ? kExitFailure : kExitOk;
}

void printArticleText(QTextStream &out, const library::ArticleRecord &a)
{
    const auto line = [&out](const QString &label, const QString &value) {
        if (!value.isEmpty())
            out << label << ": " << value << '\n';
    };
    line(tr("ID"), QString::number(a.id));
    line(tr("Bulletin"), QStringList{a.bulletin, a.issueNo, a.issueDate, a.page}.join(u' ').simplified());
    line(tr("Kicker"), a.kicker);
    line(tr("Headline"), a.headline);
    line(tr("Subtitle"), a.subtitle);
    line(tr("Dateline"), a.dateline);
    line(tr("Date"), a.date);
    line(tr("Authors"), a.authors.join(u"、"_s));
    line(tr("Continued from"), a.continuedFrom);
    line(tr("Continued on"), a.continuedTo);
    QStringList zones;
    for (const library::ZoneTag &z : a.zones)
        zones << (z.role == "primary"_L1 ? z.name : u"(%1)"_s.arg(z.name));
    line(tr("Zones"), zones.join(u"、"_s));
    line(tr("Cities"), a.cities.join(u"、"_s));
    QStringList themes;
    for (const library::ThemeTag &t : a.themes)
        themes << t.name;
    line(tr("Themes"), themes.join(u"、"_s));
    out << '\n';
    const QStringList paragraphs = a.body.split(u"\n\n"_s);
    for (qsizetype i = 0; i < paragraphs.size(); ++i) {
        for (qsizetype s = 0; s < a.subheadings.size(); ++s) {
            if (s < a.sectionStarts.size() && a.sectionStarts.at(s) == i)
                out << "## " << a.subheadings.at(s) << "\n\n";
        }
        out << paragraphs.at(i) << "\n\n";
    }
    for (const QString &w : a.warnings)
        out << tr("warning: %1").arg(w) << '\n';
}

int articlesCommand(Context &context)
{
    if (!context.arguments.isEmpty()) {
        context.err << tr("articles takes no arguments") << '\n';
        return kExitUsage;
    }
    auto lib = openLibrary(context, library::OpenMode::OpenExisting);
    if (!lib)
        return kExitFailure;
    if (context.json) {
        QJsonArray array;
        for (const library::ArticleRecord &a : lib->articles())
            array.append(library::articleToJson(a));
        printJson(context.out, array);
        return kExitOk;
    }
    for (const library::ArticleSummary &s : lib->articleSummaries()) {
        context.out << s.id << '\t' << (s.date.isEmpty() ? u"-"_s : s.date) << '\t'
                    << QStringList{s.issueNo, s.page}.join(u'/') << '\t'
                    << (s.headline.isEmpty() ? tr("(no headline)") : s.headline) << '\n';
    }
    return kExitOk;
}

int showCommand(Context &context)
{
    bool ok = false;
    const qint64 id = context.arguments.size() == 1 ? context.arguments.first().toLongLong(&ok) : 0;
    if (!ok) {
        context.err << tr("show needs one article ID") << '\n';
        return kExitUsage;
    }
    auto lib = openLibrary(context, library::OpenMode::OpenExisting);
    if (!lib)
        return kExitFailure;
    const std::optional<library::ArticleRecord> article = lib->article(id);
    if (!article) {
        context.err << tr("no article with ID %1").arg(id) << '\n';
        return kExitFailure;
    }
    if (context.json)
        printJson(context.out, library::articleToJson(*article));
    else
        printArticleText(context.out, *article);
    return kExitOk;
}

int reindexCommand(Context &context)
{
    if (!context.arguments.isEmpty()) {
        context.err << tr("reindex takes no arguments") << '\n';
        return kExitUsage;
    }
    auto lib = openLibrary(context, library::OpenMode::OpenExisting);
    if (!lib)
        return kExitFailure;
    library::Importer importer(*lib);
    QString error;
    const bool ok = importer.reindex(
        [&context](const library::ImportProgress &p) {
            if (!context.json && p.filesTotal > 0)
                context.err << '\r' << tr("Rebuilding %1/%2").arg(p.filesDone).arg(p.filesTotal) << Qt::flush;
        },
        &error);
    if (!context.json)
        context.err << '\n';
    if (!ok) {
        context.err << tr("error: %1").arg(error) << '\n';
        return kExitFailure;
    }
    const library::LibraryStats stats = lib->stats();
    if (context.json)
        printJson(context.out, QJsonObject{{u"pages"_s, stats.pages}, {u"articles"_s, stats.articles}});
    else
        context.out << tr("Rebuilt %1 article(s) from %2 page(s)").arg(stats.articles).arg(stats.pages)
                    << '\n';
    return kExitOk;
}

} // namespace

QList<Command> articleCommands()
{
    return {
        Command{u"import"_s,
                tr("Import bulletin pages (files or folders) into the library."),
                {bulletinOption(), issueDateOption(), issueNoOption(), pageOption(), encodingOption(),
                 provinceOption()},
                u"PATH..."_s,
                tr("Files (.md, .txt) or folders to import."),
                importCommand},
        Command{u"articles"_s, tr("List all articles."), {}, {}, {}, articlesCommand},
        Command{u"show"_s, tr("Print one article."), {}, u"ID"_s, tr("Article ID."), showCommand},
        Command{u"reindex"_s,
                tr("Rebuild all derived data (articles, tags, index) from the stored source files."),
                {},
                {},
                {},
                reindexCommand},
    };
}

} // namespace za::cli
