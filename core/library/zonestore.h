#pragma once

#include "library/records.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace za::places {
class Analyzer;
}

namespace za::library {

// The library's side of the zone registry and the taxonomy: the zones/zone_aliases tables kept in step
// with the seed data, and an analyser that sees the library's own registry (editors' confirmations,
// merges, discovered zones) and its own taxonomy, if it has one.
class ZoneStore final
{
public:
    explicit ZoneStore(const QSqlDatabase &db);

    // Inserts seed zones that are missing and refreshes the fields of rows still marked "seed" when
    // the seed data changed; never touches confirmed, rejected, merged or discovered rows.
    bool syncSeeds(QString *error);

    std::unique_ptr<places::Analyzer> createAnalyzer() const;

    // The library's edited taxonomy (JSON as in resources/places/themes.json), or empty for the built-in.
    QByteArray taxonomyJson() const;
    bool setTaxonomyJson(const QByteArray &json, QString *error);

    QList<ZoneRecord> zones() const;

private:
    QSqlDatabase m_db;
};

} // namespace za::library
