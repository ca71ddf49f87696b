#include "Fonts.h"

#include <QDir>
#include <QFontDatabase>
#include <mutex>

namespace sochibo::reports {

QString reportFontFamily(const QString &preferred)
{
    static QString bundled;
    static std::once_flag once;
    std::call_once(once, [] {
        const QDir dir(QStringLiteral(":/fonts"));
        for (const QString &f : dir.entryList({QStringLiteral("*.ttf")}, QDir::Files)) {
            const int id = QFontDatabase::addApplicationFont(dir.filePath(f));
            if (id >= 0 && bundled.isEmpty())
                bundled = QFontDatabase::applicationFontFamilies(id).value(0);
        }
        if (bundled.isEmpty())
            bundled = QStringLiteral("SoChiBo Serif");
    });
    if (!preferred.isEmpty() && preferred != bundled && QFontDatabase::hasFamily(preferred))
        return preferred;
    return bundled;
}

} // namespace sochibo::reports
