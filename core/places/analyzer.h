#pragma once

#include "places/figures.h"
#include "places/gazetteer.h"
#include "places/themes.h"
#include "places/zoneregistry.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace za::places {

// An article as the bulletin parser delivers it.
struct ArticleText
{
    QString kicker;
    QString headline;
    QString
        dateline; // 本刊讯 5月12日 … (may be empty; the first sentence of the first paragraph then serves)
    QStringList subheadings;
    QStringList paragraphs;
};

struct AnalysisContext
{
    QString province; // the bulletin's province (山西省 or 山西); empty when unknown
};

enum class ZoneRole : quint8 { Primary, Mentioned };
QString zoneRoleName(ZoneRole role); // "primary" / "mentioned"

struct ZoneMention
{
    QString name;      // canonical
    QString asWritten; // first occurrence as written
    QString type;
    QString level;
    QString county;
    QString city;
    QString province;
    ZoneRole role = ZoneRole::Mentioned;
    bool discovered = false; // not in the registry: the importer adds it with status discovered
};

struct ArticleAnalysis
{
    QList<ZoneMention> zones; // primary zones first
    QStringList cities;       // prefecture-level, with 市 (临汾市)
    QStringList counties;
    QStringList provinces;
    QList<ThemeScore> themes; // best first
    QList<Figure> figures;
};

// The one entry point for the importer. Immutable after construction: analyze() may be called from
// several threads at once.
class Analyzer final
{
public:
    // Built-in taxonomy, seeded registry and the embedded gazetteer (built on first use, thread-safe).
    static const Analyzer &instance();

    // A library with its own registry (loaded from its zones tables) and taxonomy (its edited copy).
    Analyzer(const Gazetteer &gazetteer, ZoneRegistry registry, const Taxonomy &taxonomy);

    ArticleAnalysis analyze(const ArticleText &article, const AnalysisContext &context) const;

    const Gazetteer &gazetteer() const { return *m_gazetteer; }
    const ZoneRegistry &registry() const { return m_registry; }
    const Classifier &classifier() const { return m_classifier; }

private:
    const Gazetteer *m_gazetteer;
    ZoneRegistry m_registry;
    Classifier m_classifier;
    FigureExtractor m_figures;
};

} // namespace za::places
