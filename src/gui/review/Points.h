#pragma once
#include <QString>

#include <optional>

namespace sochibo::gui {

/// Self-assessment points typed as "4,5" or "4.5"; -1 for empty; nullopt when not a number.
std::optional<double> parsePoints(const QString &s);
/// Points as the forms write them: "4,5", "5"; empty for none.
QString showPoints(double v);

} // namespace sochibo::gui
