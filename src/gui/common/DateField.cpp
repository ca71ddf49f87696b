#include "DateField.h"

#include "gui/common/FormParts.h"

#include <QAction>
#include <QCalendarWidget>
#include <QKeyEvent>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <QRegularExpression>
#include <QRegularExpressionValidator>

namespace sochibo::gui {

namespace {
/// A small calendar page: a red band on top, the days as a grid of dots.
QIcon calendarIcon()
{
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(QColor(0x55, 0x55, 0x55), 2));
    p.setBrush(Qt::white);
    p.drawRoundedRect(QRectF(3, 5, 26, 24), 3, 3);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0xb0, 0x1e, 0x1e));
    p.drawRect(QRectF(4, 6, 24, 6));
    p.setBrush(QColor(0x55, 0x55, 0x55));
    for (int row = 0; row < 3; ++row)
        for (int col = 0; col < 4; ++col)
            p.drawRect(QRectF(7 + col * 5.5, 15 + row * 4.5, 3, 3));
    return QIcon(pixmap);
}
} // namespace

DateField::DateField(QWidget *parent)
    : QLineEdit(parent), m_pick(addAction(calendarIcon(), QLineEdit::TrailingPosition))
{
    setPlaceholderText(tr("dd/mm/yyyy"));
    setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9/]{0,10}")), this));
    setMaximumWidth(160);
    m_pick->setToolTip(tr("Choose the day on a calendar (Alt+↓)"));
    connect(m_pick, &QAction::triggered, this, &DateField::showCalendar);
}

void DateField::setDate(const QDate &d)
{
    setText(d.isValid() ? d.toString(QStringLiteral("dd/MM/yyyy")) : QString());
}

QDate DateField::date(bool *ok) const
{
    return parseDate(text(), ok);
}

void DateField::showCalendar()
{
    if (m_calendar || isReadOnly())
        return;
    m_calendar = new QCalendarWidget(this);
    m_calendar->setWindowFlags(Qt::Popup);
    m_calendar->setAttribute(Qt::WA_DeleteOnClose);
    m_calendar->setLocale(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
    m_calendar->setFirstDayOfWeek(Qt::Monday);
    m_calendar->setGridVisible(true);
    const QDate typed = date();
    m_calendar->setSelectedDate(typed.isValid() ? typed : QDate::currentDate());
    // A click or Enter on a day fills the field in the form the field is typed in.
    connect(m_calendar, &QCalendarWidget::activated, this, [this](const QDate &d) {
        setDate(d);
        emit textEdited(text());
        m_calendar->close();
    });
    connect(m_calendar, &QCalendarWidget::clicked, m_calendar, &QCalendarWidget::activated);
    connect(m_calendar, &QObject::destroyed, this, [this] {
        m_calendar = nullptr;
        setFocus();
    });
    m_calendar->move(mapToGlobal(QPoint(0, height())));
    m_calendar->show();
    m_calendar->setFocus();
}

void DateField::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Down && (event->modifiers() & Qt::AltModifier)) {
        showCalendar();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

} // namespace sochibo::gui
