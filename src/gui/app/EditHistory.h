#pragma once
#include "gui/common/Committer.h"
#include "gui/common/Prompts.h"

#include <QObject>

class QUndoStack;

namespace sochibo::gui {

class BookSession;

/// The edits made in the window: each is applied to the book at once (MainWindow's pages call
/// commit() through their Committer) and kept on the undo stack for Ctrl+Z / Ctrl+Y, named
/// in the book's change history after the user who made it.
class EditHistory : public QObject
{
    Q_OBJECT
public:
    EditHistory(const BookSession &session, Prompts prompts, QObject *parent = nullptr);

    QUndoStack *stack() const { return m_undo; }
    /// Runs \a change now; on success records it with \a undo for Ctrl+Z and tells changed().
    /// Failures are shown to the user and leave nothing changed. Refused while read-only.
    bool commit(const QString &text, std::function<void()> change, std::function<void()> undo);
    /// commit() as the pages take it.
    Committer committer();

    /// Who the change history names for edits made here: the name given in the settings,
    /// asked once before the first change; else this computer's account.
    QString userName();
    /// Sửa ▸ "Tên của bạn trong lịch sử…": the name the change history records.
    void changeUserName();

signals:
    /// The records changed: an edit, its undo or its redo.
    void changed();

private:
    const BookSession &m_session;
    Prompts m_prompts;
    QUndoStack *m_undo;
    bool m_askedName = false;
};

} // namespace sochibo::gui
