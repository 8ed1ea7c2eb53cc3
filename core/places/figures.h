#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace za::places {

// A quantity with what it measures: 工业投资完成3.26亿元 -> (工业投资, 3.26, 亿元, "3.26亿元").
struct Figure
{
    QString metric;
    std::optional<double> value; // empty when the text is a range or otherwise ambiguous
    QString unit;
    QString text; // the quantity as written (2×100 万千瓦, 3-5亿元, 三项)
};

// Finds key figures in text. Immutable after construction; const use from several threads is safe.
class FigureExtractor final
{
public:
    // Rules from resources/places/figure-rules.json; `nameSuffixes` (zone type suffixes) are stripped from
    // the front of metrics (侯马经济开发区工业投资 -> 工业投资).
    explicit FigureExtractor(const QStringList &nameSuffixes = {});

    QList<Figure> extract(QStringView text) const;

private:
    QString cleanMetric(QStringView clause) const;

    QStringList m_units;
    QStringList m_countUnits;
    QHash<QString, QString> m_notAfterUnit;
    QStringList m_changeWords;
    QStringList m_trailingVerbs;
    QStringList m_leadingVerbs;
    QStringList m_approximate;
    QStringList m_nameSuffixes;
    int m_maxMetricLength = 12;
};

} // namespace za::places
