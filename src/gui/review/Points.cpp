#include "Points.h"

#include "text/DocumentWording.h"

namespace sochibo::gui {

/// "4,5" or "4.5"; -1 for empty; nullopt when not a number.
std::optional<double> parsePoints(const QString &s)
{
    QString t = s.trimmed();
    if (t.isEmpty())
        return -1.0;
    t.replace(QLatin1Char(','), QLatin1Char('.'));
    bool ok = false;
    const double v = t.toDouble(&ok);
    if (!ok || v < 0)
        return std::nullopt;
    return v;
}

/// Points as the forms write them: "4,5", "5"; empty for none.
QString showPoints(double v)
{
    return v < 0 ? QString() : text::formatDecimal(v, v == int(v) ? 0 : 1);
}

} // namespace sochibo::gui
