#pragma once

#include <QStringList>

#include <functional>

class QTextStream;

namespace za::cli {

// Runs zonearchive-cli with the given arguments (arguments[0] is the program name) and returns its exit
// code: 0 success, 1 failure (some work not done), 2 usage error. Output goes to out, diagnostics to err,
// so tests drive the CLI without a process.
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

// Writes an HTML document as a PDF file. core/ must not link QtGui, so the PDF review report is printed by
// a renderer the main registers (za::report); without one, `export --format pdf` is refused.
using PdfRenderer = std::function<bool(const QString &html, const QString &path, QString *error)>;
void setPdfRenderer(PdfRenderer renderer);
const PdfRenderer &pdfRenderer();

} // namespace za::cli
