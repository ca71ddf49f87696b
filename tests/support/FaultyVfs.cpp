#include "FaultyVfs.h"

#include <atomic>
#include <cstdlib>
#include <cstring>
#include <sqlite3.h>

namespace sochibo::testing {

namespace {

std::atomic<int> g_countdown{0}; // 0: disarmed; n: the n-th write from now fails
std::atomic<int> g_seen{0};
std::atomic<int> g_error{SQLITE_IOERR_WRITE};
std::atomic<bool> g_failing{false};

sqlite3_vfs g_vfs;
sqlite3_vfs *g_real = nullptr;

/// Our file: the real one lives right behind it in the same allocation.
struct ShimFile
{
    sqlite3_file base;
    sqlite3_file *real() { return reinterpret_cast<sqlite3_file *>(this + 1); }
};

ShimFile *shim(sqlite3_file *f)
{
    return reinterpret_cast<ShimFile *>(f);
}
sqlite3_file *real(sqlite3_file *f)
{
    return shim(f)->real();
}

/// Counts a write; true when it must fail.
bool refuseWrite()
{
    ++g_seen;
    if (g_failing)
        return true;
    const int left = g_countdown.load();
    if (left <= 0)
        return false;
    if (left == 1) {
        g_failing = true;
        g_countdown = 0;
        return true;
    }
    g_countdown = left - 1;
    return false;
}

int xClose(sqlite3_file *f)
{
    return real(f)->pMethods ? real(f)->pMethods->xClose(real(f)) : SQLITE_OK;
}
int xRead(sqlite3_file *f, void *buf, int amount, sqlite3_int64 offset)
{
    return real(f)->pMethods->xRead(real(f), buf, amount, offset);
}
int xWrite(sqlite3_file *f, const void *buf, int amount, sqlite3_int64 offset)
{
    if (refuseWrite())
        return g_error;
    return real(f)->pMethods->xWrite(real(f), buf, amount, offset);
}
int xTruncate(sqlite3_file *f, sqlite3_int64 size)
{
    if (refuseWrite())
        return g_error;
    return real(f)->pMethods->xTruncate(real(f), size);
}
int xSync(sqlite3_file *f, int flags)
{
    return real(f)->pMethods->xSync(real(f), flags);
}
int xFileSize(sqlite3_file *f, sqlite3_int64 *size)
{
    return real(f)->pMethods->xFileSize(real(f), size);
}
int xLock(sqlite3_file *f, int level)
{
    return real(f)->pMethods->xLock(real(f), level);
}
int xUnlock(sqlite3_file *f, int level)
{
    return real(f)->pMethods->xUnlock(real(f), level);
}
int xCheckReservedLock(sqlite3_file *f, int *out)
{
    return real(f)->pMethods->xCheckReservedLock(real(f), out);
}
int xFileControl(sqlite3_file *f, int op, void *arg)
{
    return real(f)->pMethods->xFileControl(real(f), op, arg);
}
int xSectorSize(sqlite3_file *f)
{
    return real(f)->pMethods->xSectorSize(real(f));
}
int xDeviceCharacteristics(sqlite3_file *f)
{
    return real(f)->pMethods->xDeviceCharacteristics(real(f));
}
int xShmMap(sqlite3_file *f, int region, int size, int extend, void volatile **p)
{
    return real(f)->pMethods->xShmMap(real(f), region, size, extend, p);
}
int xShmLock(sqlite3_file *f, int offset, int n, int flags)
{
    return real(f)->pMethods->xShmLock(real(f), offset, n, flags);
}
void xShmBarrier(sqlite3_file *f)
{
    real(f)->pMethods->xShmBarrier(real(f));
}
int xShmUnmap(sqlite3_file *f, int deleteFlag)
{
    return real(f)->pMethods->xShmUnmap(real(f), deleteFlag);
}
// Version 2: memory-mapped reads stay off, so every change goes through xWrite.
const sqlite3_io_methods g_methods = {2,
                                      xClose,
                                      xRead,
                                      xWrite,
                                      xTruncate,
                                      xSync,
                                      xFileSize,
                                      xLock,
                                      xUnlock,
                                      xCheckReservedLock,
                                      xFileControl,
                                      xSectorSize,
                                      xDeviceCharacteristics,
                                      xShmMap,
                                      xShmLock,
                                      xShmBarrier,
                                      xShmUnmap,
                                      nullptr,
                                      nullptr};

int xOpen(sqlite3_vfs *, const char *name, sqlite3_file *file, int flags, int *outFlags)
{
    ShimFile *s = shim(file);
    std::memset(s->real(), 0, size_t(g_real->szOsFile));
    const int rc = g_real->xOpen(g_real, name, s->real(), flags, outFlags);
    s->base.pMethods = s->real()->pMethods ? &g_methods : nullptr;
    return rc;
}

} // namespace

void FaultyVfs::install()
{
    if (g_real)
        return;
    g_real = sqlite3_vfs_find(nullptr);
    g_vfs = *g_real;
    g_vfs.iVersion = g_real->iVersion;
    g_vfs.szOsFile = int(sizeof(ShimFile)) + g_real->szOsFile;
    g_vfs.zName = "sochibo-faulty";
    g_vfs.pNext = nullptr;
    g_vfs.xOpen = xOpen;
    sqlite3_vfs_register(&g_vfs, 1);
}

void FaultyVfs::failWrite(int n, int errorCode)
{
    g_seen = 0;
    g_failing = false;
    g_error = errorCode;
    g_countdown = n;
}

void FaultyVfs::disarm()
{
    g_countdown = 0;
    g_failing = false;
    g_seen = 0;
}

int FaultyVfs::writesSeen()
{
    return g_seen;
}

bool FaultyVfs::triggered()
{
    return g_failing;
}

} // namespace sochibo::testing
