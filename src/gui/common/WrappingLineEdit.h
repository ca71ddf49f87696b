#pragma once
#include <QPlainTextEdit>

namespace sochibo::gui {

/// A one-paragraph field whose text wraps onto a second and third line instead of scrolling
/// out of sight (a task's name: "Xây dựng dự thảo báo cáo kiểm điểm tập thể năm 2026" is read
/// whole). It behaves as a line: Enter presses the dialog's default button, Tab moves on, a
/// pasted line break becomes a space; text() and setText() as on a QLineEdit.
class WrappingLineEdit : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit WrappingLineEdit(QWidget *parent = nullptr);
    QString text() const;
    void setText(const QString &text);
    QSize sizeHint() const override;

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void insertFromMimeData(const QMimeData *source) override;
};

} // namespace sochibo::gui
