#include "CliApp.h"
#include "core/TaskRules.h"

#include "demo/DemoData.h"
#include "evidence/Ingest.h"
#include "reportdata/ReportService.h"
#include "reportdata/TableExport.h"
#include "sheets/MemberImport.h"
#include "storage/Backup.h"
#include "storage/CellRepository.h"
#include "storage/ChangeLog.h"
#include "storage/EvidenceStore.h"
#include "storage/Files.h"
#include "storage/JsonExchange.h"
#include "storage/MeetingRepository.h"
#include "storage/MemberRepository.h"
#include "storage/Migrations.h"
#include "storage/Progress.h"
#include "storage/ReminderInputs.h"
#include "storage/ReviewRepository.h"
#include "storage/Search.h"
#include "storage/TaskRepository.h"
#include "storage/Transaction.h"
#include "text/DocumentWording.h"
#include "text/Normalization.h"
#include "text/VietCollator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>

namespace sochibo::cli {

using namespace sochibo::core;
using namespace sochibo::storage;

namespace {

/// Options among the positional arguments: "--flag", "--key value", and "-o value" for
/// "--output value".
struct Args
{
    QStringList positional;
    QMap<QString, QString> options;
    QStringList unknown;

    static Args parse(const QStringList &a, const QStringList &flags, const QStringList &valued)
    {
        Args r;
        for (int i = 0; i < a.size(); ++i) {
            const QString &s = a[i];
            if (s == QLatin1String("-o") || s.startsWith(QLatin1String("--"))) {
                const QString key = s == QLatin1String("-o") ? QStringLiteral("output") : s.mid(2);
                if (flags.contains(key)) {
                    r.options.insert(key, QStringLiteral("1"));
                } else if (valued.contains(key) && i + 1 < a.size()) {
                    r.options.insert(key, a[++i]);
                } else {
                    r.unknown << s;
                }
            } else {
                r.positional << s;
            }
        }
        return r;
    }
};

QString padRight(const QString &s, int width)
{
    return s.size() >= width ? s + QLatin1Char(' ') : s.leftJustified(width);
}

/// The output guard every writing command asks (storage::outputPathProblem): a message and
/// false when \a output must not be written.
bool outputAllowed(QTextStream &err, const QString &output, const QString &dbPath, bool force,
                   bool backupOfSameBook = false)
{
    const OutputProblem problem = outputPathProblem(output, dbPath, backupOfSameBook);
    if (problem.isEmpty() || (force && problem.forceable))
        return true;
    err << QStringLiteral("Lỗi: ") << problem.message
        << (problem.forceable ? QStringLiteral(" (Thêm --force nếu chắc chắn muốn ghi đè.)")
                              : QString())
        << "\n";
    err.flush();
    return false;
}

QString actorName()
{
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return user.isEmpty() ? QStringLiteral("sochibo-cli") : user;
}

} // namespace

QString CliApp::usage()
{
    return QStringLiteral(
        "Cách dùng (usage): sochibo-cli LỆNH TỆP.db [tùy chọn]\n"
        "  --version                     phiên bản chương trình\n"
        "  init DB --cell TÊN --superior TÊN --place TÊN [--term-start NĂM --term-end NĂM]\n"
        "  demo DB                       ghi chi bộ mẫu vào tệp mới\n"
        "  import DB FILE.json [--evidence THƯ_MỤC] [--replace] [--allow-empty]\n"
        "  export DB FILE.json [--force]\n"
        "  import-members DB FILE.xlsx|.ods|.csv [--sheet N] [--map CỘT=TRƯỜNG …] [--dry-run]\n"
        "         [--skip-bad]  nhập danh sách đảng viên từ bảng tính (xem trước rồi ghi)\n"
        "  members DB                    danh sách đảng viên theo thứ tự tên\n"
        "  tasks DB [--overdue] [--month YYYY-MM]\n"
        "  meetings DB\n"
        "  todo DB                       việc cần làm: nhiệm vụ quá hạn, sắp đến hạn, dự bị…\n"
        "  check DB                      kiểm tra toàn vẹn và minh chứng\n"
        "  backup DB [DEST.db [--force]] sao lưu (không có DEST: vào thư mục sao lưu)\n"
        "  backups DB                    các bản sao lưu tự động, mới nhất trước\n"
        "  restore DB BACKUP.db          khôi phục (tệp hiện tại được sao lưu trước)\n"
        "  report DB remediation-plan|thematic-plan|self-review --year N [--date YYYY-MM-DD]\n"
        "         [--number NN] [--new-version] [--pdfa] [--issue] [--force]\n"
        "         -o OUT.pdf\n"
        "  report DB monthly-progress --month YYYY-MM|--quarter YYYY-Qn\n"
        "         [--signer deputy|secretary] [--group-by source|member] … -o OUT.pdf\n"
        "  report DB task-table --from YYYY-MM-DD --to YYYY-MM-DD … -o OUT.pdf  (A4 ngang)\n"
        "  report DB commitment --member MÃ_SỐ|--all --year N … -o OUT.pdf\n"
        "  report DB member-review --member MÃ_SỐ|--all --year N … -o OUT.pdf  (bản kiểm điểm)\n"
        "  report DB ratings-summary --year N … -o OUT.pdf  (tổng hợp xếp loại đảng viên)\n"
        "  report DB minutes --meeting MÃ_SỐ … -o OUT.pdf  (biên bản cuộc họp)\n"
        "  report DB annual-summary --year N … -o OUT.pdf  (tổng kết công tác xây dựng Đảng)\n"
        "  report DB term-report [--from NĂM --to NĂM] … -o OUT.pdf  (báo cáo chính trị nhiệm kỳ)\n"
        "  (report: -o OUT.docx hoặc --format docx ghi tệp Word để sửa tiếp)\n"
        "  month DB --month YYYY-MM|--quarter YYYY-Qn  nhiệm vụ của kỳ, cờ và số liệu\n"
        "  export-table DB tasks [--year N]|members|month --month YYYY-MM|--quarter YYYY-Qn\n"
        "         |ratings --year N|figures --year N [--force] -o OUT.xlsx  bảng tính Excel\n"
        "  history DB --table BẢNG --id N  ai đã thay đổi bản ghi này, khi nào\n"
        "  write-loop DB [--count N]     ghi thử liên tục, in mã sau mỗi lần ghi (kiểm thử)\n"
        "  attach DB --task|--progress|--meeting|--commitment|--shortcoming ID FILE…\n"
        "         [--caption TEXT] [--max-mb N]  đính kèm minh chứng\n"
        "  evidence DB [--missing [--month YYYY-MM]]  minh chứng; việc xong mà thiếu minh chứng\n"
        "  search DB TỪ KHÓA…            tìm trong mọi hồ sơ và nội dung tệp PDF\n"
        "Tùy chọn chung: --today YYYY-MM-DD (ngày dùng để tính quá hạn)\n"
        "Tệp ra (-o, export, backup DEST) không bao giờ là sổ đang mở hay kho minh chứng của "
        "nó;\n  một cơ sở dữ liệu hay tệp xuất dữ liệu đã có chỉ bị ghi đè khi thêm --force.\n");
}

Database CliApp::openToRead(const QString &path)
{
    const int version = Database::fileSchemaVersion(path);
    if (version > 0 && version < Migrations::latestVersion()) {
        try {
            Database::open(path, Database::Mode::OpenExisting); // migrates, backed up first
        } catch (const StorageError &e) {
            throw StorageError(e.kind(),
                               QStringLiteral("Sổ “%1” được tạo bằng phiên bản cũ hơn và cần nâng "
                                              "cấp trước khi đọc, nhưng chưa nâng cấp được: %2")
                                   .arg(path, e.message()));
        }
        m_err << QStringLiteral("Lưu ý: sổ “%1” đã được nâng cấp lên phiên bản dữ liệu %2 (bản "
                                "sao lưu trước khi nâng cấp nằm trong thư mục sao lưu).\n")
                     .arg(path)
                     .arg(Migrations::latestVersion());
    }
    return Database::open(path, Database::Mode::ReadOnly);
}

int CliApp::usageError(const QString &message)
{
    m_err << message << "\n" << usage();
    m_err.flush();
    return 1;
}

int CliApp::run(const QStringList &argsIn)
{
    QStringList args = argsIn;
    m_today = QDate::currentDate();
    const qsizetype t = args.indexOf(QStringLiteral("--today"));
    if (t >= 0) {
        if (t + 1 >= args.size() || !QDate::fromString(args[t + 1], Qt::ISODate).isValid())
            return usageError(QStringLiteral("--today cần một ngày dạng YYYY-MM-DD."));
        m_today = QDate::fromString(args[t + 1], Qt::ISODate);
        args.remove(t, 2);
    }
    if (!args.isEmpty() && args.first() == QLatin1String("--version")) {
        m_out << QStringLiteral("sochibo-cli %1\n").arg(QStringLiteral(SOCHIBO_VERSION));
        return 0;
    }
    if (args.isEmpty() || args.first() == QLatin1String("--help") ||
        args.first() == QLatin1String("-h")) {
        m_out << usage();
        return args.isEmpty() ? 1 : 0;
    }
    const QString command = args.takeFirst();
    try {
        if (command == QLatin1String("init"))
            return cmdInit(args);
        if (command == QLatin1String("demo"))
            return cmdDemo(args);
        if (command == QLatin1String("import"))
            return cmdImport(args);
        if (command == QLatin1String("export"))
            return cmdExport(args);
        if (command == QLatin1String("import-members"))
            return cmdImportMembers(args);
        if (command == QLatin1String("members"))
            return cmdMembers(args);
        if (command == QLatin1String("tasks"))
            return cmdTasks(args);
        if (command == QLatin1String("meetings"))
            return cmdMeetings(args);
        if (command == QLatin1String("todo"))
            return cmdTodo(args);
        if (command == QLatin1String("check"))
            return cmdCheck(args);
        if (command == QLatin1String("backup"))
            return cmdBackup(args);
        if (command == QLatin1String("report"))
            return cmdReport(args);
        if (command == QLatin1String("history"))
            return cmdHistory(args);
        if (command == QLatin1String("month"))
            return cmdMonth(args);
        if (command == QLatin1String("export-table"))
            return cmdExportTable(args);
        if (command == QLatin1String("backups"))
            return cmdBackups(args);
        if (command == QLatin1String("restore"))
            return cmdRestore(args);
        if (command == QLatin1String("write-loop"))
            return cmdWriteLoop(args);
        if (command == QLatin1String("attach"))
            return cmdAttach(args);
        if (command == QLatin1String("evidence"))
            return cmdEvidence(args);
        if (command == QLatin1String("search"))
            return cmdSearch(args);
    } catch (const StorageError &e) {
        m_err << "Lỗi: " << e.message() << "\n";
        m_err.flush();
        return 2;
    }
    return usageError(QStringLiteral("Lệnh không biết: “%1”.").arg(command));
}

int CliApp::cmdInit(const QStringList &a)
{
    const Args p =
        Args::parse(a, {},
                    {QStringLiteral("cell"), QStringLiteral("superior"), QStringLiteral("place"),
                     QStringLiteral("term-start"), QStringLiteral("term-end")});
    if (p.positional.size() != 1 || !p.unknown.isEmpty() ||
        !p.options.contains(QStringLiteral("cell")))
        return usageError(
            QStringLiteral("init cần: DB --cell TÊN [--superior TÊN] [--place TÊN]."));
    const QString path = p.positional[0];
    if (QFileInfo::exists(path)) {
        m_err << QStringLiteral("Lỗi: tệp “%1” đã có; init chỉ tạo tệp mới.\n").arg(path);
        return 2;
    }
    Database db = Database::open(path, Database::Mode::Create);
    Transaction tx(db);
    db.setActor(actorName());
    Cell c;
    c.name = p.options.value(QStringLiteral("cell"));
    c.superiorBody = p.options.value(QStringLiteral("superior"));
    c.place = p.options.value(QStringLiteral("place"));
    c.termStart = p.options.value(QStringLiteral("term-start")).toInt();
    c.termEnd = p.options.value(QStringLiteral("term-end")).toInt();
    CellRepository(db).saveCell(c);
    // A new cell starts from a complete self-assessment form for this year.
    ReviewRepository(db).addDefaultCriteria(m_today.year());
    tx.commit();
    m_out << QStringLiteral("Đã tạo “%1” cho %2.\n").arg(path, c.name);
    return 0;
}

int CliApp::cmdDemo(const QStringList &a)
{
    if (a.size() != 1)
        return usageError(QStringLiteral("demo cần đúng một tệp DB."));
    Database db = Database::open(a[0], Database::Mode::Create);
    if (JsonExchange::recordCount(db) > 0) {
        m_err << QStringLiteral("Lỗi: tệp “%1” đã có dữ liệu; dữ liệu mẫu chỉ ghi vào tệp trống.\n")
                     .arg(a[0]);
        return 2;
    }
    demo::writeDemo(db);
    evidence::ingestPending(db); // the demo's files get their thumbnails and text
    m_out << QStringLiteral("Đã ghi dữ liệu mẫu vào “%1” (%2 đảng viên).\n")
                 .arg(a[0])
                 .arg(MemberRepository(db).list(true).size());
    return 0;
}

int CliApp::cmdImport(const QStringList &a)
{
    const Args p = Args::parse(a, {QStringLiteral("replace"), QStringLiteral("allow-empty")},
                               {QStringLiteral("evidence")});
    if (p.positional.size() != 2 || !p.unknown.isEmpty())
        return usageError(QStringLiteral(
            "import cần: DB FILE.json [--evidence THƯ_MỤC] [--replace] [--allow-empty]."));
    QByteArray json;
    try {
        json = files::readRegular(p.positional[1], 1024LL * 1024 * 1024, true);
    } catch (const StorageError &e) {
        m_err << QStringLiteral("Lỗi: không đọc được “%1”: %2\n").arg(p.positional[1], e.message());
        return 2;
    }
    const QString path = p.positional[0];
    const bool newBook = files::kindOf(path, true) == files::Kind::Missing;
    const QString store = EvidenceStore::storeDirFor(path);
    const bool newStore = files::kindOf(store, true) == files::Kind::Missing;
    try {
        Database db = Database::open(path, Database::Mode::Create);
        if (JsonExchange::recordCount(db) > 0) {
            requireIntact(db); // never write into a book `check` calls damaged
            automaticBackup(db, BackupReason::Import); // the records as they were, kept
        }
        Transaction tx(db);
        db.setActor(actorName());
        JsonExchange::importJson(db, json, p.options.contains(QStringLiteral("replace")),
                                 p.options.value(QStringLiteral("evidence")),
                                 p.options.contains(QStringLiteral("allow-empty")));
        evidence::ingestPending(db); // text and thumbnails of the imported files, for search
        tx.commit();
        m_out << QStringLiteral("Đã nhập %1 bản ghi.\n").arg(JsonExchange::recordCount(db));
    } catch (const StorageError &) {
        if (newBook) {
            // A refused import into a new path leaves nothing behind: no empty book, no store.
            for (const char *suffix : {"", "-wal", "-shm", "-journal"})
                QFile::remove(path + QLatin1String(suffix));
            if (newStore)
                QDir(store).removeRecursively();
        }
        throw;
    }
    return 0;
}

int CliApp::cmdExport(const QStringList &a)
{
    const Args p = Args::parse(a, {QStringLiteral("force")}, {});
    if (p.positional.size() != 2 || !p.unknown.isEmpty())
        return usageError(QStringLiteral("export cần: DB FILE.json [--force]."));
    const QString output = p.positional[1];
    if (!outputAllowed(m_err, output, p.positional[0], p.options.contains(QStringLiteral("force"))))
        return 2;
    const Database db = openToRead(p.positional[0]);
    // Owner-only and atomic: the export holds every member's personal data.
    files::writeAtomically(output, JsonExchange::exportJson(db),
                           QStringLiteral("tệp xuất “%1”").arg(output));
    return 0;
}

int CliApp::cmdImportMembers(const QStringList &aIn)
{
    using namespace sochibo::sheets;
    QStringList a = aIn;
    QList<std::pair<QString, QString>> maps; // --map may repeat
    for (qsizetype i = a.indexOf(QStringLiteral("--map")); i >= 0;
         i = a.indexOf(QStringLiteral("--map"))) {
        const QString spec = i + 1 < a.size() ? a[i + 1] : QString();
        const qsizetype eq = spec.lastIndexOf(QLatin1Char('='));
        if (eq <= 0)
            return usageError(QStringLiteral("--map cần dạng CỘT=TRƯỜNG, ví dụ --map C=birth hoặc "
                                             "--map \"Ngày sinh\"=birth."));
        maps.append({spec.left(eq), spec.mid(eq + 1)});
        a.remove(i, 2);
    }
    const Args p = Args::parse(a, {QStringLiteral("dry-run"), QStringLiteral("skip-bad")},
                               {QStringLiteral("sheet")});
    if (p.positional.size() != 2 || !p.unknown.isEmpty())
        return usageError(QStringLiteral("import-members cần: DB FILE [--sheet N] [--map "
                                         "CỘT=TRƯỜNG …] [--dry-run] [--skip-bad]."));
    int sheet = 1;
    if (p.options.contains(QStringLiteral("sheet"))) {
        bool ok = false;
        sheet = p.options.value(QStringLiteral("sheet")).toInt(&ok);
        if (!ok || sheet < 1)
            return usageError(QStringLiteral("--sheet cần số thứ tự của trang, từ 1."));
    }
    const QString file = p.positional[1];
    QByteArray bytes;
    try {
        bytes = files::readRegular(file, 64LL * 1024 * 1024, true);
    } catch (const StorageError &e) {
        m_err << QStringLiteral("Lỗi: không đọc được “%1”: %2\n").arg(file, e.message());
        return 2;
    }
    const Workbook book = readWorkbook(bytes, QFileInfo(file).fileName());
    const bool dryRun = p.options.contains(QStringLiteral("dry-run"));
    Database db = dryRun ? openToRead(p.positional[0])
                         : Database::open(p.positional[0], Database::Mode::OpenExisting);
    const QList<Member> existing = MemberRepository(db).list(true);
    const QString name = QFileInfo(file).fileName();
    ImportPlan plan = planMemberImport(book, name, sheet - 1, existing, m_today);
    if (!maps.isEmpty()) {
        QMap<int, MemberField> overrides;
        for (const auto &[column, code] : maps) {
            bool ok = false;
            const MemberField field = fieldFromCode(code, &ok);
            if (!ok) {
                QStringList codes;
                for (MemberField f : allMemberFields())
                    codes << QStringLiteral("%1 (%2)").arg(fieldCode(f), fieldLabel(f));
                return usageError(QStringLiteral("Trường “%1” không có; dùng một trong: %2.")
                                      .arg(code, codes.join(QStringLiteral(", "))));
            }
            const int index = columnOf(plan, column);
            if (index < 0)
                return usageError(
                    QStringLiteral(
                        "Không có cột “%1” (dùng chữ cột như C, số như 3, hoặc tiêu đề).")
                        .arg(column));
            overrides.insert(index, field);
        }
        plan = planMemberImport(book, name, sheet - 1, existing, m_today, overrides);
    }
    m_out << describePlan(plan);
    m_out.flush();
    if (!plan.errors.isEmpty()) {
        m_err << QStringLiteral("Lỗi: danh sách chưa nhập được (xem các dòng “Lỗi:” ở trên); "
                                "không có gì được ghi.\n");
        return 2;
    }
    QStringList bad;
    for (const ImportRow &r : std::as_const(plan.rows))
        if (!r.errors.isEmpty())
            bad << QString::number(r.sheetRow);
    if (!bad.isEmpty() && !p.options.contains(QStringLiteral("skip-bad"))) {
        m_err << QStringLiteral("Lỗi: dòng %1 có lỗi. Sửa tệp, hoặc thêm --skip-bad để nhập các "
                                "dòng còn lại; không có gì được ghi.\n")
                     .arg(bad.size() <= 20 ? bad.join(QStringLiteral(", "))
                                           : QStringLiteral("%1 và %2 dòng khác")
                                                 .arg(bad.mid(0, 20).join(QStringLiteral(", ")))
                                                 .arg(bad.size() - 20));
        return 2;
    }
    if (dryRun) {
        m_out << QStringLiteral("(--dry-run: chưa ghi gì vào sổ.)\n");
        return 0;
    }
    if (plan.importCount() == 0) {
        m_err << QStringLiteral("Lỗi: không có đảng viên nào để nhập; không có gì được ghi.\n");
        return 2;
    }
    requireIntact(db); // never write into a book `check` calls damaged
    const QString backup = automaticBackup(db, BackupReason::Import);
    db.setActor(actorName());
    QList<Member> members;
    for (const ImportRow &r : std::as_const(plan.rows))
        if (!r.skip)
            members << r.member;
    const QList<qint64> ids = MemberRepository(db).addWithEvents(members);
    m_out << QStringLiteral("Đã nhập %1 đảng viên").arg(ids.size());
    if (!backup.isEmpty())
        m_out << QStringLiteral(" (sổ trước khi nhập được sao lưu vào “%1”)").arg(backup);
    m_out << ".\n";
    return 0;
}

int CliApp::cmdMembers(const QStringList &a)
{
    if (a.size() != 1)
        return usageError(QStringLiteral("members cần đúng một tệp DB."));
    const Database db = openToRead(a[0]);
    MemberRepository repo(db);
    const auto departed = repo.departedBy(m_today);
    for (const Member &m : repo.list()) {
        const QString status =
            departed.contains(m.id) ? departed.value(m.id).describe() : QString();
        const QString line = QString::number(m.id).rightJustified(4) + QStringLiteral("  ") +
                             padRight(m.fullName, 26) + padRight(label(m.role), 13) +
                             padRight(label(m.kind), 12) + padRight(label(m.job), 16) +
                             padRight(text::shortDate(m.admittedOn), 12) + status;
        qsizetype end = line.size(); // no trailing blanks when there is no status
        while (end > 0 && line.at(end - 1) == QLatin1Char(' '))
            --end;
        m_out << QStringView(line).left(end) << "\n";
    }
    m_out << QStringLiteral("Đang sinh hoạt: %1 đảng viên").arg(repo.membersOn(m_today).size());
    if (!departed.isEmpty())
        m_out << QStringLiteral("; đã rời chi bộ: %1").arg(departed.size());
    m_out << ".\n";
    return 0;
}

int CliApp::cmdTasks(const QStringList &a)
{
    const Args p = Args::parse(a, {QStringLiteral("overdue")}, {QStringLiteral("month")});
    if (p.positional.size() != 1 || !p.unknown.isEmpty())
        return usageError(QStringLiteral("tasks cần: DB [--overdue] [--month YYYY-MM]."));
    TaskFilter f;
    f.today = m_today;
    f.overdueOnly = p.options.contains(QStringLiteral("overdue"));
    f.month = p.options.value(QStringLiteral("month"));
    if (!f.month.isEmpty() &&
        !QRegularExpression(QStringLiteral("^\\d{4}-(0[1-9]|1[0-2])$")).match(f.month).hasMatch())
        return usageError(QStringLiteral("--month cần dạng YYYY-MM, ví dụ 2026-04."));
    const Database db = openToRead(p.positional[0]);
    TaskRepository repo(db);
    const auto names = MemberRepository(db).names();
    int n = 0;
    for (const Task &t : repo.list(f)) {
        QStringList flags;
        if (task_rules::overdue(t, AsOf::during(m_today)))
            flags << QStringLiteral("quá hạn");
        QStringList gaps;
        for (ClarityGap g : t.clarityGaps())
            gaps << label(g);
        if (!gaps.isEmpty())
            flags << QStringLiteral("thiếu: ") + gaps.join(QStringLiteral(", "));
        m_out << QString::number(t.id).rightJustified(4) << "  " << padRight(t.title.left(60), 62)
              << padRight(names.value(t.ownerId, QStringLiteral("(chưa giao)")), 24)
              << padRight(t.dueOn.isValid() ? text::shortDate(t.dueOn) : QStringLiteral("—"), 12)
              << padRight(label(t.status), 16) << flags.join(QStringLiteral("; ")) << "\n";
        ++n;
    }
    m_out << QStringLiteral("Tổng số: %1 nhiệm vụ.\n").arg(n);
    return 0;
}

int CliApp::cmdMeetings(const QStringList &a)
{
    if (a.size() != 1)
        return usageError(QStringLiteral("meetings cần đúng một tệp DB."));
    const Database db = openToRead(a[0]);
    for (const Meeting &m : MeetingRepository(db).list())
        m_out << QString::number(m.id).rightJustified(4) << "  " << text::shortDate(m.heldOn)
              << "  " << padRight(label(m.kind), 22) << padRight(m.attendanceSummary(), 14)
              << m.agenda.left(70) << "\n";
    return 0;
}

int CliApp::cmdTodo(const QStringList &a)
{
    if (a.size() != 1)
        return usageError(QStringLiteral("todo cần đúng một tệp DB."));
    const Database db = openToRead(a[0]);
    const QList<core::Reminder> list = core::reminders(storage::loadReminderInputs(db, m_today));
    if (list.isEmpty()) {
        m_out << QStringLiteral("Không có việc cần làm ngày %1.\n").arg(text::shortDate(m_today));
        return 0;
    }
    m_out << QStringLiteral("Việc cần làm ngày %1 (%2):\n")
                 .arg(text::shortDate(m_today))
                 .arg(list.size());
    for (const core::Reminder &r : list)
        m_out << "- " << r.text << "\n";
    return 0;
}

int CliApp::cmdCheck(const QStringList &a)
{
    if (a.size() != 1)
        return usageError(QStringLiteral("check cần đúng một tệp DB."));
    const Database db = openToRead(a[0]);
    const QStringList problems = checkBook(db);
    if (!problems.isEmpty()) {
        for (const QString &p : problems)
            m_err << p << "\n";
        m_err << QStringLiteral("Phát hiện %1 vấn đề.\n").arg(problems.size());
        return 2;
    }
    const qint64 files = EvidenceStore(db).distinctFiles();
    m_out << QStringLiteral("Dữ liệu toàn vẹn; %1 tệp minh chứng đúng mã băm.\n").arg(files);
    const QStringList exposed = Database::filesOthersCanRead(a[0]);
    for (const QString &f : exposed)
        m_err << QStringLiteral("Cảnh báo: người dùng khác trên máy này đọc được “%1” (dữ liệu "
                                "cá nhân của đảng viên).\n")
                     .arg(f);
    if (!exposed.isEmpty())
        m_err << QStringLiteral("Sửa tất cả bằng nút “Chỉ cho tôi đọc tệp sổ” trong cửa sổ, hoặc: "
                                "chmod -R go-rwx “%1” và các thư mục đi kèm.\n")
                     .arg(a[0]);
    return 0;
}

int CliApp::cmdBackup(const QStringList &args)
{
    const Args p = Args::parse(args, {QStringLiteral("force")}, {});
    const QStringList &a = p.positional;
    if ((a.size() != 1 && a.size() != 2) || !p.unknown.isEmpty())
        return usageError(QStringLiteral("backup cần: DB [DEST.db [--force]]."));
    if (a.size() == 2 &&
        !outputAllowed(m_err, a[1], a[0], p.options.contains(QStringLiteral("force")), true))
        return 2;
    const Database db = openToRead(a[0]);
    if (a.size() == 1) {
        const QString path = automaticBackup(db, BackupReason::Manual);
        m_out << QStringLiteral("Đã sao lưu vào “%1”.\n").arg(path);
        return 0;
    }
    const BackupResult r = backupDatabase(db, a[1]);
    m_out << QStringLiteral("Đã sao lưu vào “%1”; minh chứng: %2 tệp mới, %3 tệp đã có.\n")
                 .arg(r.path)
                 .arg(r.evidenceCopied)
                 .arg(r.evidenceKept);
    if (r.evidenceMissing > 0)
        m_err << QStringLiteral("Lưu ý: %1 tệp minh chứng đã thiếu trong kho của sổ nên không "
                                "có trong bản sao lưu (xem “sochibo-cli check”).\n")
                     .arg(r.evidenceMissing);
    return 0;
}

int CliApp::cmdBackups(const QStringList &a)
{
    if (a.size() != 1)
        return usageError(QStringLiteral("backups cần đúng một tệp DB."));
    const QString dir = backupsDirFor(a[0]);
    const QList<BackupInfo> list = listBackups(dir, QFileInfo(a[0]).completeBaseName());
    if (list.isEmpty()) {
        m_out << QStringLiteral("Chưa có bản sao lưu nào trong “%1”.\n").arg(dir);
        return 0;
    }
    for (const BackupInfo &b : list)
        m_out << b.at.toString(QStringLiteral("dd/MM/yyyy HH:mm:ss")) << "  "
              << padRight(backupReasonLabel(b.reasonCode), 24) << b.summary() << "  " << b.path
              << "\n";
    return 0;
}

int CliApp::cmdRestore(const QStringList &a)
{
    if (a.size() != 2)
        return usageError(QStringLiteral("restore cần: DB BACKUP.db."));
    const RestoreResult r = restoreBackup(a[0], a[1]);
    m_out << QStringLiteral("Đã khôi phục “%1” từ “%2”. Bản trước khi khôi phục: “%3”; %4 tệp "
                            "minh chứng được chép lại.\n")
                 .arg(a[0], a[1], r.safetyCopy)
                 .arg(r.evidenceRestored);
    return 0;
}

int CliApp::cmdWriteLoop(const QStringList &a)
{
    const Args p = Args::parse(a, {}, {QStringLiteral("count")});
    bool ok = true;
    const int count = p.options.contains(QStringLiteral("count"))
                          ? p.options.value(QStringLiteral("count")).toInt(&ok)
                          : -1;
    if (p.positional.size() != 1 || !p.unknown.isEmpty() || !ok)
        return usageError(QStringLiteral("write-loop cần: DB [--count N]."));
    Database db = Database::open(p.positional[0], Database::Mode::Create);
    db.setActor(QStringLiteral("write-loop"));
    TaskRepository tasks(db);
    // Each line is printed only after its transaction committed: a line the caller read is
    // a write SQLite promised to keep (the crash harness checks exactly that).
    for (int i = 0; count < 0 || i < count; ++i) {
        Transaction tx(db);
        core::Task t;
        t.title = QStringLiteral("Ghi thử %1").arg(i + 1);
        t.description = QString(200, QChar(u'x'));
        t.dueOn = m_today.addDays(i % 60);
        const qint64 id = tasks.save(t);
        tx.commit();
        m_out << id << "\n";
        m_out.flush();
    }
    return 0;
}

int CliApp::cmdReport(const QStringList &a)
{
    const Args p =
        Args::parse(a,
                    {QStringLiteral("pdfa"), QStringLiteral("issue"), QStringLiteral("all"),
                     QStringLiteral("force"), QStringLiteral("new-version")},
                    {QStringLiteral("year"), QStringLiteral("date"), QStringLiteral("number"),
                     QStringLiteral("output"), QStringLiteral("month"), QStringLiteral("quarter"),
                     QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("member"),
                     QStringLiteral("signer"), QStringLiteral("group-by"), QStringLiteral("format"),
                     QStringLiteral("meeting")});
    const QString output = p.options.value(QStringLiteral("output"));
    if (p.positional.size() != 2 || !p.unknown.isEmpty() || output.isEmpty())
        return usageError(
            QStringLiteral("report cần: DB LOẠI [tùy chọn của loại] -o OUT.pdf (hoặc OUT.docx)."));
    const QString kind = p.positional[1];
    if (!reports::ReportBuilder::kinds().contains(kind))
        return usageError(
            QStringLiteral("Loại báo cáo không biết: “%1” (có: %2).")
                .arg(kind, reports::ReportBuilder::kinds().join(QStringLiteral(", "))));
    bool ok = false;
    reports::ReportRequest req;
    req.kind = kind;
    req.today = m_today;
    const auto dateOption = [&](const char *name, QDate *into) {
        const QString v = p.options.value(QLatin1String(name));
        *into = QDate::fromString(v, Qt::ISODate);
        return into->isValid();
    };
    if (kind == QLatin1String("monthly-progress")) {
        const bool month = p.options.contains(QStringLiteral("month"));
        if (month == p.options.contains(QStringLiteral("quarter")))
            return usageError(QStringLiteral(
                "monthly-progress cần một trong hai: --month YYYY-MM hoặc --quarter YYYY-Qn."));
        req.period = p.options.value(month ? QStringLiteral("month") : QStringLiteral("quarter"));
        if (!(month ? Period::month(req.period) : Period::quarter(req.period)))
            return usageError(month ? QStringLiteral("--month cần dạng YYYY-MM, ví dụ 2026-04.")
                                    : QStringLiteral("--quarter cần dạng YYYY-Qn, ví dụ 2026-Q2."));
    } else if (kind == QLatin1String("task-table")) {
        if (!dateOption("from", &req.from) || !dateOption("to", &req.to) || req.from > req.to)
            return usageError(QStringLiteral("task-table cần --from YYYY-MM-DD --to YYYY-MM-DD "
                                             "(ngày đầu không sau ngày cuối)."));
    } else if (reports::ReportBuilder::isTermKind(kind)) {
        // years; without them, the cell's term
        const bool from = p.options.contains(QStringLiteral("from")),
                   to = p.options.contains(QStringLiteral("to"));
        if (from != to)
            return usageError(QStringLiteral("%1 cần cả --from NĂM và --to NĂM, hoặc không cần "
                                             "cả hai (nhiệm kỳ của chi ủy).")
                                  .arg(kind));
        if (from) {
            bool okFrom = false, okTo = false;
            const int first = p.options.value(QStringLiteral("from")).toInt(&okFrom);
            const int last = p.options.value(QStringLiteral("to")).toInt(&okTo);
            if (!okFrom || !okTo || first < 1990 || last > 2100 || first > last || last - first > 9)
                return usageError(QStringLiteral("--from và --to cần hai năm, năm đầu không sau "
                                                 "năm cuối, ví dụ --from 2022 --to 2026."));
            req.from = QDate(first, 1, 1);
            req.to = QDate(last, 12, 31);
        }
    } else if (reports::ReportBuilder::needsMeeting(kind)) {
        req.meetingId = p.options.value(QStringLiteral("meeting")).toLongLong(&ok);
        if (!ok || req.meetingId <= 0)
            return usageError(
                QStringLiteral("%1 cần --meeting MÃ_SỐ (xem lệnh meetings).").arg(kind));
    } else {
        req.year = p.options.value(QStringLiteral("year")).toInt(&ok);
        if (!ok || req.year < 1990 || req.year > 2100)
            return usageError(QStringLiteral("--year cần một năm, ví dụ 2025."));
    }
    if (kind == QLatin1String("commitment") || kind == QLatin1String("member-review")) {
        req.allMembers = p.options.contains(QStringLiteral("all"));
        if (req.allMembers == p.options.contains(QStringLiteral("member")))
            return usageError(
                QStringLiteral("%1 cần một trong hai: --member MÃ_SỐ hoặc --all.").arg(kind));
        if (!req.allMembers) {
            req.memberId = p.options.value(QStringLiteral("member")).toLongLong(&ok);
            if (!ok || req.memberId <= 0)
                return usageError(
                    QStringLiteral("--member cần mã số đảng viên (xem lệnh members)."));
        }
    }
    if (p.options.contains(QStringLiteral("signer"))) {
        req.signer = p.options.value(QStringLiteral("signer"));
        if (req.signer != QLatin1String("secretary") && req.signer != QLatin1String("deputy"))
            return usageError(
                QStringLiteral("--signer nhận secretary (Bí thư) hoặc deputy (Phó Bí thư)."));
    }
    if (p.options.contains(QStringLiteral("group-by"))) {
        req.groupBy = p.options.value(QStringLiteral("group-by"));
        if (req.groupBy != QLatin1String("member") && req.groupBy != QLatin1String("source"))
            return usageError(QStringLiteral("--group-by nhận member (theo đảng viên) hoặc source "
                                             "(theo hạn chế, chuyên đề)."));
    }
    if (p.options.contains(QStringLiteral("date"))) {
        if (!dateOption("date", &req.date))
            return usageError(QStringLiteral("--date cần dạng YYYY-MM-DD."));
    } else {
        req.date = m_today;
    }
    if (p.options.contains(QStringLiteral("number"))) {
        req.number = p.options.value(QStringLiteral("number")).toInt(&ok);
        if (!ok || req.number <= 0)
            return usageError(QStringLiteral("--number cần một số dương."));
    }
    req.pdfA = p.options.contains(QStringLiteral("pdfa"));
    req.newVersion = p.options.contains(QStringLiteral("new-version"));
    const bool issue = p.options.contains(QStringLiteral("issue"));
    // Never over the book, whatever the format (the guard speaks first).
    if (!outputAllowed(m_err, output, p.positional[0], p.options.contains(QStringLiteral("force"))))
        return 2;
    const auto format =
        reports::ReportBuilder::formatFor(output, p.options.value(QStringLiteral("format")));
    if (!format)
        return usageError(p.options.contains(QStringLiteral("format"))
                              ? QStringLiteral("--format nhận pdf hoặc docx.")
                              : QStringLiteral("Không biết ghi “%1” dạng gì: hãy đặt đuôi .pdf "
                                               "hoặc .docx, hoặc chọn --format pdf|docx.")
                                    .arg(output));
    req.format = *format;
    if (req.pdfA && req.format != reports::OutputFormat::Pdf)
        return usageError(QStringLiteral("--pdfa chỉ dùng cho tệp PDF."));
    const Database db = issue ? Database::open(p.positional[0], Database::Mode::OpenExisting)
                              : openToRead(p.positional[0]);
    reportdata::ReportService service(db);
    // Issued already: a reprint keeps its number and date; issuing it again needs a new
    // version (checked before anything is written).
    const reports::BuiltReport built = service.build(req);
    if (issue && built.reprintOf) {
        m_err << QStringLiteral("Văn bản này đã vào sổ: số %1, ngày %2. Bản in lại giữ số và ngày "
                                "đó; để ban hành bản mới với số mới, thêm --new-version.\n")
                     .arg(built.symbol, text::shortDate(built.reprintOf->issuedOn));
        return 2;
    }
    const reports::RenderResult r = service.renderToFile(built, req, output);
    if (req.format == reports::OutputFormat::Docx)
        m_out << (r.symbol.isEmpty()
                      ? QStringLiteral("Đã ghi tệp Word “%1”.\n").arg(output)
                      : QStringLiteral("Đã ghi tệp Word “%1” (số %2).\n").arg(output, r.symbol));
    else if (r.symbol.isEmpty())
        m_out << QStringLiteral("Đã ghi “%1” (%2 trang).\n").arg(output).arg(r.pages);
    else
        m_out << QStringLiteral("Đã ghi “%1” (%2 trang, số %3).\n")
                     .arg(output)
                     .arg(r.pages)
                     .arg(r.symbol);
    if (issue && r.symbol.isEmpty()) {
        m_err << QStringLiteral("Lưu ý: văn bản này không mang số, không vào sổ văn bản.\n");
    } else if (issue) { // the document is now in the register: its number is taken
        service.issue(built, req.date);
        m_out << QStringLiteral("Đã vào sổ văn bản: %1, ngày %2.\n")
                     .arg(r.symbol, text::shortDate(req.date));
    }
    if (built.reprintOf)
        m_out << QStringLiteral("Bản in lại của văn bản đã ban hành ngày %1 (giữ số và ngày; "
                                "--new-version để ban hành bản mới).\n")
                     .arg(text::shortDate(built.reprintOf->issuedOn));
    // What the records contradict in the document: the secretary decides, but must see it.
    for (const QString &w : r.warnings)
        m_err << QStringLiteral("Lưu ý: ") << w << "\n";
    return 0;
}

int CliApp::cmdExportTable(const QStringList &a)
{
    const Args p = Args::parse(a, {QStringLiteral("force")},
                               {QStringLiteral("year"), QStringLiteral("month"),
                                QStringLiteral("quarter"), QStringLiteral("output")});
    const QString output = p.options.value(QStringLiteral("output"));
    const QStringList tables{QStringLiteral("tasks"), QStringLiteral("members"),
                             QStringLiteral("month"), QStringLiteral("ratings"),
                             QStringLiteral("figures")};
    if (p.positional.size() != 2 || !p.unknown.isEmpty() || output.isEmpty())
        return usageError(QStringLiteral("export-table cần: DB BẢNG [tùy chọn] -o OUT.xlsx."));
    const QString table = p.positional[1];
    if (!tables.contains(table))
        return usageError(QStringLiteral("Bảng không biết: “%1” (có: %2).")
                              .arg(table, tables.join(QStringLiteral(", "))));
    int year = 0;
    if (p.options.contains(QStringLiteral("year"))) {
        bool ok = false;
        year = p.options.value(QStringLiteral("year")).toInt(&ok);
        if (!ok || year < 1990 || year > 2100)
            return usageError(QStringLiteral("--year cần một năm, ví dụ 2026."));
    }
    if ((table == QLatin1String("ratings") || table == QLatin1String("figures")) && year == 0)
        return usageError(QStringLiteral("%1 cần --year N.").arg(table));
    std::optional<Period> period;
    if (table == QLatin1String("month")) {
        const bool month = p.options.contains(QStringLiteral("month"));
        if (month == p.options.contains(QStringLiteral("quarter")))
            return usageError(
                QStringLiteral("month cần một trong hai: --month YYYY-MM hoặc --quarter YYYY-Qn."));
        const QString code =
            p.options.value(month ? QStringLiteral("month") : QStringLiteral("quarter"));
        period = month ? Period::month(code) : Period::quarter(code);
        if (!period)
            return usageError(month ? QStringLiteral("--month cần dạng YYYY-MM, ví dụ 2026-04.")
                                    : QStringLiteral("--quarter cần dạng YYYY-Qn, ví dụ 2026-Q2."));
    }
    if (!outputAllowed(m_err, output, p.positional[0], p.options.contains(QStringLiteral("force"))))
        return 2;
    if (!output.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive))
        return usageError(QStringLiteral("Bảng tính được ghi dạng Excel: hãy đặt tên tệp đuôi "
                                         ".xlsx."));
    const Database db = openToRead(p.positional[0]);
    namespace tables_ = reportdata::tables;
    const QList<reports::Sheet> sheets =
        table == QLatin1String("tasks")     ? tables_::tasks(db, year, m_today)
        : table == QLatin1String("members") ? tables_::members(db)
        : table == QLatin1String("month")   ? tables_::month(db, *period, m_today)
        : table == QLatin1String("ratings") ? tables_::ratings(db, year)
                                            : tables_::figures(db, year, m_today);
    tables_::save(db, sheets, output);
    int rows = 0;
    for (const reports::Sheet &s : sheets)
        rows += int(s.rows.size());
    m_out << QStringLiteral("Đã ghi “%1” (%2 trang tính, %3 dòng).\n")
                 .arg(output)
                 .arg(sheets.size())
                 .arg(rows);
    return 0;
}

