#include "BookPage.h"

#include "gui/common/BookSession.h"

#include <QSpinBox>
#include <utility>

namespace sochibo::gui {

BookPage::~BookPage() = default;

const BookSession *BookPage::noBook()
{
    static const BookSession none;
    return &none;
}

void BookPage::startOnThisYear(QSpinBox *year)
{
    if (!std::exchange(m_started, true))
        year->setValue(m_session->today().year());
}

bool BookPage::selectRecord(const QString &, qint64)
{
    return false;
}

} // namespace sochibo::gui
