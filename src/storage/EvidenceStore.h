#pragma once
#include "Database.h"
#include "core/Review.h"

#include <QDateTime>
#include <QHash>
#include <optional>
#include <utility>

namespace sochibo::storage {

/// What an evidence file is attached to: exactly one of these ids is set.
struct EvidenceTarget
{
    qint64 taskId = 0;
    qint64 progressId = 0;
    qint64 meetingId = 0;
    qint64 commitmentId = 0;
    qint64 shortcomingId = 0;

    /// How many of the ids are set (a valid target has exactly one).
    int count() const;
    /// The evidence column and id of the target ({} when none is set).
    std::pair<QString, qint64> link() const;
};

struct EvidenceProblem
{
    QString sha256;
    QString fileName;
    bool missing = false; ///< false: present but altered
    QString notRegular;   ///< what stands there instead of a file ("là một ống dẫn (FIFO)")
    /// The sentence for the user.
    QString describe() const;
};

/// A file read, hashed and written into a store, ready for its row (EvidenceStore::addStored).
struct StoredFile
{
    QString fileName; ///< without its folder
    QString sha256;
    QString mediaType;
    QByteArray bytes;
};

/// What ingestion learned of an evidence file (the preview panel, `attach`'s answer).
struct EvidenceFacts
{
    int pages = 0;
    QByteArray preview; ///< PNG thumbnail, empty when none
    QString previewNote;
    QDateTime takenOn;  ///< a photo's own date, invalid when unknown
    QString signatures; ///< one a line
    bool inspected = false;
};

/// The content-addressed, append-only store of evidence bytes beside the database:
/// cell.db → cell.evidence/ab/abcdef… (named by SHA-256, sharded by the first two hex digits,
/// never rewritten). The file is written first (temporary name, flush, rename), then the row.
class EvidenceStore
{
public:
    explicit EvidenceStore(const Database &db);
    /// The store folder for a database file.
    static QString storeDirFor(const QString &dbPath);
    QString storeDir() const { return m_dir; }
    QString pathFor(const QString &sha256) const;

    /// Hashes and stores \a bytes (once per content), then records the row. Returns its id.
    qint64 add(const QByteArray &bytes, const QString &fileName, const EvidenceTarget &target,
               const QString &description = {}, const QString &addedBy = {},
               const QDateTime &now = QDateTime::currentDateTime());
    /// Reads a file from disk and add()s it; a file over \a maxBytes is refused.
    qint64 addFile(const QString &path, const EvidenceTarget &target,
                   const QString &description = {}, const QString &addedBy = {},
                   qint64 maxBytes = 100LL * 1024 * 1024);
    /// Writes the bytes of \a sha256 into the store if missing (import, restore). Verifies the
    /// hash; returns false if the bytes do not match.
    bool putBytes(const QString &sha256, const QByteArray &bytes);
    static bool putBytesInto(const QString &storeDir, const QString &sha256,
                             const QByteArray &bytes);
    /// The slow half of attaching, safe in a worker thread (no database): reads \a path
    /// (refused over \a maxBytes before reading), hashes it, writes it into \a storeDir.
    static StoredFile storeFile(const QString &storeDir, const QString &path, qint64 maxBytes);
    /// The quick half: the row for bytes already in the store.
    qint64 addStored(const QString &sha256, const QString &fileName, const QString &mediaType,
                     qint64 size, const EvidenceTarget &target, const QString &description = {},
                     const QString &addedBy = {},
                     const QDateTime &now = QDateTime::currentDateTime());
    /// True when the store holds a regular file for \a sha256 (a link or FIFO does not count).
    bool has(const QString &sha256) const;
    /// The bytes of \a sha256, read as a regular file and never past the size recorded for it
    /// (empty when there is no such row or file).
    QByteArray read(const QString &sha256) const;
    /// The size recorded for \a sha256, or -1 when no row names it.
    qint64 recordedSize(const QString &sha256) const;
    /// The name an evidence file is stored under: its last path component, control
    /// characters (newline, tab, ESC, direction overrides) replaced.
    static QString cleanFileName(const QString &fileName);

    QList<core::Evidence> list(const EvidenceTarget &target = {}) const;
    std::optional<core::Evidence> find(qint64 evidenceId) const;
    /// What ingestion learned of the file (empty facts when there is no such row).
    EvidenceFacts facts(qint64 evidenceId) const;
    /// Every photo's own date (EXIF), by evidence id.
    QHash<qint64, QDateTime> photoDates() const;
    /// Rows ingestion has not read yet: id and SHA-256.
    QList<std::pair<qint64, QString>> uninspected() const;
    /// Distinct files the rows name.
    qint64 distinctFiles() const;
    /// Removes the row; the bytes go when no other row links them.
    void detach(qint64 evidenceId);
    /// The caption shown with the file ("Ảnh buổi tập huấn ngày 12/10").
    void setDescription(qint64 evidenceId, const QString &description);
    /// Recomputes every hash: rows whose file is missing or altered.
    QList<EvidenceProblem> verify() const;
    /// Deletes files no row points to; returns how many.
    int sweep() const;
    /// Deletes the temporary files of writes that were killed before their rename (only the
    /// writer of the cell calls this, on opening). Returns how many.
    static int removeStaleParts(const QString &storeDir);

    static QString sha256Hex(const QByteArray &bytes);

private:
    const Database &m_db;
    QString m_dir;
};

} // namespace sochibo::storage
