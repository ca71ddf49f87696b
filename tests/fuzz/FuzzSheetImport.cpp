// libFuzzer target: a member list read from any bytes (sochibo-cli import-members, Tệp ▸ Nhập
// danh sách đảng viên…): the spreadsheet reader (zip, XML, CSV and its encodings) and the
// import's planning. A refusal (core::UserError) is the expected outcome for most inputs.
#include "core/UserError.h"
#include "sheets/MemberImport.h"

#include <cstddef>
#include <cstdint>

using namespace sochibo;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    try {
        const sheets::Workbook book = sheets::readWorkbook(bytes, QStringLiteral("list.xlsx"));
        for (int i = 0; i < book.sheets.size(); ++i)
            sheets::describePlan(sheets::planMemberImport(book, QStringLiteral("list.xlsx"), i, {},
                                                          QDate(2026, 11, 21)));
    } catch (const core::UserError &) {
    }
    return 0;
}
