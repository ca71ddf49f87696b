#include "BookActions.h"

#include "demo/DemoData.h"
#include "evidence/Ingest.h"
#include "gui/app/CellDialog.h"
#include "gui/app/EditHistory.h"
#include "gui/app/RestoreDialog.h"
#include "gui/common/BackgroundJob.h"
#include "gui/common/BookJobs.h"
#include "gui/common/BookSession.h"
#include "gui/common/SaveDocument.h"
#include "gui/evidence/AttachFiles.h"
#include "storage/Backup.h"
#include "storage/CellRepository.h"
#include "storage/Database.h"
#include "storage/EvidenceStore.h"
#include "storage/MemberRepository.h"
#include "storage/ReviewRepository.h"
#include "storage/StorageError.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QFileInfo>
#include <QProgressDialog>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>

namespace sochibo::gui {

using namespace sochibo::storage;

BookActions::BookActions(BookSession &session, EditHistory &edits, Prompts prompts, QWidget *window)
    : QObject(window), m_session(session), m_edits(edits), m_prompts(std::move(prompts)),
      m_window(window), m_dailyBackup(new QTimer(this))
{
    // Once a day while the program is in use (the check is cheap: nothing is written when a
    // backup of today exists or nothing changed).
    m_dailyBackup->setInterval(30 * 60 * 1000);
    connect(m_dailyBackup, &QTimer::timeout, this,
            [this] { backupInBackground(BackupReason::Daily); });
}

BookActions::~BookActions()
{
    jobs::waitForAll();
}

void BookActions::rememberRecent(const QString &path)
{
    QSettings settings;
    QStringList files = settings.value(QStringLiteral("recentFiles")).toStringList();
    files.removeAll(path);
    files.prepend(path);
    settings.setValue(QStringLiteral("recentFiles"), QStringList(files.mid(0, 6)));
}

bool BookActions::editCell()
{
    if (!ensureWritable(m_session, m_prompts))
        return false;
    const Database *db = m_session.db();
    const core::Cell before = CellRepository(*db).cell();
    CellDialog dialog(before, m_window);
    if (!m_prompts.runDialog(dialog))
        return false;
    const core::Cell after = dialog.cell();
    if (after == before)
        return false;
    const BookSession *session = &m_session;
    return m_edits.commit(
        tr("Change the cell's details"),
        [session, after] { CellRepository(*session->db()).saveCell(after); },
        [session, before] { CellRepository(*session->db()).saveCell(before); });
}

bool BookActions::createCell()
{
    const std::unique_ptr<CellDialog> form = CellDialog::forNewCell(m_session.today(), m_window);
    CellDialog &dialog = *form;
    if (!m_prompts.runDialog(dialog))
        return false;
    const QString path = m_prompts.saveFileName(QStringLiteral("so-chi-bo.db"));
    if (path.isEmpty())
        return false;
    if (QFileInfo::exists(path)) {
        m_prompts.inform(tr("The file “%1” already exists. Choose a new name; an existing book is "
                            "never overwritten.")
                             .arg(path));
        return false;
    }
    try {
        const Database db = Database::open(path, Database::Mode::Create);
        db.setActor(dialog.secretary().isEmpty() ? tr("Secretary") : dialog.secretary());
        Transaction tx(db);
        CellRepository(db).saveCell(dialog.cell());
        // A new cell starts from a complete self-assessment form for this year.
        ReviewRepository(db).addDefaultCriteria(m_session.today().year());
        if (!dialog.secretary().isEmpty()) {
            core::Member secretary;
            secretary.fullName = dialog.secretary();
            secretary.role = core::Role::Secretary;
            MemberRepository(db).save(secretary);
        }
        tx.commit();
    } catch (const StorageError &e) {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix); // nothing half-made is left behind
        m_prompts.inform(e.message());
        return false;
    }
    return openDatabase(path);
}

bool BookActions::openDemo()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(QStringLiteral("demo.db"));
    if (!QFileInfo::exists(path)) {
        try {
            const Database db = Database::open(path, Database::Mode::Create);
            demo::writeDemo(db);
        } catch (const StorageError &e) {
            QFile::remove(path);
            m_prompts.inform(e.message());
            return false;
        }
    }
    if (!openDatabase(path)) {
        m_prompts.inform(m_lastError);
        return false;
    }
    return true;
}

void BookActions::openWithDialog()
{
    const QString path = m_prompts.openBook();
    if (!path.isEmpty() && !openDatabase(path))
        m_prompts.inform(m_lastError);
}

