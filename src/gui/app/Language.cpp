#include "Language.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include <memory>
#include <vector>

namespace sochibo::gui {

namespace {
const QString kSetting = QStringLiteral("ui/language");

std::vector<std::unique_ptr<QTranslator>> &installed()
{
    static std::vector<std::unique_ptr<QTranslator>> translators;
    return translators;
}
} // namespace

QStringList availableLanguages()
{
    return {QStringLiteral("vi"), QStringLiteral("en")};
}

QString languageName(const QString &code)
{
    return code == QLatin1String("en") ? QStringLiteral("English") : QStringLiteral("Tiếng Việt");
}

QString savedLanguage()
{
    const QString code = QSettings().value(kSetting).toString();
    return availableLanguages().contains(code) ? code : QStringLiteral("vi");
}

void saveLanguage(const QString &code)
{
    QSettings().setValue(kSetting, code);
}

bool installLanguage(const QString &code)
{
    for (const auto &t : installed())
        QCoreApplication::removeTranslator(t.get());
    installed().clear();
    // English: the sources are English, but the labels and messages of src/core are
    // Vietnamese (documents print them) and need their catalogue. Vietnamese: our strings,
    // then the few of Qt's own the program shows (buttons, context menus, the file dialog):
    // Qt ships no Vietnamese for them.
    const QStringList files = code == QLatin1String("en")
                                  ? QStringList{QStringLiteral(":/i18n/sochibo_en.qm")}
                                  : QStringList{QStringLiteral(":/i18n/sochibo_vi.qm"),
                                                QStringLiteral(":/i18n/qtbase_vi.qm")};
    // Qt's own widgets (the file dialog's dates, the calendar's months) in the same language.
    QLocale::setDefault(code == QLatin1String("en")
                            ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                            : QLocale(QLocale::Vietnamese, QLocale::Vietnam));
    bool ok = true;
    for (const QString &file : files) {
        auto t = std::make_unique<QTranslator>();
        if (!t->load(file)) {
            ok = false;
            continue;
        }
        QCoreApplication::installTranslator(t.get());
        installed().push_back(std::move(t));
    }
    return ok;
}

} // namespace sochibo::gui
