#include "WrappingLineEdit.h"

#include <QKeyEvent>
#include <QMimeData>

namespace sochibo::gui {

WrappingLineEdit::WrappingLineEdit(QWidget *parent) : QPlainTextEdit(parent)
{
    setTabChangesFocus(true);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setFixedHeight(sizeHint().height());
}

QString WrappingLineEdit::text() const
{
    return toPlainText().simplified();
}

void WrappingLineEdit::setText(const QString &text)
{
    setPlainText(text);
}

QSize WrappingLineEdit::sizeHint() const
{
    // Two lines of text and the frame: a long name shows whole, a short one wastes little.
    const int lines = 2;
    return {QPlainTextEdit::sizeHint().width(), fontMetrics().lineSpacing() * lines +
                                                    2 * frameWidth() +
                                                    int(document()->documentMargin() * 2) + 2};
}

void WrappingLineEdit::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        event->ignore(); // to the dialog: its default button
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

void WrappingLineEdit::insertFromMimeData(const QMimeData *source)
{
    insertPlainText(source->text().simplified());
}

} // namespace sochibo::gui
