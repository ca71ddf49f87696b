#pragma once
#include <QString>

#include <functional>
#include <memory>

namespace sochibo::gui {

/// Runs an edit now and keeps it for undo (MainWindow::commit).
using Committer = std::function<bool(const QString &text, std::function<void()> change,
                                     std::function<void()> undo)>;

/// Inserts \a record (id 0) now and keeps the step for undo: undo deletes the row, redo
/// inserts it again with the id it had, so later steps that refer to it still apply.
template <typename Record, typename Save, typename Remove>
bool commitInsert(const Committer &commit, const QString &text, const Record &record, Save save,
                  Remove remove)
{
    auto id = std::make_shared<qint64>(0);
    return commit(
        text,
        [record, id, save] {
            Record row = record;
            row.id = *id;
            *id = save(row);
        },
        [id, remove] { remove(*id); });
}

/// Stores \a after in place of \a before now and keeps the step for undo: undo stores
/// \a before again, redo \a after.
template <typename Record, typename Save>
bool commitEdit(const Committer &commit, const QString &text, const Record &before,
                const Record &after, Save save)
{
    return commit(
        text, [after, save] { save(after); }, [before, save] { save(before); });
}

} // namespace sochibo::gui
