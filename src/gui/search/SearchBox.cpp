#include "SearchBox.h"

#include <QTimer>

namespace sochibo::gui {

SearchBox::SearchBox(QWidget *parent) : QLineEdit(parent), m_delay(new QTimer(this))
{
    setPlaceholderText(tr("Search the whole book… (Ctrl+F)"));
    setClearButtonEnabled(true);
    setToolTip(
        tr("Find members, tasks, monthly reports, minutes and conclusions, topics, shortcomings, "
           "commitments and the text of PDF evidence. Diacritics are optional."));
    m_delay->setSingleShot(true);
    m_delay->setInterval(150); // search when the typing pauses
    connect(this, &QLineEdit::textEdited, m_delay, qOverload<>(&QTimer::start));
    connect(this, &QLineEdit::textChanged, this, [this](const QString &t) {
        if (t.isEmpty()) // the clear button
            emit searchRequested(QString());
    });
    connect(m_delay, &QTimer::timeout, this, [this] { emit searchRequested(text()); });
    connect(this, &QLineEdit::returnPressed, this, [this] {
        m_delay->stop();
        emit searchRequested(text());
    });
}

} // namespace sochibo::gui
