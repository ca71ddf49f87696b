#pragma once
#include "core/Task.h"
#include "gui/common/RecordTableModel.h"

#include <QMap>

namespace sochibo::gui {

/// The task form's monthly reports tab: one row per report recorded for the task, newest as
/// the book lists them.
class ProgressReportTableModel : public RecordTableModel
{
    Q_OBJECT
public:
    enum Column { Month, ReportedBy, WorkDone, Result, Comment, ColumnCount };
    explicit ProgressReportTableModel(QObject *parent = nullptr);
    /// \a names: members' names by id.
    void setReports(const QList<core::ProgressReport> &reports, const QMap<qint64, QString> &names);
};

} // namespace sochibo::gui
