// The cell's tables as .xlsx, read back as Excel users see them (openpyxl): Vietnamese sheet
// names, bold heading row with a filter, panes frozen under it, columns as wide as their
// contents, dates as dates and counts as numbers, one row per record.
#include "TestPaths.h"
#include "core/TaskRules.h"
#include "demo/DemoData.h"
#include "reportdata/TableExport.h"
#include "storage/Database.h"
#include "storage/MemberRepository.h"
#include "storage/Progress.h"
#include "storage/Statistics.h"
#include "storage/TaskRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace sochibo;

class TestSpreadsheets : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<storage::Database> m_db;
    const QDate m_today{2026, 11, 21};

    /// The sheets of \a sheets saved and read back.
    QJsonArray roundTrip(const QList<reports::Sheet> &sheets, const QString &name)
    {
        const QString path = m_dir.filePath(name + QStringLiteral(".xlsx"));
        reportdata::tables::save(*m_db, sheets, path);
        return readBack(path);
    }

    QJsonArray readBack(const QString &path)
    {
        QProcess p;
        p.start(QStringLiteral("/usr/bin/python3"),
                {QStringLiteral(SOCHIBO_SOURCE_DIR "/tests/reports/read_xlsx.py"), path});
        if (!p.waitForFinished(60000) || p.exitCode() != 0) {
            qWarning().noquote() << p.readAllStandardError();
            return {};
        }
        const QJsonObject o = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        if (o[QStringLiteral("creator")].toString() !=
            QStringLiteral("Chi bộ Trường Tiểu học Vĩnh Phong 4"))
            return {};
        return o[QStringLiteral("sheets")].toArray();
    }

    /// What every sheet has: the heading row bold with a filter, frozen under it, columns at
    /// least as wide as the longest word of their heading.
    static void checkShape(const QJsonObject &s, const QStringList &headings)
    {
        QStringList got;
        for (const QJsonValue &h : s[QStringLiteral("headings")].toArray())
            got << h.toString();
        QCOMPARE(got, headings);
        QVERIFY(s[QStringLiteral("heading_bold")].toBool());
        QCOMPARE(s[QStringLiteral("freeze")].toString(), QStringLiteral("A2"));
        QVERIFY(s[QStringLiteral("filter")].toString().startsWith(QStringLiteral("A1:")));
        const QJsonArray widths = s[QStringLiteral("widths")].toArray();
        for (int c = 0; c < headings.size(); ++c) {
            qsizetype longest = 0;
            for (const QString &w : headings[c].split(QLatin1Char(' ')))
                longest = std::max(longest, w.size());
            QVERIFY2(widths[c].toDouble() >= double(longest), qPrintable(headings[c]));
        }
    }

    /// The kind of every cell of column \a column: "date", "number", "text" or "empty".
    static QSet<QString> kinds(const QJsonObject &s, int column)
    {
        QSet<QString> out;
        for (const QJsonValue &r : s[QStringLiteral("kinds")].toArray())
            out.insert(r.toArray()[column].toString());
        return out;
    }

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<storage::Database>(storage::Database::open(
            m_dir.filePath(QStringLiteral("demo.db")), storage::Database::Mode::Create));
        demo::writeDemo(*m_db);
    }

    void tasksOfAYear()
    {
        const QJsonArray sheets =
            roundTrip(reportdata::tables::tasks(*m_db, 2026, m_today), QStringLiteral("tasks"));
        QCOMPARE(sheets.size(), 1);
        const QJsonObject s = sheets[0].toObject();
        QCOMPARE(s[QStringLiteral("title")].toString(), QStringLiteral("Nhiệm vụ năm 2026"));
        checkShape(s, {QStringLiteral("STT"), QStringLiteral("Nhiệm vụ"),
                       QStringLiteral("Người phụ trách"), QStringLiteral("Ngày giao"),
                       QStringLiteral("Thời hạn"), QStringLiteral("Trạng thái"),
                       QStringLiteral("Ngày hoàn thành"), QStringLiteral("Sản phẩm"),
                       QStringLiteral("Minh chứng"), QStringLiteral("Chưa rõ"),
                       QStringLiteral("Nhận xét của Chi ủy")});
        storage::TaskFilter year;
        year.year = 2026;
        const QList<core::Task> tasks = storage::TaskRepository(*m_db).list(year);
        const QJsonArray rows = s[QStringLiteral("rows")].toArray();
        QCOMPARE(rows.size(), tasks.size());
        QCOMPARE(kinds(s, 0), QSet<QString>{QStringLiteral("number")});
        QVERIFY(kinds(s, 4).contains(QStringLiteral("date")));
        QVERIFY(!kinds(s, 4).contains(QStringLiteral("text")));
        QCOMPARE(kinds(s, 8), QSet<QString>{QStringLiteral("number")});
        // Each row as the task list shows it: the title, the due date, the state on the day.
        const core::AsOf at = core::AsOf::forYear(2026, m_today);
        for (int i = 0; i < tasks.size(); ++i) {
            const QJsonArray r = rows[i].toArray();
            QCOMPARE(r[1].toString(), tasks[i].title);
            if (tasks[i].dueOn.isValid())
                QCOMPARE(r[4].toString(), tasks[i].dueOn.toString(Qt::ISODate));
            QCOMPARE(r[5].toString(), core::label(core::task_rules::state(tasks[i], at)));
        }
    }

    void membersWithTheirEvents()
    {
        const QJsonArray sheets =
            roundTrip(reportdata::tables::members(*m_db), QStringLiteral("members"));
        QCOMPARE(sheets.size(), 2);
        const QJsonObject roster = sheets[0].toObject(), events = sheets[1].toObject();
        QCOMPARE(roster[QStringLiteral("title")].toString(), QStringLiteral("Đảng viên"));
        QCOMPARE(events[QStringLiteral("title")].toString(), QStringLiteral("Biến động đảng viên"));
        storage::MemberRepository members(*m_db);
        QCOMPARE(roster[QStringLiteral("rows")].toArray().size(), members.list(true).size());
        QCOMPARE(events[QStringLiteral("rows")].toArray().size(), members.events(0).size());
        // roster order (Vietnamese collation), as the members page
        QCOMPARE(roster[QStringLiteral("rows")].toArray().first().toArray()[1].toString(),
                 members.list(true).first().fullName);
        QVERIFY(kinds(roster, 3).contains(QStringLiteral("date")));  // date of birth
        QVERIFY(!kinds(roster, 8).contains(QStringLiteral("text"))); // admission date
        QCOMPARE(kinds(events, 3), QSet<QString>{QStringLiteral("date")});
    }

    void aMonthsTasksAndFigures()
    {
        const auto october = *core::Period::month(QStringLiteral("2026-10"));
        const QJsonArray sheets =
            roundTrip(reportdata::tables::month(*m_db, october, m_today), QStringLiteral("month"));
        QCOMPARE(sheets.size(), 2);
        const QJsonObject tasks = sheets[0].toObject(), figures = sheets[1].toObject();
        QCOMPARE(tasks[QStringLiteral("title")].toString(), QStringLiteral("Tháng 10-2026"));
        const core::PeriodProgress p = storage::Progress(*m_db).compute(october, m_today);
        QCOMPARE(tasks[QStringLiteral("rows")].toArray().size(), p.tasks.size());
        // the figures sheet says what the month page and the summary say
        const QJsonArray rows = figures[QStringLiteral("rows")].toArray();
        const auto figure = [&](const QString &name) {
            for (const QJsonValue &r : rows)
                if (r.toArray()[0].toString() == name)
                    return r.toArray()[1].toInt(-1);
            return -1;
        };
        QCOMPARE(figure(QStringLiteral("Nhiệm vụ thực hiện trong kỳ")), p.figures.active);
        QCOMPARE(figure(QStringLiteral("Quá hạn")), p.figures.overdue);
        QCOMPARE(kinds(figures, 1), QSet<QString>{QStringLiteral("number")});
        // the flags column names the overdue ones
        int flagged = 0;
        for (const QJsonValue &r : tasks[QStringLiteral("rows")].toArray())
            flagged += r.toArray()[9].toString().contains(QStringLiteral("quá hạn"));
        QCOMPARE(flagged, p.figures.overdue);
    }

    void ratingsOfAYear()
    {
        const QJsonArray sheets =
            roundTrip(reportdata::tables::ratings(*m_db, 2026), QStringLiteral("ratings"));
        const QJsonObject s = sheets[0].toObject();
        QCOMPARE(s[QStringLiteral("title")].toString(), QStringLiteral("Xếp loại năm 2026"));
        QCOMPARE(s[QStringLiteral("rows")].toArray().size(),
                 storage::MemberRepository(*m_db).membersOn(QDate(2026, 12, 31)).size());
        QVERIFY(kinds(s, 5).contains(QStringLiteral("number"))); // votes for
        QVERIFY(!kinds(s, 5).contains(QStringLiteral("text")));
    }

    void figuresOfAYearThroughTheCommandLine()
    {
        // sochibo-cli export-table writes the same file, owner-only.
        const QString path = m_dir.filePath(QStringLiteral("figures.xlsx"));
        QProcess cli;
        cli.start(QStringLiteral(SOCHIBO_BINARY_DIR "/src/app/sochibo-cli"),
                  {QStringLiteral("--today"), QStringLiteral("2026-11-21"),
                   QStringLiteral("export-table"), m_dir.filePath(QStringLiteral("demo.db")),
                   QStringLiteral("figures"), QStringLiteral("--year"), QStringLiteral("2026"),
                   QStringLiteral("-o"), path});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 0);
        QVERIFY(QString::fromUtf8(cli.readAllStandardOutput()).contains(QStringLiteral("38 dòng")));
        QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions{});
        const QJsonObject s = readBack(path)[0].toObject();
        QCOMPARE(s[QStringLiteral("title")].toString(), QStringLiteral("Số liệu năm 2026"));
        const core::YearFigures f = storage::Statistics(*m_db).year(2026, m_today);
        const QJsonArray rows = s[QStringLiteral("rows")].toArray();
        QCOMPARE(rows[1].toArray()[0].toString(), QStringLiteral("Đảng viên cuối năm"));
        QCOMPARE(rows[1].toArray()[1].toInt(), f.membersEnd);
        QCOMPARE(kinds(s, 1), QSet<QString>{QStringLiteral("number")});

        // A wrong extension, an unknown table: refused, nothing written.
        QProcess bad;
        bad.start(QStringLiteral(SOCHIBO_BINARY_DIR "/src/app/sochibo-cli"),
                  {QStringLiteral("export-table"), m_dir.filePath(QStringLiteral("demo.db")),
                   QStringLiteral("tasks"), QStringLiteral("-o"),
                   m_dir.filePath(QStringLiteral("tasks.csv"))});
        QVERIFY(bad.waitForFinished(60000));
        QCOMPARE(bad.exitCode(), 1); // a usage error
        QVERIFY(QString::fromUtf8(bad.readAllStandardError()).contains(QStringLiteral(".xlsx")));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("tasks.csv"))));
    }
};

QTEST_MAIN(TestSpreadsheets)
#include "TestSpreadsheets.moc"
