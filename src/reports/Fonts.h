#pragma once
#include <QString>

namespace sochibo::reports {

/// Registers the bundled SoChiBo Serif (Liberation Serif without hinting; resources/fonts, OFL)
/// once per process; returns the family to use: \a preferred when installed (e.g. "Times New
/// Roman"), else the bundled one. Needs a QGuiApplication.
QString reportFontFamily(const QString &preferred = {});

} // namespace sochibo::reports
