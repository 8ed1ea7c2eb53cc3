#include "pagetestsupport.h"

#include <QFile>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace za::bulletin::test {
namespace {

QString readUtf8(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

void appendNonSpace(QString &out, QStringView text)
{
    for (const QChar ch : text) {
        if (!ch.isSpace())
            out.append(ch);
    }
}

QString sorted(QString text)
{
    std::sort(text.begin(), text.end());
    return text;
}

} // namespace

QString readSharedSample(const QString &relativePath)
{
    return readUtf8(QString::fromUtf8(ZA_SHARED_DIR) + u'/' + relativePath);
}

QString readSourceFile(const QString &relativePath)
{
    return readUtf8(QString::fromUtf8(ZA_SOURCE_DIR) + u'/' + relativePath);
}

QString contentCharacters(QStringView pageText)
{
    QString out;
    out.reserve(pageText.size());
    qsizetype pos = 0;
    while (pos <= pageText.size()) {
        qsizetype newline = pageText.indexOf(u'\n', pos);
        if (newline < 0)
            newline = pageText.size();
        QStringView line = pageText.sliced(pos, newline - pos).trimmed();
        pos = newline + 1;
        // A Markdown heading marker: one to six '#' then whitespace or the end of the line.
        qsizetype hashes = 0;
        while (hashes < line.size() && line.at(hashes) == u'#')
            ++hashes;
        if (hashes >= 1 && hashes <= 6 && (hashes == line.size() || line.at(hashes).isSpace()))
            line = line.sliced(hashes);
        appendNonSpace(out, line);
    }
    return out;
}

QString outputCharacters(const ParsedPage &page)
{
    QString out;
    appendNonSpace(out, page.mastheadText);
    for (const ParsedArticle &a : page.articles) {
        for (const QString *field : {&a.kicker, &a.headline, &a.subtitle, &a.dateline, &a.byline,
                                     &a.continuedFromMarker, &a.continuedToMarker})
            appendNonSpace(out, *field);
        for (const Section &section : a.sections)
            appendNonSpace(out, section.subheading);
        for (const QString &paragraph : a.paragraphs)
            appendNonSpace(out, paragraph);
    }
    return out;
}

QString nothingLostReport(QStringView pageText, const ParsedPage &page)
{
    const QString in = sorted(contentCharacters(pageText));
    const QString out = sorted(outputCharacters(page));
    if (in == out)
        return {};
    QString missing, extra;
    std::set_difference(in.begin(), in.end(), out.begin(), out.end(), std::back_inserter(missing));
    std::set_difference(out.begin(), out.end(), in.begin(), in.end(), std::back_inserter(extra));
    return u"missing: "_s + missing.left(200) + u" | extra: "_s + extra.left(200);
}

QString describe(const ParsedPage &page)
{
    QString out;
    if (!page.mastheadText.isEmpty())
        out += u"[masthead] "_s + page.mastheadText + u'\n';
    for (qsizetype i = 0; i < page.articles.size(); ++i) {
        const ParsedArticle &a = page.articles.at(i);
        out += u"--- article "_s + QString::number(i) + u'\n';
        out += u"kicker: "_s + a.kicker + u"\nheadline: "_s + a.headline + u"\ndateline: "_s + a.dateline +
               u" date: "_s + a.date.toIso() + u"\nbyline: "_s + a.byline + u" authors: "_s +
               a.authors.join(u'|') + u"\nfrom: "_s + a.continuedFrom + u" to: "_s + a.continuedTo + u'\n';
        for (const Section &s : a.sections)
            out += u"  section @"_s + QString::number(s.firstParagraph) + u": "_s + s.subheading + u'\n';
        for (const QString &p : a.paragraphs)
            out += u"  ¶ "_s + p.left(30) + u" … "_s + p.right(20) + u'\n';
        for (const QString &w : a.warnings)
            out += u"  ! "_s + w + u'\n';
    }
    return out;
}

PageGenerator::PageGenerator(std::uint64_t seed)
    : m_state(seed * 0x9E3779B97F4A7C15ULL + 1)
{}

std::uint64_t PageGenerator::next()
{
    // splitmix64: deterministic across platforms, unlike std::uniform_int_distribution.
    std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

QString PageGenerator::phrase(int minChars, int maxChars)
{
    static const QString pool =
        u"开发区园区项目建设招商引资企业服务产业链绿色低碳转型发展改革创新科技数字经济"
        u"营商环境管委会工委调研推进会议部署安全生产重点工作高质量新材料装备制造"_s;
    const int length = minChars + below(maxChars - minChars + 1);
    QString out;
    for (int i = 0; i < length; ++i)
        out.append(pool.at(below(static_cast<int>(pool.size()))));
    return out;
}

QString PageGenerator::name()
{
    static const QString surnames = u"王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗"_s;
    static const QString given = u"明华强伟芳敏静丽军勇杰涛艳斌峰平"_s;
    QString out(surnames.at(below(static_cast<int>(surnames.size()))));
    const int length = 1 + below(2);
    for (int i = 0; i < length; ++i)
        out.append(given.at(below(static_cast<int>(given.size()))));
    return out;
}

QString PageGenerator::sentence()
{
    static const QStringList tails = {u"。"_s, u"。"_s, u"！"_s, u"；"_s, u"。”"_s};
    QString out = phrase(4, 12);
    const int clauses = below(3);
    for (int i = 0; i < clauses; ++i) {
        out += (below(4) == 0 ? u"、"_s : u"，"_s) + phrase(3, 14);
        if (below(6) == 0)
            out += u' ' + QString::number(below(100000)) + u" 平方米"_s;
    }
    return out + tails.at(below(static_cast<int>(tails.size())));
}

QString PageGenerator::paragraph()
{
    QString out;
    const int sentences = 1 + below(4);
    for (int i = 0; i < sentences; ++i)
        out += sentence();
    return out;
}

QString PageGenerator::page()
{
    QString out;
    const int articles = 1 + below(5);
    for (int a = 0; a < articles; ++a) {
        const int headingStyle = below(5);
        if (headingStyle == 1)
            out += u"## "_s + phrase(6, 14) + u"\n\n"_s;
        if (headingStyle == 2)
            out += phrase(5, 9) + u"\n\n"_s;
        if (headingStyle != 4)
            out += (below(2) ? u"# "_s : u"## "_s) + phrase(8, 16) + u' ' + phrase(4, 10) + u"\n\n"_s;
        QString first = paragraph();
        switch (below(6)) {
        case 0:
            first = u"本刊讯 "_s + QString::number(1 + below(12)) + u"月"_s + QString::number(1 + below(28)) +
                    u"日，"_s + first;
            break;
        case 1:
            first = u"本报讯（记者 "_s + name() + u"）"_s + first;
            break;
        case 2:
            first = u"(上接 D"_s + QString::number(1 + below(4)) + u" 版)"_s + first;
            break;
        case 3:
            first = u"记者 "_s + name() + u" 报道 "_s + first;
            break;
        default:
            break;
        }
        out += first + u"\n\n"_s;
        const int paragraphs = below(5);
        for (int p = 0; p < paragraphs; ++p) {
            if (below(5) == 0)
                out += (below(2) ? u"## "_s : u""_s) + phrase(5, 12) + u"\n\n"_s;
            out += paragraph() + u"\n\n"_s;
        }
        switch (below(5)) {
        case 0:
            out.chop(2);
            out += u"("_s + name() + u")\n\n"_s;
            break;
        case 1:
            out.chop(2);
            out += u"（"_s + name() + u" "_s + name() + u"）\n\n"_s;
            break;
        case 2:
            out += name() + u"\n\n"_s;
            break;
        case 3:
            out.chop(2);
            out += u"(下转 D"_s + QString::number(2 + below(4)) + u" 版)\n\n"_s;
            break;
        default:
            break;
        }
        if (headingStyle == 4 && below(2) == 0)
            out += u"## "_s + phrase(8, 16) + u"\n\n"_s;
    }
    return out;
}

QString PageGenerator::mutate(const QString &page)
{
    QString out = page;
    const int mutations = 1 + below(4);
    static const QStringList noise = {u"。"_s,   u"，"_s,   u"（"_s,   u"）"_s,     u"("_s,     u")"_s,
                                      u"“"_s,    u"”"_s,    u"——"_s,   u"#"_s,      u"## "_s,   u"\n"_s,
                                      u"\n\n"_s, u"  \n"_s, u"、"_s,   u"本刊讯"_s, u"(上接"_s, u"版)"_s,
                                      u"！"_s,   u"…"_s,    u"\r\n"_s, u"\u3000"_s, u"###"_s,   u"记者 "_s};
    for (int m = 0; m < mutations && !out.isEmpty(); ++m) {
        const qsizetype at = below(static_cast<int>(out.size()));
        switch (below(5)) {
        case 0: // split a paragraph mid-sentence (a column break)
            out.insert(at, u"\n\n"_s);
            break;
        case 1: // a heading dropped into the middle of a paragraph
            out.insert(at, u"\n\n## "_s + phrase(6, 14) + u"\n\n"_s);
            break;
        case 2: { // delete a blank line
            const qsizetype blank = out.indexOf(u"\n\n"_s, at);
            if (blank >= 0)
                out.remove(blank, 1);
            break;
        }
        case 3: // stray punctuation or markup
            out.insert(at, noise.at(below(static_cast<int>(noise.size()))));
            break;
        default: { // swap two paragraphs (headline after its body)
            const QStringList parts = out.split(u"\n\n"_s);
            if (parts.size() < 2)
                break;
            QStringList swapped = parts;
            const int i = below(static_cast<int>(parts.size() - 1));
            swapped.swapItemsAt(i, i + 1);
            out = swapped.join(u"\n\n"_s);
            break;
        }
        }
    }
    return out;
}

} // namespace za::bulletin::test
