#pragma once

#include "bulletin/article.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <QStringView>

// The small textual rules the page parser is built from, public so that each can be tested alone.
// All of them look only at a bounded prefix or suffix of a paragraph, so the parser stays linear.
namespace za::bulletin::rules {

// CJK ideographs, CJK punctuation, kana, hangul, full-width forms: characters set without spaces.
bool isWide(QChar ch);

// True when the text ends a sentence (。！？…；： and the like, possibly followed by closing quotes).
// A paragraph that does not end a sentence was cut by a column break and continues in the next one.
bool endsSentence(QStringView text);

// Appends a column-broken fragment: no space between CJK characters, one space between Latin words.
void appendFragment(QString &text, QStringView fragment);

// Display form of a headline or kicker: whitespace between two wide characters is a layout line
// break and goes; other whitespace runs become one space.
QString cleanHeading(QStringView text);

// Display form of a subheading: whitespace runs become one space (the halves of a two-part
// subheading stay visibly apart).
QString cleanSubheading(QStringView text);

struct DatelineMatch
{
    qsizetype length = 0; // characters consumed from the start of the paragraph (0: no dateline)
    QString dateline;     // the dateline as printed, trimmed
    QStringList authors;  // reporters named in it ("记者 张三")
};
// 本刊讯 / 本报讯 (optionally with "（记者 X）" or "记者 X 报道"), or a bare "记者 X 报道" / "通讯员 X".
DatelineMatch matchDateline(QStringView paragraph);

struct BylineMatch
{
    qsizetype start = -1; // where the byline begins in the paragraph (-1: none)
    QString byline;       // as printed: "(温泉 王彦凯)"
    QStringList authors;
};
// A bracketed byline at the end of a paragraph, right after the end of a sentence (or alone).
BylineMatch matchTrailingByline(QStringView paragraph);

// A bare line of one to four personal names ("吕平", "温泉 王彦凯", "记者 张三").
bool isNameLine(QStringView line, QStringList *authors = nullptr);

struct ContinuationMatch
{
    qsizetype start = -1; // -1: none
    qsizetype end = -1;
    QString marker; // as printed: "(上接 D1 版)"
    QString page;   // normalised label: "D1"
};
ContinuationMatch matchContinuedFrom(QStringView paragraph); // "(上接 D1 版)" opening a paragraph
ContinuationMatch matchContinuedTo(QStringView paragraph);   // "(下转 D2 版)" closing a paragraph

// The first "M月D日" (optionally "YYYY年M月D日") in the first sentence. Without an explicit year the
// issue date's year is used (the previous year when the month lies after the issue's month); with
// no issue date the year stays unknown.
PartialDate findDate(QStringView paragraph, const QDate &issueDate);

} // namespace za::bulletin::rules
