#include "places/figures.h"

#include "places/placesdata.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace za::places {

namespace {

int digitValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= 0xFF10 && u <= 0xFF19) // full-width digits
        return u - 0xFF10;
    return -1;
}

int chineseDigit(QChar c)
{
    static const QStringView digits = u"〇一二三四五六七八九";
    if (c == u'零')
        return 0;
    if (c == u'两')
        return 2;
    return int(digits.indexOf(c));
}

int chineseMultiplier(QChar c)
{
    switch (c.unicode()) {
    case u'十':
        return 10;
    case u'百':
        return 100;
    case u'千':
        return 1000;
    default:
        return 0;
    }
}

// Parses an Arabic number (with thousands separators and a decimal part) at `pos`.
std::optional<double> parseArabic(QStringView text, qsizetype &pos)
{
    qsizetype i = pos;
    QString digits;
    while (i < text.size()) {
        const QChar c = text.at(i);
        const int d = digitValue(c);
        if (d >= 0) {
            digits.append(QChar(u'0' + d));
        } else if (c == u',' && !digits.isEmpty() && !digits.contains(u'.') && i + 3 < text.size() &&
                   digitValue(text.at(i + 1)) >= 0 && digitValue(text.at(i + 2)) >= 0 &&
                   digitValue(text.at(i + 3)) >= 0 &&
                   (i + 4 >= text.size() || digitValue(text.at(i + 4)) < 0)) {
            // thousands separator (ASCII only: the Chinese comma separates clauses)
        } else if ((c == u'.' || c == u'．') && !digits.contains(u'.') && i + 1 < text.size() &&
                   digitValue(text.at(i + 1)) >= 0) {
            digits.append(u'.');
        } else {
            break;
        }
        ++i;
    }
    if (digits.isEmpty())
        return std::nullopt;
    pos = i;
    return digits.toDouble();
}

// Parses a Chinese numeral (三, 十二, 两百) at `pos`; single 一 is not a figure (一个缩影).
std::optional<double> parseChinese(QStringView text, qsizetype &pos)
{
    qsizetype i = pos;
    double total = 0;
    int current = -1;
    bool hasMultiplier = false;
    int digitsInRow = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        const int d = chineseDigit(c);
        const int m = chineseMultiplier(c);
        if (d >= 0) {
            if (++digitsInRow > 1)
                return std::nullopt; // 一一 is not a number
            current = d;
        } else if (m > 0) {
            total += (current < 0 ? 1 : current) * m;
            current = -1;
            hasMultiplier = true;
            digitsInRow = 0;
        } else {
            break;
        }
        ++i;
    }
    if (i == pos)
        return std::nullopt;
    if (current > 0)
        total += current;
    if (!hasMultiplier && total < 2)
        return std::nullopt;
    pos = i;
    return total;
}

bool isClauseBreak(QChar c)
{
    return c.isPunct() || c == u'\n';
}

} // namespace

FigureExtractor::FigureExtractor(const QStringList &nameSuffixes)
    : m_nameSuffixes(nameSuffixes)
{
    const QJsonObject rules = detail::embeddedJson(u"figure-rules.json");
    m_units = detail::stringList(rules.value("units"_L1));
    detail::sortLongestFirst(m_units);
    m_countUnits = detail::stringList(rules.value("countUnits"_L1));
    const QJsonObject notAfter = rules.value("notAfterUnit"_L1).toObject();
    for (auto it = notAfter.constBegin(); it != notAfter.constEnd(); ++it)
        m_notAfterUnit.insert(it.key(), detail::stringList(it.value()).join(QString()));
    m_changeWords = detail::stringList(rules.value("changeWords"_L1));
    detail::sortLongestFirst(m_changeWords);
    m_trailingVerbs = detail::stringList(rules.value("trailingVerbs"_L1));
    detail::sortLongestFirst(m_trailingVerbs);
    m_leadingVerbs = detail::stringList(rules.value("leadingVerbs"_L1));
    m_approximate = detail::stringList(rules.value("approximateWords"_L1));
    detail::sortLongestFirst(m_approximate);
    m_maxMetricLength = rules.value("maxMetricLength"_L1).toInt(12);
    detail::sortLongestFirst(m_nameSuffixes);
}

QString FigureExtractor::cleanMetric(QStringView clause) const
{
    QStringView m = clause.trimmed();
    for (bool again = true; again && !m.isEmpty();) {
        again = false;
        const QStringView verb = detail::matchSuffix(m, m_trailingVerbs);
        if (!verb.isEmpty()) {
            m.chop(verb.size());
            m = m.trimmed();
            again = true;
        }
    }
    // 建设并交付使用的标准厂房 -> 标准厂房
    if (const qsizetype de = m.lastIndexOf(u'的'); de >= 0 && de + 1 < m.size())
        m = m.sliced(de + 1);
    // 园区现有光伏重点企业 -> 光伏重点企业; 帮助入园企业完成技改项目 -> 技改项目
    qsizetype cut = -1;
    for (const QString &verb : m_leadingVerbs) {
        const qsizetype at = m.lastIndexOf(verb);
        if (at >= 0 && at + verb.size() < m.size())
            cut = std::max(cut, at + verb.size());
    }
    if (cut > 0)
        m = m.sliced(cut);
    // 侯马经济开发区工业投资 -> 工业投资
    for (const QString &suffix : m_nameSuffixes) {
        const qsizetype at = m.lastIndexOf(suffix);
        if (at >= 0 && at + suffix.size() < m.size()) {
            m = m.sliced(at + suffix.size());
            break;
        }
    }
    m = m.trimmed();
    if (m.size() > m_maxMetricLength)
        m = m.last(m_maxMetricLength);
    return m.toString();
}

