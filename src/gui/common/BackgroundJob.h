#pragma once
#include <QCoreApplication>
#include <QFuture>
#include <QObject>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

#include <type_traits>
#include <utility>

namespace sochibo::gui {

/// The one way the window works off the GUI thread: \a work runs in Qt's thread pool
/// (QtConcurrent) and must not touch widgets or the window's database connection (a job
/// that reads the book opens its own); \a done then gets its result on the GUI thread, unless
/// \a context was destroyed meanwhile. Backups, the integrity check, reading evidence files,
/// attaching files and drawing PDF pages all go through here, so that closing the window (and
/// a test) can wait for every one of them: waitForAll().
namespace jobs {

/// Registers a running job so that waitForAll() sees it.
void track(const QFuture<void> &future);

/// Waits for every job started with run(), then delivers their results (closing, tests).
void waitForAll();

/// How many jobs are still running.
int running();

template <typename Work, typename Done> void run(const QObject *context, Work work, Done done)
{
    using Result = std::invoke_result_t<Work>;
    QPointer<const QObject> guard(context);
    // The result is posted from inside the job, before it counts as finished, so that
    // waitForAll() delivers it by sending the posted events once the jobs are done.
    const auto job = [work = std::move(work), done = std::move(done), guard]() mutable {
        if constexpr (std::is_void_v<Result>) {
            work();
            QMetaObject::invokeMethod(
                qApp,
                [done, guard]() mutable {
                    if (guard)
                        done();
                },
                Qt::QueuedConnection);
        } else {
            Result result = work();
            QMetaObject::invokeMethod(
                qApp,
                [done, guard, result = std::move(result)]() mutable {
                    if (guard)
                        done(std::move(result));
                },
                Qt::QueuedConnection);
        }
    };
    track(QtConcurrent::run(job));
}

} // namespace jobs

} // namespace sochibo::gui
