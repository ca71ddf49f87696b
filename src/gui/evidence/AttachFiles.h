#pragma once
#include "storage/EvidenceStore.h"

#include <QDate>
#include <QStringList>

#include <functional>

class QMimeData;
class QWidget;

namespace sochibo::gui {

class BookSession;
struct Prompts;

/// The largest evidence file accepted (setting "evidence/maxMegabytes", default 100 MB).
qint64 evidenceSizeLimit();
void setEvidenceSizeLimitMegabytes(int megabytes);

/// Attaches \a files to \a target (a task, a monthly report, a meeting, a commitment, a
/// shortcoming) in the open book of \a session. The files are read, hashed, stored and
/// inspected (PDF text, thumbnail, photo date) in the background (jobs::run) with a progress
/// dialog over \a window that can cancel, while the window stays responsive; the rows are then
/// written in one transaction, dated the session's day (the clock's time of day). Files over
/// the size limit or unreadable are refused with a message naming them. \a done gets how many
/// were attached, on the GUI thread; not at all when the book was closed meanwhile.
void attachFiles(const BookSession &session, const storage::EvidenceTarget &target,
                 const QStringList &files, const Prompts &prompts, QWidget *window,
                 std::function<void(int attached)> done);

/// The files a drop or a paste holds: its local files, or a picture (a screenshot, a phone
/// photo) saved as a PNG in a temporary folder and named in \a temporary so that the caller
/// removes it once attached. Empty, and the user told why, when it holds neither.
QStringList filesToAttach(const QMimeData *data, const Prompts &prompts, QString *temporary);

} // namespace sochibo::gui
