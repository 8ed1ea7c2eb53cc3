#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>
#include <QStringView>

namespace za::library {

// Compact JSON written by hand for the values stored with every article (subheadings, authors, section
// starts, warnings, figure lists): QJsonDocument built a tree of QJsonValues for each and was a percent
// or more of an import. The output is read back with QJsonDocument; text is UTF-8, with `"`, `\` and
// control characters escaped.
void appendJsonString(QByteArray &out, QStringView text);
QByteArray jsonStringArray(const QStringList &list);
QByteArray jsonIntArray(const QList<qsizetype> &list);

} // namespace za::library
