#include "IndicatorTableModel.h"

namespace sochibo::gui {

namespace {

QString &field(core::Indicator &i, int column)
{
    switch (IndicatorTableModel::Column(column)) {
    case IndicatorTableModel::Unit:
        return i.unit;
    case IndicatorTableModel::Planned:
        return i.target;
    case IndicatorTableModel::Achieved:
        return i.actual;
    default:
        return i.name;
    }
}

} // namespace

IndicatorTableModel::IndicatorTableModel(Saver save, QObject *parent)
    : RecordGridModel({tr("Target"), tr("Unit"), tr("Planned"), tr("Achieved")},
                      {Name, Unit, Planned, Achieved}, std::move(save), parent)
{
}

QString IndicatorTableModel::cell(int row, int column) const
{
    core::Indicator i = records().at(row);
    return field(i, column);
}

bool IndicatorTableModel::edit(int row, int column, const QString &text)
{
    core::Indicator after = records().at(row);
    field(after, column) = text.simplified(); // the book refuses an empty name
    return save(row, after);
}

} // namespace sochibo::gui
