#include "JsonExchange.h"

#include "EvidenceStore.h"
#include "Migrations.h"
#include "Transaction.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <cmath>

namespace sochibo::storage {

namespace {
constexpr auto kFormatName = "sochibo-records";

/// Columns the program derives from other data (what evidence ingestion reads from the
/// files): not exported, not accepted on import, computed again afterwards.
bool isDerived(const QString &table, const QString &column)
{
    static const QStringList evidenceDerived = {
        QStringLiteral("content_text"), QStringLiteral("preview"),  QStringLiteral("preview_note"),
        QStringLiteral("pages"),        QStringLiteral("taken_on"), QStringLiteral("signatures"),
        QStringLiteral("inspected")};
    return table == QLatin1String("evidence") && evidenceDerived.contains(column);
}

QStringList columnsOf(const Database &db, const QString &table)
{
    QStringList cols;
    Statement st = db.prepare(QStringLiteral("PRAGMA table_info(%1)").arg(table));
    while (st.step())
        if (!isDerived(table, st.text(1)))
            cols << st.text(1);
    return cols;
}

StorageError inputError(const QString &msg)
{
    return StorageError(StorageError::Kind::Input, msg);
}
} // namespace

const QStringList &JsonExchange::tables()
{
    static const QStringList t = {
        QStringLiteral("cell"),
        QStringLiteral("member"),
        QStringLiteral("membership_event"),
        QStringLiteral("candidate"),
        QStringLiteral("review_year"),
        QStringLiteral("review_criterion"),
        QStringLiteral("shortcoming"),
        QStringLiteral("shortcoming_member"),
        QStringLiteral("meeting"),
        QStringLiteral("attendance"),
        QStringLiteral("speaker"),
        QStringLiteral("conclusion"),
        QStringLiteral("topic"),
        QStringLiteral("supervision"),
        QStringLiteral("task"),
        QStringLiteral("task_collaborator"),
        QStringLiteral("progress_report"),
        QStringLiteral("commitment"),
        QStringLiteral("commitment_item"),
        QStringLiteral("evidence"),
        QStringLiteral("member_rating"),
        QStringLiteral("cell_rating"),
        QStringLiteral("indicator"),
        QStringLiteral("issued_document"),
        QStringLiteral("report_prose"),
    };
    return t;
}

qint64 JsonExchange::recordCount(const Database &db)
{
    qint64 n = 0;
    for (const QString &t : tables())
        n += db.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(t)).toLongLong();
    return n;
}

