#include "library/importer.h"
#include "library/library.h"
#include "library/review.h"
#include "library/reviewreport.h"
#include "ui/report/pdfreport.h"

#include <QFile>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Page objects of a PDF ("/Type /Page", not the "/Type /Pages" tree).
int pageObjects(const QByteArray &pdf)
{
    int count = 0;
    for (qsizetype at = pdf.indexOf("/Type /Page"); at >= 0; at = pdf.indexOf("/Type /Page", at + 1)) {
        if (pdf.mid(at + 11, 1) != "s")
            ++count;
    }
    return count;
}

QByteArray page(int articles)
{
    QString text;
    for (int i = 0; i < articles; ++i) {
        text +=
            u"## 开发区第%1项工作推进会\n\n本刊讯 开发区召开第%1次重点项目推进会，部署下一阶段任务。\n\n"
            "会议要求加快项目建设进度，确保年内投产见效。\n\n园区新增入驻企业十家，预计年产值超过五亿元。(记者 王明)\n\n"_s
                .arg(i + 1);
    }
    return text.toUtf8();
}

TEST(PdfReport, WritesA4PagesWithChineseText)
{
    QTemporaryDir dir;
    QString html =
        u"<html><head><title>审阅报告</title></head><body><h1>审阅报告 &lt;第18期&gt;</h1><table>"_s;
    for (int row = 0; row < 300; ++row)
        html += u"<tr><td>第%1行</td><td>开发区召开重点项目推进会，部署下一阶段任务。</td></tr>"_s.arg(row);
    html += u"</table></body></html>"_s;
    const QString path = dir.filePath(u"report.pdf"_s);
    QString error;
    const int pages = za::report::writePdf(html, path, &error);
    ASSERT_GT(pages, 1) << error.toStdString(); // 300 rows do not fit on one A4 page
    const QByteArray pdf = readAll(path);
    EXPECT_TRUE(pdf.startsWith("%PDF-"));
    EXPECT_EQ(pageObjects(pdf), pages);
    EXPECT_TRUE(pdf.contains("/MediaBox [0 0 595")) << "A4 is 595 x 842 points";
    // Where the Noto CJK fonts are installed (Debian: fonts-noto-cjk), the Chinese text is set in them.
    if (QFontDatabase::families().contains(u"Noto Serif CJK SC"_s)) {
        EXPECT_TRUE(pdf.contains("/BaseFont /NotoSerifCJK"));
    }
}

TEST(PdfReport, UnwritablePathFails)
{
    QString error;
    EXPECT_EQ(za::report::writePdf(u"<p>x</p>"_s, u"/nonexistent-dir/sub/report.pdf"_s, &error), 0);
    EXPECT_FALSE(error.isEmpty());
}

TEST(PdfReport, ReviewReportOfAnIssue)
{
    QTemporaryDir dir;
    za::library::Library library(dir.filePath(u"lib.zarchive"_s));
    QString error;
    ASSERT_TRUE(library.open(za::library::OpenMode::OpenOrCreate, &error)) << error.toStdString();
    za::library::ImportOptions options;
    options.meta.bulletin = u"测试简报"_s;
    options.meta.issueNo = u"18"_s;
    options.meta.issueDate = QDate(2023, 5, 12);
    options.meta.page = u"D1"_s;
    za::library::Importer importer(library);
    ASSERT_EQ(importer.importBytes(u"D1.md"_s, page(3), {}, options).status,
              za::library::ImportStatus::Imported);
    za::library::ReviewStore store(library);
    const qint64 id = library.articleSummaries().constFirst().id;
    za::library::FieldCorrection c;
    c.headline = u"更正后的标题"_s;
    ASSERT_EQ(store.correct(id, c, u"张编辑"_s), 1);
    ASSERT_GT(store.addNote(id, u"核对日期"_s, u"张编辑"_s), 0);

    za::library::ReviewReport report;
    ASSERT_TRUE(za::library::buildReviewReport(library, {u"测试简报"_s, u"18"_s, {}}, &report, &error))
        << error.toStdString();
    const QString path = dir.filePath(u"issue.pdf"_s);
    ASSERT_GT(za::report::writePdf(report.toHtml(), path, &error), 0) << error.toStdString();
    EXPECT_TRUE(readAll(path).startsWith("%PDF-"));
}

TEST(PdfReport, CliExportsPdf)
{
    QTemporaryDir dir;
    const QString source = dir.filePath(u"D1.md"_s);
    {
        QFile file(source);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(page(2));
    }
    const QString library = dir.filePath(u"lib.zarchive"_s);
    const auto cli = [&](const QStringList &arguments) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        // The CLI must choose the offscreen platform by itself: no display, nothing set.
        env.remove(u"QT_QPA_PLATFORM"_s);
        env.remove(u"DISPLAY"_s);
        env.remove(u"WAYLAND_DISPLAY"_s);
        env.insert(u"LANGUAGE"_s, u"en"_s);
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(ZA_CLI_PATH), QStringList{u"--library"_s, library} + arguments);
        EXPECT_TRUE(process.waitForFinished(60000));
        EXPECT_EQ(process.exitStatus(), QProcess::NormalExit);
        if (process.exitCode() != 0)
            ADD_FAILURE() << process.readAllStandardError().toStdString();
        return process.exitCode();
    };
    ASSERT_EQ(cli({u"import"_s, u"--bulletin"_s, u"简报"_s, u"--issue-no"_s, u"5"_s, u"--page"_s, u"D1"_s,
                   u"--issue-date"_s, u"2023-05-12"_s, source}),
              0);
    const QString pdf = dir.filePath(u"review.pdf"_s);
    ASSERT_EQ(cli({u"export"_s, u"--bulletin"_s, u"简报"_s, u"--issue-no"_s, u"5"_s, u"--format"_s, u"pdf"_s,
                   u"--output"_s, pdf}),
              0);
    const QByteArray bytes = readAll(pdf);
    EXPECT_TRUE(bytes.startsWith("%PDF-"));
    EXPECT_GT(pageObjects(bytes), 0);
}

} // namespace

int main(int argc, char *argv[])
{
    // Fonts and PDF painting need a QGuiApplication; no display is needed.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
