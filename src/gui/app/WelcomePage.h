#pragma once
#include <QWidget>

namespace sochibo::gui {

/// What the window shows while no book is open: what the program is for and the three ways
/// to begin (create the cell's book, open the demo cell, open an existing book).
class WelcomePage : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);

signals:
    void createRequested();
    void demoRequested();
    void openRequested();
};

} // namespace sochibo::gui
