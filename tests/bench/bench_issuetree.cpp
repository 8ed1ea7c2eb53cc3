// The issue browser's tree at library scale: building it from the article summaries and showing each
// issue's review progress, both on the GUI thread when the library changes. Synthetic summaries shaped
// like a bulletin archive (20 pages of ~7 articles per issue, weekly issues, several bulletins).
#include "ui/issuebrowser.h"

#include <QApplication>

#include <benchmark/benchmark.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

struct Archive
{
    QList<za::library::ArticleSummary> articles;
    QList<za::library::IssueProgress> progress;
};

Archive makeArchive(qint64 count)
{
    Archive a;
    qint64 id = 1;
    for (int issue = 0; id <= count; ++issue) {
        const QString bulletin = u"简报%1"_s.arg(issue % 4);
        const QString date = QDate(2015, 1, 1).addDays(issue * 2).toString(Qt::ISODate);
        const QString number = QString::number(issue / 4 + 1);
        for (int page = 0; page < 20 && id <= count; ++page) {
            for (int k = 0; k < 7 && id <= count; ++k) {
                za::library::ArticleSummary s;
                s.id = id++;
                s.bulletin = bulletin;
                s.issueDate = date;
                s.issueNo = number;
                s.page = u"D%1"_s.arg(page + 1);
                s.headline = u"开发区重点项目建设推进会召开第%1次"_s.arg(s.id);
                a.articles << s;
            }
        }
        za::library::IssueProgress p;
        p.bulletin = bulletin;
        p.issueNo = number;
        p.issueDate = date;
        p.articles = 140;
        p.approved = issue % 140;
        a.progress << p;
    }
    return a;
}

// Off the GUI thread: building the items.
void BM_IssueTreeBuild(benchmark::State &state)
{
    const Archive archive = makeArchive(state.range(0));
    for (auto _ : state)
        benchmark::DoNotOptimize(za::ui::IssueTreeModel::build(archive.articles));
    state.counters["articles"] = double(archive.articles.size());
}
BENCHMARK(BM_IssueTreeBuild)->Arg(10000)->Arg(150000)->Unit(benchmark::kMillisecond);

// On the GUI thread: the model lets go of the old tree, adopts the new one and shows each issue's
// progress.
void BM_IssueTreeAdoptAndProgress(benchmark::State &state)
{
    const Archive archive = makeArchive(state.range(0));
    for (auto _ : state) {
        state.PauseTiming();
        auto tree = za::ui::IssueTreeModel::build(archive.articles);
        auto model = std::make_unique<za::ui::IssueTreeModel>();
        model->setTree(za::ui::IssueTreeModel::build(archive.articles)); // the tree being replaced
        state.ResumeTiming();
        model->setTree(tree);
        model->setProgress(archive.progress);
        benchmark::DoNotOptimize(model->rowCount());
        state.PauseTiming();
        model.reset();
        state.ResumeTiming();
    }
    state.counters["issues"] = double(archive.progress.size());
}
BENCHMARK(BM_IssueTreeAdoptAndProgress)->Arg(10000)->Arg(150000)->Unit(benchmark::kMillisecond);

void BM_IssueTreeFindArticle(benchmark::State &state)
{
    const Archive archive = makeArchive(state.range(0));
    za::ui::IssueTreeModel model;
    model.setArticles(archive.articles);
    qint64 id = 1;
    for (auto _ : state) {
        benchmark::DoNotOptimize(model.indexOfArticle(id));
        id = id * 7919 % state.range(0) + 1;
    }
}
BENCHMARK(BM_IssueTreeFindArticle)->Arg(100000)->Unit(benchmark::kMicrosecond);

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
