#pragma once

#include <QString>

namespace za::library {

// Environment variable that overrides the default library location (both executables honour it).
inline constexpr char kLibraryEnvironmentVariable[] = "ZONEARCHIVE_LIBRARY";

// The per-user default: <GenericDataLocation>/zonearchive/library.zarchive.
QString defaultLibraryPath();

// Precedence: an explicit --library option, then ZONEARCHIVE_LIBRARY, then the default.
QString resolveLibraryPath(const QString &explicitPath);

} // namespace za::library
