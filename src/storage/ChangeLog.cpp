#include "ChangeLog.h"

#include "MemberRepository.h"
#include "Statement.h"
#include "core/Enums.h"

#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

namespace sochibo::storage {

QString ChangeEntry::when() const
{
    const QDateTime t = QDateTime::fromString(at.left(19), Qt::ISODate);
    return t.isValid() ? t.toString(QStringLiteral("dd/MM/yyyy HH:mm")) : at;
}

QList<ChangeEntry> recordHistory(const Database &db, const QString &table, qint64 id)
{
    static const QMap<QString, QString> verbs = {{QStringLiteral("insert"), QStringLiteral("tạo")},
                                                 {QStringLiteral("update"), QStringLiteral("sửa")},
                                                 {QStringLiteral("delete"), QStringLiteral("xóa")}};
    const auto show = [](const QJsonValue &x) {
        const QString text = x.toVariant().toString();
        return x.isUndefined() || x.isNull() || text.isEmpty() ? QStringLiteral("—") : text;
    };
    Statement st = db.prepare(
        QStringLiteral("SELECT at, actor, action, old_values, new_values FROM change_log "
                       "WHERE table_name = ?1 AND row_id = ?2 ORDER BY id"));
    st.bind(1, table).bind(2, id);
    QList<ChangeEntry> out;
    while (st.step()) {
        ChangeEntry e;
        e.at = st.text(0);
        e.actor = st.text(1).isEmpty() ? QStringLiteral("(không rõ)") : st.text(1);
        e.action = verbs.value(st.text(2), st.text(2));
        const QJsonObject before = QJsonDocument::fromJson(st.text(3).toUtf8()).object();
        const QJsonObject after = QJsonDocument::fromJson(st.text(4).toUtf8()).object();
        QStringList keys = before.keys() + after.keys();
        keys.removeDuplicates();
        for (const QString &k : keys) {
            const QJsonValue o = before.value(k), v = after.value(k);
            if (o != v || before.isEmpty() || after.isEmpty())
                e.fields.append({k, before.isEmpty() ? QString() : show(o),
                                 after.isEmpty() ? QString() : show(v)});
        }
        if (e.fields.isEmpty())
            continue; // an update of columns the log does not keep (an evidence thumbnail)
        out << e;
    }
    return out;
}

namespace {

QString fieldLabel(const QString &table, const QString &column)
{
    static const QHash<QString, QString> labels = {
        // per table first, where one column name means different things
        {QStringLiteral("member.kind"), QStringLiteral("Loại đảng viên")},
        {QStringLiteral("meeting.kind"), QStringLiteral("Loại buổi sinh hoạt")},
        {QStringLiteral("meeting.held_on"), QStringLiteral("Ngày họp")},
        {QStringLiteral("shortcoming.end_on"), QStringLiteral("Đến ngày")},
        {QStringLiteral("evidence.description"), QStringLiteral("Mô tả tệp")},
        {QStringLiteral("full_name"), QStringLiteral("Họ và tên")},
        {QStringLiteral("gender"), QStringLiteral("Giới tính")},
        {QStringLiteral("birth_date"), QStringLiteral("Ngày sinh")},
        {QStringLiteral("job"), QStringLiteral("Công việc")},
        {QStringLiteral("education"), QStringLiteral("Trình độ")},
        {QStringLiteral("admitted_on"), QStringLiteral("Ngày vào Đảng")},
        {QStringLiteral("full_on"), QStringLiteral("Ngày chính thức")},
        {QStringLiteral("role"), QStringLiteral("Chức vụ")},
        {QStringLiteral("phone"), QStringLiteral("Điện thoại")},
        {QStringLiteral("notes"), QStringLiteral("Ghi chú")},
        {QStringLiteral("archived"), QStringLiteral("Đã lưu trữ")},
        {QStringLiteral("title"), QStringLiteral("Tên")},
        {QStringLiteral("description"), QStringLiteral("Nội dung")},
        {QStringLiteral("objective"), QStringLiteral("Mục tiêu")},
        {QStringLiteral("owner_id"), QStringLiteral("Người phụ trách")},
        {QStringLiteral("source_kind"), QStringLiteral("Nguồn nhiệm vụ")},
        {QStringLiteral("conclusion_id"), QStringLiteral("Kết luận")},
        {QStringLiteral("shortcoming_id"), QStringLiteral("Hạn chế")},
        {QStringLiteral("topic_id"), QStringLiteral("Chuyên đề")},
        {QStringLiteral("supervision_id"), QStringLiteral("Kiểm tra, giám sát")},
        {QStringLiteral("task_id"), QStringLiteral("Nhiệm vụ")},
        {QStringLiteral("progress_id"), QStringLiteral("Báo cáo tháng")},
        {QStringLiteral("meeting_id"), QStringLiteral("Buổi sinh hoạt")},
        {QStringLiteral("commitment_id"), QStringLiteral("Bản cam kết")},
        {QStringLiteral("start_on"), QStringLiteral("Bắt đầu")},
        {QStringLiteral("due_on"), QStringLiteral("Hạn")},
        {QStringLiteral("expected_output"), QStringLiteral("Sản phẩm")},
        {QStringLiteral("status"), QStringLiteral("Trạng thái")},
        {QStringLiteral("completed_on"), QStringLiteral("Ngày hoàn thành")},
        {QStringLiteral("committee_comment"), QStringLiteral("Nhận xét của chi ủy")},
        {QStringLiteral("start_time"), QStringLiteral("Bắt đầu lúc")},
        {QStringLiteral("end_time"), QStringLiteral("Kết thúc lúc")},
        {QStringLiteral("place"), QStringLiteral("Địa điểm")},
        {QStringLiteral("chair_id"), QStringLiteral("Chủ trì")},
        {QStringLiteral("secretary_id"), QStringLiteral("Thư ký")},
        {QStringLiteral("agenda"), QStringLiteral("Nội dung sinh hoạt")},
        {QStringLiteral("minutes"), QStringLiteral("Biên bản")},
        {QStringLiteral("quality"), QStringLiteral("Chất lượng")},
        {QStringLiteral("year"), QStringLiteral("Năm")},
        {QStringLiteral("position"), QStringLiteral("Thứ tự")},
        {QStringLiteral("focus_points"), QStringLiteral("Nội dung trọng tâm")},
        {QStringLiteral("planned_quarter"), QStringLiteral("Quý")},
        {QStringLiteral("drafter_id"), QStringLiteral("Đồng chí dự thảo")},
        {QStringLiteral("expected_products"), QStringLiteral("Sản phẩm")},
        {QStringLiteral("review_year"), QStringLiteral("Năm kiểm điểm")},
        {QStringLiteral("causes"), QStringLiteral("Nguyên nhân")},
        {QStringLiteral("remedies"), QStringLiteral("Giải pháp khắc phục")},
        {QStringLiteral("products"), QStringLiteral("Sản phẩm, minh chứng")},
        {QStringLiteral("timeframe_text"), QStringLiteral("Thời gian")},
        {QStringLiteral("responsibility_text"), QStringLiteral("Trách nhiệm")},
        {QStringLiteral("end_on"), QStringLiteral("Kết thúc")},
        {QStringLiteral("file_name"), QStringLiteral("Tên tệp")},
        {QStringLiteral("media_type"), QStringLiteral("Loại tệp")},
        {QStringLiteral("size"), QStringLiteral("Cỡ (byte)")},
        {QStringLiteral("added_on"), QStringLiteral("Ngày thêm")},
        {QStringLiteral("added_by"), QStringLiteral("Người thêm")},
        {QStringLiteral("sha256"), QStringLiteral("Mã băm SHA-256")},
    };
    return labels.value(table + QLatin1Char('.') + column, labels.value(column, column));
}

/// Codes stored for \a table.\a column, in words.
QString codeLabel(const QString &table, const QString &column, const QString &code)
{
    using namespace core;
    const QString key = table + QLatin1Char('.') + column;
    if (key == QLatin1String("member.gender"))
        return label(fromGenderCode(code));
    if (key == QLatin1String("member.job"))
        return label(fromJobCode(code));
    if (key == QLatin1String("member.education"))
        return label(fromEducationCode(code));
    if (key == QLatin1String("member.kind"))
        return label(fromMembershipKindCode(code));
    if (key == QLatin1String("member.role"))
        return label(fromRoleCode(code));
    if (key == QLatin1String("task.status"))
        return label(fromTaskStatusCode(code));
    if (key == QLatin1String("task.source_kind"))
        return label(fromTaskSourceCode(code));
    if (key == QLatin1String("meeting.kind"))
        return label(fromMeetingKindCode(code));
    if (key == QLatin1String("meeting.quality"))
        return label(fromMeetingQualityCode(code));
    return {};
}

} // namespace

QList<FieldChange> readableFields(const Database &db, const QString &table,
                                  const ChangeEntry &entry)
{
    static const QStringList memberColumns = {
        QStringLiteral("owner_id"), QStringLiteral("chair_id"), QStringLiteral("secretary_id"),
        QStringLiteral("drafter_id")};
    const QMap<qint64, QString> names = MemberRepository(db).names();
    // A record another one points to, by what the user knows it as (never its raw number).
    static const QHash<QString, const char *> recordText = {
        {QStringLiteral("conclusion_id"), "SELECT text FROM conclusion WHERE id = ?1"},
        {QStringLiteral("shortcoming_id"), "SELECT title FROM shortcoming WHERE id = ?1"},
        {QStringLiteral("topic_id"), "SELECT title FROM topic WHERE id = ?1"},
        {QStringLiteral("task_id"), "SELECT title FROM task WHERE id = ?1"},
        {QStringLiteral("supervision_id"),
         "SELECT subject_area || ' (' || strftime('%d/%m/%Y', held_on) || ')' FROM supervision "
         "WHERE id = ?1"},
        {QStringLiteral("meeting_id"),
         "SELECT 'ngày ' || strftime('%d/%m/%Y', held_on) || ': ' || agenda FROM meeting "
         "WHERE id = ?1"},
        {QStringLiteral("commitment_id"),
         "SELECT m.full_name || ', năm ' || c.year FROM commitment c JOIN member m ON m.id = "
         "c.member_id WHERE c.id = ?1"},
        {QStringLiteral("progress_id"),
         "SELECT t.title || ' (tháng ' || substr(p.period, 6, 2) || '/' || substr(p.period, 1, 4) "
         "|| ')' FROM progress_report p JOIN task t ON t.id = p.task_id WHERE p.id = ?1"}};
    const auto recordNamed = [&db](const char *sql, const QString &value) {
        Statement st = db.prepare(QString::fromUtf8(sql));
        st.bind(1, value.toLongLong());
        return st.step() ? st.text(0).simplified() : QStringLiteral("(đã xóa)");
    };
    const auto readable = [&](const QString &column, const QString &value) {
        if (value.isNull() || value == QStringLiteral("—"))
            return value;
        if (memberColumns.contains(column))
            return names.value(value.toLongLong(), value);
        if (const char *sql = recordText.value(column))
            return recordNamed(sql, value);
        if (column == QLatin1String("archived"))
            return value == QLatin1String("0") ? QStringLiteral("không") : QStringLiteral("có");
        const QString coded = codeLabel(table, column, value);
        if (!coded.isEmpty())
            return coded;
        const QDate day = QDate::fromString(value.left(10), Qt::ISODate);
        if (day.isValid() && (value.size() == 10 || value.at(10) == QLatin1Char('T'))) {
            const QDateTime at = QDateTime::fromString(value.left(19), Qt::ISODate);
            return value.size() > 10 && at.isValid()
                       ? at.toString(QStringLiteral("dd/MM/yyyy HH:mm"))
                       : day.toString(QStringLiteral("dd/MM/yyyy"));
        }
        return value;
    };
    QList<FieldChange> out;
    for (const FieldChange &f : entry.fields) {
        if (f.field == QLatin1String("id"))
            continue;
        const bool oneSided = f.before.isNull() || f.after.isNull();
        if (oneSided && (f.before.isNull() ? f.after : f.before) == QStringLiteral("—"))
            continue; // a creation or deletion: only what had a value
        out.append(
            {fieldLabel(table, f.field), readable(f.field, f.before), readable(f.field, f.after)});
    }
    return out;
}

} // namespace sochibo::storage
