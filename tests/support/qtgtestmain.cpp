// GoogleTest main with a QCoreApplication, for tests whose code loads Qt plugins (the QSQLITE driver)
// or reads the application name.
#include <QCoreApplication>

#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("zonearchive-tests"));
    QCoreApplication::setApplicationVersion(QStringLiteral("0.0-test"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
