// sochibo-cli: assembles the libraries; all logic is in src/cli.
#include "cli/CliApp.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <unistd.h>

int main(int argc, char **argv)
{
    // Reports need fonts and a paint device, so a GUI application object, but never a window.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        // Qt wants a private runtime folder; give it one instead of printing a warning.
        const QByteArray dir =
            QDir::tempPath().toUtf8() + "/sochibo-runtime-" + QByteArray::number(getuid());
        QDir().mkpath(QString::fromUtf8(dir));
        QFile::setPermissions(QString::fromUtf8(dir), QFileDevice::ReadOwner |
                                                          QFileDevice::WriteOwner |
                                                          QFileDevice::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", dir);
    }
    QGuiApplication app(argc, argv);
    // The same settings as the window (the backups folder, say).
    QCoreApplication::setOrganizationName(QStringLiteral("sochibo"));
    QCoreApplication::setApplicationName(QStringLiteral("sochibo"));
    QStringList args = app.arguments();
    args.removeFirst();
    QTextStream out(stdout), err(stderr);
    const int code = sochibo::cli::CliApp(out, err).run(args);
    out.flush();
    err.flush();
    return code;
}
