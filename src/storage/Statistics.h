#pragma once
#include "Database.h"
#include "core/Figures.h"
#include "core/MemberReview.h"

#include <QMap>

namespace sochibo::storage {

using core::RemedyFigures;
using core::YearFigures;

class Statistics
{
public:
    explicit Statistics(const Database &db) : m_db(db) {}
    /// Figures of \a year as known during \a asOfDay, or at the close of the year when it is
    /// invalid or later (core::AsOf); open tasks due after the moment are not yet late.
    YearFigures year(int year, QDate asOfDay = {}) const;
    /// One member's year as the individual review form needs it, judged at the same moment
    /// as year() (during \a asOfDay, or at the year's close).
    core::MemberYear memberYear(qint64 memberId, int year, QDate asOfDay = {}) const;

private:
    const Database &m_db;
};

} // namespace sochibo::storage
