#include "library/zonestore.h"

#include "library/sqlvalues.h"
#include "places/analyzer.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace za::library {

namespace {

constexpr auto kSeedFingerprintKey = "zone_seed_fingerprint";
constexpr auto kTaxonomyKey = "taxonomy";

QString infoValue(const QSqlDatabase &db, const QString &key)
{
    QSqlQuery query(db);
    query.prepare(u"SELECT value FROM library_info WHERE key = ?"_s);
    query.addBindValue(key);
    if (query.exec() && query.next())
        return query.value(0).toString();
    return {};
}

bool setInfoValue(const QSqlDatabase &db, const QString &key, const QString &value, QString *error)
{
    QSqlQuery query(db);
    query.prepare(u"INSERT INTO library_info (key, value) VALUES (?, ?) "
                  "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
    query.addBindValue(key);
    query.addBindValue(value);
    if (query.exec())
        return true;
    if (error)
        *error = query.lastError().text();
    return false;
}

QString fingerprint(const QList<places::Zone> &zones)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    for (const places::Zone &z : zones) {
        for (const QString &field : {z.name, z.type, z.level, z.county, z.city, z.province})
            hash.addData(field.toUtf8().append('\x1f'));
        hash.addData(z.aliases.join(u'\x1e').toUtf8().append('\x1d'));
    }
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace

ZoneStore::ZoneStore(const QSqlDatabase &db)
    : m_db(db)
{}

bool ZoneStore::syncSeeds(QString *error)
{
    const QList<places::Zone> seeds = places::ZoneRegistry::seeded().zones();
    const QString print = fingerprint(seeds);
    if (infoValue(m_db, QString::fromLatin1(kSeedFingerprintKey)) == print)
        return true;
    // BEGIN IMMEDIATE, so that two programs opening a library at once queue instead of failing.
    QSqlQuery begin(m_db);
    if (!begin.exec(u"BEGIN IMMEDIATE"_s)) {
        *error = begin.lastError().text();
        return false;
    }
    QSqlQuery upsert(m_db);
    upsert.prepare(u"INSERT INTO zones (name, type, level, county, city, province, status) "
                   "VALUES (?, ?, ?, ?, ?, ?, 'seed') "
                   "ON CONFLICT (name) DO UPDATE SET type = excluded.type, level = excluded.level, "
                   "county = excluded.county, city = excluded.city, province = excluded.province "
                   "WHERE zones.status = 'seed'"_s);
    QSqlQuery alias(m_db);
    alias.prepare(
        u"INSERT OR IGNORE INTO zone_aliases (alias, zone_id) SELECT ?, id FROM zones WHERE name = ?"_s);
    for (const places::Zone &z : seeds) {
        upsert.addBindValue(nonNull(z.name));
        upsert.addBindValue(nonNull(z.type));
        upsert.addBindValue(z.level.isEmpty() ? u"unknown"_s : z.level);
        upsert.addBindValue(nonNull(z.county));
        upsert.addBindValue(nonNull(z.city));
        upsert.addBindValue(nonNull(z.province));
        if (!upsert.exec()) {
            *error = upsert.lastError().text();
            m_db.rollback();
            return false;
        }
        for (const QString &a : z.aliases) {
            alias.addBindValue(a);
            alias.addBindValue(z.name);
            if (!alias.exec()) {
                *error = alias.lastError().text();
                m_db.rollback();
                return false;
            }
        }
    }
    if (!setInfoValue(m_db, QString::fromLatin1(kSeedFingerprintKey), print, error) || !m_db.commit()) {
        m_db.rollback();
        return false;
    }
    return true;
}

std::unique_ptr<places::Analyzer> ZoneStore::createAnalyzer() const
{
    places::ZoneRegistry registry = places::ZoneRegistry::seeded();
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    // Zones editors confirmed, merged or rejected, and those discovered in text, on top of the seeds.
    if (query.exec(u"SELECT z.name, z.type, z.level, z.county, z.city, z.province, z.status, m.name "
                   "FROM zones z LEFT JOIN zones m ON m.id = z.merged_into WHERE z.status <> 'seed'"_s)) {
        while (query.next()) {
            places::Zone zone;
            zone.name = query.value(0).toString();
            zone.type = query.value(1).toString();
            zone.level = query.value(2).toString();
            zone.county = query.value(3).toString();
            zone.city = query.value(4).toString();
            zone.province = query.value(5).toString();
            zone.status = places::zoneStatusFromName(query.value(6).toString())
                              .value_or(places::ZoneStatus::Discovered);
            zone.mergedInto = query.value(7).toString();
            registry.add(zone);
        }
    }
    if (query.exec(u"SELECT a.alias, z.name FROM zone_aliases a JOIN zones z ON z.id = a.zone_id"_s)) {
        while (query.next())
            registry.addAlias(query.value(0).toString(), query.value(1).toString());
    }
    const QByteArray json = taxonomyJson();
    std::optional<places::Taxonomy> taxonomy;
    if (!json.isEmpty())
        taxonomy = places::Taxonomy::fromJson(json);
    return std::make_unique<places::Analyzer>(places::Gazetteer::instance(), std::move(registry),
                                              taxonomy ? *taxonomy : places::Taxonomy::builtIn());
}

QByteArray ZoneStore::taxonomyJson() const
{
    return infoValue(m_db, QString::fromLatin1(kTaxonomyKey)).toUtf8();
}

bool ZoneStore::setTaxonomyJson(const QByteArray &json, QString *error)
{
    QString parseError;
    if (!places::Taxonomy::fromJson(json, &parseError)) {
        *error = QCoreApplication::translate("za::library", "Not a valid taxonomy: %1").arg(parseError);
        return false;
    }
    return setInfoValue(m_db, QString::fromLatin1(kTaxonomyKey), QString::fromUtf8(json), error);
}

QList<ZoneRecord> ZoneStore::zones() const
{
    QList<ZoneRecord> list;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(
            u"SELECT z.id, z.name, z.type, z.level, z.county, z.city, z.province, z.status, m.name, "
            "(SELECT group_concat(alias, char(31)) FROM zone_aliases WHERE zone_id = z.id), "
            "(SELECT count(*) FROM article_zones WHERE zone_id = z.id AND role = 'primary'), "
            "(SELECT count(*) FROM article_zones WHERE zone_id = z.id) "
            "FROM zones z LEFT JOIN zones m ON m.id = z.merged_into ORDER BY z.province, z.city, z.name"_s))
        return list;
    while (query.next()) {
        ZoneRecord r;
        r.id = query.value(0).toLongLong();
        r.name = query.value(1).toString();
        r.type = query.value(2).toString();
        r.level = query.value(3).toString();
        r.county = query.value(4).toString();
        r.city = query.value(5).toString();
        r.province = query.value(6).toString();
        r.status = query.value(7).toString();
        r.mergedInto = query.value(8).toString();
        r.aliases = query.value(9).toString().split(QChar(31), Qt::SkipEmptyParts);
        r.primaryArticles = query.value(10).toLongLong();
        r.articles = query.value(11).toLongLong();
        list << r;
    }
    return list;
}

} // namespace za::library
