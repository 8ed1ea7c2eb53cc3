// libFuzzer target: the page parser never crashes and never loses or invents a character.
#include "bulletin/pageparser.h"

#include <QString>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

void appendContent(QString &out, QStringView text)
{
    for (const QChar ch : text) {
        if (!ch.isSpace())
            out.append(ch);
    }
}

// The input's content characters: everything but whitespace and Markdown heading markers.
QString inputContent(QStringView text)
{
    QString out;
    qsizetype pos = 0;
    while (pos <= text.size()) {
        qsizetype newline = text.indexOf(u'\n', pos);
        if (newline < 0)
            newline = text.size();
        QStringView line = text.sliced(pos, newline - pos).trimmed();
        pos = newline + 1;
        qsizetype hashes = 0;
        while (hashes < line.size() && line.at(hashes) == u'#')
            ++hashes;
        if (hashes >= 1 && hashes <= 6 && (hashes == line.size() || line.at(hashes).isSpace()))
            line = line.sliced(hashes);
        appendContent(out, line);
    }
    return out;
}

QString outputContent(const za::bulletin::ParsedPage &page)
{
    QString out;
    appendContent(out, page.mastheadText);
    for (const auto &a : page.articles) {
        for (const QString *field : {&a.kicker, &a.headline, &a.subtitle, &a.dateline, &a.byline,
                                     &a.continuedFromMarker, &a.continuedToMarker})
            appendContent(out, *field);
        for (const auto &section : a.sections)
            appendContent(out, section.subheading);
        for (const QString &paragraph : a.paragraphs)
            appendContent(out, paragraph);
    }
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString text =
        QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    za::bulletin::ParseOptions options;
    if (size > 0 && data[0] % 2)
        options.issueDate = QDate(2023, 5, 25);
    const auto page = za::bulletin::parsePage(text, options);
    QString in = inputContent(text);
    QString out = outputContent(page);
    std::sort(in.begin(), in.end());
    std::sort(out.begin(), out.end());
    if (in != out)
        std::abort(); // a character was lost or duplicated
    for (const auto &a : page.articles) {
        for (const auto &section : a.sections) {
            if (section.firstParagraph > a.paragraphs.size())
                std::abort();
        }
    }
    return 0;
}
