#include "Prompts.h"

#include "gui/common/FileDialogs.h"

#include <QDesktopServices>
#include <QDialog>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QRegularExpression>
#include <QUrl>

namespace sochibo::gui {

namespace {
/// Tests and screenshots run offscreen: never a modal question there that nobody can answer.
bool offscreen()
{
    return QGuiApplication::platformName() == QLatin1String("offscreen");
}
} // namespace

Prompts withDefaults(Prompts p, QWidget *parent)
{
    if (!p.confirm)
        p.confirm = [parent](const QString &q) {
            return QMessageBox::question(parent, QObject::tr("Cell book"), q) == QMessageBox::Yes;
        };
    if (!p.inform)
        p.inform = [parent](const QString &m) {
            QMessageBox::information(parent, QObject::tr("Cell book"), m);
        };
    if (!p.saveFileName)
        p.saveFileName = [parent](const QString &suggested) {
            // The filters the suggested name's extension calls for, its own first; a name typed
            // without an extension takes the chosen filter's.
            const QString ext = suggested.section(QLatin1Char('.'), -1).toLower();
            const QString pdf = QObject::tr("PDF file (*.pdf)"),
                          word = QObject::tr("Word file (*.docx)");
            QString filters = ext == QLatin1String("db") ? QObject::tr("Cell book (*.db)")
                              : ext == QLatin1String("xlsx")
                                  ? QObject::tr("Excel workbook (*.xlsx)")
                              : ext == QLatin1String("docx") ? word + QStringLiteral(";;") + pdf
                                                             : pdf + QStringLiteral(";;") + word;
            QString chosen;
            QString path =
                fileDialogs::saveFile(parent,
                                      ext == QLatin1String("db") ? QObject::tr("Create a cell book")
                                                                 : QObject::tr("Save document"),
                                      suggested, filters, &chosen);
            if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty()) {
                const auto m = QRegularExpression(QStringLiteral("\\*(\\.[a-z]+)")).match(chosen);
                if (m.hasMatch())
                    path += m.captured(1);
            }
            return path;
        };
    if (!p.openFile)
        p.openFile = [](const QString &path) {
            return QDesktopServices::openUrl(QUrl::fromLocalFile(path));
        };
    if (!p.openFileNames)
        p.openFileNames = [parent] {
            return fileDialogs::openFiles(parent, QObject::tr("Choose evidence files"));
        };
    if (!p.openSpreadsheet)
        p.openSpreadsheet = [parent] {
            return fileDialogs::openFile(
                parent, QObject::tr("Import a member list"),
                QObject::tr("Spreadsheets (*.xlsx *.ods *.csv);;All files (*)"));
        };
    if (!p.openBook)
        p.openBook = [parent] {
            return fileDialogs::openFile(parent, QObject::tr("Open a cell book"),
                                         QObject::tr("Cell book (*.db);;All files (*)"));
        };
    if (!p.chooseFolder)
        p.chooseFolder = [parent](const QString &title, const QString &current) {
            return fileDialogs::folder(parent, title, current);
        };
    if (!p.askText)
        p.askText = [parent](const QString &question, const QString &current) {
            if (offscreen())
                return QString();
            return QInputDialog::getText(parent, QObject::tr("Sổ chi bộ"), question,
                                         QLineEdit::Normal, current)
                .simplified();
        };
    if (!p.askNumber)
        p.askNumber = [parent](const QString &question, int value, int min,
                               int max) -> std::optional<int> {
            if (offscreen())
                return std::nullopt;
            bool ok = false;
            const int n = QInputDialog::getInt(parent, QObject::tr("Sổ chi bộ"), question, value,
                                               min, max, 1, &ok);
            return ok ? std::optional<int>(n) : std::nullopt;
        };
    if (!p.runDialog)
        p.runDialog = [](QDialog &d) {
            return d.exec() == QDialog::Accepted;
        };
    return p;
}

} // namespace sochibo::gui
