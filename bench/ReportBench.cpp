// sochibo-bench: how long each report takes, in process and as a whole sochibo-cli run, on
// the demo cell and on a large synthetic one. Prints a Markdown table (docs/performance.md).
#include "demo/DemoData.h"
#include "demo/SyntheticData.h"
#include "reportdata/ReportService.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <functional>

using namespace sochibo;

namespace {

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    const qsizetype n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

double timeMs(const std::function<void()> &work)
{
    QElapsedTimer t;
    t.start();
    work();
    return double(t.nsecsElapsed()) / 1e6;
}

struct Case
{
    QString kind;
    int year;
};

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Đo thời gian lập báo cáo."));
    parser.addHelpOption();
    QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Số lần đo mỗi báo cáo."),
                                  QStringLiteral("N"), QStringLiteral("21"));
    QCommandLineOption membersOption(QStringLiteral("members"),
                                     QStringLiteral("Số đảng viên của chi bộ tổng hợp."),
                                     QStringLiteral("N"), QStringLiteral("200"));
    QCommandLineOption yearsOption(QStringLiteral("years"),
                                   QStringLiteral("Số năm hồ sơ của chi bộ tổng hợp."),
                                   QStringLiteral("N"), QStringLiteral("10"));
    QCommandLineOption keepOption(QStringLiteral("keep"),
                                  QStringLiteral("Giữ hai cơ sở dữ liệu trong thư mục này."),
                                  QStringLiteral("DIR"));
    parser.addOptions({runsOption, membersOption, yearsOption, keepOption});
    parser.process(app);
    const int runs = std::max(1, parser.value(runsOption).toInt());

    QTextStream out(stdout);
    try {
        QTemporaryDir dir;
        const QDir keep(parser.isSet(keepOption) ? parser.value(keepOption) : dir.path());
        const QString demoPath = keep.filePath(QStringLiteral("demo.db"));
        const QString bigPath = keep.filePath(QStringLiteral("synthetic.db"));
        for (const QString &path : {demoPath, bigPath}) { // start from empty records
            QFile::remove(path);
            QDir(path.chopped(3) + QStringLiteral(".evidence")).removeRecursively();
        }
        demo::SyntheticSize size;
        size.members = parser.value(membersOption).toInt();
        size.years = parser.value(yearsOption).toInt();

        const double demoWrite = timeMs([&] {
            const auto db = storage::Database::open(demoPath, storage::Database::Mode::Create);
            demo::writeDemo(db);
        });
        const double bigWrite = timeMs([&] {
            const auto db = storage::Database::open(bigPath, storage::Database::Mode::Create);
            demo::writeSynthetic(db, size);
        });
        out << "Ghi dữ liệu mẫu: " << qRound(demoWrite) << " ms; chi bộ tổng hợp (" << size.members
            << " đảng viên, " << size.years << " năm): " << qRound(bigWrite) << " ms\n\n";
        out << "| Dữ liệu | Báo cáo | Trang | Dựng mô hình | Trong tiến trình (trung vị) | Cùng "
               "tài liệu qua QPdfWriter | Cả lệnh CLI (trung vị) | Cả lệnh CLI, tệp Word "
               "(trung vị) |\n";
        out << "|---|---|---:|---:|---:|---:|---:|---:|\n";
        out.flush();

        const QList<std::pair<QString, QList<Case>>> sets = {
            {demoPath,
             {{QStringLiteral("remediation-plan"), 2025},
              {QStringLiteral("thematic-plan"), 2026},
              {QStringLiteral("self-review"), 2026}}},
            {bigPath,
             {{QStringLiteral("remediation-plan"), size.lastYear - 1},
              {QStringLiteral("thematic-plan"), size.lastYear},
              {QStringLiteral("self-review"), size.lastYear}}},
        };
        const QDate date(2026, 12, 10);
        int failures = 0;
        for (const auto &[path, cases] : sets) {
            const auto db = storage::Database::open(path, storage::Database::Mode::ReadOnly);
            const reportdata::ReportService service(db);
            for (const Case &c : cases) {
                reports::ReportRequest request;
                request.kind = c.kind;
                request.year = c.year;
                request.date = date;
                reports::RenderResult result;
                service.renderPdf(request, &result); // warm-up: fonts, caches
                QList<double> buildOnly;
                for (int i = 0; i < runs; ++i)
                    buildOnly << timeMs([&] { service.build(request); });
                QList<double> inProcess;
                for (int i = 0; i < runs; ++i)
                    inProcess << timeMs([&] { service.renderPdf(request, &result); });
                // The same document through QPdfWriter, for comparison.
                reports::ReportRequest viaQt = request;
                viaQt.qtWriter = true;
                service.renderPdf(viaQt);
                QList<double> qtWriter;
                for (int i = 0; i < runs; ++i)
                    qtWriter << timeMs([&] { service.renderPdf(viaQt); });

                // The whole command, as a PDF and as a Word file (--force: written over each run).
                const auto wholeCli = [&](const QString &file) {
                    const QStringList args = {QStringLiteral("report"),
                                              path,
                                              c.kind,
                                              QStringLiteral("--year"),
                                              QString::number(c.year),
                                              QStringLiteral("--date"),
                                              date.toString(Qt::ISODate),
                                              QStringLiteral("--force"),
                                              QStringLiteral("-o"),
                                              file};
                    QList<double> times;
                    for (int i = 0; i < runs; ++i) {
                        QProcess p;
                        p.setStandardOutputFile(QProcess::nullDevice());
                        p.setStandardErrorFile(QProcess::nullDevice());
                        times << timeMs([&] {
                            p.start(QStringLiteral(SOCHIBO_CLI_PATH), args);
                            p.waitForFinished(-1);
                        });
                        if (p.exitCode() != 0)
                            ++failures;
                    }
                    return times;
                };
                const QList<double> whole = wholeCli(dir.filePath(QStringLiteral("out.pdf")));
                const QList<double> wholeWord = wholeCli(dir.filePath(QStringLiteral("out.docx")));
                out << "| " << (path == demoPath ? "mẫu" : "tổng hợp") << " | " << c.kind << " | "
                    << result.pages << " | " << QString::number(median(buildOnly), 'f', 1)
                    << " ms | " << QString::number(median(inProcess), 'f', 1) << " ms | "
                    << QString::number(median(qtWriter), 'f', 1) << " ms | "
                    << QString::number(median(whole), 'f', 1) << " ms | "
                    << QString::number(median(wholeWord), 'f', 1) << " ms |\n";
                out.flush();
            }
        }
        // For comparison, the peer's way: LibreOffice headless turning the same Word file
        // (the demo's last document) into a PDF, with a warm profile.
        const QString lo = QStandardPaths::findExecutable(QStringLiteral("soffice"));
        if (!lo.isEmpty()) {
            const QStringList args = {QStringLiteral("-env:UserInstallation=file://") +
                                          dir.filePath(QStringLiteral("lo")),
                                      QStringLiteral("--headless"),
                                      QStringLiteral("--convert-to"),
                                      QStringLiteral("pdf"),
                                      QStringLiteral("--outdir"),
                                      dir.filePath(QStringLiteral("lo-out")),
                                      dir.filePath(QStringLiteral("out.docx"))};
            QList<double> times;
            for (int i = 0; i < std::min(runs, 5) + 1; ++i) {
                QProcess p;
                p.setStandardOutputFile(QProcess::nullDevice());
                p.setStandardErrorFile(QProcess::nullDevice());
                const double t = timeMs([&] {
                    p.start(lo, args);
                    p.waitForFinished(-1);
                });
                if (i > 0) // the first run creates the profile
                    times << t;
            }
            out << "\nLibreOffice headless, tệp Word cuối cùng ở trên sang PDF (hồ sơ đã khởi tạo, "
                   "trung vị "
                << times.size() << " lần): " << QString::number(median(times), 'f', 0) << " ms\n";
        }
        if (failures)
            out << "\n" << failures << " lần chạy CLI thất bại.\n";
        return failures ? 1 : 0;
    } catch (const std::exception &e) {
        QTextStream(stderr) << QString::fromUtf8(e.what()) << "\n";
        return 2;
    }
}
