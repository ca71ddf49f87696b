#include "SqlTextFunctions.h"

#include "text/SearchFold.h"
#include "text/VietCollator.h"

#include <sqlite3.h>

namespace sochibo::storage {
namespace {

int collateVi(void *, int aLen, const void *a, int bLen, const void *b)
{
    return text::VietCollator::compareUtf8(static_cast<const char *>(a), aLen,
                                           static_cast<const char *>(b), bLen);
}

int collateViName(void *, int aLen, const void *a, int bLen, const void *b)
{
    return text::VietCollator::compareNamesUtf8(static_cast<const char *>(a), aLen,
                                                static_cast<const char *>(b), bLen);
}

void viFold(sqlite3_context *ctx, int, sqlite3_value **argv)
{
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_null(ctx);
        return;
    }
    const auto *p = reinterpret_cast<const char *>(sqlite3_value_text(argv[0]));
    const QByteArray folded =
        text::fold(QString::fromUtf8(p, sqlite3_value_bytes(argv[0]))).toUtf8();
    sqlite3_result_text(ctx, folded.constData(), int(folded.size()), SQLITE_TRANSIENT);
}

} // namespace

void registerTextFunctions(sqlite3 *db)
{
    sqlite3_create_collation_v2(db, "VI", SQLITE_UTF8, nullptr, collateVi, nullptr);
    sqlite3_create_collation_v2(db, "VI_NAME", SQLITE_UTF8, nullptr, collateViName, nullptr);
    sqlite3_create_function_v2(db, "vi_fold", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr,
                               viFold, nullptr, nullptr, nullptr);
}

} // namespace sochibo::storage
