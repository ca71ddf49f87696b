#pragma once
#include <QObject>

#include <functional>

class QAbstractItemView;
class QMimeData;
class QPoint;

namespace sochibo::gui {

struct Prompts;

/// Lets a view's viewport take files dropped from the file manager: \a drop gets the point
/// and the data, and says whether it used them.
class FileDropFilter : public QObject
{
public:
    using Drop = std::function<bool(const QPoint &, const QMimeData *)>;
    FileDropFilter(QObject *parent, Drop drop);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    Drop m_drop;
};

/// Files dropped on a row of \a view, or pasted there with Ctrl+V (copied files, a screenshot,
/// a phone photo), are handed to \a take with that row made current; a paste with no row
/// selected is explained through \a prompts.
void acceptEvidence(QAbstractItemView *view, const Prompts &prompts,
                    std::function<void(const QMimeData *)> take);

} // namespace sochibo::gui
