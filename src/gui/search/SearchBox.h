#pragma once
#include <QLineEdit>

class QTimer;

namespace sochibo::gui {

/// The search box above the navigation (Ctrl+F): asks for a search when the typing pauses,
/// at once on Enter, and with an empty query when it is cleared.
class SearchBox : public QLineEdit
{
    Q_OBJECT
public:
    explicit SearchBox(QWidget *parent = nullptr);

signals:
    void searchRequested(const QString &query);

private:
    QTimer *m_delay;
};

} // namespace sochibo::gui
