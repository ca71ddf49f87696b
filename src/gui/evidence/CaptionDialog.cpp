#include "CaptionDialog.h"

#include "gui/common/FormParts.h"
#include "ui_CaptionDialog.h"

#include <QWidget>

#include <atomic>

namespace sochibo::gui {

CaptionDialog::CaptionDialog(const QString &fileName, const QString &caption, QWidget *parent)
    : QDialog(parent)
{
    Ui::CaptionDialog ui; // the form: ui/evidence/CaptionDialog.ui
    ui.setupUi(this);
    setUpDesignedDialog(this, nullptr, ui.buttons); // Lưu / Hủy, as in every form
    m_field = ui.caption;
    m_field->setText(caption);
    ui.label->setText(
        tr("Description for “%1” (for example: Photo of the training on 12/10):").arg(fileName));
    resize(460, sizeHint().height());
}

QString CaptionDialog::caption() const
{
    return m_field->text().trimmed();
}

} // namespace sochibo::gui
