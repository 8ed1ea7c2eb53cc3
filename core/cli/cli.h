#pragma once

#include <QStringList>

class QTextStream;

namespace za::cli {

// Runs zonearchive-cli with the given arguments (arguments[0] is the program name) and returns its exit
// code: 0 success, 1 failure (some work not done), 2 usage error. Output goes to out, diagnostics to err,
// so tests drive the CLI without a process.
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace za::cli
