#pragma once
#include <QByteArray>
#include <QString>

namespace sochibo::text {

/// Vietnamese ordering (ICU "vi": A < Ă < Â, D < Đ, tones ordered). Tone-placement variants
/// ("Thuỷ", "Thủy") compare equal. Thread-safe: each thread gets its own ICU collator.
class VietCollator
{
public:
    /// <0, 0, >0 as a goes before, with or after b.
    static int compare(const QString &a, const QString &b);
    static bool less(const QString &a, const QString &b) { return compare(a, b) < 0; }
    /// Bytes that sort (memcmp) as compare() does.
    static QByteArray sortKey(const QString &s);

    /// Roster order for personal names: given name (last word), then the middle names, then
    /// the family name, as party and school rosters sort.
    static int compareNames(const QString &a, const QString &b);
    static QByteArray nameSortKey(const QString &fullName);

    /// Splits "Nguyễn Thị Mỹ Ly" into {"Ly", "Thị Mỹ", "Nguyễn"}.
    struct NameParts
    {
        QString given, middle, family;
    };
    static NameParts splitName(const QString &fullName);

    /// Same as compare() on UTF-8 bytes; used by the SQLite collation.
    static int compareUtf8(const char *a, int aLen, const char *b, int bLen);
    static int compareNamesUtf8(const char *a, int aLen, const char *b, int bLen);
};

} // namespace sochibo::text
