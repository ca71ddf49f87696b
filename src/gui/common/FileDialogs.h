#pragma once
#include <QIdentityProxyModel>
#include <QStringList>

class QFileDialog;
class QWidget;

namespace sochibo::gui {

/// The file list of the file dialogs as the rest of the program writes sizes and dates:
/// "12 KB" rather than Qt's "12.0 KiB", "05/12/2026 14:30" rather than "Dec 5 2026" (Qt's
/// file model formats them with the system's locale and IEC units, which no catalogue
/// translates).
class FileListProxy : public QIdentityProxyModel
{
    Q_OBJECT
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
};

/// The program's file dialogs: Qt's own (the same on every computer, translated), with the
/// list written as FileListProxy writes it.
namespace fileDialogs {

QString openFile(QWidget *parent, const QString &title, const QString &filters);
QStringList openFiles(QWidget *parent, const QString &title);
QString saveFile(QWidget *parent, const QString &title, const QString &suggested,
                 const QString &filters, QString *chosenFilter);
QString folder(QWidget *parent, const QString &title, const QString &current);

} // namespace fileDialogs

} // namespace sochibo::gui
