#pragma once
#include "core/Member.h"
#include "sheets/MemberImport.h"
#include "sheets/SheetReader.h"

#include <QDate>
#include <QDialog>
#include <QMap>
#include <QString>

class QWidget;

class QComboBox;
class QLabel;
class QPushButton;
class QScrollArea;
class QTableView;

namespace sochibo::gui {

class ImportPreviewModel;

/// Tệp ▸ Nhập danh sách đảng viên…: a member list read from a spreadsheet, shown before
/// anything is written. The user picks the sheet, corrects the field of any column, and ticks
/// off rows; rows with errors cannot be ticked on (their problem is shown on the row). What is
/// read and checked is sheets::planMemberImport's; the dialog only shows it and keeps the
/// user's choices.
class MemberImportDialog : public QDialog
{
    Q_OBJECT
public:
    MemberImportDialog(sheets::Workbook book, const QString &fileName, QList<core::Member> existing,
                       const QDate &today, QWidget *parent = nullptr);

    const sheets::ImportPlan &plan() const { return m_plan; }
    /// The members of the rows ticked for import, in the sheet's order.
    QList<core::Member> membersToImport() const;

    // For tests, as a user would reach them.
    QComboBox *sheetBox() const { return m_sheet; }
    /// The field chosen for the sheet's column \a column (0-based); null when it is not listed.
    QComboBox *fieldBox(int column) const;
    QTableView *previewTable() const { return m_preview; }
    ImportPreviewModel *previewModel() const { return m_previewModel; }
    QLabel *summaryLabel() const { return m_summary; }
    QPushButton *importButton() const { return m_import; }
    /// Sets the field of the sheet's column \a column as the mapping's combo box would.
    void setField(int column, sheets::MemberField field);

private:
    void replan();
    void fillMapping();
    void fillPreview();
    void updateSummary();

    sheets::Workbook m_book;
    QString m_fileName;
    QList<core::Member> m_existing;
    QDate m_today;
    QMap<int, sheets::MemberField> m_overrides;
    sheets::ImportPlan m_plan;

    QComboBox *m_sheet = nullptr;
    QScrollArea *m_mappingArea = nullptr;
    QLabel *m_source = nullptr;
    QLabel *m_errors = nullptr;
    QWidget *m_mapping = nullptr; ///< one combo box per column, in a scroll area
    QList<std::pair<int, QComboBox *>> m_fieldBoxes;
    QTableView *m_preview = nullptr;
    ImportPreviewModel *m_previewModel = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_import = nullptr;
};

} // namespace sochibo::gui