int CliApp::cmdMonth(const QStringList &a)
{
    const Args p = Args::parse(a, {}, {QStringLiteral("month"), QStringLiteral("quarter")});
    const bool month = p.options.contains(QStringLiteral("month"));
    if (p.positional.size() != 1 || !p.unknown.isEmpty() ||
        month == p.options.contains(QStringLiteral("quarter")))
        return usageError(
            QStringLiteral("month cần: DB --month YYYY-MM (hoặc --quarter YYYY-Qn)."));
    const QString code =
        p.options.value(month ? QStringLiteral("month") : QStringLiteral("quarter"));
    const auto period = month ? Period::month(code) : Period::quarter(code);
    if (!period)
        return usageError(month ? QStringLiteral("--month cần dạng YYYY-MM, ví dụ 2026-04.")
                                : QStringLiteral("--quarter cần dạng YYYY-Qn, ví dụ 2026-Q2."));
    const Database db = openToRead(p.positional[0]);
    const PeriodProgress pp = Progress(db).compute(*period, m_today);
    m_out << text::capitalizeFirst(period->label())
          << QStringLiteral(" (tính đến %1)\n").arg(text::shortDate(pp.asOf));
    for (const PeriodTask &t : pp.tasks) {
        const QStringList flags = t.flagLabels();
        const QString status =
            t.doneByEnd ? QStringLiteral("Đã hoàn thành") : QStringLiteral("Chưa hoàn thành");
        m_out << QString::number(t.task.id).rightJustified(4) << "  "
              << padRight(t.task.title.left(50), 52)
              << padRight(t.ownerName.isEmpty() ? QStringLiteral("(chưa giao)") : t.ownerName, 24)
              << padRight(t.task.dueOn.isValid() ? text::shortDate(t.task.dueOn)
                                                 : QStringLiteral("—"),
                          12)
              << padRight(status, 17) << QStringLiteral("minh chứng %1").arg(t.evidence)
              << (flags.isEmpty() ? QString()
                                  : QStringLiteral("  ") + flags.join(QStringLiteral("; ")))
              << "\n";
    }
    const PeriodFigures &f = pp.figures;
    m_out << QStringLiteral(
                 "Số liệu: %1 nhiệm vụ trong kỳ, %2 đến hạn; hoàn thành %3 (đúng hạn %4, "
                 "trễ hạn %5); chưa hoàn thành %6 (quá hạn %7); hoàn thành chưa có "
                 "minh chứng %8; chưa rõ %9; chưa báo cáo %10; đảng viên đã báo cáo "
                 "%11/%12.\n")
                 .arg(f.active)
                 .arg(f.due)
                 .arg(f.done)
                 .arg(f.onTime)
                 .arg(f.late)
                 .arg(f.open)
                 .arg(f.overdue)
                 .arg(f.withoutEvidence)
                 .arg(f.vague)
                 .arg(f.noReport)
                 .arg(f.membersReported)
                 .arg(f.membersWithTasks);
    for (const PendingConclusion &c : pp.pendingConclusions)
        m_out << QStringLiteral("Kết luận ngày %1 chưa thành nhiệm vụ: %2\n")
                     .arg(text::shortDate(c.heldOn), c.text.simplified());
    return 0;
}

