#pragma once

#include "ui/facetmodel.h"

#include <QWidget>

class QHBoxLayout;

namespace za::ui {

// The active filters as removable chips above the results ("城市: 临汾市 ✕").
class FilterChips final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilterChips)

public:
    explicit FilterChips(QWidget *parent = nullptr);

    void setSelection(const FacetSelection &selection);
    int chipCount() const;

Q_SIGNALS:
    void removed(za::search::Facet facet, const QString &value);

private:
    QHBoxLayout *m_layout = nullptr;
};

} // namespace za::ui
