#pragma once

#include "ui/facetmodel.h"

#include <QSet>
#include <QWidget>

class QTreeView;

namespace za::ui {

// The facet tree with "clear" per facet (context menu) and for all, keeping what the user expanded
// across updates of the counts.
class FacetPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FacetPanel)

public:
    explicit FacetPanel(QWidget *parent = nullptr);

    void setFacets(const QMap<QString, QList<search::FacetValue>> &facets, const FacetSelection &selection);
    FacetModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }

Q_SIGNALS:
    void toggled(za::search::Facet facet, const QString &value, bool checked);
    void clearFacet(za::search::Facet facet);
    void clearAll();

private:
    static QString keyOf(const QModelIndex &index);
    void restoreExpansion(const FacetSelection &selection);

    FacetModel *m_model = nullptr;
    QTreeView *m_view = nullptr;
    QSet<QString> m_expanded;
    QSet<QString> m_collapsed; // top-level facets the user folded
};

} // namespace za::ui
