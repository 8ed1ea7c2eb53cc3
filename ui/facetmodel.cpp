#include "ui/facetmodel.h"

#include "ui/roles.h"

using namespace Qt::StringLiterals;
using za::search::Facet;

namespace za::ui {

namespace {

QStandardItem *valueItem(Facet facet, const search::FacetValue &value, bool checked, const QString &label)
{
    auto *item = new QStandardItem(u"%1 (%2)"_s.arg(label).arg(value.count));
    item->setData(static_cast<int>(facet), FacetNameRole);
    item->setData(value.value, FacetValueRole);
    item->setData(value.count, FacetCountRole);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    item->setToolTip(value.value);
    return item;
}

// Zone levels are stored as English keys; people read them in their language.
QString levelLabel(const QString &level)
{
    if (level == "national"_L1)
        return FacetModel::tr("national");
    if (level == "provincial"_L1)
        return FacetModel::tr("provincial");
    if (level == "unknown"_L1)
        return FacetModel::tr("level unknown");
    return level;
}

QStandardItem *groupItem(Facet facet, const QString &group, qint64 count)
{
    auto *item = new QStandardItem(u"%1 (%2)"_s.arg(group).arg(count));
    item->setData(static_cast<int>(facet), FacetNameRole);
    item->setData(group, FacetValueRole);
    item->setFlags(Qt::ItemIsEnabled);
    return item;
}

} // namespace

FacetModel::FacetModel(QObject *parent)
    : QStandardItemModel(parent)
{}

QList<Facet> FacetModel::panelFacets()
{
    return {Facet::Zone, Facet::City,   Facet::County,   Facet::Theme,     Facet::Month,   Facet::Issue,
            Facet::Page, Facet::Author, Facet::ZoneType, Facet::ZoneLevel, Facet::Province};
}

QString FacetModel::facetLabel(Facet facet)
{
    switch (facet) {
    case Facet::Zone:
        return tr("Zone");
    case Facet::City:
        return tr("City");
    case Facet::County:
        return tr("County");
    case Facet::Province:
        return tr("Province");
    case Facet::ZoneType:
        return tr("Zone type");
    case Facet::ZoneLevel:
        return tr("Zone level");
    case Facet::Theme:
        return tr("Theme");
    case Facet::Year:
        return tr("Year");
    case Facet::Month:
        return tr("Date");
    case Facet::Bulletin:
        return tr("Bulletin");
    case Facet::Issue:
        return tr("Issue");
    case Facet::Page:
        return tr("Page");
    case Facet::Author:
        return tr("Author");
    }
    return {};
}

void FacetModel::setFacets(const QMap<QString, QList<search::FacetValue>> &facets,
                           const FacetSelection &selection)
{
    m_rebuilding = true;
    clear();
    for (Facet facet : panelFacets()) {
        const QList<search::FacetValue> values = facets.value(search::facetName(facet));
        const QStringList selected = selection.value(facet);
        if (values.isEmpty() && selected.isEmpty())
            continue;
        auto *header = new QStandardItem(facetLabel(facet));
        header->setData(static_cast<int>(facet), FacetNameRole);
        header->setFlags(Qt::ItemIsEnabled);
        QFont font = header->font();
        font.setBold(true);
        header->setFont(font);

        // Zones under their city, months under their year; other facets are flat.
        QMap<QString, QStandardItem *> groups;
        QMap<QString, qint64> groupCounts;
        QStringList shown;
        for (const search::FacetValue &value : values) {
            QString group;
            QString label = value.value;
            if (facet == Facet::Zone)
                group = value.group.isEmpty() ? tr("(no city)") : value.group;
            else if (facet == Facet::Month && value.value.size() == 7)
                group = value.value.left(4);
            if (facet == Facet::Month && value.value.size() == 7)
                label = tr("%1-%2").arg(value.value.left(4), value.value.mid(5));
            if (facet == Facet::ZoneLevel)
                label = levelLabel(value.value);
            QStandardItem *item = valueItem(facet, value, selected.contains(value.value), label);
            shown << value.value;
            if (group.isEmpty()) {
                header->appendRow(item);
                continue;
            }
            QStandardItem *&parentItem = groups[group];
            if (!parentItem)
                parentItem = groupItem(facet, group, 0);
            parentItem->appendRow(item);
            groupCounts[group] += value.count;
        }
        const QList<search::FacetValue> years = facets.value(search::facetName(Facet::Year));
        for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
            QStandardItem *group = it.value();
            group->setText(u"%1 (%2)"_s.arg(it.key()).arg(groupCounts.value(it.key())));
            if (facet == Facet::Month) {
                // A year is itself a filter (the Year facet), ticked on the month tree's group row.
                for (const search::FacetValue &year : years) {
                    if (year.value != it.key())
                        continue;
                    group->setText(u"%1 (%2)"_s.arg(year.value).arg(year.count));
                    group->setData(static_cast<int>(Facet::Year), FacetNameRole);
                    group->setData(year.count, FacetCountRole);
                    group->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
                    group->setCheckState(selection.value(Facet::Year).contains(year.value) ? Qt::Checked
                                                                                           : Qt::Unchecked);
                }
            }
            header->appendRow(group);
        }
        // A ticked value that no longer matches stays visible (with 0) so that it can be unticked.
        for (const QString &value : selected) {
            if (!shown.contains(value))
                header->appendRow(valueItem(facet, {value, 0, {}}, true, value));
        }
        appendRow(header);
    }
    m_rebuilding = false;
}

bool FacetModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const bool changed = QStandardItemModel::setData(index, value, role);
    if (changed && role == Qt::CheckStateRole && !m_rebuilding) {
        const auto facet = static_cast<Facet>(index.data(FacetNameRole).toInt());
        Q_EMIT toggled(facet, index.data(FacetValueRole).toString(), value.toInt() == Qt::Checked);
    }
    return changed;
}

} // namespace za::ui
