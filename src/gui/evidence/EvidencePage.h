#pragma once
#include "core/Review.h"
#include "gui/common/Prompts.h"
#include "gui/common/RecordsPage.h"
#include "storage/Database.h"
#include "storage/EvidenceStore.h"

#include <QDate>
#include <QImage>
#include <QString>

class QWidget;

class QLabel;
class QPushButton;

namespace sochibo::gui {

/// Minh chứng: every evidence file, what it is attached to, who added it and when; open,
/// save a copy, detach, and check that no file is missing or altered.
class EvidencePage : public RecordsPage
{
    Q_OBJECT
public:
    explicit EvidencePage(Prompts prompts, QWidget *parent = nullptr);
    void reload() override;
    /// The evidence list as shown.
    TableExport exportTable() const override;
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

} // namespace sochibo::gui
