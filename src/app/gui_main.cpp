// sochibo: the desktop application; all logic is in src/gui.
#include "gui/app/BookActions.h"
#include "gui/app/Language.h"
#include "gui/app/MainWindow.h"
#include "gui/reports/ReportPage.h"
#include "gui/review/ReviewPage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>
#include <QLineEdit>
#include <QSettings>
#include <QTimer>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("sochibo"));
    QApplication::setOrganizationName(QStringLiteral("sochibo"));
    QApplication::setApplicationDisplayName(QStringLiteral("Sổ chi bộ"));
    QApplication::setApplicationVersion(QStringLiteral(SOCHIBO_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("vn.sochibo.SoChiBo"));
    QIcon icon;
    for (int size : {16, 32, 48, 256})
        icon.addFile(QStringLiteral(":/icons/sochibo-%1.png").arg(size), QSize(size, size));
    QApplication::setWindowIcon(icon);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Sổ chi bộ: hồ sơ và văn bản của chi bộ."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Tệp dữ liệu cần mở."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption todayOption(QStringLiteral("today"),
                                         QStringLiteral("Ngày dùng để tính quá hạn (YYYY-MM-DD)."),
                                         QStringLiteral("DATE"));
    const QCommandLineOption pageOption(
        QStringLiteral("page"),
        QStringLiteral("Trang mở đầu: overview, members, tasks, month, meetings, topics, "
                       "review, review-members, commitments, evidence, reports."),
        QStringLiteral("PAGE"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QStringLiteral("Lưu ảnh cửa sổ vào tệp PNG rồi thoát."),
                                        QStringLiteral("PNG"));
    const QCommandLineOption searchOption(QStringLiteral("search"),
                                          QStringLiteral("Mở với kết quả tìm kiếm này."),
                                          QStringLiteral("QUERY"));
    const QCommandLineOption languageOption(
        QStringLiteral("language"),
        QStringLiteral("Ngôn ngữ giao diện cho lần chạy này: vi hoặc en (mặc định: đã chọn trong "
                       "Xem ▸ Ngôn ngữ, lần đầu là vi)."),
        QStringLiteral("CODE"));
    parser.addOptions(
        {dbOption, todayOption, pageOption, searchOption, screenshot, languageOption});
    parser.process(app);
    const QString language =
        parser.isSet(languageOption) ? parser.value(languageOption) : sochibo::gui::savedLanguage();
    if (!sochibo::gui::availableLanguages().contains(language))
        qWarning("--language: %s", qPrintable(QStringLiteral("chỉ có vi hoặc en")));
    if (!sochibo::gui::installLanguage(language))
        qWarning("Thiếu bản dịch tiếng Việt trong chương trình; giao diện hiện bằng tiếng Anh.");

    sochibo::gui::MainWindow w;
    if (parser.isSet(todayOption)) {
        const QDate d = QDate::fromString(parser.value(todayOption), Qt::ISODate);
        if (d.isValid())
            w.setToday(d);
    }
    // --db FILE, else the database opened last time.
    const QString path = parser.isSet(dbOption)
                             ? parser.value(dbOption)
                             : QSettings().value(QStringLiteral("lastDatabase")).toString();
    if (!path.isEmpty() && !w.book()->openDatabase(path) && parser.isSet(dbOption))
        qWarning("%s", qPrintable(w.book()->lastError()));
    const QStringList pages = {QStringLiteral("overview"), QStringLiteral("members"),
                               QStringLiteral("tasks"),    QStringLiteral("month"),
                               QStringLiteral("meetings"), QStringLiteral("topics"),
                               QStringLiteral("review"),   QStringLiteral("commitments"),
                               QStringLiteral("evidence"), QStringLiteral("reports")};
    // "review-members": the review page on its members' reviews tab.
    const bool reviewMembers = parser.value(pageOption) == QLatin1String("review-members");
    const int page = reviewMembers ? int(sochibo::gui::MainWindow::Review)
                                   : int(pages.indexOf(parser.value(pageOption)));
    if (page >= 0)
        w.showPage(sochibo::gui::MainWindow::Page(page));
    if (reviewMembers)
        w.reviewPage()->showMembersTab();
    if (parser.isSet(searchOption)) {
        w.searchBox()->setText(parser.value(searchOption));
        w.runSearch(parser.value(searchOption));
    }
    w.show();
    if (parser.isSet(screenshot)) {
        if (page == sochibo::gui::MainWindow::Reports && w.reportPage()->preview()) {
            // wait for the page images rendered in the background
            QObject::connect(
                w.reportPage(), &sochibo::gui::ReportPage::pagesRendered, &app, [&](int n) {
                    if (n == w.reportPage()->pageCount())
                        QTimer::singleShot(100, &app, [&] {
                            app.exit(w.saveScreenshot(parser.value(screenshot)) ? 0 : 2);
                        });
                });
            return app.exec();
        }
        return w.saveScreenshot(parser.value(screenshot)) ? 0 : 2;
    }
    return app.exec();
}
