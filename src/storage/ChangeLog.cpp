#include "ChangeLog.h"

#include <QDateTime>
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

} // namespace sochibo::storage
