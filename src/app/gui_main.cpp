// sochibo: the desktop application; all logic is in src/gui.
#include "gui/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("sochibo"));
    QApplication::setOrganizationName(QStringLiteral("sochibo"));
    QApplication::setApplicationDisplayName(QStringLiteral("Sổ chi bộ"));
    QCommandLineParser parser;
    parser.addHelpOption();
    QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Tệp dữ liệu cần mở."), QStringLiteral("FILE"));
    QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                  QStringLiteral("Lưu ảnh cửa sổ vào tệp PNG rồi thoát."), QStringLiteral("PNG"));
    parser.addOption(dbOption);
    parser.addOption(screenshot);
    parser.process(app);
    sochibo::gui::MainWindow w;
    if (parser.isSet(dbOption))
        w.openDatabase(parser.value(dbOption));
    w.resize(1200, 760);
    w.show();
    if (parser.isSet(screenshot))
        return w.saveScreenshot(parser.value(screenshot)) ? 0 : 2;
    return app.exec();
}
