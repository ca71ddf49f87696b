#include "Files.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileDevice>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringList>
#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sqlite3.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>

namespace sochibo::storage::files {

namespace {

using K = StorageError::Kind;

Kind kindOfMode(mode_t mode)
{
    if (S_ISREG(mode))
        return Kind::Regular;
    if (S_ISDIR(mode))
        return Kind::Directory;
    if (S_ISLNK(mode))
        return Kind::Symlink;
    if (S_ISFIFO(mode))
        return Kind::Fifo;
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return Kind::Device;
    if (S_ISSOCK(mode))
        return Kind::Socket;
    return Kind::Other;
}

/// A descriptor closed on scope exit.
class Fd
{
public:
    explicit Fd(int fd) : m_fd(fd) {}
    ~Fd()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Fd(const Fd &) = delete;
    Fd &operator=(const Fd &) = delete;
    int get() const { return m_fd; }
    int release() { return std::exchange(m_fd, -1); }

private:
    int m_fd;
};

QString fileName(const QString &path)
{
    return QFileInfo(path).fileName();
}

/// Opens \a path for reading as a regular file, or throws saying what it is instead.
int openRegular(const QString &path, bool followLinks)
{
    const int flags = O_RDONLY | O_CLOEXEC | O_NONBLOCK | (followLinks ? 0 : O_NOFOLLOW);
    const int fd = ::open(QFile::encodeName(path).constData(), flags);
    if (fd < 0) {
        const int error = errno;
        if (error == ELOOP) // O_NOFOLLOW met a link
            throw StorageError(K::Io, QStringLiteral("“%1” %2, không phải tệp thường.")
                                          .arg(fileName(path), kindWords(Kind::Symlink)));
        if (error == ENOENT)
            throw StorageError(K::Io,
                               QStringLiteral("Không tìm thấy tệp “%1”.").arg(fileName(path)));
        throw StorageError(
            K::Io,
            QStringLiteral("Không đọc được tệp “%1” (%2).").arg(fileName(path), errnoWords(error)));
    }
    Fd guard(fd);
    struct stat st
    {
    };
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode))
        throw StorageError(K::Io, QStringLiteral("“%1” %2, không phải tệp thường.")
                                      .arg(fileName(path), kindWords(kindOfMode(st.st_mode))));
    // Reads block again from here on: a regular file never waits.
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    return guard.release();
}

/// Reads from \a fd, at most \a limit bytes; -1 with errno on failure.
qint64 readUpTo(int fd, char *into, qint64 limit)
{
    qint64 total = 0;
    while (total < limit) {
        const ssize_t n = ::read(fd, into + total, size_t(limit - total));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return -1;
        if (n == 0)
            break;
        total += n;
    }
    return total;
}

bool writeAll(int fd, const char *data, qint64 size)
{
    qint64 done = 0;
    while (done < size) {
        const ssize_t n = ::write(fd, data + done, size_t(size - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            if (n == 0)
                errno = ENOSPC;
            return false;
        }
        done += n;
    }
    return true;
}

} // namespace

QString temporaryNameFor(const QString &path)
{
    static std::atomic<int> counter{0};
    const QFileInfo info(path);
    return info.absoluteDir().filePath(QStringLiteral(".%1.%2-%3%4")
                                           .arg(info.fileName())
                                           .arg(::getpid())
                                           .arg(counter.fetch_add(1))
                                           .arg(QLatin1String(kPartialSuffix)));
}

bool isStalePartName(const QString &fileName)
{
    // Only names this program makes: ".NAME.PID-N.partial" (temporaryNameFor), the
    // "NAME.db.partial" of earlier versions, the journals SQLite keeps beside either, and
    // Qt's "qt_temp.*" of earlier evidence copies. A folder on a shared stick may hold other
    // programs' "*.partial" files: those are left alone.
    static const QRegularExpression ours(QStringLiteral(
        "^(\\..+\\.\\d+-\\d+\\.partial|.+\\.db\\.partial)(-journal|-wal|-shm)?$|^qt_temp\\.\\w+$"));
    return ours.match(fileName).hasMatch();
}

