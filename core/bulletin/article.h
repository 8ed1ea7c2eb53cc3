#pragma once

#include "bulletin/issuemeta.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace za::bulletin {

// A date whose year may be unknown: "5月12日" on a page without an issue date must not get an
// invented year.
struct PartialDate
{
    int year = 0;  // 0 = unknown
    int month = 0; // 0 = no date at all
    int day = 0;

    bool isNull() const { return month == 0; }
    // "YYYY-MM-DD", "--MM-DD" when the year is unknown, empty when there is no date.
    QString toIso() const;
    friend bool operator==(const PartialDate &, const PartialDate &) = default;
};

// A subheading (小标题) and the index of the first paragraph below it, so that a reader can show it
// in place. firstParagraph may equal paragraphs.size() when nothing follows it on this page.
struct Section
{
    QString subheading;
    qsizetype firstParagraph = 0;
    friend bool operator==(const Section &, const Section &) = default;
};

// One article as found on a page. Every non-whitespace character of the page (apart from Markdown
// markers) is in exactly one of: kicker, headline, subtitle, sections' subheadings, dateline,
// paragraphs, byline, continuedFromMarker, continuedToMarker (see ParsedPage::mastheadText too).
// authors, continuedFrom/To and date are derived from those fields.
struct ParsedArticle
{
    QString kicker;   // 引题 above the headline
    QString headline; // display form: layout line breaks between CJK characters removed
    QString subtitle; // 副题 below the headline, e.g. "——…"
    QList<Section> sections;
    QString dateline; // "本刊讯", "本报讯（记者 张三）", "记者 张三 报道"
    PartialDate date;
    QString byline; // as printed, brackets included: "(温泉 王彦凯)", or a bare name line
    QStringList authors;
    QStringList paragraphs;
    QString continuedFrom;       // page label, e.g. "D1"
    QString continuedFromMarker; // as printed: "(上接 D1 版)"
    QString continuedTo;
    QString continuedToMarker;
    QStringList warnings; // decisions an editor should review

    QStringList subheadings() const;
    QString body() const; // paragraphs joined by a blank line
};

struct ParsedPage
{
    QList<ParsedArticle> articles;
    IssueMeta masthead;   // what the page header says about the issue, if anything
    QString mastheadText; // the header lines themselves (kept, so that nothing is lost)
    QStringList warnings;
};

} // namespace za::bulletin
