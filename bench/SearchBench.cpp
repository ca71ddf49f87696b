// Search latency and import throughput on a large synthetic cell (docs/performance.md):
//   sochibo-search-bench [--runs 31] [--keep DIR]
// The cell: 200 members, 10 years, 5 000 tasks with monthly reports, and 2 000 evidence files
// whose extracted text (what PDF ingestion stores) is varied Vietnamese prose. Each query is
// timed end to end through storage::searchRecords (FTS5 match, ranking, snippets), as the
// search box runs it while the user types.
#include "demo/SyntheticData.h"
#include "storage/Database.h"
#include "storage/JsonExchange.h"
#include "storage/Search.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

using namespace sochibo;
using namespace sochibo::storage;

namespace {

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[v.size() / 2];
}

double percentile95(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[std::min<qsizetype>(v.size() - 1, v.size() * 95 / 100)];
}

/// Prose for evidence file \a k: sentences drawn from a fixed list, different per file.
QString evidenceText(int k)
{
    static const QStringList sentences = {
        QStringLiteral("Biên bản sinh hoạt chi bộ tháng %1, đồng chí Bí thư chủ trì."),
        QStringLiteral("Đảng viên báo cáo kết quả thực hiện nhiệm vụ được giao trong tháng."),
        QStringLiteral("Minh chứng hoàn thành kế hoạch bồi dưỡng học sinh giỏi khối %1."),
        QStringLiteral("Giáo án điện tử và video tiết dạy đổi mới phương pháp."),
        QStringLiteral("Danh sách đảng viên tham gia học tập nghị quyết đợt %1."),
        QStringLiteral("Kết quả kiểm tra, giám sát việc khắc phục hạn chế sau kiểm điểm."),
        QStringLiteral("Ảnh chụp hoạt động tình nguyện của chi đoàn giáo viên."),
        QStringLiteral("Báo cáo tổng kết năm học và phương hướng năm học mới."),
        QStringLiteral("Sổ theo dõi kiến nghị của phụ huynh học sinh lớp %1."),
        QStringLiteral("Quyết định khen thưởng giáo viên dạy giỏi cấp huyện."),
    };
    QStringList out;
    for (int i = 0; i < 40; ++i) // about 2 500 characters, a few pages of a scanned report
    {
        const QString &sentence = sentences[(k * 7 + i * 3) % sentences.size()];
        out << (sentence.contains(QLatin1String("%1")) ? sentence.arg((k + i) % 12 + 1) : sentence);
    }
    return out.join(QLatin1Char(' '));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qsizetype r = args.indexOf(QStringLiteral("--runs"));
    const int runs = r > 0 && r + 1 < args.size() ? args[r + 1].toInt() : 31;
    const qsizetype k = args.indexOf(QStringLiteral("--keep"));
    QTemporaryDir temp;
    const QString dir = k > 0 && k + 1 < args.size() ? args[k + 1] : temp.path();
    const QString path = dir + QStringLiteral("/search-bench.db");
    QFile::remove(path);

    QElapsedTimer t;
    t.start();
    const Database db = Database::open(path, Database::Mode::Create);
    demo::SyntheticSize size;
    size.tasksPerYear = 500;
    demo::writeSynthetic(db, size);
    {
        // 2 000 evidence files with text, as ingestion leaves them.
        Transaction tx(db);
        // The synthetic cell's files are all one tiny scan: give 2 000 of them the text
        // ingestion would have read from real reports (the triggers index it).
        Statement ids2 =
            db.prepare(QStringLiteral("SELECT id FROM evidence ORDER BY id LIMIT 2000"));
        QList<qint64> files;
        while (ids2.step())
            files << ids2.integer(0);
        for (qsizetype i = 0; i < files.size(); ++i)
            db.prepare(QStringLiteral(
                           "UPDATE evidence SET content_text = ?1, inspected = 1 WHERE id = ?2"))
                .bind(1, evidenceText(int(i)))
                .bind(2, files[i])
                .exec();
        tx.commit();
    }
    const double writeSeconds = double(t.elapsed()) / 1000.0;
    const qint64 taskCount = db.scalar(QStringLiteral("SELECT count(*) FROM task")).toLongLong();
    const qint64 evidenceCount =
        db.scalar(QStringLiteral("SELECT count(*) FROM evidence")).toLongLong();
    const qint64 indexed =
        db.scalar(QStringLiteral("SELECT count(*) FROM search_index")).toLongLong();
    printf("cell: %lld tasks, %lld evidence files, %lld indexed records (written in %.1f s)\n",
           static_cast<long long>(taskCount), static_cast<long long>(evidenceCount),
           static_cast<long long>(indexed), writeSeconds);

    const QStringList queries = {QStringLiteral("d"),
                                 QStringLiteral("dang"),
                                 QStringLiteral("đảng viên"),
                                 QStringLiteral("minh chung"),
                                 QStringLiteral("bien ban sinh hoat"),
                                 QStringLiteral("hoc sinh gioi"),
                                 QStringLiteral("xyzzy")};
    printf("\n%-22s %8s %10s %10s\n", "query", "hits", "median ms", "p95 ms");
    for (const QString &q : queries) {
        QList<double> times;
        qsizetype hits = 0;
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer one;
            one.start();
            hits = searchRecords(db, q).size();
            times << double(one.nsecsElapsed()) / 1e6;
        }
        printf("%-22s %8lld %10.2f %10.2f\n", qPrintable(QStringLiteral("“%1”").arg(q)),
               static_cast<long long>(hits), median(times), percentile95(times));
    }

    // Import throughput: the whole cell exported to JSON and imported into a new file.
    const QByteArray json = JsonExchange::exportJson(db);
    const qint64 records = JsonExchange::recordCount(db);
    const QString copyPath = dir + QStringLiteral("/search-bench-import.db");
    QFile::remove(copyPath);
    const Database copy = Database::open(copyPath, Database::Mode::Create);
    t.restart();
    {
        Transaction tx(copy);
        JsonExchange::importJson(copy, json, true);
        tx.commit();
    }
    const double seconds = double(t.elapsed()) / 1000.0;
    printf("\nimport: %lld records (%.1f MB of JSON) in %.2f s = %.0f records/s, search index "
           "included\n",
           static_cast<long long>(records), double(json.size()) / 1e6, seconds,
           double(records) / seconds);
    return 0;
}
