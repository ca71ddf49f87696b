#pragma once
#include <QString>

namespace sochibo::text {

/// NFC form of \a s: what is stored and printed.
QString nfc(const QString &s);
/// NFD form of \a s.
QString nfd(const QString &s);
bool isNfc(const QString &s);

/// Places the tone mark of every Vietnamese syllable by one fixed rule (the "new" placement:
/// "hòa", "thủy", "khỏe", "quý", "người") and returns NFC text. "hoà" and "hòa" give the same
/// result. For comparison and search only: stored text keeps the spelling the user typed.
QString canonicalTones(const QString &s);

} // namespace sochibo::text
