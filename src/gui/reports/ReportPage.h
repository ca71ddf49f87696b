#pragma once
#include "core/Reminders.h"
#include "gui/common/BookPage.h"
#include "gui/common/Committer.h"
#include "gui/common/Prompts.h"
#include "reports/ReportBuilder.h"
#include "storage/Database.h"

#include <QDate>
#include <QImage>
#include <QString>
#include <QWidget>

#include <functional>
#include <memory>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QDateEdit;
class QLabel;
class QListWidget;
class QScrollArea;
class QSpinBox;
class QPushButton;
namespace sochibo::storage {
class Database;
}

namespace sochibo::gui {

/// Báo cáo: choose a document, preview it (pages rendered by Poppler off the GUI thread),
/// save it, print it, issue it.
class ReportPage : public QWidget, public BookPage
{
    Q_OBJECT
public:
    ReportPage(Prompts prompts, Committer commit, QWidget *parent = nullptr);
    ~ReportPage() override;
    /// Another cell or another day: the choices start afresh (kind, year, date, number).
    /// A book was opened or the day changed: the document date, the tracking table's range
    /// and the member list start again from the session's day.
    void bookOpened();
    void reload() override;
    void clear() override;
    /// After an edit elsewhere: what "tự động" will take may have changed.
    void proposeNumber();
    void fillMembers();
    void selectReport(const QString &kind, int year);
    /// A member's form (\a memberId 0: all members) of \a kind and \a year.
    void selectMemberReport(const QString &kind, int year, qint64 memberId);
    /// The monthly (or quarterly) summary of \a period ("2026-10", "2026-Q4").
    void selectPeriodReport(const QString &period, bool groupByMember);
    /// "tháng 10": the period field as shown; the member field; the signer field.
    QComboBox *periodField() const { return m_period; }
    QComboBox *memberField() const { return m_member; }
    QComboBox *signerField() const { return m_signer; }
    QDateEdit *fromField() const { return m_from; }
    QDateEdit *toField() const { return m_to; }
    /// Renders the chosen document and starts the page previews; false with a message shown
    /// when the records lack what the document needs.
    bool preview();
    int pageCount() const { return m_pages; }
    /// Number of page images ready so far.
    int renderedPages() const;
    QString status() const;
    /// What the number field shows ("tự động: 07-KH/CB").
    QString numberText() const;
    /// Saves the document; the file's extension (.pdf or .docx, the dialog offers both) says
    /// which. \a word: the dialog proposes a Word file.
    bool saveAs(bool word = false);
    /// Opens the file saved last with the system's program (Prompts::openFile).
    bool openSaved();
    QString lastSaved() const { return m_lastSaved; }
    bool issue();
    /// Edits the text sections of the chosen document for its year (undoable); the preview
    /// is redone.
    bool editProse();
    /// The register of documents received, this document's grounds and each kind's
    /// recipients (DocumentSettingsDialog); one undoable edit.
    bool editGroundsAndRecipients();
    void print();

signals:
    void pagesRendered(int count);
    /// Members' forms were marked printed: pages that show it are out of date.
    void recordsChanged();

private:
    void showPage(int index);
    void defaultYear();
    /// Shows the fields the chosen document needs.
    void kindChanged();
    struct Request;
    Request request() const;
    /// Notes the date a member's form (or all of them) was saved or printed.
    void markMemberFormsPrinted(const Request &r);
    Prompts m_prompts;
    Committer m_commit;
    QComboBox *m_kind;
    QSpinBox *m_year, *m_number;
    QCheckBox *m_newVersion;
    QDateEdit *m_date;
    QComboBox *m_period, *m_member, *m_signer, *m_group;
    QDateEdit *m_from, *m_to;
    QFormLayout *m_form;
    QComboBox *m_zoom;
    QLabel *m_status, *m_page;
    QListWidget *m_thumbs;
    QScrollArea *m_scroll;
    QPushButton *m_save, *m_print, *m_issue, *m_saveWord, *m_openSaved;
    QString m_lastSaved;
    QByteArray m_pdf;
    QList<QImage> m_images;
    int m_pages = 0;
    int m_generation = 0;
};

} // namespace sochibo::gui
