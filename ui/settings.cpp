#include "ui/settings.h"

using namespace Qt::StringLiterals;

namespace za::ui {

namespace {

namespace Key {
const QString geometry = u"MainWindow/geometry"_s;
const QString state = u"MainWindow/state"_s;
const QString splitters = u"MainWindow/splitters/"_s;
const QString language = u"Interface/language"_s;
const QString theme = u"Interface/theme"_s;
const QString fontSize = u"Reader/fontSize"_s;
const QString lastLibrary = u"Library/last"_s;
const QString reviewer = u"Review/name"_s;
const QString sessionOpen = u"Session/open"_s;
const QString history = u"Search/history"_s;
const QString compare = u"Compare/articles"_s;
} // namespace Key

namespace Default {
constexpr int fontSize = 12;
constexpr int minFontSize = 8;
constexpr int maxFontSize = 32;
} // namespace Default

} // namespace

Settings::Settings()
    : m_settings(QSettings::IniFormat, QSettings::UserScope, u"ZoneArchive"_s, u"zonearchive"_s)
{}

Settings::Settings(const QString &iniPath)
    : m_settings(iniPath, QSettings::IniFormat)
{}

QByteArray Settings::mainWindowGeometry() const
{
    return m_settings.value(Key::geometry).toByteArray();
}

void Settings::setMainWindowGeometry(const QByteArray &geometry)
{
    m_settings.setValue(Key::geometry, geometry);
}

QByteArray Settings::mainWindowState() const
{
    return m_settings.value(Key::state).toByteArray();
}

void Settings::setMainWindowState(const QByteArray &state)
{
    m_settings.setValue(Key::state, state);
}

QByteArray Settings::splitterState(const QString &name) const
{
    return m_settings.value(Key::splitters + name).toByteArray();
}

void Settings::setSplitterState(const QString &name, const QByteArray &state)
{
    m_settings.setValue(Key::splitters + name, state);
}

QString Settings::language() const
{
    return m_settings.value(Key::language, QString()).toString();
}

void Settings::setLanguage(const QString &language)
{
    m_settings.setValue(Key::language, language);
}

Settings::Theme Settings::theme() const
{
    const QString value = m_settings.value(Key::theme, u"system"_s).toString();
    if (value == "light"_L1)
        return Theme::Light;
    if (value == "dark"_L1)
        return Theme::Dark;
    return Theme::System;
}

void Settings::setTheme(Theme theme)
{
    static const QString names[] = {u"system"_s, u"light"_s, u"dark"_s};
    m_settings.setValue(Key::theme, names[static_cast<int>(theme)]);
}

int Settings::readerFontSize() const
{
    return qBound(Default::minFontSize, m_settings.value(Key::fontSize, Default::fontSize).toInt(),
                  Default::maxFontSize);
}

void Settings::setReaderFontSize(int points)
{
    m_settings.setValue(Key::fontSize, qBound(Default::minFontSize, points, Default::maxFontSize));
}

QString Settings::lastLibrary() const
{
    return m_settings.value(Key::lastLibrary).toString();
}

void Settings::setLastLibrary(const QString &path)
{
    m_settings.setValue(Key::lastLibrary, path);
}

QStringList Settings::searchHistory() const
{
    return m_settings.value(Key::history).toStringList();
}

void Settings::setSearchHistory(const QStringList &history)
{
    m_settings.setValue(Key::history, history);
}

QList<qint64> Settings::compareArticles() const
{
    QList<qint64> ids;
    const QStringList values = m_settings.value(Key::compare).toStringList();
    for (const QString &value : values) {
        if (const qint64 id = value.toLongLong(); id > 0)
            ids << id;
    }
    return ids;
}

void Settings::setCompareArticles(const QList<qint64> &ids)
{
    QStringList values;
    for (qint64 id : ids)
        values << QString::number(id);
    m_settings.setValue(Key::compare, values);
}

QString Settings::reviewerName() const
{
    return m_settings.value(Key::reviewer).toString();
}

void Settings::setReviewerName(const QString &name)
{
    m_settings.setValue(Key::reviewer, name);
}

bool Settings::sessionOpen() const
{
    return m_settings.value(Key::sessionOpen, false).toBool();
}

void Settings::setSessionOpen(bool open)
{
    m_settings.setValue(Key::sessionOpen, open);
}

void Settings::sync()
{
    m_settings.sync();
}

} // namespace za::ui
