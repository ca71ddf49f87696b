#pragma once
#include <QDate>

class QWidget;
#include <QLineEdit>

#include <memory>
#include <optional>

namespace sochibo::gui {

/// A date typed as dd/MM/yyyy (d/M/yyyy accepted); empty means "no date".
class DateField : public QLineEdit
{
    Q_OBJECT
public:
    explicit DateField(QWidget *parent = nullptr);
    void setDate(const QDate &d);
    /// Invalid when empty; \a ok false when the text is not a date.
    QDate date(bool *ok = nullptr) const;
};

} // namespace sochibo::gui
