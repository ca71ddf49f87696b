#pragma once
#include "core/Cell.h"

#include <QDate>
#include <QDialog>
#include <QLineEdit>
#include <QString>

#include <memory>
#include <optional>

class QWidget;

class QCheckBox;
class QComboBox;
class QFormLayout;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;

namespace sochibo::gui {

/// The cell's details and its document style (Tệp → Thông tin chi bộ và mẫu văn bản): name,
/// superior committee, place, term and issuer code, then the margins, the report font (the
/// bundled one or an installed family, with a note on what the choice means), the line
/// spacing and the older "Số:" and two-digit-month practices.
///
/// The same form starts a cell's records ("Tạo sổ cho chi bộ", forNewCell): it then asks
/// for the secretary who signs and leaves the document style at the rule's defaults.
class CellDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CellDialog(const core::Cell &cell, QWidget *parent = nullptr);
    /// A new cell, its committee term the five years around \a today.
    static std::unique_ptr<CellDialog> forNewCell(const QDate &today, QWidget *parent = nullptr);
    core::Cell cell() const;
    /// The secretary's name (a new cell only).
    QString secretary() const;
    QLineEdit *nameField() const { return m_name; }
    QLineEdit *superiorField() const { return m_superior; }
    QLineEdit *placeField() const { return m_place; }
    QLineEdit *secretaryField() const { return m_secretary; }
    QComboBox *marginsBox() const { return m_margins; }
    QComboBox *fontBox() const { return m_font; }
    QString fontNote() const;
    QString problems() const;
    void accept() override;

private:
    void explainFont();
    core::Cell m_cell; ///< what the dialog does not show is kept as it was
    QLineEdit *m_name, *m_superior, *m_place, *m_issuer, *m_secretary;
    QSpinBox *m_termStart, *m_termEnd;
    QComboBox *m_margins, *m_font;
    QDoubleSpinBox *m_lineSpacing;
    QCheckBox *m_numberColon, *m_padMonths;
    QLabel *m_help, *m_fontNote, *m_problems;
    QWidget *m_styleGroup;
    QFormLayout *m_cellForm;
};

} // namespace sochibo::gui
