#include "FileDialogs.h"

#include "gui/evidence/EvidenceTableModel.h"

#include <QDateTime>
#include <QFileDialog>
#include <QFileSystemModel>

namespace sochibo::gui {

QVariant FileListProxy::data(const QModelIndex &index, int role) const
{
    const auto *files = qobject_cast<const QFileSystemModel *>(sourceModel());
    if (role == Qt::DisplayRole && files && index.isValid()) {
        const QModelIndex source = mapToSource(index);
        const QFileInfo info = files->fileInfo(source);
        if (index.column() == 1) // size
            return info.isDir() ? QString() : sizeText(info.size());
        if (index.column() == 3) // date modified
            return info.lastModified().toString(QStringLiteral("dd/MM/yyyy HH:mm"));
    }
    return QIdentityProxyModel::data(index, role);
}

namespace fileDialogs {

namespace {
/// Qt's dialog (not the desktop's), with our list.
void withOurList(QFileDialog &dialog)
{
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setProxyModel(new FileListProxy(&dialog));
}
} // namespace

QString openFile(QWidget *parent, const QString &title, const QString &filters)
{
    QFileDialog dialog(parent, title, QString(), filters);
    withOurList(dialog);
    dialog.setFileMode(QFileDialog::ExistingFile);
    return dialog.exec() == QDialog::Accepted ? dialog.selectedFiles().value(0) : QString();
}

QStringList openFiles(QWidget *parent, const QString &title)
{
    QFileDialog dialog(parent, title);
    withOurList(dialog);
    dialog.setFileMode(QFileDialog::ExistingFiles);
    return dialog.exec() == QDialog::Accepted ? dialog.selectedFiles() : QStringList();
}

QString saveFile(QWidget *parent, const QString &title, const QString &suggested,
                 const QString &filters, QString *chosenFilter)
{
    QFileDialog dialog(parent, title, QString(), filters);
    withOurList(dialog);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    dialog.selectFile(suggested);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    if (chosenFilter)
        *chosenFilter = dialog.selectedNameFilter();
    return dialog.selectedFiles().value(0);
}

QString folder(QWidget *parent, const QString &title, const QString &current)
{
    QFileDialog dialog(parent, title, current);
    withOurList(dialog);
    dialog.setFileMode(QFileDialog::Directory);
    dialog.setOption(QFileDialog::ShowDirsOnly);
    return dialog.exec() == QDialog::Accepted ? dialog.selectedFiles().value(0) : QString();
}

} // namespace fileDialogs

} // namespace sochibo::gui
