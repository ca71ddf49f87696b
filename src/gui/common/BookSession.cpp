#include "BookSession.h"

#include "gui/common/Prompts.h"
#include "storage/Database.h"

namespace sochibo::gui {

BookSession::BookSession(QObject *parent) : QObject(parent) {}

BookSession::~BookSession() = default;

bool BookSession::isReadOnly() const
{
    return m_db && m_db->isReadOnly();
}

QString BookSession::path() const
{
    return m_db ? m_db->path() : QString();
}

void BookSession::setToday(const QDate &today)
{
    if (today == m_today)
        return;
    m_today = today;
    emit todayChanged();
}

void BookSession::open(std::unique_ptr<storage::Database> db, const QString &readOnlyReason)
{
    m_db = std::move(db);
    m_readOnlyReason = readOnlyReason;
    emit opened();
}

void BookSession::close()
{
    if (!m_db)
        return;
    m_db.reset();
    m_readOnlyReason.clear();
    emit closed();
}

bool ensureWritable(const BookSession &session, const Prompts &prompts)
{
    if (!session.isOpen())
        return false;
    if (!session.isReadOnly())
        return true;
    const QString reason = session.readOnlyReason();
    prompts.inform(QObject::tr("The book is open read-only (%1): changes are not saved.")
                       .arg(reason.isEmpty() ? QObject::tr("read-only") : reason));
    return false;
}

} // namespace sochibo::gui
