#include "EditHistory.h"

#include "gui/common/BookSession.h"
#include "storage/Database.h"
#include "storage/StorageError.h"
#include "text/Normalization.h"

#include <QSettings>
#include <QUndoCommand>
#include <QUndoStack>

namespace sochibo::gui {

using storage::StorageError;

namespace {

/// An edit already applied to the database: the first redo() does nothing.
class EditCommand : public QUndoCommand
{
public:
    EditCommand(const QString &text, std::function<void()> redo, std::function<void()> undo,
                std::function<void(const QString &)> fail)
        : QUndoCommand(text), m_redo(std::move(redo)), m_undo(std::move(undo)),
          m_fail(std::move(fail))
    {
    }
    void redo() override
    {
        if (m_applied)
            return;
        run(m_redo);
        m_applied = true;
    }
    void undo() override
    {
        run(m_undo);
        m_applied = false;
    }

private:
    void run(const std::function<void()> &f)
    {
        try {
            f();
        } catch (const StorageError &e) {
            setObsolete(true); // the records moved on: this step cannot be repeated
            m_fail(e.message());
        }
    }
    std::function<void()> m_redo, m_undo;
    std::function<void(const QString &)> m_fail;
    bool m_applied = true;
};

} // namespace

EditHistory::EditHistory(const BookSession &session, Prompts prompts, QObject *parent)
    : QObject(parent), m_session(session), m_prompts(std::move(prompts)),
      m_undo(new QUndoStack(this))
{
    // Undo belongs to the file it was made in.
    connect(&session, &BookSession::opened, m_undo, &QUndoStack::clear);
    connect(&session, &BookSession::closed, m_undo, &QUndoStack::clear);
}

bool EditHistory::commit(const QString &text, std::function<void()> change,
                         std::function<void()> undo)
{
    if (!ensureWritable(m_session, m_prompts))
        return false;
    try {
        m_session.db()->setActor(userName());
        change();
    } catch (const StorageError &e) {
        m_prompts.inform(e.message());
        return false;
    }
    const auto fail = [this](const QString &message) {
        m_prompts.inform(message);
        emit changed();
    };
    const auto telling = [this](std::function<void()> f) {
        return [this, f] {
            f();
            emit changed();
        };
    };
    m_undo->push(new EditCommand(text, telling(change), telling(undo), fail));
    emit changed();
    return true;
}

Committer EditHistory::committer()
{
    return [this](const QString &text, std::function<void()> change, std::function<void()> undo) {
        return commit(text, std::move(change), std::move(undo));
    };
}

QString EditHistory::userName()
{
    QString name = QSettings().value(QStringLiteral("user/name")).toString();
    if (name.isEmpty() && !m_askedName) {
        // Asked once, before the first change is recorded: the history names who made it.
        m_askedName = true;
        name = text::nfc(m_prompts.askText(
            tr("Your name, recorded in the change history with every change made on this "
               "computer (Edit ▸ Your name in the history… changes it):"),
            QString()));
        if (!name.isEmpty())
            QSettings().setValue(QStringLiteral("user/name"), name);
    }
    if (name.isEmpty()) // not given: this computer's account, never "(không rõ)"
        name = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return name;
}

void EditHistory::changeUserName()
{
    const QString current = QSettings().value(QStringLiteral("user/name")).toString();
    const QString name = text::nfc(
        m_prompts.askText(tr("Your name, recorded in the change history with every change made "
                             "on this computer:"),
                          current));
    if (name.isEmpty() || name == current)
        return;
    QSettings().setValue(QStringLiteral("user/name"), name);
    m_askedName = true;
    if (m_session.db() && !m_session.isReadOnly())
        m_session.db()->setActor(name);
}

} // namespace sochibo::gui
