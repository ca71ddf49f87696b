#pragma once
#include "Pages.h"

#include "storage/EvidenceStore.h"

#include <QDialog>

#include <QImage>

class QLabel;
class QLineEdit;
class QPushButton;

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
    /// Asks for the selected file's caption (CaptionDialog) and saves it.
    bool editCaption();
    /// The preview pane: the cached thumbnail (first page of a PDF, the picture), or page
    /// \a page of a PDF rendered in a worker thread; a placeholder that says why otherwise.
    void showPreviewPage(int page);
    QImage previewImage() const { return m_previewImage; }
    /// The facts beside the preview: type, size, pages, dates, signatures, problems.
    QString previewInfo() const;
    int previewPage() const { return m_page; }
    /// The text shown instead of a picture (why there is none).
    QString previewPlaceholder() const;

signals:
    void changed();
    /// A page rendered in the background is in view.
    void previewRendered(int page);

private:
    /// The selected file's row; without one the user is told to pick a file.
    std::optional<core::Evidence> selectedEvidence() const;
    void showPreview();
    void setPreviewImage(const QImage &image, const QString &placeholder);
    Prompts m_prompts;
    const storage::Database *m_db = nullptr;
    QLabel *m_image;
    QLabel *m_info;
    QLabel *m_pageLabel;
    QPushButton *m_prevPage;
    QPushButton *m_nextPage;
    QImage m_previewImage;
    qint64 m_previewId = 0;
    int m_page = 0;
    int m_pages = 0;
};

/// The caption of an evidence file, edited on its own.
class CaptionDialog : public QDialog
{
    Q_OBJECT
public:
    CaptionDialog(const QString &fileName, const QString &caption, QWidget *parent = nullptr);
    QLineEdit *field() const { return m_field; }
    QString caption() const;

private:
    QLineEdit *m_field;
};

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
