#include "ui/filterchips.h"

#include <QHBoxLayout>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace za::ui {

FilterChips::FilterChips(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QHBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(4);
    m_layout->addStretch();
    setVisible(false);
}

int FilterChips::chipCount() const
{
    return int(findChildren<QToolButton *>(Qt::FindDirectChildrenOnly).size());
}

void FilterChips::setSelection(const FacetSelection &selection)
{
    for (QToolButton *chip : findChildren<QToolButton *>(Qt::FindDirectChildrenOnly))
        delete chip;
    int position = 0;
    for (auto it = selection.cbegin(); it != selection.cend(); ++it) {
        for (const QString &value : it.value()) {
            auto *chip = new QToolButton(this);
            chip->setText(u"%1: %2  ✕"_s.arg(FacetModel::facetLabel(it.key()), value));
            chip->setToolTip(tr("Remove this filter"));
            chip->setAutoRaise(false);
            const search::Facet facet = it.key();
            connect(chip, &QToolButton::clicked, this,
                    [this, facet, value] { Q_EMIT removed(facet, value); });
            m_layout->insertWidget(position++, chip);
        }
    }
    setVisible(position > 0);
}

} // namespace za::ui