QByteArray JsonExchange::exportJson(const Database &db)
{
    QJsonObject tablesObj;
    for (const QString &table : tables()) {
        const QStringList cols = columnsOf(db, table);
        Statement st = db.prepare(QStringLiteral("SELECT %1 FROM %2 ORDER BY rowid")
                                      .arg(cols.join(QLatin1Char(',')), table));
        QJsonArray rows;
        while (st.step()) {
            QJsonObject row;
            for (int i = 0; i < cols.size(); ++i) {
                const QVariant v = st.value(i);
                row.insert(cols[i],
                           v.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue::fromVariant(v));
            }
            rows.append(row);
        }
        tablesObj.insert(table, rows);
    }
    QJsonObject root;
    root.insert(QStringLiteral("format"), QLatin1String(kFormatName));
    root.insert(QStringLiteral("formatVersion"), kFormatVersion);
    root.insert(QStringLiteral("schemaVersion"), db.schemaVersion());
    root.insert(QStringLiteral("tables"), tablesObj);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

void JsonExchange::importJson(const Database &db, const QByteArray &json, bool replace,
                              const QString &evidenceSourceDir)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError)
        throw inputError(QStringLiteral("Tệp JSON bị lỗi ở vị trí %1: %2 (malformed JSON).")
                             .arg(err.offset)
                             .arg(err.errorString()));
    const QJsonObject root = doc.object();
    if (!doc.isObject() ||
        root.value(QStringLiteral("format")).toString() != QLatin1String(kFormatName))
        throw inputError(QStringLiteral("Tệp JSON không phải dữ liệu xuất từ Sổ chi bộ (thiếu "
                                        "\"format\": \"sochibo-records\")."));
    const int version = root.value(QStringLiteral("formatVersion")).toInt();
    if (version > kFormatVersion || version < 1)
        throw StorageError(
            StorageError::Kind::NewerSchema,
            QStringLiteral("Tệp JSON có phiên bản định dạng %1, chương trình này chỉ "
                           "đọc được đến phiên bản %2 (newer format).")
                .arg(version)
                .arg(kFormatVersion));
    if (root.value(QStringLiteral("schemaVersion")).toInt() > Migrations::latestVersion())
        throw StorageError(
            StorageError::Kind::NewerSchema,
            QStringLiteral("Tệp JSON được xuất từ phiên bản Sổ chi bộ mới hơn (lược đồ %1)."
                           " Hãy cập nhật chương trình (newer schema).")
                .arg(root.value(QStringLiteral("schemaVersion")).toInt()));
    const QJsonObject tablesObj = root.value(QStringLiteral("tables")).toObject();
    for (auto it = tablesObj.constBegin(); it != tablesObj.constEnd(); ++it) {
        if (!tables().contains(it.key()))
            throw inputError(QStringLiteral("Tệp JSON có bảng không biết: “%1”.").arg(it.key()));
    }
    if (!replace && recordCount(db) > 0)
        throw inputError(
            QStringLiteral("Cơ sở dữ liệu đích đã có dữ liệu. Hãy nhập vào một tệp mới, "
                           "hoặc dùng --replace để thay thế toàn bộ."));

    Transaction tx(db);
    db.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON"));
    if (replace) {
        for (auto t = tables().crbegin(); t != tables().crend(); ++t)
            db.exec(QStringLiteral("DELETE FROM %1").arg(*t));
    }
    for (const QString &table : tables()) {
        const QStringList cols = columnsOf(db, table);
        const QJsonArray rows = tablesObj.value(table).toArray();
        for (int r = 0; r < rows.size(); ++r) {
            if (!rows[r].isObject())
                throw inputError(
                    QStringLiteral("Bảng “%1”, dòng %2: không phải một đối tượng JSON.")
                        .arg(table)
                        .arg(r + 1));
            const QJsonObject row = rows[r].toObject();
            QStringList names, marks;
            for (auto c = row.constBegin(); c != row.constEnd(); ++c) {
                if (!cols.contains(c.key()))
                    throw inputError(QStringLiteral("Bảng “%1”, dòng %2: cột không biết “%3”.")
                                         .arg(table)
                                         .arg(r + 1)
                                         .arg(c.key()));
                names << c.key();
                marks << QStringLiteral("?%1").arg(names.size());
            }
            Statement st = db.prepare(
                QStringLiteral("INSERT INTO %1(%2) VALUES(%3)")
                    .arg(table, names.join(QLatin1Char(',')), marks.join(QLatin1Char(','))));
            for (int i = 0; i < names.size(); ++i) {
                const QJsonValue v = row.value(names[i]);
                if (v.isNull())
                    st.bindNull(i + 1);
                else if (v.isDouble()) {
                    const double d = v.toDouble();
                    // Whole numbers as integers; the range test first (a cast of 1e300 to an
                    // integer is undefined).
                    if (std::abs(d) < 9.0e15 && d == double(qint64(d)))
                        st.bind(i + 1, qint64(d));
                    else
                        st.bind(i + 1, d);
                } else if (v.isString()) {
                    const QString text = v.toString();
                    if (text.size() > kMaxTextLength)
                        throw inputError(QStringLiteral("Bảng “%1”, dòng %2, cột “%3”: văn bản "
                                                        "dài quá %4 ký tự.")
                                             .arg(table)
                                             .arg(r + 1)
                                             .arg(names[i])
                                             .arg(kMaxTextLength));
                    st.bind(i + 1, text); // NFC on bind
                } else if (v.isBool())
                    st.bind(i + 1, v.toBool());
                else
                    throw inputError(
                        QStringLiteral("Bảng “%1”, dòng %2, cột “%3”: giá trị không hợp lệ.")
                            .arg(table)
                            .arg(r + 1)
                            .arg(names[i]));
            }
            try {
                st.exec();
            } catch (const StorageError &e) {
                throw StorageError(e.kind(), QStringLiteral("Bảng “%1”, dòng %2: %3")
                                                 .arg(table)
                                                 .arg(r + 1)
                                                 .arg(e.message()));
            }
        }
    }
    // Name the first reference that does not resolve before COMMIT would refuse it.
    Statement fk = db.prepare(QStringLiteral("PRAGMA foreign_key_check"));
    if (fk.step())
        throw StorageError(StorageError::Kind::Constraint,
                           QStringLiteral("Bảng “%1”, bản ghi %2 tham chiếu đến “%3” không tồn tại "
                                          "(foreign key does not resolve).")
                               .arg(fk.text(0))
                               .arg(fk.integer(1))
                               .arg(fk.text(2)));
    if (!evidenceSourceDir.isEmpty()) {
        EvidenceStore store(db);
        Statement ev = db.prepare(QStringLiteral("SELECT DISTINCT sha256 FROM evidence"));
        while (ev.step()) {
            const QString sha = ev.text(0);
            if (store.has(sha))
                continue;
            QFile src(evidenceSourceDir + QLatin1Char('/') + sha.left(2) + QLatin1Char('/') + sha);
            if (!src.open(QIODevice::ReadOnly))
                throw StorageError(StorageError::Kind::Io,
                                   QStringLiteral("Thiếu tệp minh chứng %1 trong “%2”.")
                                       .arg(sha, evidenceSourceDir));
            if (!store.putBytes(sha, src.readAll()))
                throw StorageError(
                    StorageError::Kind::Damaged,
                    QStringLiteral("Tệp minh chứng %1 trong “%2” đã bị thay đổi (sai mã băm).")
                        .arg(sha, evidenceSourceDir));
        }
    }
    tx.commit();
}

} // namespace sochibo::storage
