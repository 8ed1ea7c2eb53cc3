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
        2);

    r = run({u"reprints"_s, u"--json"_s});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.json().array().isEmpty());
    r = run({u"progress"_s, u"--json"_s});
    EXPECT_EQ(r.json().array().at(0).toObject().value(u"approved"_s).toInt(), 1);
}

} // namespace
