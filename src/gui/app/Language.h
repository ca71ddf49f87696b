// The interface language: English source strings, Vietnamese translation compiled into the
// program. Vietnamese unless the user chose English in Xem ▸ Ngôn ngữ (setting "ui/language").
#pragma once

#include <QString>
#include <QStringList>

namespace sochibo::gui {

// Codes the program offers: "vi" (default), "en".
QStringList availableLanguages();
// The human name of a language in that language ("Tiếng Việt", "English").
QString languageName(const QString &code);

// The saved choice, or "vi" when none is saved or the saved one is unknown.
QString savedLanguage();
void saveLanguage(const QString &code);

// Installs the translators for `code` on the running application, replacing the ones an
// earlier call installed. Returns false (and leaves English) if a translation is missing from
// the program, which only a broken build can cause.
bool installLanguage(const QString &code);

} // namespace sochibo::gui
