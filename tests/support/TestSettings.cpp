#include "TestSettings.h"

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
    QSettings().clear();
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
