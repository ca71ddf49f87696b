#pragma once
#include "gui/common/Prompts.h"

#include <QObject>
#include <QString>

#include <memory>

class QTimer;
class QWidget;

namespace sochibo::core {
class UserError;
}
namespace sochibo::storage {
class Database;
enum class BackupReason;
using StorageError = core::UserError;
} // namespace sochibo::storage

namespace sochibo::gui {

class BookSession;
class EditHistory;

/// What the File menu does with the book as a whole: create, open (with the way out of a
/// locked or damaged file), back up, verify, restore; and the work done in the background
/// while it is open (automatic backups, reading evidence files not inspected yet). The
/// book itself is held by the BookSession; this only opens and closes it.
class BookActions : public QObject
{
    Q_OBJECT
public:
    /// \a window: the parent of the progress dialogs and of the forms shown.
    BookActions(BookSession &session, EditHistory &edits, Prompts prompts, QWidget *window);
    ~BookActions() override;

    /// Opens \a path; on failure the reason is lastError() (and the status bar's).
    bool openDatabase(const QString &path);
    /// Tệp ▸ Mở sổ…: the file the user picks, opened (the reason told when it cannot be).
    void openWithDialog();
    /// "Tạo sổ cho chi bộ": the short form, then a new file (asked for) with the cell and its
    /// secretary, opened.
    bool createCell();
    /// Opens the demo cell, writing it first if this computer has none yet.
    bool openDemo();
    /// "Thông tin chi bộ và mẫu văn bản": the cell's details and document style, with undo;
    /// false when nothing changed.
    bool editCell();

    /// Backup now: the records and the new evidence files to a file the user names, copied
    /// in the background.
    void backupNow();
    /// Copies the records into the backups folder in the background (automatic backups).
    void backupInBackground(storage::BackupReason reason);
    /// Reads evidence files not inspected yet (attached by an import or an older version) in
    /// the background, then records their text, thumbnail and photo date.
    void ingestPendingInBackground();
    /// Tệp ▸ Kiểm tra toàn vẹn: integrity_check, foreign keys and every evidence hash, in the
    /// background; the result is told.
    void verifyAll();
    /// Tệp ▸ Thư mục sao lưu tự động…
    void chooseBackupFolder();
    /// Tệp ▸ Khôi phục từ bản sao lưu…: lists the backups, restores the chosen one.
    bool restoreFromBackup();
    /// Tệp ▸ Giới hạn dung lượng minh chứng…
    void chooseEvidenceSizeLimit();

    QString lastError() const { return m_lastError; }

signals:
    /// A line for the status bar (\a timeout in ms).
    void statusMessage(const QString &text, int timeout);
    /// Evidence files were read in the background and their facts recorded.
    void evidenceInspected();

private:
    /// After a failed open: read-only for a locked or read-only file, the latest good backup
    /// for a damaged one (asked). nullptr when the user declined or nothing can be done.
    std::unique_ptr<storage::Database>
    recoverOpen(const QString &path, const storage::StorageError &error, QString *readOnlyReason);
    void rememberRecent(const QString &path);
    BookSession &m_session;
    EditHistory &m_edits;
    Prompts m_prompts;
    QWidget *m_window;
    QTimer *m_dailyBackup;
    QString m_lastError;
};

} // namespace sochibo::gui
