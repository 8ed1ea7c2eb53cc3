#pragma once

#include "bulletin/article.h"

#include <QDate>
#include <QStringView>

namespace za::bulletin {

struct ParseOptions
{
    QDate issueDate; // gives "5月12日" its year; without it the year stays unknown
    // A plain line (no Markdown heading marker) between complete paragraphs is taken for a subheading
    // only up to this length; longer ones are paragraph beginnings cut by a column break.
    qsizetype subheadingMaxChars = 12;
    // Plain lines longer than this are never headlines, kickers or subheadings.
    qsizetype shortLineMaxChars = 30;
};

// Splits one page of extracted text (Markdown-like or plain) into its articles, in the order of
// their text. See ParsedArticle for the guarantee that nothing is lost.
ParsedPage parsePage(QStringView text, const ParseOptions &options = {});

} // namespace za::bulletin
