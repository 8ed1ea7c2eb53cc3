#include "bulletin/parsernotes.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace za::bulletin {

namespace {

constexpr char kContext[] = "za::bulletin";

// The English texts are what libraries store: changing one leaves older libraries' notes untranslated.
constexpr std::array<std::pair<ParserNote, const char *>, 16> kNotes = {{
    {ParserNote::FragmentEndsBeforeHeading,
     QT_TRANSLATE_NOOP("za::bulletin", "continued fragment taken to end before the heading %1")},
    {ParserNote::ArticleStartsAtHeading,
     QT_TRANSLATE_NOOP("za::bulletin",
                       "article taken to start at the heading %1 after a continued fragment")},
    {ParserNote::HeadlineWithoutBody,
     QT_TRANSLATE_NOOP("za::bulletin", "headline without a body on this page: %1")},
    {ParserNote::HeadlineFromPlainLine,
     QT_TRANSLATE_NOOP("za::bulletin", "headline guessed from a plain line: %1")},
    {ParserNote::HeadlineAfterBody, QT_TRANSLATE_NOOP("za::bulletin", "headline found after its body: %1")},
    {ParserNote::KickerFromPlainLine,
     QT_TRANSLATE_NOOP("za::bulletin", "kicker guessed from a plain line: %1")},
    {ParserNote::HeadingUnderHeadline,
     QT_TRANSLATE_NOOP("za::bulletin", "heading right under the headline taken for a subheading: %1")},
    {ParserNote::HeadlineInsideBodyJoined,
     QT_TRANSLATE_NOOP("za::bulletin",
                       "headline found inside its body, the sentence it cut joined again: %1")},
    {ParserNote::HeadlineInsideBody, QT_TRANSLATE_NOOP("za::bulletin", "headline found inside its body: %1")},
    {ParserNote::ParagraphJoinedAcrossHeading,
     QT_TRANSLATE_NOOP("za::bulletin", "paragraph joined across the subheading %1")},
    {ParserNote::PlainLineSubheading,
     QT_TRANSLATE_NOOP("za::bulletin", "plain line taken for a subheading: %1")},
    {ParserNote::SecondContinuationMarker,
     QT_TRANSLATE_NOOP("za::bulletin", "second continuation marker: %1")},
    {ParserNote::SecondDateline, QT_TRANSLATE_NOOP("za::bulletin", "second dateline: %1")},
    {ParserNote::PlainNameLineByline,
     QT_TRANSLATE_NOOP("za::bulletin", "plain name line taken for the byline: %1")},
    {ParserNote::NoHeadline, QT_TRANSLATE_NOOP("za::bulletin", "no headline found for this article")},
    {ParserNote::NoArticles, QT_TRANSLATE_NOOP("za::bulletin", "no articles found on this page")},
}};

} // namespace

QString parserNote(ParserNote kind, const QString &quote)
{
    for (const auto &[note, text] : kNotes) {
        if (note == kind) {
            const QString english = QString::fromLatin1(text);
            return english.contains(QLatin1String("%1")) ? english.arg(quote) : english;
        }
    }
    return {};
}

QString localizedParserNote(const QString &stored)
{
    for (const auto &[note, text] : kNotes) {
        const QString english = QString::fromLatin1(text);
        const qsizetype slot = english.indexOf(QLatin1String("%1"));
        if (slot < 0) {
            if (stored == english)
                return QCoreApplication::translate(kContext, text);
            continue;
        }
        const QStringView before = QStringView(english).left(slot);
        const QStringView after = QStringView(english).mid(slot + 2);
        if (stored.size() >= before.size() + after.size() && stored.startsWith(before) &&
            stored.endsWith(after)) {
            const QString quote = stored.mid(before.size(), stored.size() - before.size() - after.size());
            return QCoreApplication::translate(kContext, text).arg(quote);
        }
    }
    return stored;
}

} // namespace za::bulletin
