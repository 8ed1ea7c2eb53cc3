#include "bulletin/parsernotes.h"

#include <QCoreApplication>
#include <QSet>
#include <QTranslator>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace za::bulletin;

namespace {

constexpr ParserNote kAll[] = {
    ParserNote::FragmentEndsBeforeHeading,
    ParserNote::ArticleStartsAtHeading,
    ParserNote::HeadlineWithoutBody,
    ParserNote::HeadlineFromPlainLine,
    ParserNote::HeadlineAfterBody,
    ParserNote::KickerFromPlainLine,
    ParserNote::HeadingUnderHeadline,
    ParserNote::HeadlineInsideBodyJoined,
    ParserNote::HeadlineInsideBody,
    ParserNote::ParagraphJoinedAcrossHeading,
    ParserNote::PlainLineSubheading,
    ParserNote::SecondContinuationMarker,
    ParserNote::SecondDateline,
    ParserNote::PlainNameLineByline,
    ParserNote::NoHeadline,
    ParserNote::NoArticles,
};

// Marks what it translates, so that a test sees which message was looked up with which argument.
class MarkingTranslator final : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        return QString::fromLatin1(context) == u"za::bulletin"_s ? u"译:"_s + QString::fromLatin1(source)
                                                                 : QString();
    }
    bool isEmpty() const override { return false; }
};

} // namespace

TEST(ParserNotes, StoredInEnglishAndEachDistinct)
{
    QSet<QString> seen;
    for (const ParserNote kind : kAll) {
        const QString note = parserNote(kind, u"「标题」"_s);
        ASSERT_FALSE(note.isEmpty());
        EXPECT_FALSE(seen.contains(note)) << note.toStdString();
        seen.insert(note);
    }
    EXPECT_EQ(parserNote(ParserNote::HeadlineAfterBody, u"「晋城」"_s),
              u"headline found after its body: 「晋城」"_s);
    EXPECT_EQ(parserNote(ParserNote::NoArticles), u"no articles found on this page"_s);
}

TEST(ParserNotes, ShownInTheUsersLanguageWithTheirQuote)
{
    int argc = 0;
    QCoreApplication app(argc, nullptr);
    // Without a translator a note reads as stored.
    for (const ParserNote kind : kAll) {
        const QString note = parserNote(kind, u"「标题」"_s);
        EXPECT_EQ(localizedParserNote(note), note);
    }
    MarkingTranslator translator;
    ASSERT_TRUE(QCoreApplication::installTranslator(&translator));
    for (const ParserNote kind : kAll) {
        const QString note = parserNote(kind, u"「标题：一，二」"_s);
        const QString shown = localizedParserNote(note);
        EXPECT_TRUE(shown.startsWith(u"译:"_s)) << shown.toStdString();
        // The translated template with the same quote in it: the note itself, marked.
        EXPECT_EQ(shown, u"译:"_s + note) << shown.toStdString();
    }
    // A note a newer build wrote, unknown here, is shown as it was stored.
    EXPECT_EQ(localizedParserNote(u"a note from the future"_s), u"a note from the future"_s);
    // The longer of two notes sharing a beginning is not taken for the shorter.
    const QString joined = parserNote(ParserNote::HeadlineInsideBodyJoined, u"「甲」"_s);
    EXPECT_EQ(localizedParserNote(joined), u"译:"_s + joined);
    QCoreApplication::removeTranslator(&translator);
}
