#include "SqlTextFunctions.h"

#include "core/Enums.h"

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

/// vi_label(kind, code): the Vietnamese word for a stored code ("manager" → "Cán bộ quản
/// lý"), from the core's one table of labels, so that the search index shows and finds what
/// the user reads. Unknown: the code itself.
void viLabel(sqlite3_context *ctx, int, sqlite3_value **argv)
{
    const auto text = [&](int i) {
        const auto *p = reinterpret_cast<const char *>(sqlite3_value_text(argv[i]));
        return p ? QString::fromUtf8(p, sqlite3_value_bytes(argv[i])) : QString();
    };
    const QString kind = text(0), c = text(1);
    bool ok = false;
    QString out;
    if (kind == QLatin1String("job")) {
        const core::Job v = core::fromJobCode(c, &ok);
        out = ok ? core::label(v) : c;
    } else if (kind == QLatin1String("education")) {
        const core::Education v = core::fromEducationCode(c, &ok);
        out = ok ? core::label(v) : c;
    } else {
        out = c;
    }
    const QByteArray utf8 = out.toUtf8();
    sqlite3_result_text(ctx, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

} // namespace

void registerTextFunctions(sqlite3 *db)
{
    sqlite3_create_collation_v2(db, "VI", SQLITE_UTF8, nullptr, collateVi, nullptr);
    sqlite3_create_collation_v2(db, "VI_NAME", SQLITE_UTF8, nullptr, collateViName, nullptr);
    sqlite3_create_function_v2(db, "vi_fold", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr,
                               viFold, nullptr, nullptr, nullptr);
    sqlite3_create_function_v2(db, "vi_label", 2, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr,
                               viLabel, nullptr, nullptr, nullptr);
}

} // namespace sochibo::storage
