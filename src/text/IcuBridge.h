#pragma once
// Conversions between QString and ICU strings. Both are UTF-16, so this is a copy, never a
// transcoding. Internal to the text layer.
#include <QString>
#include <unicode/unistr.h>

namespace sochibo::text::detail {

inline icu::UnicodeString toIcu(const QString &s)
{
    return icu::UnicodeString(reinterpret_cast<const UChar *>(s.utf16()), int32_t(s.size()));
}

inline QString fromIcu(const icu::UnicodeString &u)
{
    return QString(reinterpret_cast<const QChar *>(u.getBuffer()), u.length());
}

} // namespace sochibo::text::detail
