#pragma once

#include <QString>

namespace za::bulletin {

// What the parser tells editors about the guesses it made on a page (Article::warnings). Notes are
// stored in English, as derived data that reads the same whatever the language of the program that
// imported the page; localizedNote() shows one in the user's language.
enum class ParserNote {
    FragmentEndsBeforeHeading,
    ArticleStartsAtHeading,
    HeadlineWithoutBody,
    HeadlineFromPlainLine,
    HeadlineAfterBody,
    KickerFromPlainLine,
    HeadingUnderHeadline,
    HeadlineInsideBodyJoined,
    HeadlineInsideBody,
    ParagraphJoinedAcrossHeading,
    PlainLineSubheading,
    SecondContinuationMarker,
    SecondDateline,
    PlainNameLineByline,
    NoHeadline,
    NoArticles,
};

// The stored (English) note; quote is the text it is about, already quoted 「…」 (empty for notes
// about nothing in particular).
QString parserNote(ParserNote kind, const QString &quote = {});

// A stored note in the current language (QCoreApplication's translators); a note this build does not
// know (a newer program's) is returned as stored.
QString localizedParserNote(const QString &stored);

} // namespace za::bulletin
