#pragma once

#include <QStyledItemDelegate>

namespace za::ui {

// Draws a search hit in three lines: headline; zone · city · date · page; the snippet with the query's
// matches highlighted. Rows have one fixed height so that long result lists scroll smoothly.
class ResultDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResultDelegate)

public:
    explicit ResultDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The engine marks matches with <mark>; Qt's rich text knows no such tag.
    static QString snippetToRichText(const QString &snippet, const QColor &highlight);
};

} // namespace za::ui
