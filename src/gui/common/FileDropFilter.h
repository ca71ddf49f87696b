#pragma once
#include <QObject>
#include <functional>

class QMimeData;
class QPoint;

namespace sochibo::gui {

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

} // namespace sochibo::gui
