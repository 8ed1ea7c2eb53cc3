#include "ui/importservice.h"

#include <QTest>

using namespace Qt::StringLiterals;
using za::library::FileImportResult;
using za::library::ImportStatus;
using za::ui::ImportSummary;

class TestImportSummary final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countsEveryKindOfResult()
    {
        ImportSummary summary;
        const auto result = [](ImportStatus status, int articles, QStringList warnings) {
            FileImportResult r;
            r.path = u"/p/%1.md"_s.arg(int(status));
            r.status = status;
            r.articles = articles;
            r.message = u"done"_s;
            r.warnings = warnings;
            return r;
        };
        summary.add(result(ImportStatus::Imported, 5, {u"headline guessed"_s}));
        summary.add(result(ImportStatus::Replaced, 3, {}));
        summary.add(result(ImportStatus::AlreadyImported, 0, {}));
        summary.add(result(ImportStatus::Failed, 0, {}));
        summary.add(result(ImportStatus::Skipped, 0, {}));
        QCOMPARE(summary.added, 2);
        QCOMPARE(summary.alreadyImported, 1);
        QCOMPARE(summary.failed, 1);
        QCOMPARE(summary.articles, 8);
        QCOMPARE(summary.warnings, 1);
        QCOMPARE(summary.report.size(), 6);
        QCOMPARE(summary.report.at(1), u"    ⚠ headline guessed"_s);
        QCOMPARE(summary.omittedLines, 0);
    }

    // A very large import keeps its counts exact and only the report's first lines.
    void reportIsCappedCountsAreNot()
    {
        ImportSummary summary;
        FileImportResult r;
        r.status = ImportStatus::Imported;
        r.articles = 2;
        r.warnings = {u"w"_s};
        const int files = ImportSummary::kMaxReportLines; // two lines each
        for (int i = 0; i < files; ++i) {
            r.path = u"/p/%1.md"_s.arg(i);
            summary.add(r);
        }
        QCOMPARE(summary.added, files);
        QCOMPARE(summary.articles, 2 * files);
        QCOMPARE(summary.warnings, files);
        QCOMPARE(summary.report.size(), ImportSummary::kMaxReportLines);
        QCOMPARE(summary.omittedLines, files);
    }
};

QTEST_GUILESS_MAIN(TestImportSummary)
#include "tst_importsummary.moc"
