#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <bitset>
#include <optional>

namespace za::places {

struct ThemePhrase
{
    QString text;
    double weight = 1.0;
};

struct Theme
{
    QString name;   // 招商引资 (the name stored and shown)
    QString nameEn; // investment attraction
    QList<ThemePhrase> phrases;
    QStringList exclusions; // spans inside which this theme's phrases do not count (招商银行)
};

// The theme taxonomy, kept as data (resources/places/themes.json). A library may carry its own edited
// copy, loaded with fromJson().
struct Taxonomy
{
    QList<Theme> themes;
    double threshold = 4.0;         // minimum score for a theme to be assigned
    double relativeThreshold = 0.3; // … and at least this fraction of the best theme's score
    double titleWeight = 2.0;       // occurrences in the headline, kicker or subheadings count this much more
    int maxThemes = 5;

    static const Taxonomy &builtIn();
    // Parses the themes.json format; std::nullopt (and *error) when it is not a valid taxonomy.
    static std::optional<Taxonomy> fromJson(const QByteArray &json, QString *error = nullptr);
    QByteArray toJson() const;
};

struct ThemeScore
{
    QString name;
    QString nameEn;
    double score = 0.0;
};

// Multi-label theme classifier. Immutable after construction; const use from several threads is safe.
class Classifier final
{
public:
    explicit Classifier(const Taxonomy &taxonomy = Taxonomy::builtIn());

    // Themes at or above the thresholds, best first. `titles` are headline, kicker and subheadings.
    QList<ThemeScore> classify(const QList<QStringView> &titles, const QList<QStringView> &body) const;
    // Every theme's score, in taxonomy order (for diagnostics and tuning).
    QList<ThemeScore> scores(const QList<QStringView> &titles, const QList<QStringView> &body) const;

    const Taxonomy &taxonomy() const { return m_taxonomy; }

private:
    struct Entry
    {
        int theme;
        int phrase; // -1 for an exclusion
        qsizetype length;
        QString text;
    };
    Taxonomy m_taxonomy;
    QHash<char16_t, QList<Entry>> m_byFirstChar;
    // Which UTF-16 units start a phrase: most characters of a text start none, and a bit test is far
    // cheaper than the hash lookup it saves.
    std::bitset<0x10000> m_firstChars;
};

} // namespace za::places
