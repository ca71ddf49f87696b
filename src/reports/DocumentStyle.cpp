#include "DocumentStyle.h"

namespace sochibo::reports {

DocumentStyle DocumentStyle::olderMargins()
{
    DocumentStyle s;
    s.marginTop = 25;
    s.marginBottom = 25;
    s.marginLeft = 35;
    s.marginRight = 20;
    return s;
}

DocumentStyle DocumentStyle::provincialMargins()
{
    DocumentStyle s;
    s.marginTop = 25;
    s.marginBottom = 25;
    s.marginLeft = 35;
    s.marginRight = 15;
    return s;
}

} // namespace sochibo::reports
