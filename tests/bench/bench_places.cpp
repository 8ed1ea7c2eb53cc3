// Throughput of za::places: gazetteer load time and article analysis (articles/s).
#include "places/analyzer.h"

#include <benchmark/benchmark.h>

using namespace za::places;
using namespace Qt::StringLiterals;

namespace {

// A synthetic article shaped like a bulletin report (zone in the headline, anaphora, figures).
ArticleText sampleArticle()
{
    ArticleText a;
    a.kicker = u"晋城经济技术开发区"_s;
    a.headline = u"全力推动开发区高质量发展"_s;
    a.paragraphs = {
        u"本刊讯 今年以来，晋城经开区围绕招商引资、项目建设、营商环境等重点工作，一季度工业投资完成5.2亿元，同比增长18.3%。"_s,
        u"该园区聚焦产业链延链补链，引进链主企业3家，签约项目12个，总投资46亿元；同时深化“放管服”改革，推行全程代办。"_s,
        u"下一步，开发区将对标苏州高新区，加快标准厂房建设，新建厂房4万平方米，确保社会长治久安和园区安全生产。"_s,
        u"阳泉市郊区、高平市和泽州县有关负责人参加会议，考察团一行参观了企业研发中心。"_s,
    };
    return a;
}

void BM_GazetteerLoad(benchmark::State &state)
{
    const QByteArray pack = Gazetteer::embeddedPack();
    for (auto _ : state) {
        Gazetteer g(pack);
        benchmark::DoNotOptimize(g.places().size());
    }
}
BENCHMARK(BM_GazetteerLoad)->Unit(benchmark::kMillisecond);

void BM_AnalyzeArticle(benchmark::State &state)
{
    const Analyzer &analyzer = Analyzer::instance();
    const ArticleText article = sampleArticle();
    const AnalysisContext context{u"山西省"_s};
    for (auto _ : state) {
        ArticleAnalysis r = analyzer.analyze(article, context);
        benchmark::DoNotOptimize(r.zones.size());
    }
    state.SetItemsProcessed(state.iterations()); // items/s = articles/s
}
BENCHMARK(BM_AnalyzeArticle)->Unit(benchmark::kMicrosecond);

void BM_ClassifyThemes(benchmark::State &state)
{
    const Classifier &classifier = Analyzer::instance().classifier();
    const ArticleText article = sampleArticle();
    QList<QStringView> body;
    for (const QString &p : article.paragraphs)
        body.append(p);
    for (auto _ : state) {
        QList<ThemeScore> themes = classifier.classify({article.headline}, body);
        benchmark::DoNotOptimize(themes.size());
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_ClassifyThemes)->Unit(benchmark::kMicrosecond);

} // namespace

BENCHMARK_MAIN();
