#include "library/librarypaths.h"

#include <QDir>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace za::library {

QString defaultLibraryPath()
{
    // GenericDataLocation rather than AppDataLocation: the GUI and the CLI have different application
    // names but must find the same library.
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return QDir(base).filePath(u"zonearchive/library.zarchive"_s);
}

QString resolveLibraryPath(const QString &explicitPath)
{
    if (!explicitPath.isEmpty())
        return QDir::cleanPath(QDir::current().absoluteFilePath(explicitPath));
    const QString fromEnvironment = qEnvironmentVariable(kLibraryEnvironmentVariable);
    if (!fromEnvironment.isEmpty())
        return QDir::cleanPath(QDir::current().absoluteFilePath(fromEnvironment));
    return defaultLibraryPath();
}

} // namespace za::library
