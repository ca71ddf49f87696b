#pragma once
#include <QDialog>
#include <QString>

class QLineEdit;

namespace sochibo::gui {

/// The caption of an evidence file, edited on its own.
class CaptionDialog : public QDialog
{
    Q_OBJECT
public:
    CaptionDialog(const QString &fileName, const QString &caption, QWidget *parent = nullptr);
    QLineEdit *field() const { return m_field; }
    QString caption() const;

private:
    QLineEdit *m_field;
};

} // namespace sochibo::gui
