#include "FileDropFilter.h"

#include <QDropEvent>
#include <QMimeData>

namespace sochibo::gui {

FileDropFilter::FileDropFilter(QObject *parent, Drop drop)
    : QObject(parent), m_drop(std::move(drop))
{
}

bool FileDropFilter::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto *e = static_cast<QDropEvent *>(event);
        if (e->mimeData()->hasUrls() || e->mimeData()->hasImage()) {
            e->acceptProposedAction();
            return true;
        }
        return false;
    }
    case QEvent::Drop: {
        auto *e = static_cast<QDropEvent *>(event);
        if (m_drop(e->position().toPoint(), e->mimeData())) {
            e->acceptProposedAction();
            return true;
        }
        return false;
    }
    default:
        return QObject::eventFilter(watched, event);
    }
}

} // namespace sochibo::gui
