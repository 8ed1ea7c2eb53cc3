#include "ui/facetpanel.h"

#include "ui/roles.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QMenu>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace za::ui {

FacetPanel::FacetPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new FacetModel(this))
    , m_view(new QTreeView(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    auto *clearButton = new QPushButton(tr("Clear all"), this);
    clearButton->setObjectName(u"clearAllFacets"_s);
    top->addStretch();
    top->addWidget(clearButton);
    layout->addLayout(top);
    layout->addWidget(m_view);

    m_view->setObjectName(u"facetTree"_s);
    m_view->setModel(m_model);
    m_view->setHeaderHidden(true);
    m_view->setUniformRowHeights(true);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);

    connect(clearButton, &QPushButton::clicked, this, &FacetPanel::clearAll);
    connect(m_model, &FacetModel::toggled, this, &FacetPanel::toggled);
    connect(m_view, &QTreeView::expanded, this, [this](const QModelIndex &index) {
        m_expanded.insert(keyOf(index));
        m_collapsed.remove(keyOf(index));
    });
    connect(m_view, &QTreeView::collapsed, this, [this](const QModelIndex &index) {
        m_expanded.remove(keyOf(index));
        if (!index.parent().isValid())
            m_collapsed.insert(keyOf(index));
    });
    connect(m_view, &QTreeView::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex index = m_view->indexAt(pos);
        if (!index.isValid())
            return;
        const auto facet = static_cast<search::Facet>(index.data(FacetNameRole).toInt());
        QMenu menu(this);
        menu.addAction(tr("Clear “%1”").arg(FacetModel::facetLabel(facet)), this,
                       [this, facet] { Q_EMIT clearFacet(facet); });
        menu.addAction(tr("Clear all filters"), this, &FacetPanel::clearAll);
        menu.exec(m_view->viewport()->mapToGlobal(pos));
    });
}

QString FacetPanel::keyOf(const QModelIndex &index)
{
    QString key = index.data(FacetNameRole).toString();
    if (index.parent().isValid())
        key += u'/' + index.data(FacetValueRole).toString();
    return key;
}

void FacetPanel::setFacets(const QMap<QString, QList<search::FacetValue>> &facets,
                           const FacetSelection &selection)
{
    m_model->setFacets(facets, selection);
    restoreExpansion(selection);
}

void FacetPanel::restoreExpansion(const FacetSelection &selection)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex top = m_model->index(row, 0);
        if (!m_collapsed.contains(keyOf(top)))
            m_view->expand(top);
        for (int child = 0; child < m_model->rowCount(top); ++child) {
            const QModelIndex group = m_model->index(child, 0, top);
            if (!m_model->hasChildren(group))
                continue;
            bool containsSelection = false;
            for (int leaf = 0; leaf < m_model->rowCount(group); ++leaf) {
                const QModelIndex value = m_model->index(leaf, 0, group);
                const auto facet = static_cast<search::Facet>(value.data(FacetNameRole).toInt());
                containsSelection = containsSelection ||
                                    selection.value(facet).contains(value.data(FacetValueRole).toString());
            }
            if (containsSelection || m_expanded.contains(keyOf(group)))
                m_view->expand(group);
        }
    }
}

} // namespace za::ui