int CliApp::cmdHistory(const QStringList &a)
{
    const Args p = Args::parse(a, {}, {QStringLiteral("table"), QStringLiteral("id")});
    bool ok = false;
    const qint64 id = p.options.value(QStringLiteral("id")).toLongLong(&ok);
    const QString table = p.options.value(QStringLiteral("table"));
    if (p.positional.size() != 1 || !p.unknown.isEmpty() || !ok || id <= 0 ||
        !JsonExchange::tables().contains(table))
        return usageError(
            QStringLiteral("history cần: DB --table BẢNG --id N (BẢNG là một trong: %1).")
                .arg(JsonExchange::tables().join(QStringLiteral(", "))));
    const Database db = openToRead(p.positional[0]);
    const QList<ChangeEntry> entries = recordHistory(db, table, id);
    for (const ChangeEntry &e : entries) {
        m_out << e.at << "  " << e.actor << "  " << e.action << "\n";
        for (const FieldChange &f : e.fields) {
            if (f.before.isNull() || f.after.isNull())
                m_out << "    " << f.field << ": " << (f.before.isNull() ? f.after : f.before)
                      << "\n";
            else
                m_out << "    " << f.field << ": " << f.before << " → " << f.after << "\n";
        }
    }
    const int n = int(entries.size());
    if (n == 0)
        m_out
            << QStringLiteral("Không có thay đổi nào được ghi cho %1 số %2.\n").arg(table).arg(id);
    return 0;
}

