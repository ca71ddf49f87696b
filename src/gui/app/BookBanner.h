#pragma once
#include "gui/common/Prompts.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace sochibo::gui {

class BookSession;

/// The band above the pages for what the user must not miss about the open book: that it is
/// read-only (and why), or that other users of the computer can read it — with the button
/// that makes it readable by its owner only. Hidden when there is nothing to say.
class BookBanner : public QWidget
{
    Q_OBJECT
public:
    BookBanner(const BookSession &session, Prompts prompts, QWidget *parent = nullptr);
    /// What the band says now (empty: hidden).
    QString text() const;
    /// Says what is true of the session's book now.
    void update();

private:
    const BookSession &m_session;
    Prompts m_prompts;
    QLabel *m_text;
    QPushButton *m_fixPermissions;
};

} // namespace sochibo::gui
