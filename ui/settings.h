#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>

namespace za::ui {

// Every persisted preference, typed, with its default in one place (the .cpp). Backed by QSettings
// (INI under the user's config directory); tests point it at a temporary file.
class Settings final
{
    Q_DISABLE_COPY_MOVE(Settings)

public:
    Settings();
    explicit Settings(const QString &iniPath);

    enum class Theme { System, Light, Dark };

    QByteArray mainWindowGeometry() const;
    void setMainWindowGeometry(const QByteArray &geometry);
    QByteArray mainWindowState() const;
    void setMainWindowState(const QByteArray &state);
    QByteArray splitterState(const QString &name) const;
    void setSplitterState(const QString &name, const QByteArray &state);

    // "" = follow the system locale; otherwise "zh_CN" or "en".
    QString language() const;
    void setLanguage(const QString &language);

    Theme theme() const;
    void setTheme(Theme theme);

    // Reader font size in points.
    int readerFontSize() const;
    void setReaderFontSize(int points);

    // The last library opened; empty = the default library.
    QString lastLibrary() const;
    void setLastLibrary(const QString &path);

    // Recent search queries, newest first.
    QStringList searchHistory() const;
    void setSearchHistory(const QStringList &history);

    // Articles open side by side when the window was closed.
    QList<qint64> compareArticles() const;
    void setCompareArticles(const QList<qint64> &ids);

    // The editor's name stored with review actions.
    QString reviewerName() const;
    void setReviewerName(const QString &name);

    // True from the start of a session until the window closes normally: found true at start, the last
    // session ended in a crash or power loss, and the library's structure is checked in the background.
    bool sessionOpen() const;
    void setSessionOpen(bool open);

    void sync();

private:
    QSettings m_settings;
};

} // namespace za::ui
