#include "library/articlejson.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace za::library {

namespace {

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

QJsonObject articleToJson(const ArticleRecord &a)
{
    QJsonArray zones;
    for (const ZoneTag &z : a.zones) {
        zones.append(QJsonObject{
            {u"name"_s, z.name},
            {u"as_written"_s, z.asWritten},
            {u"type"_s, z.type},
            {u"level"_s, z.level},
            {u"county"_s, textOrNull(z.county)},
            {u"city"_s, textOrNull(z.city)},
            {u"province"_s, textOrNull(z.province)},
            {u"role"_s, z.role},
        });
    }
    QJsonArray themes;
    for (const ThemeTag &t : a.themes)
        themes.append(t.name);
    QJsonArray figures;
    for (const FigureRecord &f : a.figures) {
        figures.append(QJsonObject{
            {u"metric"_s, f.metric},
            {u"value"_s, f.value ? QJsonValue(*f.value) : QJsonValue(QJsonValue::Null)},
            {u"unit"_s, f.unit},
            {u"text"_s, f.text},
        });
    }
    QJsonArray sections;
    for (qsizetype i = 0; i < a.subheadings.size(); ++i) {
        sections.append(QJsonObject{
            {u"subheading"_s, a.subheadings.at(i)},
            {u"first_paragraph"_s, i < a.sectionStarts.size() ? a.sectionStarts.at(i) : 0},
        });
    }
    return QJsonObject{
        {u"id"_s, a.id},
        {u"bulletin"_s, a.bulletin},
        {u"issue_date"_s, textOrNull(a.issueDate)},
        {u"issue_no"_s, textOrNull(a.issueNo)},
        {u"page"_s, textOrNull(a.page)},
        {u"kicker"_s, a.kicker},
        {u"headline"_s, a.headline},
        {u"subtitle"_s, a.subtitle},
        {u"subheadings"_s, QJsonArray::fromStringList(a.subheadings)},
        {u"sections"_s, sections},
        {u"dateline"_s, a.dateline},
        {u"date"_s, textOrNull(a.date)},
        {u"byline"_s, a.byline},
        {u"authors"_s, QJsonArray::fromStringList(a.authors)},
        {u"body"_s, a.body},
        {u"continued_from"_s, textOrNull(a.continuedFrom)},
        {u"continued_from_article"_s,
         a.continuedFromArticle ? QJsonValue(*a.continuedFromArticle) : QJsonValue(QJsonValue::Null)},
        {u"continued_to"_s, textOrNull(a.continuedTo)},
        {u"continued_to_article"_s,
         a.continuedToArticle ? QJsonValue(*a.continuedToArticle) : QJsonValue(QJsonValue::Null)},
        {u"warnings"_s, QJsonArray::fromStringList(a.warnings)},
        {u"source"_s, QJsonObject{{u"file_name"_s, a.source.fileName},
                                  {u"sha256"_s, a.source.sha256},
                                  {u"encoding"_s, a.source.encoding}}},
        {u"zones"_s, zones},
        {u"cities"_s, QJsonArray::fromStringList(a.cities)},
        {u"counties"_s, QJsonArray::fromStringList(a.counties)},
        {u"provinces"_s, QJsonArray::fromStringList(a.provinces)},
        {u"themes"_s, themes},
        {u"figures"_s, figures},
    };
}

} // namespace za::library
