#pragma once
#include "Pages.h"

#include "storage/EvidenceStore.h"

namespace sochibo::gui {

/// Minh chứng: every evidence file, what it is attached to, who added it and when; open,
/// save a copy, detach, and check that no file is missing or altered.
class EvidencePage : public RecordsPage
{
    Q_OBJECT
public:
    explicit EvidencePage(Prompts prompts, QWidget *parent = nullptr);
    void reload(const storage::Database &db, const QDate &today) override;
    /// Recomputes every hash; tells the user what is missing or altered. Returns the count.
    int verify();
    /// Writes the selected file where the user says (QSaveFile; the name is sanitised).
    bool saveCopy();
    /// Removes the selected link after confirmation; the bytes go when nothing else links them.
    bool detachCurrent();
    /// Opens the selected file with the system's viewer (a private temporary copy).
    bool openCurrent();

signals:
    void changed();

private:
    Prompts m_prompts;
    const storage::Database *m_db = nullptr;
};

/// The largest evidence file accepted (setting "evidence/maxMegabytes", default 100 MB).
qint64 evidenceSizeLimit();
void setEvidenceSizeLimitMegabytes(int megabytes);

/// Attaches files to a task, a progress report or another target through the evidence store;
/// returns how many were attached. The files are read, hashed, stored and inspected (PDF
/// text, thumbnail, photo date) in a worker thread with a progress dialog while the window
/// stays responsive; the rows are then written in one transaction. Files over the size limit
/// or unreadable are refused with a message naming them.
int attachFiles(const storage::Database &db, const storage::EvidenceTarget &target,
                const QStringList &files, const Prompts &prompts);

} // namespace sochibo::gui
