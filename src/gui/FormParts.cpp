#include "FormParts.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace sochibo::gui {

void styleHeading(QLabel *heading)
{
    QFont f = heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    heading->setFont(f);
}

QLabel *pageHeading(const QString &text, QWidget *parent)
{
    auto *heading = new QLabel(text, parent);
    styleHeading(heading);
    return heading;
}

QSpinBox *yearSpin(QWidget *parent)
{
    auto *year = new QSpinBox(parent);
    year->setRange(2000, 2100);
    year->setPrefix(QObject::tr("Year "));
    return year;
}

namespace {
void styleProblems(QLabel *l)
{
    l->setWordWrap(true);
    l->setStyleSheet(QStringLiteral("color: #b01e1e"));
    l->hide();
}

void saveOrCancel(QDialog *dialog, QDialogButtonBox *b)
{
    b->button(QDialogButtonBox::Ok)->setText(QObject::tr("Save"));
    b->button(QDialogButtonBox::Cancel)->setText(QObject::tr("Cancel"));
    QObject::connect(b, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(b, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
}
} // namespace

QLabel *problemLabel(QWidget *parent)
{
    auto *l = new QLabel(parent);
    styleProblems(l);
    return l;
}

void showProblems(QLabel *label, const QStringList &problems)
{
    label->setText(problems.join(QLatin1Char('\n')));
    label->setVisible(!problems.isEmpty());
}

QString problemsOf(const QLabel *label)
{
    return label->isHidden() ? QString() : label->text();
}

QDialogButtonBox *okCancel(QDialog *dialog)
{
    auto *b = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    saveOrCancel(dialog, b);
    return b;
}

void setUpDesignedDialog(QDialog *dialog, QLabel *problems, QDialogButtonBox *buttons)
{
    if (problems)
        styleProblems(problems);
    saveOrCancel(dialog, buttons);
}

QVBoxLayout *formDialogLayout(QDialog *dialog, QLayout *form, QLabel *problems)
{
    auto *layout = new QVBoxLayout(dialog);
    layout->addLayout(form);
    layout->addWidget(problems);
    layout->addWidget(okCancel(dialog));
    return layout;
}

void readOnlyList(QAbstractItemView *view)
{
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setTabKeyNavigation(false);
}

QPlainTextEdit *textBox(QWidget *parent, const QString &text, int height)
{
    auto *e = new QPlainTextEdit(text, parent);
    e->setMaximumHeight(height);
    e->setTabChangesFocus(true);
    return e;
}

namespace {

void collectFocusable(QLayout *layout, QList<QWidget *> &out);

void collectItem(QLayoutItem *item, QList<QWidget *> &out);

// The focusable widgets inside a container that takes no focus itself: its layout, or the
// pieces of a splitter, stack or scroll area, which hold their children without one.
void collectWidget(QWidget *w, QList<QWidget *> &out)
{
    if (auto *split = qobject_cast<QSplitter *>(w)) {
        for (int i = 0; i < split->count(); ++i) {
            QWidgetItem piece(split->widget(i));
            collectItem(&piece, out);
        }
    } else if (auto *stack = qobject_cast<QStackedWidget *>(w)) {
        for (int i = 0; i < stack->count(); ++i) {
            QWidgetItem page(stack->widget(i));
            collectItem(&page, out);
        }
    } else if (auto *scroll = qobject_cast<QScrollArea *>(w); scroll && scroll->widget()) {
        QWidgetItem inner(scroll->widget());
        collectItem(&inner, out);
    } else if (w->layout()) {
        collectFocusable(w->layout(), out);
    }
}

void collectItem(QLayoutItem *item, QList<QWidget *> &out)
{
    if (!item)
        return;
    if (QWidget *w = item->widget()) {
        if (auto *tabs = qobject_cast<QTabWidget *>(w)) {
            // The tab bar, then the fields of each page: Tab goes from the tabs into the page
            // shown (Qt skips the hidden pages' fields) and on to what follows the tabs.
            out << tabs;
            for (int i = 0; i < tabs->count(); ++i)
                if (QLayout *l = tabs->widget(i)->layout())
                    collectFocusable(l, out);
        } else if (w->focusPolicy() & Qt::TabFocus) {
            out << w;
        } else {
            collectWidget(w, out);
        }
        if (auto *box = qobject_cast<QDialogButtonBox *>(w))
            for (QAbstractButton *b : box->buttons())
                out << b;
    } else if (QLayout *l = item->layout()) {
        collectFocusable(l, out);
    }
}

void collectFocusable(QLayout *layout, QList<QWidget *> &out)
{
    if (auto *form = qobject_cast<QFormLayout *>(layout)) {
        for (int row = 0; row < form->rowCount(); ++row)
            for (auto role :
                 {QFormLayout::LabelRole, QFormLayout::FieldRole, QFormLayout::SpanningRole})
                collectItem(form->itemAt(row, role), out);
        return;
    }
    for (int i = 0; i < layout->count(); ++i)
        collectItem(layout->itemAt(i), out);
}

} // namespace

void orderTabsByLayout(QWidget *top)
{
    QList<QWidget *> order;
    collectWidget(top, order);
    for (int i = 1; i < order.size(); ++i)
        QWidget::setTabOrder(order[i - 1], order[i]);
}

QDate parseDate(const QString &text, bool *ok)
{
    const QString t = text.trimmed();
    if (t.isEmpty()) {
        if (ok)
            *ok = true;
        return {};
    }
    QDate d = QDate::fromString(t, QStringLiteral("dd/MM/yyyy"));
    if (!d.isValid())
        d = QDate::fromString(t, QStringLiteral("d/M/yyyy"));
    if (ok)
        *ok = d.isValid();
    return d;
}

} // namespace sochibo::gui
