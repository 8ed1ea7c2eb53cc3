#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QStringView>

// Internal helpers shared by the places sources; not part of the module's API.
namespace za::places::detail {

// Bytes of a file embedded under :/za/places/ (data files from resources/places and the gazetteer pack).
QByteArray embeddedFile(QStringView name);

// Parses an embedded JSON object file; an invalid file is a build error, so this aborts loudly.
QJsonObject embeddedJson(QStringView name);

QStringList stringList(const QJsonValue &value);

// Punctuation, spaces, digits and Latin letters end a Chinese word; Han characters do not.
bool isBoundaryChar(QChar c);

bool isStopChar(QChar c, QStringView stopChars);

// Sorts longest first so that scanning prefers 经济技术开发区 over 开发区.
void sortLongestFirst(QStringList &list);

// Longest entry of `list` (sorted longest first) that `text` starts with at `pos`; empty if none.
QStringView matchAt(QStringView text, qsizetype pos, const QStringList &list);

// Longest entry of `list` (sorted longest first) that `text` ends with; empty if none.
QStringView matchSuffix(QStringView text, const QStringList &list);

} // namespace za::places::detail
