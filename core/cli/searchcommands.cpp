#include "cli/commands.h"
#include "cli/output.h"
#include "library/importer.h"
#include "library/library.h"
#include "library/zonestore.h"
#include "search/searchengine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
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

struct FilterOption
{
    QCommandLineOption option;
    search::Facet facet;
};

const QList<FilterOption> &filterOptions()
{
    static const QList<FilterOption> options = {
        {QCommandLineOption(u"zone"_s, tr("Only articles filed under this zone (repeatable)."), u"Z"_s),
         search::Facet::Zone},
        {QCommandLineOption(u"city"_s, tr("Only articles about this city (repeatable)."), u"C"_s),
         search::Facet::City},
        {QCommandLineOption(u"county"_s, tr("Only articles about this county (repeatable)."), u"C"_s),
         search::Facet::County},
        {QCommandLineOption(u"theme"_s, tr("Only articles with this theme (repeatable)."), u"T"_s),
         search::Facet::Theme},
        {QCommandLineOption(u"author"_s, tr("Only articles by this author (repeatable)."), u"A"_s),
         search::Facet::Author},
        {QCommandLineOption(u"bulletin"_s, tr("Only this bulletin (repeatable)."), u"B"_s),
         search::Facet::Bulletin},
    };
    return options;
}

const QCommandLineOption &fromOption()
{
    static const QCommandLineOption option(u"from"_s, tr("Articles dated on or after this day."),
                                           u"YYYY-MM-DD"_s);
    return option;
}
const QCommandLineOption &toOption()
{
    static const QCommandLineOption option(u"to"_s, tr("Articles dated on or before this day."),
                                           u"YYYY-MM-DD"_s);
    return option;
}
const QCommandLineOption &sortOption()
{
    static const QCommandLineOption option(u"sort"_s, tr("relevance (default), date or zone."), u"ORDER"_s);
    return option;
}
const QCommandLineOption &limitOption()
{
    static const QCommandLineOption option(u"limit"_s, tr("Number of hits (default 20)."), u"N"_s);
    return option;
}
const QCommandLineOption &offsetOption()
{
    static const QCommandLineOption option(u"offset"_s, tr("Hits to skip (default 0)."), u"N"_s);
    return option;
}

QList<QCommandLineOption> filterOptionList()
{
    QList<QCommandLineOption> list;
    for (const FilterOption &f : filterOptions())
        list << f.option;
    list << fromOption() << toOption();
    return list;
}

// Fills the request from the command line; false (with a message) on a usage error.
bool buildRequest(Context &context, search::SearchRequest &request, bool withHits)
{
    request.setQuery(context.arguments.join(u' '));
    for (const FilterOption &f : filterOptions()) {
        const QStringList values = context.parser.values(f.option);
        if (!values.isEmpty())
            request.setSelection(f.facet, values);
    }
    QDate from;
    QDate to;
    if (context.parser.isSet(fromOption())) {
        from = QDate::fromString(context.parser.value(fromOption()), Qt::ISODate);
        if (!from.isValid()) {
            context.err << tr("--from wants YYYY-MM-DD") << '\n';
            return false;
        }
    }
    if (context.parser.isSet(toOption())) {
        to = QDate::fromString(context.parser.value(toOption()), Qt::ISODate);
        if (!to.isValid()) {
            context.err << tr("--to wants YYYY-MM-DD") << '\n';
            return false;
        }
    }
    request.setDateRange(from, to);
    if (!withHits) {
        request.setLimit(0);
        return true;
    }
    const QString sort = context.parser.value(sortOption());
    if (sort.isEmpty() || sort == "relevance"_L1) {
        request.setSort(search::SortOrder::Relevance);
    } else if (sort == "date"_L1) {
        request.setSort(search::SortOrder::Date);
    } else if (sort == "zone"_L1) {
        request.setSort(search::SortOrder::Zone);
    } else {
        context.err << tr("--sort is relevance, date or zone") << '\n';
        return false;
    }
    bool ok = true;
    if (context.parser.isSet(limitOption())) {
        const int limit = context.parser.value(limitOption()).toInt(&ok);
        if (!ok || limit < 0) {
            context.err << tr("--limit wants a number") << '\n';
            return false;
        }
        request.setLimit(limit);
    }
    if (context.parser.isSet(offsetOption())) {
        const int offset = context.parser.value(offsetOption()).toInt(&ok);
        if (!ok || offset < 0) {
            context.err << tr("--offset wants a number") << '\n';
            return false;
        }
        request.setOffset(offset);
    }
    return true;
}

