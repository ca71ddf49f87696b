#pragma once
#include "core/Period.h"

#include <QList>
#include <QWidget>

class QPaintEvent;

namespace sochibo::gui {

/// Tasks done on time, late and still open for each month of a year, as stacked bars.
class MonthChart : public QWidget
{
    Q_OBJECT
public:
    explicit MonthChart(QWidget *parent = nullptr);
    void setBars(int year, const QList<core::MonthBar> &bars);
    const QList<core::MonthBar> &bars() const { return m_bars; }
    QSize sizeHint() const override { return {520, 220}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int m_year = 0;
    QList<core::MonthBar> m_bars;
};

} // namespace sochibo::gui
