#include "ColumnRules.h"

#include "text/Normalization.h"

#include <QDate>
#include <QDateTime>
#include <QFileInfo>
#include <QRegularExpression>
#include <algorithm>
#include <cmath>

namespace sochibo::storage {

namespace {

bool isDateColumn(const QString &column)
{
    return column.endsWith(QLatin1String("_on")) || column.endsWith(QLatin1String("_date"));
}

bool dateInRange(const QDate &d)
{
    return d.isValid() && d.year() >= 1900 && d.year() <= 2100;
}

QString quoted(const QString &s)
{
    return QStringLiteral("“%1”").arg(text::escapeControls(s.left(60)));
}

} // namespace

ColumnKind columnKind(const QString &table, const QString &column, const QString &declaredType)
{
    const QString type = declaredType.toUpper();
    if (type.contains(QLatin1String("INT")))
        return column == QLatin1String("id") || column.endsWith(QLatin1String("_id"))
                   ? ColumnKind::Id
                   : ColumnKind::Integer;
    if (type.contains(QLatin1String("REAL")))
        return ColumnKind::Real;
    if (table == QLatin1String("evidence") && column == QLatin1String("added_on"))
        return ColumnKind::Timestamp;
    if (table == QLatin1String("evidence") && column == QLatin1String("file_name"))
        return ColumnKind::FileName;
    if (table == QLatin1String("meeting") &&
        (column == QLatin1String("start_time") || column == QLatin1String("end_time")))
        return ColumnKind::Time;
    if (table == QLatin1String("progress_report") && column == QLatin1String("period"))
        return ColumnKind::Month;
    if (isDateColumn(column))
        return ColumnKind::Date;
    return ColumnKind::Text;
}

QString valueProblem(ColumnKind kind, const QVariant &value)
{
    if (value.isNull())
        return {};
    const auto id = value.typeId();
    const bool isNumber = id == QMetaType::LongLong || id == QMetaType::Int ||
                          id == QMetaType::Double || id == QMetaType::ULongLong;
    const bool isText = id == QMetaType::QString;
    switch (kind) {
    case ColumnKind::Id:
    case ColumnKind::Integer: {
        if (!isNumber)
            return QStringLiteral("phải là một số nguyên, không phải %1")
                .arg(isText ? quoted(value.toString()) : QStringLiteral("giá trị này"));
        if (id == QMetaType::Double) {
            const double d = value.toDouble();
            // Exactly representable whole numbers only: 2^63 would be stored as a real.
            if (!std::isfinite(d) || std::abs(d) >= 9.0e15 || d != std::trunc(d))
                return QStringLiteral("phải là một số nguyên (%1 không phải)").arg(d, 0, 'g', 17);
        }
        if (kind == ColumnKind::Id && value.toLongLong() < 1)
            return QStringLiteral("mã số phải là số nguyên dương, không phải %1")
                .arg(value.toLongLong());
        return {};
    }
    case ColumnKind::Real:
        if (!isNumber || !std::isfinite(value.toDouble()))
            return QStringLiteral("phải là một số");
        return {};
    default:
        break;
    }
    if (!isText)
        return QStringLiteral("phải là văn bản (trong dấu ngoặc kép), không phải một số");
    const QString s = value.toString();
    if (s.contains(QChar(u'\0')))
        return QStringLiteral("văn bản chứa ký tự NUL");
    switch (kind) {
    case ColumnKind::Date: {
        static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        if (!shape.match(s).hasMatch() || !dateInRange(QDate::fromString(s, Qt::ISODate)))
            return QStringLiteral("không phải một ngày có thật dạng YYYY-MM-DD (1900–2100): %1")
                .arg(quoted(s));
        return {};
    }
    case ColumnKind::Timestamp: {
        static const QRegularExpression shape(
            QStringLiteral("^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,3})?)?)?$"));
        const QDateTime t = s.size() == 10
                                ? QDateTime(QDate::fromString(s, Qt::ISODate), QTime(0, 0))
                                : QDateTime::fromString(s, Qt::ISODateWithMs);
        if (!shape.match(s).hasMatch() || !t.isValid() || !dateInRange(t.date()))
            return QStringLiteral("không phải một thời điểm có thật dạng YYYY-MM-DDTHH:MM:SS: %1")
                .arg(quoted(s));
        return {};
    }
    case ColumnKind::Time: {
        static const QRegularExpression shape(QStringLiteral("^\\d{2}:\\d{2}$"));
        if (!s.isEmpty() && (!shape.match(s).hasMatch() ||
                             !QTime::fromString(s, QStringLiteral("HH:mm")).isValid()))
            return QStringLiteral("không phải một giờ dạng HH:MM: %1").arg(quoted(s));
        return {};
    }
    case ColumnKind::Month: {
        static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}$"));
        if (!shape.match(s).hasMatch() ||
            !dateInRange(QDate::fromString(s + QStringLiteral("-01"), Qt::ISODate)))
            return QStringLiteral("không phải một tháng dạng YYYY-MM: %1").arg(quoted(s));
        return {};
    }
    case ColumnKind::FileName: {
        // The store keeps a name, never a path: "../../etc/passwd" is not one.
        const bool hasControl = std::any_of(s.cbegin(), s.cend(), text::isControl);
        if (s.trimmed().isEmpty() || s.contains(QLatin1Char('/')) ||
            s.contains(QLatin1Char('\\')) || s == QLatin1String(".") || s == QLatin1String("..") ||
            hasControl)
            return QStringLiteral("tên tệp phải là một tên, không có thư mục hay ký tự điều "
                                  "khiển: %1")
                .arg(quoted(s));
        return {};
    }
    default:
        return {};
    }
}

QStringList malformedValues(const Database &db, const QStringList &tables, int limit)
{
    QStringList problems;
    for (const QString &table : tables) {
        QStringList columns;
        QList<ColumnKind> kinds;
        Statement info = db.prepare(QStringLiteral("PRAGMA table_info(%1)").arg(table));
        while (info.step()) {
            const ColumnKind k = columnKind(table, info.text(1), info.text(2));
            // Any text is text. A stored file name is cleaned when it is written and escaped
            // when it is shown: an odd one from an earlier version is not damage.
            if (k == ColumnKind::Text || k == ColumnKind::FileName)
                continue;
            columns << info.text(1);
            kinds << k;
        }
        if (columns.isEmpty())
            continue;
        Statement rows = db.prepare(
            QStringLiteral("SELECT rowid, %1 FROM %2").arg(columns.join(QLatin1Char(',')), table));
        while (rows.step()) {
            for (int c = 0; c < columns.size(); ++c) {
                const QString problem = valueProblem(kinds[c], rows.value(c + 1));
                if (problem.isEmpty())
                    continue;
                problems << QStringLiteral("Bảng “%1”, bản ghi %2, cột “%3”: %4.")
                                .arg(table)
                                .arg(rows.integer(0))
                                .arg(columns[c], problem);
                if (problems.size() >= limit)
                    return problems;
            }
        }
    }
    return problems;
}

} // namespace sochibo::storage
