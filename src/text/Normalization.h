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

/// True for a character that changes how text is shown rather than being part of it: C0 and
/// C1 controls (newline, tab, ESC …), DEL, and the bidirectional embeddings, overrides and
/// isolates (U+202A–U+202E, U+2066–U+2069) that make a name read backwards.
bool isControl(QChar c);
/// \a s with every isControl() character replaced by "_": a file name stored this way cannot
/// forge a line of output or reorder what is printed after it.
QString withoutControls(const QString &s);
/// \a s with every isControl() character written as an escape (\n, \t, \r, \x1b, \u202e)
/// — one field of tab-separated output stays one field on one line.
QString escapeControls(const QString &s);

} // namespace sochibo::text
