#include "TopicsPage.h"

#include "gui/common/BookSession.h"
#include "gui/common/ComboChoices.h"
#include "gui/common/Committer.h"
#include "gui/common/FormParts.h"
#include "gui/common/Prompts.h"
#include "gui/topics/TopicDialog.h"
#include "gui/topics/TopicTableModel.h"
#include "storage/Database.h"
#include "storage/MeetingRepository.h"
#include "storage/MemberRepository.h"
#include "text/DocumentWording.h"
#include "ui_TopicsPage.h"

#include <QHeaderView>
#include <QMap>
#include <QPushButton>
#include <QSpinBox>
#include <QString>
#include <QStringList>
#include <QTableView>

namespace sochibo::gui {

using namespace sochibo::core;
using namespace sochibo::storage;

TopicsPage::TopicsPage(Prompts prompts, Committer commit, QWidget *parent)
    : QWidget(parent), m_prompts(std::move(prompts)), m_commit(std::move(commit))
{
    Ui::TopicsPage ui; // the page's layout: ui/topics/TopicsPage.ui
    ui.setupUi(this);
    styleHeading(ui.heading);
    m_year = ui.year;
    m_table = ui.table;
    m_model = new TopicTableModel(this);
    m_table->setModel(m_model);
    using C = TopicTableModel::Column;
    for (int c : {C::Timeframe, C::DraftedBy, C::Held})
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    for (int c : {C::Title, C::Products})
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::Stretch);
    readOnlyList(m_table);
    connect(m_year, &QSpinBox::valueChanged, this, &TopicsPage::fill);
    connect(ui.add, &QPushButton::clicked, this, &TopicsPage::addTopic);
    connect(ui.edit, &QPushButton::clicked, this,
            [this] { editTopic(m_table->currentIndex().row()); });
    connect(ui.remove, &QPushButton::clicked, this,
            [this] { removeTopic(m_table->currentIndex().row()); });
    connect(m_table, &QAbstractItemView::activated, this,
            [this](const QModelIndex &index) { editTopic(index.row()); });
}

void TopicsPage::reload()
{
    startOnThisYear(m_year);
    fill();
}

void TopicsPage::setYear(int year)
{
    m_year->setValue(year);
}

void TopicsPage::fill()
{
    if (!m_session->db())
        return;
    const MeetingRepository meetings(*m_session->db());
    m_topics = meetings.topics(m_year->value());
    const QMap<qint64, QString> names = MemberRepository(*m_session->db()).names();
    QList<TopicLine> lines;
    for (const ThematicTopic &t : std::as_const(m_topics)) {
        const auto held = t.meetingId ? meetings.find(t.meetingId) : std::nullopt;
        lines << TopicLine{t, names.value(t.drafterId), held ? held->heldOn : QDate()};
    }
    m_model->setTopics(lines);
    m_table->resizeRowsToContents();
}

bool TopicsPage::addTopic()
{
    if (!m_session->db())
        return false;
    ThematicTopic fresh;
    fresh.year = m_year->value();
    fresh.plannedQuarter = int(m_topics.size()) % 4 + 1;
    TopicDialog dialog(fresh, *m_session->db(), m_session->today(), this);
    if (!m_prompts.runDialog(dialog))
        return false;
    const ThematicTopic t = dialog.topic();
    return commitInsert(
        m_commit, tr("Add topic %1").arg(t.title), t,
        [this](const ThematicTopic &row) {
            return MeetingRepository(*m_session->db()).saveTopic(row);
        },
        [this](qint64 id) { MeetingRepository(*m_session->db()).removeTopic(id); });
}

bool TopicsPage::editTopic(int row)
{
    if (!m_session->db() || row < 0 || row >= m_topics.size())
        return false;
    const ThematicTopic before = m_topics[row];
    TopicDialog dialog(before, *m_session->db(), m_session->today(), this);
    if (!m_prompts.runDialog(dialog))
        return false;
    const ThematicTopic after = dialog.topic();
    return commitEdit(
        m_commit, tr("Edit topic %1").arg(after.title), before, after,
        [this](const auto &row) { MeetingRepository(*m_session->db()).saveTopic(row); });
}

bool TopicsPage::removeTopic(int row)
{
    if (!m_session->db() || row < 0 || row >= m_topics.size())
        return false;
    const ThematicTopic t = m_topics[row];
    if (!m_prompts.confirm(tr("Delete the topic “%1”?").arg(t.title)))
        return false;
    return m_commit(
        tr("Delete topic %1").arg(t.title),
        [this, id = t.id] { MeetingRepository(*m_session->db()).removeTopic(id); },
        [this, t] { MeetingRepository(*m_session->db()).saveTopic(t); });
}

qint64 TopicsPage::currentTopicId() const
{
    const int r = m_table->currentIndex().row();
    return r >= 0 && r < m_topics.size() ? m_topics[r].id : 0;
}

bool TopicsPage::selectTopic(qint64 id)
{
    if (!m_session->db())
        return false;
    const auto topicYear = storage::MeetingRepository(*m_session->db()).topicYear(id);
    if (!topicYear)
        return false;
    setYear(*topicYear);
    for (int r = 0; r < m_topics.size(); ++r)
        if (m_topics[r].id == id) {
            m_table->selectRow(r);
            return true;
        }
    return false;
}

void TopicsPage::clear()
{
    m_topics.clear();
    m_model->setRows({});
}

bool TopicsPage::selectRecord(const QString &kind, qint64 id)
{
    return kind == QLatin1String("topic") && selectTopic(id);
}

} // namespace sochibo::gui
