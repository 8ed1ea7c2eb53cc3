#include "ui/settings.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using za::ui::Settings;

class TestSettings final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(u"s.ini"_s));
        QCOMPARE(settings.readerFontSize(), 12);
        QCOMPARE(settings.theme(), Settings::Theme::System);
        QVERIFY(settings.language().isEmpty());
        QVERIFY(settings.lastLibrary().isEmpty());
        QVERIFY(settings.mainWindowGeometry().isEmpty());
    }

    void roundTripAndClamping()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(u"s.ini"_s);
        {
            Settings settings(ini);
            settings.setReaderFontSize(400);
            settings.setTheme(Settings::Theme::Dark);
            settings.setLanguage(u"en"_s);
            settings.setLastLibrary(u"/tmp/a.zarchive"_s);
            settings.setSplitterState(u"main"_s, QByteArray("xyz"));
            settings.sync();
        }
        Settings settings(ini);
        QCOMPARE(settings.readerFontSize(), 32);
        QCOMPARE(settings.theme(), Settings::Theme::Dark);
        QCOMPARE(settings.language(), u"en"_s);
        QCOMPARE(settings.lastLibrary(), u"/tmp/a.zarchive"_s);
        QCOMPARE(settings.splitterState(u"main"_s), QByteArray("xyz"));
        QVERIFY(settings.splitterState(u"other"_s).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