int CliApp::cmdAttach(const QStringList &a)
{
    static const QStringList targets = {QStringLiteral("task"), QStringLiteral("progress"),
                                        QStringLiteral("meeting"), QStringLiteral("commitment"),
                                        QStringLiteral("shortcoming")};
    const Args p = Args::parse(
        a, {}, targets + QStringList{QStringLiteral("caption"), QStringLiteral("max-mb")});
    EvidenceTarget target;
    int given = 0;
    bool ok = true;
    for (const QString &t : targets) {
        if (!p.options.contains(t))
            continue;
        ++given;
        const qint64 id = p.options.value(t).toLongLong(&ok);
        if (!ok || id <= 0)
            break;
        (t == QLatin1String("task")         ? target.taskId
         : t == QLatin1String("progress")   ? target.progressId
         : t == QLatin1String("meeting")    ? target.meetingId
         : t == QLatin1String("commitment") ? target.commitmentId
                                            : target.shortcomingId) = id;
    }
    const qint64 maxMb =
        p.options.value(QStringLiteral("max-mb"), QStringLiteral("100")).toLongLong(&ok);
    if (p.positional.size() < 2 || !p.unknown.isEmpty() || given != 1 || !ok || maxMb <= 0 ||
        target.count() != 1)
        return usageError(QStringLiteral("attach cần: DB và đúng một trong --task, --progress, "
                                         "--meeting, --commitment, --shortcoming MÃ_SỐ, rồi "
                                         "một hay nhiều tệp."));
    const QStringList files = p.positional.mid(1);
    for (const QString &f : files) {
        const files::Kind kind = files::kindOf(f, true);
        if (kind == files::Kind::Missing) {
            m_err << QStringLiteral("Lỗi: không tìm thấy tệp “%1”.\n").arg(f);
            return 2;
        }
        if (kind != files::Kind::Regular) {
            m_err << QStringLiteral("Lỗi: “%1” %2, không phải tệp thường; không có gì được đính "
                                    "kèm.\n")
                         .arg(f, files::kindWords(kind));
            return 2;
        }
    }
    Database db = Database::open(p.positional[0], Database::Mode::OpenExisting);
    requireIntact(db); // never write into a book `check` calls damaged
    db.setActor(actorName());
    EvidenceStore store(db);
    QList<qint64> ids;
    {
        // All or nothing: a missing target or a file over the limit adds no row at all.
        Transaction tx(db);
        for (const QString &f : files)
            ids << store.addFile(f, target, p.options.value(QStringLiteral("caption")), actorName(),
                                 maxMb * 1024 * 1024);
        for (qint64 id : std::as_const(ids))
            evidence::ingestEvidence(db, id);
        tx.commit();
    }
    for (qint64 id : std::as_const(ids)) {
        const auto e = store.find(id);
        const EvidenceFacts read = store.facts(id);
        QStringList facts;
        if (read.pages > 0)
            facts << QStringLiteral("%1 trang").arg(read.pages);
        if (read.takenOn.isValid())
            facts << QStringLiteral("chụp ngày %1")
                         .arg(read.takenOn.toString(QStringLiteral("dd/MM/yyyy")));
        if (!read.previewNote.isEmpty())
            facts << read.previewNote;
        if (!read.signatures.isEmpty())
            facts << read.signatures.split(QLatin1Char('\n'));
        m_out << QStringLiteral("Đã đính kèm “%1” (minh chứng số %2%3).\n")
                     .arg(text::escapeControls(e->fileName))
                     .arg(id)
                     .arg(facts.isEmpty()
                              ? QString()
                              : QStringLiteral("; ") + facts.join(QStringLiteral("; ")));
    }
    return 0;
}

