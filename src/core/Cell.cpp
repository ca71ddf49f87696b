#include "Cell.h"

#include <QCoreApplication>

namespace sochibo::core {

QStringList Cell::validate() const
{
    QStringList problems;
    if (name.trimmed().isEmpty())
        problems << QCoreApplication::translate("Domain", "Chưa nhập tên chi bộ.");
    if (superiorBody.trimmed().isEmpty())
        problems << QCoreApplication::translate("Domain", "Chưa nhập cấp ủy cấp trên.");
    if (place.trimmed().isEmpty())
        problems << QCoreApplication::translate("Domain",
                                                "Chưa nhập địa danh cho dòng ngày tháng.");
    if (termEnd < termStart)
        problems << QCoreApplication::translate("Domain",
                                                "Năm cuối nhiệm kỳ không được trước năm đầu.");
    if (issuerCode.trimmed().isEmpty() || issuerCode.contains(QLatin1Char('/')) ||
        issuerCode.trimmed().contains(QLatin1Char(' ')))
        problems << QCoreApplication::translate(
            "Domain", "Ký hiệu cơ quan ban hành là một từ, không có “/”, ví dụ CB.");
    return problems;
}

} // namespace sochibo::core
