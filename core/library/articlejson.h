#pragma once

#include "library/records.h"

#include <QJsonObject>

namespace za::library {

// The JSON form of an article used by `zonearchive-cli articles/show --json` and exports; documented in
// docs/article-json.md. Field names are part of the CLI's contract: add, never rename.
QJsonObject articleToJson(const ArticleRecord &article);

} // namespace za::library
