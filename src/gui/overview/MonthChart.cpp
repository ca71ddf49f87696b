#include "MonthChart.h"

#include "core/Period.h"
#include "core/TaskRules.h"
#include "storage/Database.h"
#include "storage/MemberRepository.h"
#include "storage/Progress.h"
#include "storage/ReviewRepository.h"
#include "storage/Statistics.h"

#include <QColor>
#include <QPainter>
#include <QString>

namespace sochibo::gui {

using namespace sochibo::core;
using namespace sochibo::storage;

MonthChart::MonthChart(QWidget *parent) : QWidget(parent)
{
    setMinimumHeight(200);
    setToolTip(tr("Each month: tasks done on time (green), late (orange) and tasks due that month "
                  "still not done (grey)."));
}

void MonthChart::setBars(int year, const QList<MonthBar> &bars)
{
    m_year = year;
    m_bars = bars;
    update();
}

void MonthChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics fm(font());
    const int legend = fm.height() + 6;
    const QRectF area(fm.horizontalAdvance(QStringLiteral("000")) + 8, legend + 4,
                      width() - fm.horizontalAdvance(QStringLiteral("000")) - 16,
                      height() - legend - fm.height() - 14);
    int top = 1;
    for (const MonthBar &b : m_bars)
        top = std::max(top, b.onTime + b.late + b.open);
    const QColor colors[] = {QColor(0x3a, 0x8a, 0x4a), QColor(0xe0, 0x8a, 0x20),
                             QColor(0xa0, 0xa0, 0xa0)};
    const QString names[] = {tr("On time"), tr("Late"), tr("Not done")};
    double x = area.left();
    for (int i = 0; i < 3; ++i) { // the legend
        p.fillRect(QRectF(x, 2, 12, 12), colors[i]);
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(QPointF(x + 16, 2 + fm.ascent()), names[i]);
        x += 16 + fm.horizontalAdvance(names[i]) + 18;
    }
    p.setPen(palette().color(QPalette::Mid));
    p.drawLine(area.bottomLeft(), area.bottomRight());
    p.setPen(palette().color(QPalette::WindowText));
    p.drawText(QRectF(0, area.top() - fm.height() / 2.0, area.left() - 4, fm.height()),
               Qt::AlignRight | Qt::AlignVCenter, QString::number(top));
    p.drawText(QRectF(0, area.bottom() - fm.height() / 2.0, area.left() - 4, fm.height()),
               Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("0"));
    const double slot = area.width() / 12.0;
    for (const MonthBar &b : m_bars) {
        const double bx = area.left() + (b.month - 1) * slot + slot * 0.2;
        double y = area.bottom();
        const int values[] = {b.onTime, b.late, b.open};
        for (int i = 0; i < 3; ++i) {
            const double h = area.height() * values[i] / top;
            p.fillRect(QRectF(bx, y - h, slot * 0.6, h), colors[i]);
            y -= h;
        }
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(QRectF(area.left() + (b.month - 1) * slot, area.bottom() + 4, slot, fm.height()),
                   Qt::AlignHCenter, tr("M%1").arg(b.month));
    }
}

} // namespace sochibo::gui
