#pragma once
#include "StorageError.h"

#include <QByteArray>
#include <QString>

class QFileDevice;

namespace sochibo::storage::files {

/// What a path is on disk. The one place that asks the operating system (POSIX here; a
/// Windows build gives this file its own branch).
enum class Kind { Missing, Regular, Directory, Symlink, Fifo, Device, Socket, Other };

/// lstat() when \a followLinks is false (a link is a Symlink), stat() otherwise.
Kind kindOf(const QString &path, bool followLinks);
/// "là một thư mục", "là một ống dẫn (FIFO)" …: why a path that is not a regular file cannot
/// be read as one.
QString kindWords(Kind kind);

/// Reads a regular file: opened without blocking (a FIFO never hangs), checked with fstat on
/// the open descriptor (no race with a swap behind our back), never through a symbolic link
/// unless \a followLinks, and never more than \a maxBytes + 1 bytes (a device or a growing
/// file cannot fill the memory). Throws StorageError (Io for what is not a regular file or
/// cannot be read, Input when it is larger than \a maxBytes).
QByteArray readRegular(const QString &path, qint64 maxBytes, bool followLinks);

/// SHA-256 of a regular file read as readRegular() does, in chunks; empty when the path is
/// not a regular file, cannot be read, or holds more than \a maxBytes.
QString sha256OfRegular(const QString &path, qint64 maxBytes, bool followLinks);

/// Writes \a bytes to \a path atomically and for the owner only (0600): a temporary file in
/// the same folder, flushed to disk, then renamed over \a path. Throws StorageError naming
/// what was not saved (\a what) and why: "ổ đĩa đã đầy", "thư mục chỉ đọc", ….
void writeAtomically(const QString &path, const QByteArray &bytes, const QString &what);

/// Copies a regular file (never a link, FIFO or device) to \a dest as writeAtomically() does,
/// reading at most \a maxBytes. Returns false when \a source is not a regular file or cannot
/// be read; throws StorageError when \a dest cannot be written.
/// With \a expectedSha256, the bytes are hashed as they are copied and a copy that does not
/// match is not kept (false).
bool copyRegular(const QString &source, const QString &dest, qint64 maxBytes, const QString &what,
                 const QString &expectedSha256 = {});

/// A new name for a temporary file beside \a path (".NAME.PID-N.partial").
QString temporaryNameFor(const QString &path);
/// True for the names of temporary files of a killed write: "*.partial" and the journals
/// SQLite keeps beside one ("*.partial-journal", "-wal", "-shm"), and Qt's "qt_temp.*".
bool isStalePartName(const QString &fileName);

/// Creates \a dir and any missing parents; every folder created, and \a dir itself, is made
/// owner-only (0700). False when it cannot be made.
bool makeOwnerOnlyDirs(const QString &dir);

/// Makes an open file readable and writable by its owner only (fchmod on its descriptor:
/// a QSaveFile's temporary file before it is renamed into place).
bool makeOwnerOnly(QFileDevice &file);

/// The sentence for an errno value: ENOSPC "ổ đĩa đã đầy", EROFS/EACCES/EPERM read-only or
/// not allowed, EDQUOT over quota, otherwise the system's own words.
QString errnoWords(int error);

// The rest of the program's calls to the operating system live here, so that this file is
// the one place a port to another system changes (docs/windows.md).

/// Whether a live process holds a lock on \a lockPath (Qt's QLockFile keeps one for as long
/// as its owner runs); false when nobody does or the file cannot be opened.
bool lockHeldByAnyone(const QString &lockPath);
/// Whether an operating-system error number reported by SQLite means a full disk or quota.
bool isDiskFull(int systemError);
/// A private folder for this user's runtime files under the temporary folder
/// ("sochibo-runtime-UID"), created owner-only.
QString userRuntimeDir();
/// The StorageError for a failed write of \a what (ENOSPC → "Ổ đĩa đã đầy: … chưa được lưu",
/// with SQLite's code for a full disk, SQLITE_FULL, as its code()).
StorageError writeError(int error, const QString &what);

/// The suffix of the temporary files writeAtomically() leaves when killed; such files are
/// swept by backups (removeStaleParts in Backup.cpp).
inline constexpr char kPartialSuffix[] = ".partial";

} // namespace sochibo::storage::files