QList<Figure> FigureExtractor::extract(QStringView text) const
{
    QList<Figure> out;
    QString previousMetric;
    qsizetype clauseStart = 0;
    for (qsizetype i = 0; i < text.size();) {
        const QChar c = text.at(i);
        if (isClauseBreak(c) && c != u'%' && c != u'％' && c != u'.') {
            // A new sentence forgets the metric that a bare 同比增长 would continue.
            if (c == u'。' || c == u'；' || c == u'\n')
                previousMetric.clear();
            clauseStart = i + 1;
            ++i;
            continue;
        }
        const bool arabic = digitValue(c) >= 0;
        const bool chinese = !arabic && (chineseDigit(c) >= 0 || c == u'十');
        if (!arabic && !chinese) {
            ++i;
            continue;
        }
        // Part of a word or code (MEMS2, 第三), not a quantity.
        if (i > 0 && (text.at(i - 1) == u'第' ||
                      (arabic && text.at(i - 1).isLetter() && text.at(i - 1).unicode() < 0x80))) {
            ++i;
            continue;
        }
        qsizetype pos = i;
        std::optional<double> value = arabic ? parseArabic(text, pos) : parseChinese(text, pos);
        if (!value) {
            ++i;
            continue;
        }
        bool ambiguous = false;
        // 2×100 万千瓦: a product, unambiguous; 3-5亿元 / 3至5亿元: a range, kept without a value.
        qsizetype after = pos;
        while (after < text.size() && text.at(after) == u' ')
            ++after;
        if (arabic && after < text.size()) {
            const QChar op = text.at(after);
            qsizetype next = after + 1;
            while (next < text.size() && text.at(next) == u' ')
                ++next;
            if ((op == u'×' || op == u'x' || op == u'X' || op == u'*') && next < text.size() &&
                digitValue(text.at(next)) >= 0) {
                if (auto second = parseArabic(text, next)) {
                    value = *value * *second;
                    pos = next;
                }
            } else if ((op == u'-' || op == u'—' || op == u'–' || op == u'~' || op == u'～' || op == u'至' ||
                        op == u'到') &&
                       next < text.size() && digitValue(text.at(next)) >= 0) {
                if (parseArabic(text, next)) {
                    ambiguous = true;
                    pos = next;
                }
            }
        }
        qsizetype u = pos;
        while (u < text.size() && text.at(u) == u' ')
            ++u;
        const QStringView approx = detail::matchAt(text, u, m_approximate);
        u += approx.size();
        while (u < text.size() && text.at(u) == u' ')
            ++u;
        const QStringView unit = detail::matchAt(text, u, m_units);
        if (unit.isEmpty()) {
            i = pos;
            continue;
        }
        const qsizetype end = u + unit.size();
        const QString unitText = unit.toString();
        if (end < text.size() && m_notAfterUnit.value(unitText).contains(text.at(end))) {
            i = end;
            continue;
        }

        Figure f;
        f.unit = unitText == u"％" ? u"%"_s : unitText;
        f.text = text.sliced(i, end - i).toString();
        if (!ambiguous)
            f.value = value;

        QStringView clause = text.sliced(clauseStart, i - clauseStart).trimmed();
        const QStringView change = detail::matchSuffix(clause, m_changeWords);
        if (!change.isEmpty()) {
            // 工业投资完成3.26亿元，同比增长28.9% -> (工业投资 同比增长, 28.9, %)
            QString base = cleanMetric(clause.chopped(change.size()));
            if (base.isEmpty() || base == u"同比" || base == u"环比")
                base = previousMetric;
            f.metric = base.isEmpty() ? change.toString() : base + u' ' + change;
        } else {
            f.metric = cleanMetric(clause);
            if (m_countUnits.contains(unitText)) {
                // 27个重点项目: the thing counted follows the unit.
                qsizetype n = end;
                while (n < text.size() && text.at(n) == u' ')
                    ++n;
                qsizetype stop = n;
                static const QStringView endChars = u"的和与及、以逐进已将被均都在对于为是";
                while (stop < text.size() && stop - n < 6 && text.at(stop).isLetter() &&
                       text.at(stop).unicode() >= 0x80 && !endChars.contains(text.at(stop)))
                    ++stop;
                if (stop - n >= 2)
                    f.metric = text.sliced(n, stop - n).toString();
            }
            if (!f.metric.isEmpty())
                previousMetric = f.metric;
        }
        out.append(f);
        i = end;
    }
    return out;
}

} // namespace za::places
