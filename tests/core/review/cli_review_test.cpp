#include "cli/cli.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

struct CliRun
{
    int code = -1;
    QString out;
    QString err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out.toUtf8()); }
};

class ReviewCliTest : public ::testing::Test
{
protected:
    CliRun run(QStringList args)
    {
        CliRun r;
        QTextStream out(&r.out);
        QTextStream err(&r.err);
        args.prepend(m_dir.filePath(u"lib.zarchive"_s));
        args.prepend(u"--library"_s);
        r.code = za::cli::run(QStringList{u"zonearchive-cli"_s} + args, out, err);
        out.flush();
        err.flush();
        return r;
    }
    QString write(const QString &name, const QString &text)
    {
        QFile f(m_dir.filePath(name));
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(text.toUtf8());
        return f.fileName();
    }
    QTemporaryDir m_dir;
};

TEST_F(ReviewCliTest, ReviewWorkflow)
{
    const QString page =
        write(u"page.md"_s,
              u"## 开发区召开项目推进会\n\n本刊讯 "
              u"5月10日，某某经济技术开发区召开重点项目推进会，研究部署下一阶段工作任务，"
              "要求各部门加快项目建设进度，确保年内投产见效。\n\n会议指出，要持续优化营商环境，强化要素保障。"
              "(记者 王明)\n\n"
              "## 园区新增企业十家\n\n本刊讯 今年以来，园区新增入驻企业十家，涵盖新材料、装备制造等领域，"
              "预计年产值超过五亿元。(记者 李华)\n\n"_s);
    ASSERT_EQ(run({u"import"_s, u"--bulletin"_s, u"简报"_s, u"--issue-no"_s, u"5"_s, u"--page"_s, u"D1"_s,
                   u"--issue-date"_s, u"2023-05-12"_s, page})
                  .code,
              0);
    const CliRun list = run({u"articles"_s, u"--json"_s});
    const QJsonArray articles =
        list.json().isArray() ? list.json().array() : list.json().object().value(u"articles"_s).toArray();
    ASSERT_EQ(articles.size(), 2) << list.out.toStdString();
    const QString id = QString::number(articles.at(0).toObject().value(u"id"_s).toInteger());

    CliRun r = run({u"review"_s, id, u"--status"_s, u"approved"_s, u"--by"_s, u"张编辑"_s, u"--json"_s});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_EQ(r.json().object().value(u"status"_s).toString(), u"approved"_s);
    EXPECT_EQ(r.json().object().value(u"reviewer"_s).toString(), u"张编辑"_s);
    EXPECT_EQ(run({u"review"_s, id, u"--status"_s, u"maybe"_s}).code, 2);

    const QString body = write(u"body.txt"_s, u"更正后的正文第一段。\n\n第二段。"_s);
    r = run({u"correct"_s, id, u"--headline"_s, u"更正标题"_s, u"--body-file"_s, body, u"--authors"_s,
             u"王明,李华"_s, u"--json"_s});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_EQ(r.json().object().value(u"revision"_s).toInt(), 1);
    r = run({u"revisions"_s, id, u"--json"_s});
    ASSERT_EQ(r.json().array().size(), 2);
    EXPECT_EQ(r.json().array().at(1).toObject().value(u"fields"_s).toObject().value(u"headline"_s).toString(),
              u"更正标题"_s);
    r = run({u"search"_s, u"更正后的正文"_s, u"--json"_s});
    EXPECT_TRUE(r.out.contains(u"更正标题"_s)) << r.out.toStdString();
    r = run({u"restore"_s, id, u"0"_s, u"--json"_s});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_EQ(r.json().object().value(u"revision"_s).toInt(), 2);
    ASSERT_EQ(run({u"correct"_s, id, u"--headline"_s, u"最终标题"_s}).code, 0);

    r = run({u"tag"_s, id, u"--add-theme"_s, u"营商环境专题"_s, u"--json"_s});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.json().object().value(u"themes"_s).toArray().contains(u"营商环境专题"_s));

    r = run({u"note"_s, id, u"核对日期"_s, u"--from"_s, u"0"_s, u"--to"_s, u"3"_s, u"--json"_s});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_EQ(r.json().array().size(), 1);
    r = run({u"notes"_s, u"日期"_s, u"--json"_s});
    EXPECT_EQ(r.json().array().size(), 1);

    r = run({u"check-issue"_s, u"--bulletin"_s, u"简报"_s, u"--issue-no"_s, u"5"_s, u"--json"_s});
    EXPECT_TRUE(r.json().object().contains(u"checks"_s)) << r.out.toStdString() << r.err.toStdString();
    EXPECT_EQ(run({u"check-issue"_s, u"--issue-no"_s, u"5"_s}).code, 2);

    r = run({u"export"_s, u"--bulletin"_s, u"简报"_s, u"--issue-no"_s, u"5"_s, u"--format"_s, u"csv"_s});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.startsWith(u"record,article"_s));
    EXPECT_TRUE(r.out.contains(u"correction,"_s + id + u",D1,最终标题"_s)) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(u"核对日期"_s));
    r = run({u"export"_s, u"--bulletin"_s, u"简报"_s, u"--issue-no"_s, u"5"_s, u"--json"_s});
    const QJsonArray exported = r.json().object().value(u"articles"_s).toArray();
    ASSERT_EQ(exported.size(), 2);
    EXPECT_EQ(
        run({u"export"_s, u"--bulletin"_s, u"简报"_s, u"--issue-no"_s, u"5"_s, u"--format"_s, u"pdf"_s}).code,
        2); // no --output
    EXPECT_EQ(
        run({u"export"_s, u"--bulletin"_s, u"简报"_s, u"--issue-no"_s, u"5"_s, u"--format"_s, u"docx"_s})
            .code,
        2);
    // Without a registered renderer (the real main registers one), PDF is refused with a reason.
    r = run({u"export"_s, u"--bulletin"_s, u"简报"_s, u"--issue-no"_s, u"5"_s, u"--format"_s, u"pdf"_s,
             u"--output"_s, m_dir.filePath(u"r.pdf"_s)});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains(u"PDF"_s)) << r.err.toStdString();
    EXPECT_FALSE(QFile::exists(m_dir.filePath(u"r.pdf"_s)));
    r = run({u"export"_s, u"--bulletin"_s, u"简报"_s, u"--issue-no"_s, u"5"_s, u"--format"_s, u"csv"_s,
             u"--output"_s, m_dir.filePath(u"r.csv"_s)});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    QFile csvFile(m_dir.filePath(u"r.csv"_s));
    ASSERT_TRUE(csvFile.open(QIODevice::ReadOnly));
    EXPECT_TRUE(QString::fromUtf8(csvFile.readAll()).contains(u"核对日期"_s));

    r = run({u"reprints"_s, u"--json"_s});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.json().array().isEmpty());
    r = run({u"progress"_s, u"--json"_s});
    EXPECT_EQ(r.json().array().at(0).toObject().value(u"approved"_s).toInt(), 1);
}