int CliApp::cmdEvidence(const QStringList &a)
{
    const Args p = Args::parse(a, {QStringLiteral("missing")}, {QStringLiteral("month")});
    const QString month =
        p.options.value(QStringLiteral("month"), m_today.toString(QStringLiteral("yyyy-MM")));
    if (p.positional.size() != 1 || !p.unknown.isEmpty() ||
        !QDate::fromString(month + QStringLiteral("-01"), Qt::ISODate).isValid())
        return usageError(QStringLiteral("evidence cần: DB [--missing [--month YYYY-MM]]."));
    const Database db = openToRead(p.positional[0]);
    if (!p.options.contains(QStringLiteral("missing"))) {
        const QList<Evidence> all = EvidenceStore(db).list();
        for (const Evidence &e : all)
            m_out << e.id << "  " << padRight(text::escapeControls(e.fileName), 36)
                  << padRight(QLocale(QLocale::Vietnamese).formattedDataSize(e.size), 10)
                  << e.addedOn.left(10) << "  " << text::escapeControls(e.description) << "\n";
        m_out << QStringLiteral("Tổng số: %1 tệp minh chứng.\n").arg(all.size());
        return 0;
    }
    TaskFilter done;
    done.missingEvidenceOnly = true;
    const QList<Task> tasks = TaskRepository(db).list(done);
    const QMap<qint64, QString> names = MemberRepository(db).names();
    m_out << QStringLiteral("Nhiệm vụ đã xong mà chưa có minh chứng: %1\n").arg(tasks.size());
    for (const Task &t : tasks)
        m_out << "  " << t.id << "  " << t.title << "  ("
              << (t.ownerId ? names.value(t.ownerId) : QStringLiteral("chưa giao")) << ")\n";
    // Members with tasks active in the month who attached nothing during it.
    const QDate first = QDate::fromString(month + QStringLiteral("-01"), Qt::ISODate);
    const QStringList members =
        Progress(db).compute(Period::ofMonth(first), m_today).membersWithoutEvidence;
    m_out << QStringLiteral("Đảng viên có nhiệm vụ trong tháng %1 mà chưa nộp minh chứng nào "
                            "trong tháng: %2\n")
                 .arg(first.toString(QStringLiteral("MM/yyyy")))
                 .arg(members.size());
    for (const QString &m : std::as_const(members))
        m_out << "  " << m << "\n";
    return 0;
}

int CliApp::cmdSearch(const QStringList &a)
{
    if (a.size() < 2)
        return usageError(QStringLiteral("search cần: DB TỪ_KHÓA…"));
    const QString query = a.mid(1).join(QLatin1Char(' '));
    const Database db = openToRead(a[0]);
    const QList<SearchHit> hits = searchRecords(db, query);
    for (const SearchHit &h : hits)
        // One hit, one line of four fields: nothing in a name may forge another.
        m_out << searchKindLabel(h.kind) << "\t" << h.refId << "\t" << text::escapeControls(h.title)
              << "\t" << text::escapeControls(h.markedSnippet()) << "\n";
    m_out << QStringLiteral("%1 kết quả cho “%2”.\n").arg(hits.size()).arg(query);
    return 0;
}

} // namespace sochibo::cli
