#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace za::resources {

// Loads the compiled-in translation for the language ("zh_CN", "en") or, when empty, for the system
// locale: Chinese on a Chinese locale, English elsewhere. Returns the language installed.
QString installTranslations(QCoreApplication &app, const QString &language = {});

// Languages the application ships translations for.
QStringList availableLanguages();

// Resource paths of the bundled sample bulletin pages (each with a .json sidecar beside it).
QStringList samplePages();

} // namespace za::resources
