#include "DocumentStyle.h"

namespace sochibo::reports {

namespace {
DocumentStyle withMargins(double top, double bottom, double left, double right)
{
    DocumentStyle s;
    s.marginTop = top;
    s.marginBottom = bottom;
    s.marginLeft = left;
    s.marginRight = right;
    return s;
}
} // namespace

DocumentStyle DocumentStyle::olderMargins()
{
    return withMargins(25, 25, 35, 20);
}

DocumentStyle DocumentStyle::provincialMargins()
{
    return withMargins(25, 25, 35, 15);
}

} // namespace sochibo::reports
