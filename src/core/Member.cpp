#include "Member.h"

#include <QCoreApplication>

namespace sochibo::core {

QString MembershipEvent::describe() const
{
    return QStringLiteral("%1 %2").arg(uiLabel(kind), date.toString(QStringLiteral("dd/MM/yyyy")));
}

QStringList Member::validate() const
{
    QStringList problems;
    if (fullName.trimmed().isEmpty())
        problems << QCoreApplication::translate("Domain", "Chưa nhập họ và tên.");
    if (admittedOn.isValid() && fullOn.isValid() && fullOn < admittedOn)
        problems << QCoreApplication::translate("Domain",
                                                "Ngày chính thức không được trước ngày vào Đảng.");
    if (birthDate.isValid() && admittedOn.isValid() && admittedOn < birthDate.addYears(18))
        problems << QCoreApplication::translate("Domain", "Ngày vào Đảng phải sau khi đủ 18 tuổi.");
    return problems;
}

} // namespace sochibo::core
