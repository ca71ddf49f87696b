#pragma once

// A test VFS shim over SQLite's default VFS that makes writes fail on demand: the way the
// tests simulate a full disk or a file a virus scanner holds, without a real broken disk.
namespace sochibo::testing {

class FaultyVfs
{
public:
    /// Registers the shim as SQLite's default VFS (once; later calls do nothing). Until armed
    /// it only passes every call through.
    static void install();
    /// From now on, the \a n-th write to any file (1 = the next one) fails with \a errorCode
    /// (an SQLite result code such as SQLITE_FULL), and so does every write after it, as on a
    /// disk that stays full, until disarm().
    static void failWrite(int n, int errorCode);
    static void disarm();
    /// Writes seen since the last failWrite()/disarm().
    static int writesSeen();
    /// True when a write was refused since the last failWrite().
    static bool triggered();
};

} // namespace sochibo::testing