bool BookActions::openDatabase(const QString &path)
{
    jobs::waitForAll(); // a backup of the previous file finishes first
    std::unique_ptr<Database> db;
    QString readOnlyReason;
    try {
        db = std::make_unique<Database>(Database::open(path, Database::Mode::OpenExisting));
    } catch (const StorageError &e) {
        m_lastError = e.message();
        try {
            db = recoverOpen(path, e, &readOnlyReason);
        } catch (const StorageError &again) {
            m_lastError = again.message();
        }
        if (!db) {
            emit statusMessage(m_lastError, 0);
            return false;
        }
    }
    const QString file = QFileInfo(path).absoluteFilePath();
    QSettings().setValue(QStringLiteral("lastDatabase"), file);
    rememberRecent(file);
    m_session.open(std::move(db), readOnlyReason);
    if (!m_session.isReadOnly()) {
        backupInBackground(BackupReason::Open);
        ingestPendingInBackground();
        m_dailyBackup->start();
    } else {
        m_dailyBackup->stop();
    }
    return true;
}

std::unique_ptr<Database> BookActions::recoverOpen(const QString &path, const StorageError &e,
                                                   QString *readOnlyReason)
{
    using K = StorageError::Kind;
    const auto readOnly = [&path] {
        return std::make_unique<Database>(Database::open(path, Database::Mode::ReadOnly));
    };
    switch (e.kind()) {
    case K::Locked:
        if (!m_prompts.confirm(e.message() + QStringLiteral("\n\n") +
                               tr("Open the book read-only to view it?")))
            return nullptr;
        *readOnlyReason = tr("the book is open for writing elsewhere");
        return readOnly();
    case K::ReadOnly:
        *readOnlyReason = Database::writeBlocker(path);
        if (readOnlyReason->isEmpty())
            *readOnlyReason = e.message();
        return readOnly();
    case K::Damaged:
    case K::NotDatabase:
    case K::NewerSchema: {
        const QList<BackupInfo> backups =
            listBackups(backupsDirFor(path), QFileInfo(path).completeBaseName());
        const auto good = std::find_if(backups.begin(), backups.end(),
                                       [](const BackupInfo &b) { return b.readable; });
        if (good == backups.end())
            return nullptr;
        if (!m_prompts.confirm(
                e.message() + QStringLiteral("\n\n") +
                tr("There is a backup from %1 (%2). Restore the book from this backup? The current "
                   "file is kept next to it, not deleted.")
                    .arg(good->at.toString(QStringLiteral("HH:mm dd/MM/yyyy")), good->summary())))
            return nullptr;
        const RestoreResult r = restoreBackup(path, good->path);
        emit statusMessage(tr("The book was restored from a backup; the old file is kept as “%1”.")
                               .arg(r.safetyCopy),
                           20000);
        return std::make_unique<Database>(Database::open(path, Database::Mode::OpenExisting));
    }
    default:
        return nullptr;
    }
}

void BookActions::backupNow()
{
    if (!m_session.isOpen())
        return;
    const QString dbPath = m_session.path();
    const QString suggested = QFileInfo(dbPath).completeBaseName() +
                              m_session.today().toString(QStringLiteral("-yyyyMMdd")) +
                              QStringLiteral(".db");
    const QString dest = m_prompts.saveFileName(suggested);
    if (dest.isEmpty() || !acceptOutputPath(m_prompts, dest, dbPath, true))
        return;
    // The window stays responsive while the copy runs.
    QProgressDialog *progress = busy(m_window, tr("Backing up the book and its evidence…"));
    jobs::run(this,
              onOwnConnection(dbPath,
                              [dest](const Database &db) {
                                  BackupResult r;
                                  inBackupTurn([&] {
                                      r = backupDatabase(db, dest);
                                      return r.path;
                                  });
                                  return QObject::tr("Backed up to “%1” (%2 new evidence files).")
                                      .arg(r.path)
                                      .arg(r.evidenceCopied);
                              }),
              [this, progress](const Outcome &o) {
                  progress->deleteLater();
                  if (o.failed)
                      m_prompts.inform(o.message);
                  else
                      emit statusMessage(o.message, 10000);
              });
}