QJsonObject facetsToJson(const search::SearchResult &result)
{
    QJsonObject facets;
    for (auto it = result.facets.cbegin(); it != result.facets.cend(); ++it) {
        QJsonArray values;
        for (const search::FacetValue &v : it.value())
            values.append(QJsonObject{{u"value"_s, v.value}, {u"count"_s, v.count}});
        facets.insert(it.key(), values);
    }
    return facets;
}

void printFacetsText(QTextStream &out, const search::SearchResult &result)
{
    for (auto it = result.facets.cbegin(); it != result.facets.cend(); ++it) {
        if (it.value().isEmpty())
            continue;
        QStringList values;
        for (const search::FacetValue &v : it.value())
            values << u"%1 (%2)"_s.arg(v.value).arg(v.count);
        out << it.key() << ": " << values.join(u", "_s) << '\n';
    }
}

int runSearch(Context &context, bool withHits)
{
    search::SearchRequest request;
    if (!buildRequest(context, request, withHits))
        return kExitUsage;
    auto lib = openLibrary(context, library::OpenMode::OpenExisting);
    if (!lib)
        return kExitFailure;
    const search::SearchResult result = lib->search(request);
    if (!result.ok()) {
        context.err << tr("error: %1").arg(result.error) << '\n';
        return kExitUsage;
    }
    for (const QString &warning : result.warnings)
        context.err << tr("warning: %1").arg(warning) << '\n';
    if (context.json) {
        QJsonObject object{
            {u"total"_s, result.total}, {u"facets"_s, facetsToJson(result)}, {u"took_ms"_s, result.tookMs}};
        if (withHits) {
            QJsonArray hits;
            for (const search::SearchHit &h : result.hits) {
                hits.append(QJsonObject{
                    {u"id"_s, h.id},
                    {u"headline"_s, h.headline},
                    {u"zones"_s, QJsonArray::fromStringList(h.zones)},
                    {u"cities"_s, QJsonArray::fromStringList(h.cities)},
                    {u"date"_s, h.date.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(h.date)},
                    {u"page"_s, h.page},
                    {u"score"_s, h.score},
                    {u"snippet"_s, h.snippet},
                });
            }
            object.insert(u"hits"_s, hits);
        }
        printJson(context.out, object);
        return kExitOk;
    }
    context.out << tr("%n article(s) found", nullptr, int(result.total)) << " (" << result.tookMs << " ms)\n";
    if (withHits) {
        for (const search::SearchHit &h : result.hits) {
            context.out << '\n'
                        << h.id << '\t' << (h.date.isEmpty() ? u"-"_s : h.date) << '\t' << h.page << '\t'
                        << (h.headline.isEmpty() ? tr("(no headline)") : h.headline) << '\n';
            if (!h.zones.isEmpty())
                context.out << "  " << h.zones.join(u"、"_s) << '\n';
            QString snippet = h.snippet;
            snippet.replace(u"<mark>"_s, u"【"_s).replace(u"</mark>"_s, u"】"_s);
            context.out
                << "  "
                << snippet.replace(u"&lt;"_s, u"<"_s).replace(u"&gt;"_s, u">"_s).replace(u"&amp;"_s, u"&"_s)
                << '\n';
        }
        context.out << '\n';
    }
    printFacetsText(context.out, result);
    return kExitOk;
}

int searchCommand(Context &context)
{
    return runSearch(context, true);
}

int facetsCommand(Context &context)
{
    return runSearch(context, false);
}

