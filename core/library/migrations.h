#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace za::library {

struct Migration
{
    int version;
    QString description;
    QStringList statements; // executed in order, inside one transaction
    // Rewrites most of a library: its old pages stay free inside the file unless it is compacted after.
    bool compactAfter = false;
};

// Ordered list of schema migrations; the library's schema version is the last one's version.
const QList<Migration> &migrations();
int latestSchemaVersion();

} // namespace za::library
