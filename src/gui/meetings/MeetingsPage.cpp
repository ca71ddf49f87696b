#include "MeetingsPage.h"

#include "core/Meeting.h"
#include <QMap>
#include <QString>
#include <QStringList>
#include <QTableView>

#include "core/Enums.h"
#include "gui/common/RecordTableModel.h"
#include "gui/common/RecordsPage.h"
#include "reportdata/ReportService.h"
#include "storage/Database.h"
#include "storage/MeetingRepository.h"
#include "storage/MemberRepository.h"
#include "storage/TaskRepository.h"
#include "text/DocumentWording.h"

namespace sochibo::gui {

using namespace sochibo::core;
using namespace sochibo::storage;

MeetingsPage::MeetingsPage(QWidget *parent)
    : RecordsPage(tr("Meetings"),
                  {tr("Date"), tr("Kind"), tr("Attended"), tr("Chaired by"), tr("Agenda"),
                   tr("Conclusions")},
                  parent)
{
    m_model->setNameColumns({3});
}

void MeetingsPage::reload(const Database &db, const QDate &)
{
    const QMap<qint64, QString> names = MemberRepository(db).names();
    QList<RecordRow> rows;
    for (const Meeting &m : MeetingRepository(db).list()) {
        RecordRow r;
        r.id = m.id;
        QStringList conclusions;
        for (const Conclusion &c : m.conclusions)
            conclusions << c.text;
        r.cells = {text::shortDate(m.heldOn), uiLabel(m.kind), m.attendanceSummary(),
                   names.value(m.chairId),    m.agenda,        QString::number(conclusions.size())};
        r.toolTips = {QString(), QString(), QString(),
                      QString(), m.agenda,  conclusions.join(QLatin1Char('\n'))};
        r.sortKeys = {dateKey(m.heldOn), QVariant(), QVariant(m.presentCount())};
        rows << r;
    }
    m_model->setRows(rows);
    fitColumns();
    m_view->setColumnWidth(4, qMin(m_view->columnWidth(4), 520));
}

} // namespace sochibo::gui