int zonesCommand(Context &context)
{
    if (!context.arguments.isEmpty()) {
        context.err << tr("zones takes no arguments") << '\n';
        return kExitUsage;
    }
    auto lib = openLibrary(context, library::OpenMode::OpenExisting);
    if (!lib)
        return kExitFailure;
    const QList<library::ZoneRecord> zones = lib->zones();
    if (context.json) {
        QJsonArray array;
        for (const library::ZoneRecord &z : zones) {
            array.append(QJsonObject{
                {u"name"_s, z.name},
                {u"type"_s, z.type},
                {u"level"_s, z.level},
                {u"county"_s, z.county},
                {u"city"_s, z.city},
                {u"province"_s, z.province},
                {u"status"_s, z.status},
                {u"merged_into"_s,
                 z.mergedInto.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(z.mergedInto)},
                {u"aliases"_s, QJsonArray::fromStringList(z.aliases)},
                {u"articles"_s, z.articles},
                {u"primary_articles"_s, z.primaryArticles},
            });
        }
        printJson(context.out, array);
        return kExitOk;
    }
    for (const library::ZoneRecord &z : zones) {
        context.out << z.name << '\t' << z.type << '\t' << z.level << '\t'
                    << QStringList{z.province, z.city, z.county}.join(u' ').simplified() << '\t' << z.status
                    << '\t' << z.articles << '\n';
    }
    return kExitOk;
}

int reclassifyCommand(Context &context)
{
    const QCommandLineOption taxonomy(u"taxonomy"_s, {}, u"FILE"_s);
    if (!context.arguments.isEmpty()) {
        context.err << tr("reclassify takes no arguments") << '\n';
        return kExitUsage;
    }
    auto lib = openLibrary(context, library::OpenMode::OpenExisting);
    if (!lib)
        return kExitFailure;
    QString error;
    if (context.parser.isSet(taxonomy)) {
        QFile file(context.parser.value(taxonomy));
        if (!file.open(QIODevice::ReadOnly)) {
            context.err << tr("cannot read %1: %2").arg(file.fileName(), file.errorString()) << '\n';
            return kExitFailure;
        }
        if (!library::ZoneStore(lib->database().connection()).setTaxonomyJson(file.readAll(), &error)) {
            context.err << tr("error: %1").arg(error) << '\n';
            return kExitFailure;
        }
    }
    library::Importer importer(*lib);
    if (!importer.reclassify({}, &error)) {
        context.err << tr("error: %1").arg(error) << '\n';
        return kExitFailure;
    }
    const qint64 articles = lib->stats().articles;
    if (context.json)
        printJson(context.out, QJsonObject{{u"articles"_s, articles}});
    else
        context.out << tr("Reclassified %n article(s)", nullptr, int(articles)) << '\n';
    return kExitOk;
}

} // namespace

QList<Command> searchCommands()
{
    QList<QCommandLineOption> searchOptions = filterOptionList();
    searchOptions << sortOption() << limitOption() << offsetOption();
    return {
        Command{u"search"_s, tr("Search articles: ranked hits with highlighted snippets, and facet counts."),
                searchOptions, u"[QUERY...]"_s,
                tr("Query: words, \"phrases\", OR, NOT/-, (), field:value (headline zone city county theme "
                   "author "
                   "bulletin issue page), date:2023-05 or date:2023-05-01..2023-06-30."),
                searchCommand},
        Command{u"facets"_s, tr("Facet counts for a query and filters, without hits."), filterOptionList(),
                u"[QUERY...]"_s, tr("Query, as for search."), facetsCommand},
        Command{u"zones"_s, tr("List the zone registry with article counts."), {}, {}, {}, zonesCommand},
        Command{u"reclassify"_s,
                tr("Tag every article again (zones, places, themes, figures) with the library's registry and "
                   "taxonomy."),
                {QCommandLineOption(u"taxonomy"_s, tr("Store this taxonomy (JSON) in the library first."),
                                    u"FILE"_s)},
                {},
                {},
                reclassifyCommand},
    };
}

} // namespace za::cli
