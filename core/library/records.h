#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace za::library {

struct ZoneTag
{
    QString name; // canonical
    QString asWritten;
    QString type;
    QString level;
    QString county;
    QString city;
    QString province;
    QString role; // "primary" or "mentioned"
};

struct ThemeTag
{
    QString name;
    double score = 0;
};

struct FigureRecord
{
    QString metric;
    std::optional<double> value;
    QString unit;
    QString text;
};

struct SourceRef
{
    qint64 id = 0;
    QString fileName;
    QString sha256;
    QString encoding;
};

// One article as stored: the parser's fields plus what the analyser derived.
struct ArticleRecord
{
    qint64 id = 0;
    qint64 pageId = 0;
    int seq = 0;
    QString bulletin;
    QString issueDate; // YYYY-MM-DD or empty
    QString issueNo;
    QString page;
    QString kicker;
    QString headline;
    QString subtitle;
    QStringList subheadings;
    QList<int> sectionStarts; // for each subheading, the index of the first paragraph below it
    QString dateline;
    QString date;   // YYYY-MM-DD, --MM-DD or empty
    QString byline; // as printed, e.g. "(温泉 王彦凯)"
    QStringList authors;
    QString body; // paragraphs joined by a blank line
    QString continuedFrom;
    QString continuedFromMarker; // as printed, e.g. "(上接 D1 版)"
    QString continuedTo;
    QString continuedToMarker;
    std::optional<qint64> continuedFromArticle; // the other part, when it is in the library
    std::optional<qint64> continuedToArticle;
    QStringList warnings;
    SourceRef source;
    QList<ZoneTag> zones;
    QStringList cities;
    QStringList counties;
    QStringList provinces;
    QList<ThemeTag> themes;
    QList<FigureRecord> figures;
};

// What a list of articles shows without loading whole articles.
struct ArticleSummary
{
    qint64 id = 0;
    QString bulletin;
    QString issueDate;
    QString issueNo;
    QString page;
    QString kicker;
    QString headline;
    QString date;
    QStringList authors;
    int warningCount = 0;
};

// A zone of the library's registry, with how many articles are filed under it.
struct ZoneRecord
{
    qint64 id = 0;
    QString name;
    QString type;
    QString level;
    QString county;
    QString city;
    QString province;
    QString status; // seed, discovered, confirmed, rejected, merged
    QString mergedInto;
    QStringList aliases;
    qint64 primaryArticles = 0;
    qint64 articles = 0; // primary or mentioned
};

// A name the search bar can complete, with the field it filters and its toneless pinyin.
struct CompletionEntry
{
    QString field; // query-language field: zone, city, county, theme, author, bulletin
    QString text;
    QString pinyin;   // "houmajingjikaifaqu"
    QString initials; // "hmjjkfq"
    qint64 articles = 0;
};

struct LibraryStats
{
    qint64 articles = 0;
    qint64 pages = 0;
    qint64 sources = 0;
    qint64 zones = 0;
    qint64 fileBytes = 0;
};

} // namespace za::library
