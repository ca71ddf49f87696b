#pragma once
#include "storage/Database.h"
#include <QDate>
#include <QStringList>
#include <QTextStream>

namespace sochibo::cli {

/// sochibo-cli: every command of docs/cli.md. Exit codes: 0 success, 1 usage error,
/// 2 a problem with the data or files (one clear line on stderr, database unchanged).
class CliApp
{
public:
    CliApp(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) {}
    int run(const QStringList &args);

    static QString usage();

private:
    int cmdInit(const QStringList &a);
    int cmdDemo(const QStringList &a);
    int cmdImport(const QStringList &a);
    int cmdExport(const QStringList &a);
    int cmdMembers(const QStringList &a);
    int cmdTasks(const QStringList &a);
    int cmdMeetings(const QStringList &a);
    int cmdTodo(const QStringList &a);
    int cmdImportMembers(const QStringList &a);
    int cmdCheck(const QStringList &a);
    int cmdBackup(const QStringList &a);
    int cmdReport(const QStringList &a);
    int cmdHistory(const QStringList &a);
    int cmdMonth(const QStringList &a);
    int cmdExportTable(const QStringList &a);
    int cmdBackups(const QStringList &a);
    int cmdRestore(const QStringList &a);
    int cmdWriteLoop(const QStringList &a);
    int cmdAttach(const QStringList &a);
    int cmdEvidence(const QStringList &a);
    int cmdSearch(const QStringList &a);

    int usageError(const QString &message);
    /// Opens \a path read-only for a command that only reads. A book written by an earlier
    /// version is upgraded first (after its automatic backup), as the window does on opening,
    /// and the user is told; a file that cannot be upgraded is refused with the reason.
    storage::Database openToRead(const QString &path);
    QTextStream &m_out;
    QTextStream &m_err;
    QDate m_today;
};

} // namespace sochibo::cli
