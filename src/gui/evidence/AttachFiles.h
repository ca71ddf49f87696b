#pragma once
#include "gui/common/Prompts.h"
#include "storage/Database.h"
#include "storage/EvidenceStore.h"
#include <QDate>
#include <QStringList>

namespace sochibo::gui {

/// The largest evidence file accepted (setting "evidence/maxMegabytes", default 100 MB).
qint64 evidenceSizeLimit();

void setEvidenceSizeLimitMegabytes(int megabytes);

/// Attaches files to a task, a progress report or another target through the evidence store;
/// returns how many were attached. The files are read, hashed, stored and inspected (PDF
/// text, thumbnail, photo date) in a worker thread with a progress dialog while the window
/// stays responsive; the rows are then written in one transaction. Files over the size limit
/// or unreadable are refused with a message naming them. The files are dated \a today (the
/// window's day; the clock's time of day), so that evidence "as of" a date agrees with the
/// window's own idea of today.
int attachFiles(const storage::Database &db, const storage::EvidenceTarget &target,
                const QStringList &files, const Prompts &prompts, const QDate &today = {});

} // namespace sochibo::gui
