#include "Member.h"

namespace sochibo::core {

QString MembershipEvent::describe() const
{
    return QStringLiteral("%1 %2").arg(label(kind), date.toString(QStringLiteral("dd/MM/yyyy")));
}

QStringList Member::validate() const
{
    QStringList problems;
    if (fullName.trimmed().isEmpty())
        problems << QStringLiteral("Chưa nhập họ và tên.");
    if (admittedOn.isValid() && fullOn.isValid() && fullOn < admittedOn)
        problems << QStringLiteral("Ngày chính thức không được trước ngày vào Đảng.");
    if (birthDate.isValid() && admittedOn.isValid() && admittedOn < birthDate.addYears(18))
        problems << QStringLiteral("Ngày vào Đảng phải sau khi đủ 18 tuổi.");
    return problems;
}

} // namespace sochibo::core
