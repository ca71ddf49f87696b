#include "FileDropFilter.h"

#include "gui/common/Prompts.h"

#include <QAbstractItemView>
#include <QClipboard>
#include <QDropEvent>
#include <QGuiApplication>
#include <QMimeData>
#include <QShortcut>

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

void acceptEvidence(QAbstractItemView *view, const Prompts &prompts,
                    std::function<void(const QMimeData *)> take)
{
    view->viewport()->setAcceptDrops(true);
    view->viewport()->installEventFilter(
        new FileDropFilter(view->viewport(), [view, take](const QPoint &at, const QMimeData *data) {
            const QModelIndex index = view->indexAt(at);
            if (!index.isValid())
                return false;
            view->setCurrentIndex(index);
            take(data);
            return true;
        }));
    auto *paste = new QShortcut(QKeySequence::Paste, view);
    paste->setContext(Qt::WidgetShortcut);
    QObject::connect(paste, &QShortcut::activated, view, [view, prompts, take] {
        if (!view->currentIndex().isValid()) {
            prompts.inform(QObject::tr("Select a row to paste the evidence into."));
            return;
        }
        take(QGuiApplication::clipboard()->mimeData());
    });
}

} // namespace sochibo::gui
