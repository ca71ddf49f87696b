#include "BackgroundJob.h"

#include <QCoreApplication>
#include <QList>
#include <QThreadPool>

namespace sochibo::gui::jobs {

namespace {
QList<QFuture<void>> &pending()
{
    static QList<QFuture<void>> list;
    return list;
}
} // namespace

void track(const QFuture<void> &future)
{
    QList<QFuture<void>> &list = pending();
    list.removeIf([](const QFuture<void> &f) { return f.isFinished(); });
    list << future;
}

void waitForAll()
{
    // A job's result may start another (the attach writes rows, then a reload); wait until
    // none is left.
    for (int round = 0; round < 10; ++round) {
        const QList<QFuture<void>> list = std::exchange(pending(), {});
        if (list.isEmpty())
            break;
        for (QFuture<void> f : list)
            f.waitForFinished();
        QCoreApplication::sendPostedEvents(); // the results the jobs posted
    }
}

int running()
{
    int n = 0;
    for (const QFuture<void> &f : std::as_const(pending()))
        n += f.isFinished() ? 0 : 1;
    return n;
}

} // namespace sochibo::gui::jobs
