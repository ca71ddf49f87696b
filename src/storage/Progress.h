#pragma once
#include "Database.h"
#include "core/Period.h"

#include <QDate>
#include <optional>

namespace sochibo::storage {

// The period's value types and its compilation are the core's (core/Period.h); storage loads.
using core::groupTasks;
using core::MonthBar;
using core::PendingConclusion;
using core::Period;
using core::PeriodFigures;
using core::PeriodProgress;
using core::PeriodTask;
using core::TaskGroup;

/// The monthly rhythm: loads what a period's compilation reads (core::PeriodRecords) and asks
/// core::compilePeriod. The rules are in docs/monthly-progress.md.
class Progress
{
public:
    explicit Progress(const Database &db) : m_db(db) {}

    /// \a today bounds the "as of" date: a period still running is judged on today.
    PeriodProgress compute(const Period &period, const QDate &today) const;
    /// Twelve bars of \a year: tasks completed in the month on time / late, and tasks due in
    /// the month still open at its end (or today).
    QList<MonthBar> yearChart(int year, const QDate &today) const;

private:
    const Database &m_db;
};

} // namespace sochibo::storage
