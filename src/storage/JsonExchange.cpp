#include "JsonExchange.h"

#include "ColumnRules.h"
#include "EvidenceStore.h"
#include "Files.h"
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
        QStringLiteral("member_review"),
        QStringLiteral("cell_rating"),
        QStringLiteral("indicator"),
        QStringLiteral("issued_document"),
        QStringLiteral("received_document"),
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

namespace {

struct Column
{
    QString name;
    ColumnKind kind;
};

QList<Column> importColumnsOf(const Database &db, const QString &table)
{
    QList<Column> cols;
    Statement st = db.prepare(QStringLiteral("PRAGMA table_info(%1)").arg(table));
    while (st.step())
        if (!isDerived(table, st.text(1)))
            cols << Column{st.text(1), columnKind(table, st.text(1), st.text(2))};
    return cols;
}

QVariant variantOf(const QJsonValue &v)
{
    if (v.isDouble()) {
        const double d = v.toDouble();
        // Whole numbers as integers; the range test first (a cast of 1e300 is undefined).
        if (std::abs(d) < 9.0e15 && d == double(qint64(d)))
            return QVariant(qint64(d));
        return QVariant(d);
    }
    if (v.isString())
        return QVariant(v.toString());
    if (v.isNull())
        return {};
    return QVariant(QByteArray()); // a bool, array or object: never a value of ours
}

/// The row's id for messages: "dòng 3 (mã số 12)".
QString rowWords(int index, const QJsonObject &row)
{
    const QJsonValue id = row.value(QStringLiteral("id"));
    return id.isDouble() ? QStringLiteral("dòng %1 (mã số %2)")
                               .arg(index + 1)
                               .arg(QString::number(id.toDouble(), 'g', 17))
                         : QStringLiteral("dòng %1").arg(index + 1);
}

/// Checks the whole shape and every value of the file before anything is written.
QMap<QString, QJsonArray> validatedTables(const Database &db, const QJsonObject &root)
{
    const QJsonValue tablesValue = root.value(QStringLiteral("tables"));
    if (!tablesValue.isObject())
        throw inputError(QStringLiteral("Tệp JSON thiếu phần “tables” (các bảng dữ liệu) hoặc "
                                        "phần đó không phải một đối tượng JSON: không có gì "
                                        "được nhập."));
    const QJsonObject tablesObj = tablesValue.toObject();
    QMap<QString, QJsonArray> out;
    for (auto it = tablesObj.constBegin(); it != tablesObj.constEnd(); ++it) {
        if (!JsonExchange::tables().contains(it.key()))
            throw inputError(QStringLiteral("Tệp JSON có bảng không biết: “%1”.").arg(it.key()));
        if (!it.value().isArray())
            throw inputError(QStringLiteral("Bảng “%1” trong tệp JSON không phải một danh sách "
                                            "các dòng: không có gì được nhập.")
                                 .arg(it.key()));
        out.insert(it.key(), it.value().toArray());
    }
    for (auto t = out.constBegin(); t != out.constEnd(); ++t) {
        const QString &table = t.key();
        QMap<QString, ColumnKind> kinds;
        for (const Column &c : importColumnsOf(db, table))
            kinds.insert(c.name, c.kind);
        for (int r = 0; r < t.value().size(); ++r) {
            if (!t.value()[r].isObject())
                throw inputError(
                    QStringLiteral("Bảng “%1”, dòng %2: không phải một đối tượng JSON.")
                        .arg(table)
                        .arg(r + 1));
            const QJsonObject row = t.value()[r].toObject();
            for (auto c = row.constBegin(); c != row.constEnd(); ++c) {
                if (!kinds.contains(c.key()))
                    throw inputError(QStringLiteral("Bảng “%1”, %2: cột không biết “%3”.")
                                         .arg(table, rowWords(r, row), c.key()));
                if (c.value().isString() &&
                    c.value().toString().size() > JsonExchange::kMaxTextLength)
                    throw inputError(QStringLiteral("Bảng “%1”, %2, cột “%3”: văn bản dài quá "
                                                    "%4 ký tự.")
                                         .arg(table, rowWords(r, row), c.key())
                                         .arg(JsonExchange::kMaxTextLength));
                const QString problem = valueProblem(kinds.value(c.key()), variantOf(c.value()));
                if (!problem.isEmpty())
                    throw inputError(QStringLiteral("Bảng “%1”, %2, cột “%3”: %4.")
                                         .arg(table, rowWords(r, row), c.key(), problem));
            }
        }
    }
    return out;
}

} // namespace

