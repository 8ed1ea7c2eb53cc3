#include "resources/appresources.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

// Static libraries drop unreferenced resource objects; initialising them here keeps them linked.
static void initResources()
{
    Q_INIT_RESOURCE(za_translations);
    Q_INIT_RESOURCE(za_samples);
    Q_INIT_RESOURCE(za_icons);
}

namespace za::resources {

QStringList availableLanguages()
{
    return {u"zh_CN"_s, u"en"_s};
}

QString installTranslations(QCoreApplication &app, const QString &language)
{
    initResources();
    QString chosen = language;
    if (chosen.isEmpty())
        chosen = QLocale().language() == QLocale::Chinese ? u"zh_CN"_s : u"en"_s;
    auto *translator = new QTranslator(&app);
    if (translator->load(u":/i18n/zonearchive_%1.qm"_s.arg(chosen))) {
        QCoreApplication::installTranslator(translator);
    } else {
        delete translator;
    }
    // Qt's own strings (dialog buttons) in the same language, where the system has them.
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(QLocale(chosen), u"qtbase"_s, u"_"_s, u"/usr/share/qt6/translations"_s))
        QCoreApplication::installTranslator(qtTranslator);
    else
        delete qtTranslator;
    return chosen;
}

QStringList samplePages()
{
    initResources();
    QStringList pages;
    const QDir dir(u":/samples"_s);
    for (const QString &name : dir.entryList({u"*.md"_s, u"*.txt"_s}, QDir::Files, QDir::Name))
        pages << dir.filePath(name);
    return pages;
}

} // namespace za::resources