namespace {

/// Writes what \a produce gives into a new temporary file beside \a path, then renames it
/// over \a path. \a produce returns false (with errno) on a write error.
template <typename Producer>
void writeThroughTemporary(const QString &path, const QString &what, Producer produce)
{
    const QString temp = temporaryNameFor(path);
    const QByteArray tempName = QFile::encodeName(temp);
    const int fd = ::open(tempName.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        throw writeError(errno, what);
    Fd guard(fd);
    ::fchmod(fd, 0600); // whatever the umask
    if (!produce(fd) || ::fsync(fd) != 0) {
        const int error = errno;
        ::unlink(tempName.constData());
        throw writeError(error, what);
    }
    ::close(guard.release());
    if (::rename(tempName.constData(), QFile::encodeName(path).constData()) != 0) {
        const int error = errno;
        ::unlink(tempName.constData());
        throw writeError(error, what);
    }
    // The rename itself is on disk once the folder is.
    const Fd dir(::open(QFile::encodeName(QFileInfo(path).absolutePath()).constData(),
                        O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (dir.get() >= 0)
        ::fsync(dir.get());
}

} // namespace

Kind kindOf(const QString &path, bool followLinks)
{
    struct stat st
    {
    };
    const QByteArray name = QFile::encodeName(path);
    const int rc = followLinks ? ::stat(name.constData(), &st) : ::lstat(name.constData(), &st);
    return rc != 0 ? Kind::Missing : kindOfMode(st.st_mode);
}

QString kindWords(Kind kind)
{
    switch (kind) {
    case Kind::Missing:
        return QStringLiteral("không có");
    case Kind::Regular:
        return QStringLiteral("là một tệp thường");
    case Kind::Directory:
        return QStringLiteral("là một thư mục");
    case Kind::Symlink:
        return QStringLiteral("là một liên kết tượng trưng (symlink)");
    case Kind::Fifo:
        return QStringLiteral("là một ống dẫn (FIFO)");
    case Kind::Device:
        return QStringLiteral("là một thiết bị (device)");
    case Kind::Socket:
        return QStringLiteral("là một socket");
    case Kind::Other:
        break;
    }
    return QStringLiteral("là một loại tệp đặc biệt");
}

QByteArray readRegular(const QString &path, qint64 maxBytes, bool followLinks)
{
    const Fd fd(openRegular(path, followLinks));
    struct stat st
    {
    };
    ::fstat(fd.get(), &st);
    if (st.st_size > maxBytes)
        throw StorageError(K::Input, QStringLiteral("Tệp “%1” lớn hơn giới hạn %2 MB.")
                                         .arg(fileName(path))
                                         .arg(maxBytes / (1024 * 1024)));
    // The size may change while we read: never more than the limit + 1 byte (to know).
    QByteArray bytes(qsizetype(std::min<qint64>(st.st_size, maxBytes) + 1), Qt::Uninitialized);
    qint64 total = readUpTo(fd.get(), bytes.data(), bytes.size());
    while (total == bytes.size() && total <= maxBytes) { // it grew since fstat
        bytes.resize(qsizetype(std::min<qint64>(qint64(bytes.size()) * 2, maxBytes + 1)));
        const qint64 more = readUpTo(fd.get(), bytes.data() + total, bytes.size() - total);
        if (more < 0) {
            total = -1;
            break;
        }
        total += more;
    }
    if (total < 0)
        throw StorageError(
            K::Io,
            QStringLiteral("Không đọc được tệp “%1” (%2).").arg(fileName(path), errnoWords(errno)));
    if (total > maxBytes)
        throw StorageError(K::Input, QStringLiteral("Tệp “%1” lớn hơn giới hạn %2 MB.")
                                         .arg(fileName(path))
                                         .arg(maxBytes / (1024 * 1024)));
    bytes.resize(qsizetype(total));
    return bytes;
}

QString sha256OfRegular(const QString &path, qint64 maxBytes, bool followLinks)
{
    try {
        const Fd fd(openRegular(path, followLinks));
        QCryptographicHash h(QCryptographicHash::Sha256);
        QByteArray chunk(1 << 16, Qt::Uninitialized);
        qint64 total = 0;
        for (;;) {
            const qint64 n = readUpTo(fd.get(), chunk.data(), chunk.size());
            if (n < 0)
                return {};
            if (n == 0)
                break;
            total += n;
            if (total > maxBytes)
                return {};
            h.addData(QByteArrayView(chunk.constData(), qsizetype(n)));
        }
        return QString::fromLatin1(h.result().toHex());
    } catch (const StorageError &) {
        return {};
    }
}

void writeAtomically(const QString &path, const QByteArray &bytes, const QString &what)
{
    writeThroughTemporary(path, what,
                          [&](int fd) { return writeAll(fd, bytes.constData(), bytes.size()); });
}

bool copyRegular(const QString &source, const QString &dest, qint64 maxBytes, const QString &what,
                 const QString &expectedSha256)
{
    int in = -1;
    try {
        in = openRegular(source, false);
    } catch (const StorageError &) {
        return false;
    }
    const Fd inFd(in);
    bool readFailed = false;
    QCryptographicHash h(QCryptographicHash::Sha256);
    try {
        writeThroughTemporary(dest, what, [&](int out) {
            QByteArray chunk(1 << 16, Qt::Uninitialized);
            qint64 total = 0;
            for (;;) {
                const qint64 n = readUpTo(inFd.get(), chunk.data(), chunk.size());
                if (n < 0 || (total += n) > maxBytes) {
                    readFailed = true;
                    errno = EIO;
                    return false;
                }
                if (n == 0) {
                    if (expectedSha256.isEmpty() ||
                        QString::fromLatin1(h.result().toHex()) == expectedSha256)
                        return true;
                    readFailed = true; // altered on the way: not kept
                    errno = EIO;
                    return false;
                }
                h.addData(QByteArrayView(chunk.constData(), qsizetype(n)));
                if (!writeAll(out, chunk.constData(), n))
                    return false;
            }
        });
    } catch (const StorageError &) {
        if (readFailed)
            return false; // the source's fault, not the destination's
        throw;
    }
    return true;
}

bool makeOwnerOnlyDirs(const QString &dir)
{
    const QString absolute = QDir(dir).absolutePath();
    QStringList missing;
    for (QString p = absolute; !p.isEmpty() && kindOf(p, true) == Kind::Missing;
         p = QFileInfo(p).absolutePath()) {
        missing.prepend(p);
        if (QFileInfo(p).absolutePath() == p)
            break;
    }
    for (const QString &p : std::as_const(missing))
        if (::mkdir(QFile::encodeName(p).constData(), 0700) != 0 && errno != EEXIST)
            return false;
    if (kindOf(absolute, true) != Kind::Directory)
        return false;
    for (const QString &p : std::as_const(missing))
        ::chmod(QFile::encodeName(p).constData(), 0700); // whatever the umask
    ::chmod(QFile::encodeName(absolute).constData(), 0700);
    return true;
}

bool makeOwnerOnly(QFileDevice &file)
{
    const int fd = file.handle();
    return fd >= 0 && ::fchmod(fd, 0600) == 0;
}

QString errnoWords(int error)
{
    switch (error) {
    case ENOSPC:
        return QStringLiteral("ổ đĩa đã đầy");
    case EDQUOT:
        return QStringLiteral("đã hết dung lượng được phép dùng trên ổ đĩa (quota)");
    case EROFS:
        return QStringLiteral("ổ đĩa chỉ cho phép đọc");
    case EACCES:
    case EPERM:
        return QStringLiteral("không có quyền ghi vào đó");
    case ENOENT:
        return QStringLiteral("thư mục không tồn tại");
    case EIO:
        return QStringLiteral("lỗi đọc/ghi đĩa");
    default:
        return QString::fromLocal8Bit(std::strerror(error));
    }
}

StorageError writeError(int error, const QString &what)
{
    if (error == ENOSPC || error == EDQUOT)
        return StorageError(K::Io,
                            QStringLiteral("Ổ đĩa đã đầy: %1 chưa được lưu (disk full).").arg(what),
                            SQLITE_FULL);
    if (error == EROFS || error == EACCES || error == EPERM)
        return StorageError(K::ReadOnly,
                            QStringLiteral("Không ghi được %1: %2.").arg(what, errnoWords(error)));
    return StorageError(K::Io,
                        QStringLiteral("Không ghi được %1 (%2).").arg(what, errnoWords(error)));
}

bool lockHeldByAnyone(const QString &lockPath)
{
    const int fd = ::open(QFile::encodeName(lockPath).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool held = ::flock(fd, LOCK_SH | LOCK_NB) != 0 && errno == EWOULDBLOCK;
    ::close(fd);
    return held;
}

bool isDiskFull(int systemError)
{
    return systemError == ENOSPC || systemError == EDQUOT;
}

QString userRuntimeDir()
{
    const QString dir =
        QDir::tempPath() + QStringLiteral("/sochibo-runtime-") + QString::number(::getuid());
    QDir().mkpath(dir);
    QFile::setPermissions(dir,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return dir;
}

} // namespace sochibo::storage::files
