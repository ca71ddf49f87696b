#pragma once
#include "reports/ReportTemplate.h"

#include <QDialog>
#include <QMap>
#include <QString>

#include <memory>
#include <optional>

class QWidget;

class QTextEdit;
class QListWidget;

namespace sochibo::gui {

/// The text sections of a document for one year: each starts as the template's wording and
/// may be rewritten; "Dùng lại mẫu" goes back to the template's.
class ProseDialog : public QDialog
{
    Q_OBJECT
public:
    /// \a stored: key → the user's text, null where the template's is used.
    ProseDialog(const reports::ReportTemplate &form, const QMap<QString, QString> &stored,
                QWidget *parent = nullptr);
    /// key → text, null where it equals the template's.
    QMap<QString, QString> texts() const;
    QListWidget *sections() const { return m_list; }
    QTextEdit *editor() const { return m_editor; }

private:
    void keep();
    void show(const QString &templateText);
    QList<std::pair<QString, QString>> m_defaults; ///< key, template text
    QMap<QString, QString> m_texts;
    QListWidget *m_list;
    QTextEdit *m_editor;
    int m_current = -1;
    bool m_loading = false;
};

} // namespace sochibo::gui
