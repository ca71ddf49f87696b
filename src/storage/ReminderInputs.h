#pragma once
#include "Database.h"
#include "core/Reminders.h"

namespace sochibo::storage {

/// Loads what core::reminders() reads for \a today: the tasks and their evidence, the members'
/// timelines, the year's meetings, commitments and topics, and the newest backup of the book
/// (its automatic backups folder). Nothing is judged here.
core::ReminderInputs loadReminderInputs(const Database &db, const QDate &today);

} // namespace sochibo::storage
