#include "ui/report/pdfreport.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFileInfo>
#include <QFont>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QVariant>

#include <cmath>

using namespace Qt::StringLiterals;

namespace za::report {

namespace {

QString tr(const char *text, const char *comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("za::report", text, comment, n);
}

QFont documentFont(double pointSize)
{
    // Families in order of preference: the Noto CJK faces Debian ships (fonts-noto-cjk), then common
    // alternatives; Qt falls back per character for anything they lack.
    QFont font;
    font.setFamilies({u"Noto Serif CJK SC"_s, u"Noto Sans CJK SC"_s, u"Source Han Serif SC"_s,
                      u"Source Han Sans SC"_s, u"WenQuanYi Micro Hei"_s, u"SimSun"_s});
    font.setPointSizeF(pointSize);
    return font;
}

} // namespace

int writePdf(const QString &html, const QString &path, QString *error, const PdfOptions &options)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        *error = tr("PDF output needs a QGuiApplication");
        return 0;
    }
    QPdfWriter writer(path);
    writer.setCreator(u"ZoneArchive"_s);
    writer.setResolution(300);
    writer.setPageSize(QPageSize(QPageSize::A4));
    const double margin = options.marginMillimeters;
    writer.setPageMargins(QMarginsF(margin, margin, margin, margin), QPageLayout::Millimeter);

    QTextDocument document;
    document.setDefaultFont(documentFont(options.pointSize));
    document.setDocumentMargin(0);
    // Lay out for the writer's resolution, so that point sizes and page breaks are those of the paper.
    document.documentLayout()->setPaintDevice(&writer);
    document.setHtml(html);
    const QString title =
        options.title.isEmpty() ? document.metaInformation(QTextDocument::DocumentTitle) : options.title;
    writer.setTitle(title);

    const QRect paper = writer.pageLayout().paintRectPixels(writer.resolution());
    const double footerHeight = options.pageNumbers ? writer.resolution() * 10 / 25.4 : 0; // 10 mm
    const QSizeF body(paper.width(), paper.height() - footerHeight);
    document.setPageSize(body);
    const int pages = std::max(1, document.pageCount());

    QPainter painter;
    if (!painter.begin(&writer)) {
        *error = tr("cannot write %1").arg(path);
        return 0;
    }
    QFont footerFont = documentFont(options.pointSize * 0.8);
    for (int page = 0; page < pages; ++page) {
        if (page > 0 && !writer.newPage()) {
            *error = tr("cannot add a page to %1").arg(path);
            return 0;
        }
        painter.save();
        const QRectF visible(0, page * body.height(), body.width(), body.height());
        painter.translate(0, -visible.top());
        painter.setClipRect(visible);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = visible;
        context.palette.setColor(QPalette::Text, Qt::black);
        document.documentLayout()->draw(&painter, context);
        painter.restore();
        if (options.pageNumbers) {
            painter.setFont(QFont(footerFont, &writer));
            painter.setPen(Qt::darkGray);
            const QRectF footer(0, body.height(), body.width(), footerHeight);
            painter.drawText(footer, Qt::AlignHCenter | Qt::AlignBottom,
                             tr("%1 / %2").arg(page + 1).arg(pages));
        }
    }
    if (!painter.end()) {
        *error = tr("cannot finish %1").arg(path);
        return 0;
    }
    if (QFileInfo(path).size() <= 0) {
        *error = tr("cannot write %1").arg(path);
        return 0;
    }
    return pages;
}

} // namespace za::report
