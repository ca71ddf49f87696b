// Crash-safety harness: runs `sochibo-cli write-loop` (it prints a task id after each commit),
// kills it with SIGKILL at a random moment, reopens the database and checks that it is whole
// (integrity_check, foreign_key_check) and that every id the writer acknowledged is there.
//
//   sochibo-crash-harness CLI KILLS [SEED] [WORKDIR]
//
// CTest runs 50 kills; docs/reliability.md gives the command for 1 000 and its result.
#include "storage/Backup.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>
#include <algorithm>
#include <cstdio>

using namespace sochibo::storage;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        fprintf(stderr, "usage: %s CLI KILLS [SEED] [WORKDIR]\n", argv[0]);
        return 1;
    }
    const QString cli = args[1];
    const int kills = args[2].toInt();
    const quint32 seed = args.size() > 3 ? args[3].toUInt() : 20261121u;
    QTemporaryDir temp;
    const QString work = args.size() > 4 ? args[4] : temp.path();
    QDir().mkpath(work);
    const QString db = QDir(work).filePath(QStringLiteral("crash.db"));
    for (const char *suffix : {"", "-wal", "-shm", ".lock"})
        QFile::remove(db + QLatin1String(suffix));

    // The kill window follows this machine's pace: twice the time a writer takes to create a
    // book and make its first write here and now (at least 150 ms), so a loaded CI runner still
    // sees kills during start-up, migration and the write loop alike.
    quint32 windowUs = 150000;
    {
        const QString probe = QDir(work).filePath(QStringLiteral("pace.db"));
        QElapsedTimer pace;
        pace.start();
        QProcess writer;
        writer.start(cli, {QStringLiteral("write-loop"), probe, QStringLiteral("--count"),
                           QStringLiteral("1")});
        if (!writer.waitForFinished(60000) || writer.exitCode() != 0) {
            fprintf(stderr, "%s write-loop did not finish\n", qPrintable(cli));
            return 1;
        }
        windowUs = std::max<quint32>(windowUs, quint32(2 * pace.nsecsElapsed() / 1000));
        for (const char *suffix : {"", "-wal", "-shm", ".lock"})
            QFile::remove(probe + QLatin1String(suffix));
    }
    QRandomGenerator rng(seed);
    QSet<qint64> acknowledged;
    int killedWhileWriting = 0, failures = 0;
    QElapsedTimer total;
    total.start();
    for (int k = 1; k <= kills; ++k) {
        QProcess writer;
        writer.setProcessChannelMode(QProcess::SeparateChannels);
        writer.start(cli, {QStringLiteral("write-loop"), db});
        if (!writer.waitForStarted(10000)) {
            fprintf(stderr, "cannot start %s\n", qPrintable(cli));
            return 1;
        }
        // Anywhere from program start-up (opening, migrating) to deep in the write loop.
        QThread::usleep(rng.bounded(windowUs));
        writer.kill(); // SIGKILL: no destructor, no flush, no checkpoint
        writer.waitForFinished(10000);
        const QList<QByteArray> lines = writer.readAllStandardOutput().split('\n');
        // Only complete lines count: the last one may have been cut by the kill.
        int acked = 0;
        for (int i = 0; i + 1 < lines.size(); ++i) {
            bool ok = false;
            const qint64 id = lines[i].toLongLong(&ok);
            if (ok) {
                acknowledged.insert(id);
                ++acked;
            }
        }
        killedWhileWriting += acked > 0 ? 1 : 0;

        QStringList problems;
        try {
            // Before the first acknowledged write the file may be missing or half-created;
            // then it must be creatable again, as the next writer would do.
            if (acknowledged.isEmpty() && !QFileInfo::exists(db))
                continue;
            const Database check = Database::open(
                db, acknowledged.isEmpty() ? Database::Mode::Create : Database::Mode::OpenExisting);
            problems = checkIntegrity(check);
            QSet<qint64> present;
            Statement st = check.prepare(QStringLiteral("SELECT id FROM task"));
            while (st.step())
                present.insert(st.integer(0));
            for (qint64 id : std::as_const(acknowledged))
                if (!present.contains(id))
                    problems << QStringLiteral("acknowledged task %1 is missing").arg(id);
        } catch (const StorageError &e) {
            problems << e.message();
        }
        if (!problems.isEmpty()) {
            ++failures;
            fprintf(stderr, "kill %d: %s\n", k, qPrintable(problems.join(QStringLiteral("; "))));
        }
    }
    printf("kills: %d, killed while writing: %d, acknowledged writes checked: %lld, "
           "failures: %d, kill window: %u ms, seconds: %.1f\n",
           kills, killedWhileWriting, static_cast<long long>(acknowledged.size()), failures,
           windowUs / 1000, double(total.elapsed()) / 1000.0);
    return failures == 0 && killedWhileWriting > 0 ? 0 : 1;
}
