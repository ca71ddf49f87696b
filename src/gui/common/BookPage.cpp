#include "BookPage.h"

#include "gui/common/BookSession.h"

namespace sochibo::gui {

BookPage::~BookPage() = default;

const BookSession *BookPage::noBook()
{
    static const BookSession none;
    return &none;
}

bool BookPage::selectRecord(const QString &, qint64)
{
    return false;
}

} // namespace sochibo::gui
