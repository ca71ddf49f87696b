// sochibo-cli: assembles the libraries; all logic is in src/cli.
#include "cli/CliApp.h"

#include "storage/Files.h"
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <memory>

namespace {

/// Whether the command draws with Qt (demo evidence pictures, PDF/A through QPdfWriter) and
/// so needs Qt's GUI set-up. A report does not: it is laid out by our own text shaper and
/// PDF writer, and skipping the platform plug-in and the font database saves a third of the
/// command's time (docs/performance.md).
bool needsGui(int argc, char **argv)
{
    int command = 1; // after the global option (--today YYYY-MM-DD)
    while (command + 1 < argc && qstrcmp(argv[command], "--today") == 0)
        command += 2;
    if (command >= argc || qstrcmp(argv[command], "report") != 0)
        return true;
    for (int i = command + 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--pdfa") == 0)
            return true;
    }
    return false;
}

std::unique_ptr<QCoreApplication> application(int &argc, char **argv)
{
    if (!needsGui(argc, argv))
        return std::make_unique<QCoreApplication>(argc, argv);
    // A GUI application object for fonts and paint devices, but never a window.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        // Qt wants a private runtime folder; give it one instead of printing a warning.
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(sochibo::storage::files::userRuntimeDir()));
    }
    return std::make_unique<QGuiApplication>(argc, argv);
}

} // namespace

int main(int argc, char **argv)
{
    const std::unique_ptr<QCoreApplication> app = application(argc, argv);
    // The same settings as the window (the backups folder, say).
    QCoreApplication::setOrganizationName(QStringLiteral("sochibo"));
    QCoreApplication::setApplicationName(QStringLiteral("sochibo"));
    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    QTextStream out(stdout), err(stderr);
    const int code = sochibo::cli::CliApp(out, err).run(args);
    out.flush();
    err.flush();
    return code;
}
