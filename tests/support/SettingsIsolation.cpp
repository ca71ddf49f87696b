#include "SettingsIsolation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace sochibo::testing {

void isolateSettings()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(
        QStringLiteral("sochibo-test-%1").arg(QCoreApplication::applicationPid()));
    QSettings settings;
    // A test must never read or clear the user's own settings: stop the run if the file is not
    // this process's own, under the test-mode folder.
    const QString file = settings.fileName();
    const QString testFolder =
        QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    if (!file.startsWith(testFolder + QLatin1Char('/')) ||
        !file.contains(QCoreApplication::organizationName()))
        qFatal("isolateSettings: %s is not a test settings file under %s", qPrintable(file),
               qPrintable(testFolder));
    settings.clear();
}

void dropSettings()
{
    QSettings settings;
    settings.clear();
    settings.sync();
    QFile::remove(settings.fileName());
    QDir().rmdir(QFileInfo(settings.fileName()).absolutePath()); // the per-process folder
}

} // namespace sochibo::testing
