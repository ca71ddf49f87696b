#include "WelcomePage.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace sochibo::gui {

WelcomePage::WelcomePage(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("Welcome to Sổ chi bộ"), this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    f.setBold(true);
    title->setFont(f);
    auto *text = new QLabel(tr("Sổ chi bộ keeps the records of members, tasks, meetings and "
                               "reviews, and prints the cell's documents. To begin:"),
                            this);
    text->setWordWrap(true);
    auto *create = new QPushButton(tr("Create the cell's book…"), this);
    auto *demo = new QPushButton(tr("Open the demo cell (invented data)"), this);
    auto *open = new QPushButton(tr("Open an existing book…"), this);
    for (QPushButton *b : {create, demo, open})
        b->setMinimumHeight(40);
    create->setDefault(true);
    connect(create, &QPushButton::clicked, this, &WelcomePage::createRequested);
    connect(demo, &QPushButton::clicked, this, &WelcomePage::demoRequested);
    connect(open, &QPushButton::clicked, this, &WelcomePage::openRequested);
    layout->addStretch();
    layout->addWidget(title);
    layout->addWidget(text);
    layout->addSpacing(12);
    for (QPushButton *b : {create, demo, open})
        layout->addWidget(b);
    layout->addStretch(2);
}

} // namespace sochibo::gui
