#pragma once

#include "search/searchengine.h"

#include <QMap>
#include <QStandardItemModel>

namespace za::ui {

// What the user ticked, facet by facet: several values of one facet are ORed, facets are ANDed.
using FacetSelection = QMap<search::Facet, QStringList>;

// Facet counts of the last search as a tree: facet → (group →) value with its count and a checkbox.
// Zones are grouped under their city and months under their year. Toggling a checkbox emits
// toggled(); the selection itself is owned by the caller, which passes it back with the next counts.
class FacetModel final : public QStandardItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FacetModel)

public:
    explicit FacetModel(QObject *parent = nullptr);

    void setFacets(const QMap<QString, QList<search::FacetValue>> &facets, const FacetSelection &selection);

    // Translated name of a facet as the panel and the chips show it.
    static QString facetLabel(search::Facet facet);
    // Facets in the order the panel lists them.
    static QList<search::Facet> panelFacets();

    bool setData(const QModelIndex &index, const QVariant &value, int role) override;

Q_SIGNALS:
    void toggled(za::search::Facet facet, const QString &value, bool checked);

private:
    bool m_rebuilding = false;
};

} // namespace za::ui
