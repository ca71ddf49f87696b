#pragma once
#include "core/Enums.h"

#include <QStyledItemDelegate>

#include <initializer_list>
#include <utility>

namespace sochibo::gui {

/// The editor of a column of choices (an enum under its Vietnamese labels): a drop-down that
/// writes its value (Qt::EditRole, the enum as int) as soon as another is picked. Opened as
/// persistent editors, the column reads as a drop-down on every row.
class ChoiceDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    ChoiceDelegate(QList<std::pair<QString, int>> choices, QObject *parent);
    template <typename E>
    static ChoiceDelegate *of(std::initializer_list<E> values, QObject *parent)
    {
        QList<std::pair<QString, int>> choices;
        for (E v : values)
            choices.append({core::uiLabel(v), int(v)});
        return new ChoiceDelegate(std::move(choices), parent);
    }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

private:
    QList<std::pair<QString, int>> m_choices;
};

} // namespace sochibo::gui
