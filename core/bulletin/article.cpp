#include "bulletin/article.h"

using namespace Qt::StringLiterals;

namespace za::bulletin {

QString PartialDate::toIso() const
{
    if (month <= 0 || day <= 0)
        return {};
    const QString monthDay = u"%1-%2"_s.arg(month, 2, 10, QLatin1Char('0')).arg(day, 2, 10, QLatin1Char('0'));
    if (year <= 0)
        return u"--"_s + monthDay;
    return u"%1-"_s.arg(year, 4, 10, QLatin1Char('0')) + monthDay;
}

QStringList ParsedArticle::subheadings() const
{
    QStringList out;
    out.reserve(sections.size());
    for (const Section &section : sections)
        out.append(section.subheading);
    return out;
}

QString ParsedArticle::body() const
{
    return paragraphs.join(u"\n\n"_s);
}

} // namespace za::bulletin
