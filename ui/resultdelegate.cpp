#include "ui/resultdelegate.h"

#include "ui/roles.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace za::ui {

ResultDelegate::ResultDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

QString ResultDelegate::snippetToRichText(const QString &snippet, const QColor &highlight)
{
    QString html = snippet;
    html.replace(u"<mark>"_s, u"<span style=\"background-color:%1\">"_s.arg(highlight.name()));
    html.replace(u"</mark>"_s, u"</span>"_s);
    return html;
}

QSize ResultDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Q_UNUSED(index)
    const QFontMetrics metrics(option.font);
    return {200, metrics.height() * 4 + 16};
}

void ResultDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                           const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette &palette = option.palette;
    const QColor textColor = palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor dimColor = selected ? textColor : palette.color(QPalette::PlaceholderText);
    const QRect area = option.rect.adjusted(6, 4, -6, -4);
    const QFontMetrics metrics(option.font);
    const int lineHeight = metrics.height();

    painter->save();
    QFont bold = option.font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(textColor);
    QString headline = index.data(HeadlineRole).toString();
    if (headline.isEmpty())
        headline = tr("(continued, no headline)");
    painter->drawText(QRect(area.left(), area.top(), area.width(), lineHeight),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(bold).elidedText(headline, Qt::ElideRight, area.width()));

    QStringList meta;
    const QStringList zones = index.data(ZonesRole).toStringList();
    if (!zones.isEmpty())
        meta << zones.first();
    const QStringList cities = index.data(CitiesRole).toStringList();
    if (!cities.isEmpty())
        meta << cities.join(u"、"_s);
    const QString date = index.data(DateRole).toString();
    if (!date.isEmpty())
        meta << date;
    const QString page = index.data(PageRole).toString();
    if (!page.isEmpty())
        meta << tr("page %1").arg(page);
    painter->setFont(option.font);
    painter->setPen(dimColor);
    painter->drawText(QRect(area.left(), area.top() + lineHeight, area.width(), lineHeight),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      metrics.elidedText(meta.join(u" · "_s), Qt::ElideRight, area.width()));

    const QString snippet = index.data(SnippetRole).toString();
    if (!snippet.isEmpty()) {
        QTextDocument doc;
        doc.setDefaultFont(option.font);
        doc.setDocumentMargin(0);
        doc.setTextWidth(area.width());
        doc.setDefaultStyleSheet(u"body { color: %1; }"_s.arg(textColor.name()));
        doc.setHtml(u"<body>%1</body>"_s.arg(snippetToRichText(snippet, QColor(0xff, 0xd8, 0x4d))));
        painter->translate(area.left(), area.top() + 2 * lineHeight + 2);
        const QRect clip(0, 0, area.width(), area.height() - 2 * lineHeight - 2);
        painter->setClipRect(clip);
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette.setColor(QPalette::Text, textColor);
        context.clip = clip;
        doc.documentLayout()->draw(painter, context);
    }
    painter->restore();
}

} // namespace za::ui
