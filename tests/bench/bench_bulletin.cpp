// Throughput of the import path for one page: decode (UTF-8 and GB18030), parse, fold for search.
#include "bulletin/pageparser.h"
#include "text/encoding.h"
#include "text/fold.h"

#include <benchmark/benchmark.h>
#include <unicode/ucnv.h>

#include <cstdint>

using namespace Qt::StringLiterals;

namespace {

// A page with the usual layout damage: kickers, cut paragraphs, subheadings, bylines, continuations.
QString generatedPage(int articles)
{
    static const QString words =
        u"开发区园区项目建设招商引资企业服务产业链绿色低碳转型发展改革创新科技数字经济"
        u"营商环境管委会调研推进会议部署安全生产重点工作高质量新材料装备制造"_s;
    std::uint64_t state = 12345;
    auto next = [&state](int n) {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return static_cast<int>((state >> 33) % static_cast<std::uint64_t>(n));
    };
    auto phrase = [&](int length) {
        QString out;
        for (int i = 0; i < length; ++i)
            out.append(words.at(next(static_cast<int>(words.size()))));
        return out;
    };
    QString page;
    for (int a = 0; a < articles; ++a) {
        if (a % 3 == 0)
            page += phrase(7) + u"\n\n"_s;
        page += u"## "_s + phrase(12) + u' ' + phrase(8) + u"\n\n"_s;
        page += (a % 5 == 4 ? u"(上接 D1 版)"_s : u"本刊讯 5月"_s + QString::number(1 + a % 28) + u"日，"_s);
        for (int p = 0; p < 6; ++p) {
            page += phrase(20) + u"，"_s + phrase(25) + u" 2023 年"_s + phrase(15);
            page += (p % 3 == 1) ? u"\n\n"_s : u"。\n\n"_s; // every third paragraph is cut by a column
            if (p == 3)
                page += u"## "_s + phrase(7) + u' ' + phrase(7) + u"\n\n"_s;
        }
        page.chop(2);
        page += (a % 2 ? u"(温泉 王彦凯)\n\n"_s : u"\n\n吕平\n\n"_s);
    }
    return page;
}

QByteArray toGb18030(const QString &text)
{
    UErrorCode status = U_ZERO_ERROR;
    UConverter *converter = ucnv_open("GB18030", &status);
    QByteArray out(text.size() * 4, '\0');
    const int32_t length = ucnv_fromUChars(converter, out.data(), static_cast<int32_t>(out.size()),
                                           reinterpret_cast<const UChar *>(text.constData()),
                                           static_cast<int32_t>(text.size()), &status);
    ucnv_close(converter);
    out.truncate(length);
    return out;
}

void runImport(benchmark::State &state, const QByteArray &bytes, bool fold)
{
    for (auto _ : state) {
        const auto decoded = za::text::decode(bytes);
        const auto page = za::bulletin::parsePage(decoded.decoded.text, {});
        benchmark::DoNotOptimize(page.articles.size());
        if (fold) {
            for (const auto &article : page.articles) {
                for (const QString &paragraph : article.paragraphs)
                    benchmark::DoNotOptimize(za::text::foldForSearch(paragraph));
            }
        }
    }
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * bytes.size());
}

void BM_DecodeParseUtf8(benchmark::State &state)
{
    runImport(state, generatedPage(static_cast<int>(state.range(0))).toUtf8(), false);
}
BENCHMARK(BM_DecodeParseUtf8)->Arg(10)->Arg(1000);

void BM_DecodeParseGb18030(benchmark::State &state)
{
    runImport(state, toGb18030(generatedPage(static_cast<int>(state.range(0)))), false);
}
BENCHMARK(BM_DecodeParseGb18030)->Arg(10)->Arg(1000);

void BM_DecodeParseFold(benchmark::State &state)
{
    runImport(state, generatedPage(static_cast<int>(state.range(0))).toUtf8(), true);
}
BENCHMARK(BM_DecodeParseFold)->Arg(10)->Arg(1000);

void BM_ParseOnly(benchmark::State &state)
{
    const QString page = generatedPage(static_cast<int>(state.range(0)));
    for (auto _ : state)
        benchmark::DoNotOptimize(za::bulletin::parsePage(page, {}).articles.size());
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * page.toUtf8().size());
}
BENCHMARK(BM_ParseOnly)->Arg(1000);

} // namespace

BENCHMARK_MAIN();
