#pragma once

#include "library/database.h"

#include <QJsonArray>
#include <QJsonObject>

#include <memory>

class QTextStream;

namespace za::library {
class Library;
}

namespace za::cli {

struct Context;

// Opens the library the command line names; on failure prints the reason to context.err.
std::unique_ptr<library::Library> openLibrary(Context &context, library::OpenMode mode);

void printJson(QTextStream &out, const QJsonObject &object);
void printJson(QTextStream &out, const QJsonArray &array);

} // namespace za::cli
