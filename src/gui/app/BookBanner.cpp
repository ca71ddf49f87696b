#include "BookBanner.h"

#include "gui/common/BookSession.h"
#include "storage/Database.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace sochibo::gui {

using storage::Database;

BookBanner::BookBanner(const BookSession &session, Prompts prompts, QWidget *parent)
    : QWidget(parent), m_session(session), m_prompts(std::move(prompts)), m_text(new QLabel(this)),
      m_fixPermissions(new QPushButton(tr("Make the book readable by me only"), this))
{
    setObjectName(QStringLiteral("banner"));
    setAttribute(Qt::WA_StyledBackground);
    setStyleSheet(QStringLiteral(
        "#banner { background: #fff3cd; border: 1px solid #e0c060; border-radius: 3px; }"));
    auto *band = new QHBoxLayout(this);
    band->setContentsMargins(8, 4, 8, 4);
    m_text->setWordWrap(true);
    band->addWidget(m_text, 1);
    band->addWidget(m_fixPermissions);
    connect(m_fixPermissions, &QPushButton::clicked, this, [this] {
        if (m_session.isOpen() && !Database::restrictPermissions(m_session.path()))
            m_prompts.inform(tr("Could not change the permissions of the book file."));
        update();
    });
    connect(&session, &BookSession::opened, this, &BookBanner::update);
    connect(&session, &BookSession::closed, this, &BookBanner::update);
    hide();
}

QString BookBanner::text() const
{
    return isHidden() ? QString() : m_text->text();
}

void BookBanner::update()
{
    QString text;
    bool permissions = false;
    if (m_session.isReadOnly()) {
        const QString reason = m_session.readOnlyReason();
        text =
            tr("The book is open READ-ONLY: %1. You can view and print; every change is refused.")
                .arg(reason.isEmpty() ? tr("read-only") : reason);
    } else if (m_session.isOpen() && Database::othersCanRead(m_session.path())) {
        text = tr("Other users of this computer can read the book file, which holds members' "
                  "personal records.");
        permissions = true;
    }
    m_text->setText(text);
    m_fixPermissions->setVisible(permissions);
    setVisible(!text.isEmpty());
}

} // namespace sochibo::gui
