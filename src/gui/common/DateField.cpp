#include "DateField.h"

#include <QString>
#include <QWidget>

#include "gui/common/FormParts.h"

#include <QRegularExpression>
#include <QRegularExpressionValidator>

namespace sochibo::gui {

DateField::DateField(QWidget *parent) : QLineEdit(parent)
{
    setPlaceholderText(tr("dd/mm/yyyy"));
    setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9/]{0,10}")), this));
    setMaximumWidth(140);
}

void DateField::setDate(const QDate &d)
{
    setText(d.isValid() ? d.toString(QStringLiteral("dd/MM/yyyy")) : QString());
}

QDate DateField::date(bool *ok) const
{
    return parseDate(text(), ok);
}

} // namespace sochibo::gui
