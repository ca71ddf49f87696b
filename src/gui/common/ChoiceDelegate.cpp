#include "ChoiceDelegate.h"

#include <QComboBox>
#include <QSignalBlocker>

namespace sochibo::gui {

ChoiceDelegate::ChoiceDelegate(QList<std::pair<QString, int>> choices, QObject *parent)
    : QStyledItemDelegate(parent), m_choices(std::move(choices))
{
}

QWidget *ChoiceDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                      const QModelIndex &) const
{
    auto *box = new QComboBox(parent);
    for (const auto &[label, value] : m_choices)
        box->addItem(label, value);
    auto *self = const_cast<ChoiceDelegate *>(this); // the signal is the delegate's own
    connect(box, &QComboBox::currentIndexChanged, self,
            [self, box] { emit self->commitData(box); });
    return box;
}

void ChoiceDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *box = static_cast<QComboBox *>(editor);
    const QSignalBlocker quiet(box); // showing the value is not a change
    box->setCurrentIndex(box->findData(index.data(Qt::EditRole)));
}

void ChoiceDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                  const QModelIndex &index) const
{
    model->setData(index, static_cast<QComboBox *>(editor)->currentData(), Qt::EditRole);
}

} // namespace sochibo::gui
