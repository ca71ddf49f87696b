#include "TopicDialog.h"

#include "core/Member.h"
#include "gui/common/FormParts.h"
#include "storage/Database.h"
#include "storage/MeetingRepository.h"
#include "storage/MemberRepository.h"
#include "ui_TopicDialog.h"

#include <QWidget>

namespace sochibo::gui {

using namespace sochibo::core;
using namespace sochibo::storage;

TopicDialog::TopicDialog(const ThematicTopic &topic, const Database &db, const QDate &today,
                         QWidget *parent)
    : QDialog(parent), m_topic(topic)
{
    Ui::TopicDialog ui; // the form: ui/topics/TopicDialog.ui
    ui.setupUi(this);
    setUpDesignedDialog(this, ui.problems, ui.buttons);
    m_title = ui.title;
    m_focus = ui.focus;
    m_products = ui.products;
    m_quarter = ui.quarter;
    m_drafter = ui.drafter;
    m_problems = ui.problems;
    if (topic.id)
        setWindowTitle(tr("Edit topic"));
    m_title->setText(topic.title);
    m_focus->setPlainText(topic.focusPoints);
    m_products->setPlainText(topic.expectedProducts);
    m_quarter->setValue(topic.plannedQuarter > 0 ? topic.plannedQuarter : 1);
    const MemberRepository members(db);
    const QList<qint64> inCell = members.membersOn(today);
    m_drafter->addItem(tr("(no drafter yet)"), 0LL);
    for (const Member &m : members.list())
        if (inCell.contains(m.id) || m.id == topic.drafterId)
            m_drafter->addItem(m.fullName, m.id);
    m_drafter->setCurrentIndex(qMax(0, m_drafter->findData(topic.drafterId)));
}

ThematicTopic TopicDialog::topic() const
{
    ThematicTopic t = m_topic;
    t.title = m_title->text().simplified();
    t.focusPoints = m_focus->toPlainText().trimmed();
    t.plannedQuarter = m_quarter->value();
    t.drafterId = m_drafter->currentData().toLongLong();
    t.expectedProducts = m_products->toPlainText().trimmed();
    return t;
}

void TopicDialog::accept()
{
    if (topic().title.isEmpty()) {
        m_problems->setText(tr("The topic has no name."));
        m_problems->show();
        return;
    }
    QDialog::accept();
}

} // namespace sochibo::gui
