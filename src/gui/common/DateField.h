#pragma once
#include <QDate>
#include <QLineEdit>

class QAction;
class QCalendarWidget;

namespace sochibo::gui {

/// A date typed as dd/mm/yyyy (ddmmyyyy and d/m/yy accepted); empty means "no date". The
/// calendar button at its end (or Alt+↓) opens a month to pick the day from.
class DateField : public QLineEdit
{
    Q_OBJECT
public:
    explicit DateField(QWidget *parent = nullptr);
    void setDate(const QDate &d);
    /// Invalid when empty; \a ok false when the text is not a date.
    QDate date(bool *ok = nullptr) const;
    /// Opens the calendar under the field, on the date typed (today when none).
    void showCalendar();
    /// The calendar while it is open; null otherwise.
    QCalendarWidget *calendar() const { return m_calendar; }

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QAction *m_pick;
    QCalendarWidget *m_calendar = nullptr;
};

} // namespace sochibo::gui