void JsonExchange::importJson(const Database &db, const QByteArray &json, bool replace,
                              const QString &evidenceSourceDir, bool allowEmpty)
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
    const QJsonValue versionValue = root.value(QStringLiteral("formatVersion"));
    const int version = versionValue.toInt();
    if (version > kFormatVersion)
        throw StorageError(
            StorageError::Kind::NewerSchema,
            QStringLiteral("Tệp JSON có phiên bản định dạng %1, chương trình này chỉ "
                           "đọc được đến phiên bản %2 (newer format).")
                .arg(version)
                .arg(kFormatVersion));
    if (!versionValue.isDouble() || version < 1 || versionValue.toDouble() != version)
        throw inputError(QStringLiteral("Tệp JSON có “formatVersion” không hợp lệ (cần một số "
                                        "nguyên từ 1 đến %1).")
                             .arg(kFormatVersion));
    const QJsonValue schemaValue = root.value(QStringLiteral("schemaVersion"));
    const int schema = schemaValue.toInt();
    if (schema > Migrations::latestVersion())
        throw StorageError(
            StorageError::Kind::NewerSchema,
            QStringLiteral("Tệp JSON được xuất từ phiên bản Sổ chi bộ mới hơn (lược đồ %1)."
                           " Hãy cập nhật chương trình (newer schema).")
                .arg(schema));
    if (!schemaValue.isDouble() || schema < 1 || schemaValue.toDouble() != schema)
        throw inputError(QStringLiteral("Tệp JSON có “schemaVersion” không hợp lệ (cần một số "
                                        "nguyên từ 1 đến %1).")
                             .arg(Migrations::latestVersion()));
    const QMap<QString, QJsonArray> tablesIn = validatedTables(db, root);
    if (!allowEmpty && (tablesIn.value(QStringLiteral("cell")).isEmpty() ||
                        tablesIn.value(QStringLiteral("member")).isEmpty()))
        throw inputError(
            QStringLiteral("Tệp JSON không có %1: nhập nó sẽ để lại một sổ không có %2. Không "
                           "có gì được nhập. Nếu đúng là muốn vậy, dùng thêm --allow-empty.")
                .arg(tablesIn.value(QStringLiteral("cell")).isEmpty()
                         ? QStringLiteral("thông tin chi bộ (bảng “cell”)")
                         : QStringLiteral("đảng viên nào (bảng “member”)"),
                     tablesIn.value(QStringLiteral("cell")).isEmpty()
                         ? QStringLiteral("thông tin chi bộ")
                         : QStringLiteral("đảng viên")));
    if (!replace && recordCount(db) > 0)
        throw inputError(
            QStringLiteral("Cơ sở dữ liệu đích đã có dữ liệu. Hãy nhập vào một tệp mới, "
                           "hoặc dùng --replace để thay thế toàn bộ."));

    // Evidence files written into the store by this import: removed again if it fails, so
    // that a refused import leaves no file that no row names.
    QStringList written;
    EvidenceStore store(db);
    try {
        Transaction tx(db);
        db.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON"));
        if (replace) {
            for (auto t = tables().crbegin(); t != tables().crend(); ++t)
                db.exec(QStringLiteral("DELETE FROM %1").arg(*t));
        }
        for (const QString &table : tables()) {
            const QJsonArray rows = tablesIn.value(table);
            for (int r = 0; r < rows.size(); ++r) {
                const QJsonObject row = rows[r].toObject();
                QStringList names, marks;
                for (auto c = row.constBegin(); c != row.constEnd(); ++c) {
                    names << c.key();
                    marks << QStringLiteral("?%1").arg(names.size());
                }
                Statement st = db.prepare(
                    QStringLiteral("INSERT INTO %1(%2) VALUES(%3)")
                        .arg(table, names.join(QLatin1Char(',')), marks.join(QLatin1Char(','))));
                for (int i = 0; i < names.size(); ++i) {
                    const QVariant v = variantOf(row.value(names[i]));
                    if (v.isNull())
                        st.bindNull(i + 1);
                    else if (v.typeId() == QMetaType::LongLong)
                        st.bind(i + 1, v.toLongLong());
                    else if (v.typeId() == QMetaType::Double)
                        st.bind(i + 1, v.toDouble());
                    else
                        st.bind(i + 1, v.toString()); // NFC on bind
                }
                try {
                    st.exec();
                } catch (const StorageError &e) {
                    throw StorageError(e.kind(), QStringLiteral("Bảng “%1”, %2: %3")
                                                     .arg(table, rowWords(r, row), e.message()));
                }
            }
        }
        // Name the first reference that does not resolve before COMMIT would refuse it.
        Statement fk = db.prepare(QStringLiteral("PRAGMA foreign_key_check"));
        if (fk.step())
            throw StorageError(StorageError::Kind::Constraint,
                               QStringLiteral("Bảng “%1”, bản ghi %2 tham chiếu đến “%3” không "
                                              "tồn tại (foreign key does not resolve).")
                                   .arg(fk.text(0))
                                   .arg(fk.integer(1))
                                   .arg(fk.text(2)));
        if (!evidenceSourceDir.isEmpty()) {
            Statement ev = db.prepare(
                QStringLiteral("SELECT sha256, max(size) FROM evidence GROUP BY sha256"));
            while (ev.step()) {
                const QString sha = ev.text(0);
                if (store.has(sha))
                    continue;
                const QString source =
                    evidenceSourceDir + QLatin1Char('/') + sha.left(2) + QLatin1Char('/') + sha;
                QByteArray bytes;
                try {
                    // Never through a link, never a FIFO or device, never past the size
                    // the row records (+1 byte to know it is longer).
                    bytes = files::readRegular(source, ev.integer(1), false);
                } catch (const StorageError &e) {
                    throw StorageError(e.kind() == StorageError::Kind::Input
                                           ? StorageError::Kind::Damaged
                                           : StorageError::Kind::Io,
                                       QStringLiteral("Tệp minh chứng %1 trong “%2”: %3")
                                           .arg(sha, evidenceSourceDir, e.message()));
                }
                if (!store.putBytes(sha, bytes))
                    throw StorageError(
                        StorageError::Kind::Damaged,
                        QStringLiteral("Tệp minh chứng %1 trong “%2” đã bị thay đổi (sai mã băm).")
                            .arg(sha, evidenceSourceDir));
                written << sha;
            }
        }
        tx.commit();
    } catch (...) {
        for (const QString &sha : std::as_const(written))
            QFile::remove(store.pathFor(sha));
        throw;
    }
}

} // namespace sochibo::storage
