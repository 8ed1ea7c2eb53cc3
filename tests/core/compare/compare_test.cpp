#include "compare/chardiff.h"
#include "compare/passages.h"
#include "compare/reprints.h"

#include <QRandomGenerator>
#include <QString>

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <vector>

using namespace Qt::StringLiterals;
using za::compare::DiffRun;

namespace {

// Applies a diff to the old text and returns what it rebuilds, so every diff can be checked exactly.
QString rebuild(const QString &oldText, const QString &newText, const QList<DiffRun> &runs)
{
    QString out;
    for (const DiffRun &run : runs) {
        if (run.kind == DiffRun::Kind::Equal)
            out += oldText.mid(run.start, run.length);
        else if (run.kind == DiffRun::Kind::Inserted)
            out += newText.mid(run.start, run.length);
    }
    return out;
}

// The old text is the Equal and Deleted runs, in order.
QString rebuildOld(const QString &oldText, const QList<DiffRun> &runs)
{
    QString out;
    for (const DiffRun &run : runs) {
        if (run.kind != DiffRun::Kind::Inserted)
            out += oldText.mid(run.start, run.length);
    }
    return out;
}

TEST(SharedPassages, FindsAReprintedParagraphInBothTexts)
{
    const QString shared =
        u"晋城市加强对接、跟进服务，科学选择投资方，以全程代办、专人追踪的服务为项目落地保驾护航。"_s;
    const QString a = u"本刊讯 高平市招商引资取得新进展。"_s + shared + u"(张三)"_s;
    const QString b = u"据了解，"_s + shared + u"下一步将继续努力。"_s;
    const auto passages = za::compare::sharedPassages(a, b, 12);
    ASSERT_EQ(passages.size(), 1);
    EXPECT_EQ(a.mid(passages[0].startA, passages[0].lengthA), shared);
    EXPECT_EQ(b.mid(passages[0].startB, passages[0].lengthB), shared);
    EXPECT_GT(za::compare::sharedFraction(b, passages), 0.7);
}

TEST(SharedPassages, IgnoresWhitespaceWidthAndTraditionalForms)
{
    const QString a = u"总投资5亿元的中信机电智能制造产业园已签订投资协议"_s;
    const QString b = u"總投資５億元的中信機電 智能製造產業園已簽訂投資協議"_s;
    const auto passages = za::compare::sharedPassages(a, b, 10);
    ASSERT_EQ(passages.size(), 1);
    EXPECT_EQ(passages[0].startA, 0);
    EXPECT_EQ(passages[0].lengthA, a.size());
    EXPECT_EQ(passages[0].lengthB, b.size());
}

TEST(SharedPassages, ShortCoincidencesAreNotShared)
{
    const auto passages =
        za::compare::sharedPassages(u"开发区召开会议，研究部署工作。"_s, u"园区召开会议，安排生产。"_s, 12);
    EXPECT_TRUE(passages.isEmpty());
    EXPECT_TRUE(za::compare::sharedPassages(u""_s, u"abc"_s).isEmpty());
}

TEST(CharDiff, CorrectionOfOneCharacter)
{
    const QString oldText = u"侯马经济开发区工业投资完成3.26亿元"_s;
    const QString newText = u"侯马经济开发区工业投资完成3.28亿元"_s;
    const auto runs = za::compare::charDiff(oldText, newText);
    ASSERT_EQ(runs.size(), 4);
    EXPECT_EQ(runs[1].kind, DiffRun::Kind::Deleted);
    EXPECT_EQ(oldText.mid(runs[1].start, runs[1].length), u"6"_s);
    EXPECT_EQ(runs[2].kind, DiffRun::Kind::Inserted);
    EXPECT_EQ(newText.mid(runs[2].start, runs[2].length), u"8"_s);
    EXPECT_EQ(rebuild(oldText, newText, runs), newText);
}

TEST(CharDiff, RandomEditsRebuildBothSides)
{
    QRandomGenerator rng(42);
    const QString alphabet = u"开发区招商引资项目建设营商环境，。ab12"_s;
    for (int round = 0; round < 300; ++round) {
        QString oldText;
        const int length = int(rng.bounded(60));
        for (int i = 0; i < length; ++i)
            oldText += alphabet.at(rng.bounded(alphabet.size()));
        QString newText = oldText;
        const int edits = int(rng.bounded(8));
        for (int e = 0; e < edits; ++e) {
            const int pos = newText.isEmpty() ? 0 : int(rng.bounded(newText.size()));
            if (rng.bounded(2) && !newText.isEmpty())
                newText.remove(pos, 1);
            else
                newText.insert(pos, alphabet.at(rng.bounded(alphabet.size())));
        }
        bool truncated = true;
        const auto runs = za::compare::charDiff(oldText, newText, 2000, &truncated);
        EXPECT_FALSE(truncated);
        EXPECT_EQ(rebuild(oldText, newText, runs), newText) << round;
        EXPECT_EQ(rebuildOld(oldText, runs), oldText) << round;
        qsizetype changed = 0;
        for (const DiffRun &run : runs) {
            if (run.kind != DiffRun::Kind::Equal)
                changed += run.length;
        }
        EXPECT_LE(changed, 2 * edits) << "a minimal diff never needs more than the edits made";
    }
}

TEST(CharDiff, TooManyEditsFallsBackToReplaceAll)
{
    QString a(500, u'甲');
    QString b(500, u'乙');
    bool truncated = false;
    const auto runs = za::compare::charDiff(a, b, 10, &truncated);
    EXPECT_TRUE(truncated);
    EXPECT_EQ(rebuild(a, b, runs), b);
}

// The index must return exactly the ids sharing at least one band (all kRowsPerBand values) with the
// signature: checked against a brute-force comparison, with enough articles that the band filter
// grows several times and signatures that share one band, several, or none.
TEST(ReprintIndex, CandidatesAreExactlyTheArticlesSharingABand)
{
    using za::compare::kBands;
    using za::compare::kRowsPerBand;
    using za::compare::MinHashSignature;
    std::mt19937 random(11);
    const auto randomSignature = [&random]() {
        MinHashSignature s;
        for (auto &v : s)
            v = za::compare::MinHashValue(random() % 50); // small values: chance agreements happen
        return s;
    };
    std::vector<MinHashSignature> stored;
    za::compare::ReprintIndex index;
    for (int i = 0; i < 20000; ++i) {
        MinHashSignature s = randomSignature();
        if (i > 0 && i % 3 == 0) { // copy a few bands of an earlier one
            const MinHashSignature &earlier = stored[std::size_t(random() % stored.size())];
            for (int b = 0, copies = int(random() % 3) + 1; b < copies; ++b) {
                const int band = int(random() % kBands);
                std::copy_n(earlier.begin() + band * kRowsPerBand, kRowsPerBand,
                            s.begin() + band * kRowsPerBand);
            }
        }
        index.add(1000 + i, s);
        stored.push_back(s);
    }
    const auto sharesBand = [](const MinHashSignature &a, const MinHashSignature &b) {
        for (int band = 0; band < kBands; ++band) {
            if (std::equal(a.begin() + band * kRowsPerBand, a.begin() + (band + 1) * kRowsPerBand,
                           b.begin() + band * kRowsPerBand))
                return true;
        }
        return false;
    };
    int withCandidates = 0;
    for (int q = 0; q < 300; ++q) {
        MinHashSignature probe = q % 2 ? randomSignature() : stored[std::size_t(random() % stored.size())];
        if (q % 4 == 0)
            probe[std::size_t(random() % probe.size())] ^= 1;
        std::vector<qint64> expected;
        for (std::size_t i = 0; i < stored.size(); ++i) {
            if (sharesBand(probe, stored[i]))
                expected.push_back(qint64(1000 + i));
        }
        std::vector<qint64> found = index.candidates(probe);
        std::sort(found.begin(), found.end());
        EXPECT_EQ(found, expected) << q;
        withCandidates += expected.empty() ? 0 : 1;
    }
    EXPECT_GT(withCandidates, 100);
    EXPECT_LT(withCandidates, 300);
}

} // namespace
