#pragma once

#include <QString>

namespace za::report {

struct PdfOptions
{
    QString title;           // document title (PDF metadata); the HTML's <title> when empty
    bool pageNumbers = true; // "n / m" in a footer of each page
    double marginMillimeters = 18;
    double pointSize = 10;
};

// Writes an HTML document (QTextDocument's subset: tables, inline styles) as an A4 PDF with a Chinese
// font (Noto CJK SC, falling back to what the system has). Needs a QGuiApplication (offscreen is enough);
// may run on any thread. Returns the number of pages, 0 on failure (*error says why).
int writePdf(const QString &html, const QString &path, QString *error, const PdfOptions &options = {});

} // namespace za::report