TEST_F(ReviewCliTest, MoveParagraph)
{
    const QString page =
        write(u"page.md"_s, u"## 开发区召开项目推进会\n\n第一段，部署下一阶段工作任务。\n\n"
                            u"第二段，园区新增入驻企业十家。\n\n第三段，确保年内投产见效。(记者 王明)\n\n"
                            u"## 园区新增企业十家\n\n今年以来，园区新增入驻企业。\n\n"
                            u"预计年产值超过五亿元。(记者 李华)\n\n"_s);
    ASSERT_EQ(run({u"import"_s, u"--bulletin"_s, u"简报"_s, u"--issue-no"_s, u"6"_s, u"--page"_s, u"D1"_s,
                   u"--issue-date"_s, u"2023-06-12"_s, page})
                  .code,
              0);
    const QJsonDocument list = run({u"articles"_s, u"--json"_s}).json();
    const QJsonArray articles = list.isArray() ? list.array() : list.object().value(u"articles"_s).toArray();
    ASSERT_EQ(articles.size(), 2);
    const QString a = QString::number(articles.at(0).toObject().value(u"id"_s).toInteger());
    const QString b = QString::number(articles.at(1).toObject().value(u"id"_s).toInteger());

    EXPECT_EQ(run({u"move-paragraph"_s, a, u"x"_s, b}).code, 2);
    EXPECT_EQ(run({u"move-paragraph"_s, a, u"1"_s}).code, 2);
    EXPECT_EQ(run({u"move-paragraph"_s, a, u"1"_s, b, u"--position"_s, u"-3"_s}).code, 2);
    CliRun r = run({u"move-paragraph"_s, a, u"1"_s, a});
    EXPECT_EQ(r.code, 1);
    EXPECT_FALSE(r.err.isEmpty());
    EXPECT_EQ(run({u"move-paragraph"_s, a, u"7"_s, b}).code, 1);

    r = run({u"move-paragraph"_s, a, u"1"_s, b, u"--position"_s, u"0"_s, u"--author"_s, u"张编辑"_s,
             u"--comment"_s, u"错分"_s, u"--json"_s});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_EQ(r.json().object().value(u"position"_s).toInt(), 0);
    EXPECT_EQ(r.json().object().value(u"revision"_s).toInt(), 1);
    EXPECT_EQ(r.json().object().value(u"target_revision"_s).toInt(), 1);
    r = run({u"revisions"_s, b, u"--json"_s});
    const QJsonArray revisions = r.json().array();
    ASSERT_EQ(revisions.size(), 2);
    const QJsonObject current = revisions.at(1).toObject();
    EXPECT_EQ(current.value(u"author"_s).toString(), u"张编辑"_s);
    EXPECT_TRUE(current.value(u"comment"_s).toString().contains(u"错分"_s));
    EXPECT_TRUE(current.value(u"fields"_s)
                    .toObject()
                    .value(u"body"_s)
                    .toString()
                    .startsWith(u"第二段，园区新增入驻企业十家。"_s));
    r = run({u"revisions"_s, a, u"1"_s});
    EXPECT_FALSE(r.out.contains(u"第二段"_s)) << r.out.toStdString();
    // The move appears in the review report as a body correction of both articles.
    r = run({u"export"_s, u"--bulletin"_s, u"简报"_s, u"--issue-no"_s, u"6"_s, u"--format"_s, u"csv"_s});
    EXPECT_EQ(r.out.count(u"correction,"_s), 2) << r.out.toStdString();
}

} // namespace
