#include "FormParts.h"

#include "text/DocumentWording.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>
#include <QWidget>

namespace sochibo::gui {

void styleHeading(QLabel *heading)
{
    QFont f = heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    heading->setFont(f);
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
    if (problems) {
        styleProblems(problems);
        // The red text goes as soon as the user corrects a field; Save checks again.
        const auto clear = [problems] {
            problems->hide();
        };
        for (QLineEdit *e : dialog->findChildren<QLineEdit *>())
            QObject::connect(e, &QLineEdit::textEdited, problems, clear);
        for (QPlainTextEdit *e : dialog->findChildren<QPlainTextEdit *>())
            QObject::connect(e, &QPlainTextEdit::textChanged, problems, [e, clear] {
                if (e->hasFocus())
                    clear();
            });
        for (QComboBox *b : dialog->findChildren<QComboBox *>())
            QObject::connect(b, &QComboBox::activated, problems, clear);
    }
    saveOrCancel(dialog, buttons);
}

void readOnlyList(QAbstractItemView *view)
{
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setTabKeyNavigation(false);
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
    // as offices type it: 15/03/1985, 15/3/85, 15031985 (text::parseTypedDate)
    const QDate d = text::parseTypedDate(t);
    if (ok)
        *ok = d.isValid();
    return d;
}

QString documentHtml(const reports::Document &document)
{
    using reports::BlockKind;
    const auto runsHtml = [](const QList<reports::Run> &runs) {
        QString out;
        for (const reports::Run &r : runs) {
            QString t = r.text.toHtmlEscaped();
            if (r.bold)
                t = QStringLiteral("<b>%1</b>").arg(t);
            if (r.italic)
                t = QStringLiteral("<i>%1</i>").arg(t);
            if (r.underline)
                t = QStringLiteral("<u>%1</u>").arg(t);
            out += t;
        }
        return out;
    };
    const auto markup = [&](const QString &text) {
        return runsHtml(reports::parseMarkup(text));
    };
    QString html =
        QStringLiteral("<p align='center'><b>%1</b><br><i>%2</i></p>")
            .arg(document.kindTitle.toHtmlEscaped(), document.subjectLine.toHtmlEscaped());
    for (const reports::Block &b : document.body) {
        const QString label = b.label.isEmpty() ? QString() : b.label.toHtmlEscaped() + u' ';
        switch (b.kind) {
        case BlockKind::PartHeading:
        case BlockKind::Item:
            html += QStringLiteral("<p><b>%1%2</b></p>").arg(label, runsHtml(b.runs));
            break;
        case BlockKind::Centered:
            html += QStringLiteral("<p align='center'><b>%1</b></p>").arg(runsHtml(b.runs));
            break;
        case BlockKind::Table: {
            html += QStringLiteral("<table border='1' cellspacing='0' cellpadding='3'>");
            for (int r = 0; r < b.table.rows.size(); ++r) {
                html += QStringLiteral("<tr>");
                for (const QString &cell : b.table.rows[r])
                    html += (r < b.table.headerRows ? QStringLiteral("<th>%1</th>")
                                                    : QStringLiteral("<td>%1</td>"))
                                .arg(markup(cell));
                html += QStringLiteral("</tr>");
            }
            html += QStringLiteral("</table>");
            break;
        }
        case BlockKind::CheckBoxes: {
            QStringList options;
            for (int i = 0; i < b.options.size(); ++i)
                options << (i == b.checked ? QStringLiteral("☒ ") : QStringLiteral("☐ ")) +
                               b.options[i].toHtmlEscaped();
            html += QStringLiteral("<p>%1</p>").arg(options.join(QStringLiteral("&nbsp;&nbsp; ")));
            break;
        }
        case BlockKind::PageBreak:
            html += QStringLiteral("<hr>");
            break;
        default:
            html += QStringLiteral("<p>%1%2</p>").arg(label, runsHtml(b.runs));
            break;
        }
    }
    html += QStringLiteral("<p align='right'><b>%1</b><br><br>%2</p>")
                .arg(document.closing.signerRole.toHtmlEscaped(),
                     document.closing.signerName.toHtmlEscaped());
    return html;
}

} // namespace sochibo::gui
