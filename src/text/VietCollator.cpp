#include "VietCollator.h"

#include "IcuBridge.h"
#include "Normalization.h"

#include <QHash>
#include <QStringList>
#include <algorithm>
#include <cstring>
#include <memory>
#include <unicode/coll.h>
#include <unicode/locid.h>

namespace sochibo::text {
namespace {

icu::Collator &collator()
{
    thread_local std::unique_ptr<icu::Collator> c = [] {
        UErrorCode err = U_ZERO_ERROR;
        std::unique_ptr<icu::Collator> made(icu::Collator::createInstance(icu::Locale("vi"), err));
        if (U_FAILURE(err) || !made) {
            err = U_ZERO_ERROR;
            made.reset(icu::Collator::createInstance(icu::Locale::getRoot(), err));
        }
        return made;
    }();
    return *c;
}

int icuCompare(const QString &a, const QString &b)
{
    UErrorCode err = U_ZERO_ERROR;
    const UCollationResult r =
        collator().compare(detail::toIcu(canonicalTones(a)), detail::toIcu(canonicalTones(b)), err);
    return r == UCOL_LESS ? -1 : (r == UCOL_GREATER ? 1 : 0);
}

QByteArray icuKey(const QString &s)
{
    const icu::UnicodeString u = detail::toIcu(canonicalTones(s));
    QByteArray key(64, Qt::Uninitialized);
    int32_t n = collator().getSortKey(u, reinterpret_cast<uint8_t *>(key.data()), key.size());
    if (n > key.size()) {
        key.resize(n);
        n = collator().getSortKey(u, reinterpret_cast<uint8_t *>(key.data()), key.size());
    }
    key.resize(n > 0 ? n - 1 : 0); // drop the terminating zero
    return key;
}

} // namespace

int VietCollator::compare(const QString &a, const QString &b)
{
    return icuCompare(a, b);
}

QByteArray VietCollator::sortKey(const QString &s)
{
    return icuKey(s);
}

VietCollator::NameParts VietCollator::splitName(const QString &fullName)
{
    const QStringList words = fullName.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    NameParts p;
    if (words.isEmpty())
        return p;
    p.given = words.last();
    if (words.size() >= 2)
        p.family = words.first();
    if (words.size() >= 3)
        p.middle = words.mid(1, words.size() - 2).join(QLatin1Char(' '));
    return p;
}

int VietCollator::compareNames(const QString &a, const QString &b)
{
    const NameParts pa = splitName(a), pb = splitName(b);
    if (int r = icuCompare(pa.given, pb.given))
        return r;
    if (int r = icuCompare(pa.middle, pb.middle))
        return r;
    if (int r = icuCompare(pa.family, pb.family))
        return r;
    return icuCompare(a, b);
}

QByteArray VietCollator::nameSortKey(const QString &fullName)
{
    // ICU sort keys hold no zero byte, so a zero between the parts keeps a shorter given
    // name before a longer one that starts the same way.
    const NameParts p = splitName(fullName);
    QByteArray key = icuKey(p.given);
    key.append('\0').append(icuKey(p.middle)).append('\0').append(icuKey(p.family));
    key.append('\0').append(icuKey(fullName)); // the same tie-break as compareNames()
    return key;
}

namespace {

// SQLite calls a collation for every comparison of a sort: with the keys of the texts seen
// recently kept, each name is normalised and keyed once instead of log(n) times.
using KeyFunction = QByteArray (*)(const QString &);
int compareCached(KeyFunction keyOf, const char *a, int aLen, const char *b, int bLen)
{
    thread_local QHash<QByteArray, QByteArray> cache[2];
    QHash<QByteArray, QByteArray> &keys = cache[keyOf == &VietCollator::nameSortKey ? 1 : 0];
    if (keys.size() > 20000)
        keys.clear();
    const auto key = [&](const char *s, int n) {
        const QByteArray text = QByteArray::fromRawData(s, n);
        auto it = keys.constFind(text);
        if (it == keys.constEnd())
            it = keys.insert(QByteArray(s, n), keyOf(QString::fromUtf8(s, n)));
        return *it;
    };
    const QByteArray ka = key(a, aLen), kb = key(b, bLen);
    const int r =
        std::memcmp(ka.constData(), kb.constData(), size_t(std::min(ka.size(), kb.size())));
    if (r)
        return r < 0 ? -1 : 1;
    return ka.size() == kb.size() ? 0 : (ka.size() < kb.size() ? -1 : 1);
}

} // namespace

int VietCollator::compareUtf8(const char *a, int aLen, const char *b, int bLen)
{
    return compareCached(&VietCollator::sortKey, a, aLen, b, bLen);
}

int VietCollator::compareNamesUtf8(const char *a, int aLen, const char *b, int bLen)
{
    return compareCached(&VietCollator::nameSortKey, a, aLen, b, bLen);
}

} // namespace sochibo::text
