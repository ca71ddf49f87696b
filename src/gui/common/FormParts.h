#pragma once
#include "reports/DocumentModel.h"

#include <QDate>
#include <QString>
#include <QStringList>

class QDialog;
class QAbstractItemView;
class QDialogButtonBox;
class QLabel;
class QLayout;
class QPlainTextEdit;
class QSpinBox;
class QVBoxLayout;
class QWidget;

namespace sochibo::gui {

// The pieces every page and dialog of the interface is built from, so that they all look
// and behave alike.

/// The large bold title of a page.
void styleHeading(QLabel *heading);

/// The red list of what stops a dialog from being saved; hidden while there is none.
QLabel *problemLabel(QWidget *parent);
void showProblems(QLabel *label, const QStringList &problems);
/// The problems shown, or empty.
QString problemsOf(const QLabel *label);
/// "Lưu" / "Hủy" wired to accept() / reject().
QDialogButtonBox *okCancel(QDialog *dialog);
/// A form dialog laid out in Designer (ui/common/NAME.ui: a form, a QLabel "problems" and a
/// QDialogButtonBox "buttons" under it): styles the problems (when there is a line for them),
/// names and wires the buttons.
void setUpDesignedDialog(QDialog *dialog, QLabel *problems, QDialogButtonBox *buttons);
/// A list or table of records to pick from, not to type in: no editing in place, and Tab
/// leaves it for the next control (arrows move inside) instead of walking every cell.
void readOnlyList(QAbstractItemView *view);

/// Sets the Tab order of the focusable widgets under \a top to the order they appear in its
/// layouts (form rows top to bottom), whatever order they were created in.
void orderTabsByLayout(QWidget *top);

/// A date typed as dd/MM/yyyy (d/M/yyyy accepted). Empty text is no date and \a ok true.
QDate parseDate(const QString &text, bool *ok = nullptr);

/// A document of the report model as simple HTML for a side panel (headings, paragraphs,
/// tables, boxes, the signature): what the printed form will say, not how it is laid out.
QString documentHtml(const reports::Document &document);

} // namespace sochibo::gui
