// Rule 11 as a property: over generated and mutated pages, every content character of the input is
// in exactly one field of one article.
#include "bulletin/pageparser.h"
#include "pagetestsupport.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace za::bulletin;

namespace {

TEST(NothingLost, HelperNoticesLossAndDuplication)
{
    // The property must be able to fail: a page with a character dropped or added is caught.
    const QString text = u"# 标题\n\n正文。"_s;
    ParsedPage page = parsePage(text);
    EXPECT_EQ(test::nothingLostReport(text, page), QString());
    page.articles[0].paragraphs[0].chop(1);
    EXPECT_NE(test::nothingLostReport(text, page), QString());
    page.articles[0].paragraphs[0] += u"。。"_s;
    EXPECT_NE(test::nothingLostReport(text, page), QString());
}

TEST(NothingLost, TenThousandGeneratedAndMutatedPages)
{
    test::PageGenerator generator(20240315);
    int articles = 0;
    for (int i = 0; i < 10000; ++i) {
        QString page = generator.page();
        if (i % 4 != 0)
            page = generator.mutate(page);
        ParseOptions options;
        if (i % 3 == 0)
            options.issueDate = QDate(2024, 3, 15);
        const ParsedPage parsed = parsePage(page, options);
        const QString report = test::nothingLostReport(page, parsed);
        ASSERT_EQ(report, QString()) << "page " << i << ":\n" << page.toStdString();
        articles += static_cast<int>(parsed.articles.size());
        for (const ParsedArticle &a : parsed.articles) {
            for (const Section &s : a.sections)
                ASSERT_LE(s.firstParagraph, a.paragraphs.size());
            for (const QString &p : a.paragraphs)
                ASSERT_FALSE(p.trimmed().isEmpty());
        }
    }
    EXPECT_GT(articles, 10000);
}

TEST(NothingLost, GeneratedPagesWithoutMutationSplitAtEveryDatelineAndByline)
{
    // Unmutated pages with a dateline on every article must give at least as many articles as datelines.
    test::PageGenerator generator(7);
    for (int i = 0; i < 500; ++i) {
        const QString page = generator.page();
        const ParsedPage parsed = parsePage(page);
        const qsizetype datelines = page.count(u"本刊讯"_s) + page.count(u"本报讯"_s);
        EXPECT_GE(parsed.articles.size(), datelines) << page.toStdString();
    }
}

} // namespace