void BookActions::backupInBackground(BackupReason reason)
{
    if (!m_session.isOpen() || m_session.isReadOnly())
        return;
    jobs::run(this, automaticBackupJob(m_session.path(), reason), [this](const Outcome &o) {
        if (o.failed) // not modal: the user's work goes on, but is told
            emit statusMessage(tr("Automatic backup failed: %1").arg(o.message), 30000);
        else if (!o.message.isEmpty())
            emit statusMessage(tr("The book was backed up automatically (%1).")
                                   .arg(QFileInfo(o.message).fileName()),
                               8000);
    });
}

void BookActions::ingestPendingInBackground()
{
    if (!m_session.isOpen() || m_session.isReadOnly())
        return;
    using Facts = QList<std::pair<qint64, evidence::FileFacts>>;
    auto results = std::make_shared<Facts>();
    const QString path = m_session.path();
    jobs::run(
        this,
        onOwnConnection(path,
                        [results](const Database &db) {
                            const EvidenceStore store(db);
                            for (const auto &[id, sha] : store.uninspected())
                                results->append({id, evidence::inspectBytes(store.read(sha))});
                            return QString();
                        }),
        [this, results, path](const Outcome &o) {
            const Database *db = m_session.db();
            if (o.failed || results->isEmpty() || !db || db->path() != path || db->isReadOnly())
                return;
            try {
                Transaction tx(*db);
                for (const auto &[id, facts] : std::as_const(*results))
                    evidence::recordFacts(*db, id, facts);
                tx.commit();
            } catch (const StorageError &e) {
                emit statusMessage(e.message(), 15000);
                return;
            }
            emit evidenceInspected();
        });
}

void BookActions::verifyAll()
{
    if (!m_session.isOpen())
        return;
    QProgressDialog *progress =
        busy(m_window, tr("Checking the book and recomputing the hash of every evidence file…"));
    jobs::run(this,
              onOwnConnection(m_session.path(),
                              [](const Database &db) {
                                  const QStringList problems = checkBook(db);
                                  const qint64 files = EvidenceStore(db).distinctFiles();
                                  return problems.isEmpty()
                                             ? QObject::tr(
                                                   "The book is intact; %1 evidence files match "
                                                   "their hashes.")
                                                   .arg(files)
                                             : QObject::tr("%1 problems found:\n%2")
                                                   .arg(problems.size())
                                                   .arg(problems.join(QLatin1Char('\n')));
                              }),
              [this, progress](const Outcome &o) {
                  progress->deleteLater();
                  m_prompts.inform(o.message);
              });
}

void BookActions::chooseBackupFolder()
{
    const QString current = m_session.isOpen() ? backupsDirFor(m_session.path()) : QString();
    const QString folder = m_prompts.chooseFolder(
        tr("Folder for automatic backups (for example a USB stick)"), current);
    if (folder.isEmpty())
        return;
    setBackupFolderSetting(folder);
    emit statusMessage(tr("Automatic backups now go to “%1”.").arg(folder), 10000);
}

void BookActions::chooseEvidenceSizeLimit()
{
    const std::optional<int> mb =
        m_prompts.askNumber(tr("Evidence files larger than this are refused (MB):"),
                            int(evidenceSizeLimit() / (1024 * 1024)), 1, 2000);
    if (mb)
        setEvidenceSizeLimitMegabytes(*mb);
}

bool BookActions::restoreFromBackup()
{
    if (!m_session.isOpen())
        return false;
    const QString path = m_session.path();
    const QString folder = backupsDirFor(path);
    const QList<BackupInfo> backups = listBackups(folder, QFileInfo(path).completeBaseName());
    if (backups.isEmpty()) {
        m_prompts.inform(tr("There is no backup of this book in “%1” yet.").arg(folder));
        return false;
    }
    RestoreDialog dialog(backups, folder, m_window);
    if (!m_prompts.runDialog(dialog) || dialog.chosenPath().isEmpty())
        return false;
    const QString chosen = dialog.chosenPath();
    if (m_session.isReadOnly()) {
        m_prompts.inform(tr("The book is open read-only: cannot restore into this file."));
        return false;
    }
    jobs::waitForAll();
    m_session.close(); // the file is replaced: the window lets go of it first
    try {
        const RestoreResult r = restoreBackup(path, chosen);
        emit statusMessage(tr("Restored from “%1”. The book as it was before is kept as “%2”.")
                               .arg(QFileInfo(chosen).fileName(), r.safetyCopy),
                           20000);
    } catch (const StorageError &e) {
        m_prompts.inform(e.message());
    }
    if (openDatabase(path))
        return true;
    m_prompts.inform(m_lastError);
    return false;
}

} // namespace sochibo::gui
