#include "EvidenceStore.h"

#include "Transaction.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QSaveFile>
#include <QSet>

namespace sochibo::storage {

using namespace sochibo::core;

int EvidenceTarget::count() const
{
    return (taskId > 0) + (progressId > 0) + (meetingId > 0) + (commitmentId > 0) +
           (shortcomingId > 0);
}

std::pair<QString, qint64> EvidenceTarget::link() const
{
    const std::pair<const char *, qint64> links[] = {{"task_id", taskId},
                                                     {"progress_id", progressId},
                                                     {"meeting_id", meetingId},
                                                     {"commitment_id", commitmentId},
                                                     {"shortcoming_id", shortcomingId}};
    for (const auto &[column, id] : links) {
        if (id > 0)
            return {QString::fromLatin1(column), id};
    }
    return {};
}

EvidenceStore::EvidenceStore(const Database &db) : m_db(db), m_dir(storeDirFor(db.path())) {}

QString EvidenceStore::storeDirFor(const QString &dbPath)
{
    if (dbPath == QLatin1String(":memory:"))
        return QDir::temp().filePath(QStringLiteral("sochibo-memory.evidence"));
    QString base = dbPath;
    if (base.endsWith(QLatin1String(".db"), Qt::CaseInsensitive))
        base.chop(3);
    return base + QStringLiteral(".evidence");
}

QString EvidenceStore::pathFor(const QString &sha) const
{
    return m_dir + QLatin1Char('/') + sha.left(2) + QLatin1Char('/') + sha;
}

QString EvidenceStore::sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

bool EvidenceStore::has(const QString &sha) const
{
    return QFileInfo::exists(pathFor(sha));
}

QByteArray EvidenceStore::read(const QString &sha) const
{
    QFile f(pathFor(sha));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool EvidenceStore::putBytes(const QString &sha, const QByteArray &bytes)
{
    return putBytesInto(m_dir, sha, bytes);
}

bool EvidenceStore::putBytesInto(const QString &storeDir, const QString &sha,
                                 const QByteArray &bytes)
{
    if (sha256Hex(bytes) != sha)
        return false;
    const QString path = storeDir + QLatin1Char('/') + sha.left(2) + QLatin1Char('/') + sha;
    if (QFileInfo::exists(path))
        return true;
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        throw StorageError(StorageError::Kind::Io,
                           QStringLiteral("Không tạo được thư mục minh chứng “%1”.").arg(storeDir));
    QFile::setPermissions(storeDir,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
        throw StorageError(
            StorageError::Kind::Io,
            QStringLiteral("Không ghi được tệp minh chứng (%1).").arg(out.errorString()));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}

StoredFile EvidenceStore::storeFile(const QString &storeDir, const QString &path, qint64 maxBytes)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw StorageError(StorageError::Kind::Io,
                           QStringLiteral("Không đọc được tệp “%1” (%2).")
                               .arg(QFileInfo(path).fileName(), f.errorString()));
    if (f.size() > maxBytes)
        throw StorageError(StorageError::Kind::Input,
                           QStringLiteral("Tệp “%1” lớn hơn giới hạn %2 MB cho một minh chứng.")
                               .arg(QFileInfo(path).fileName())
                               .arg(maxBytes / (1024 * 1024)));
    StoredFile stored;
    stored.bytes = f.readAll();
    stored.fileName = QFileInfo(path).fileName();
    stored.sha256 = sha256Hex(stored.bytes);
    stored.mediaType =
        QMimeDatabase().mimeTypeForFileNameAndData(stored.fileName, stored.bytes).name();
    putBytesInto(storeDir, stored.sha256, stored.bytes);
    return stored;
}

qint64 EvidenceStore::add(const QByteArray &bytes, const QString &fileName, const EvidenceTarget &t,
                          const QString &description, const QString &addedBy, const QDateTime &now)
{
    if (t.count() != 1)
        throw StorageError(
            StorageError::Kind::Input,
            QStringLiteral("Minh chứng phải gắn với đúng một mục (nhiệm vụ, báo cáo, "
                           "cuộc họp, cam kết hoặc hạn chế)."));
    const QString sha = sha256Hex(bytes);
    putBytes(sha, bytes); // the file first: a crash now leaves an orphan file, never a bad row
    const QString name = QFileInfo(fileName).fileName();
    const QString type = QMimeDatabase().mimeTypeForFileNameAndData(name, bytes).name();
    return addStored(sha, name, type, bytes.size(), t, description, addedBy, now);
}

qint64 EvidenceStore::addStored(const QString &sha, const QString &fileName,
                                const QString &mediaType, qint64 size, const EvidenceTarget &t,
                                const QString &description, const QString &addedBy,
                                const QDateTime &now)
{
    if (t.count() != 1)
        throw StorageError(
            StorageError::Kind::Input,
            QStringLiteral("Minh chứng phải gắn với đúng một mục (nhiệm vụ, báo cáo, "
                           "cuộc họp, cam kết hoặc hạn chế)."));
    if (!has(sha))
        throw StorageError(StorageError::Kind::Io,
                           QStringLiteral("Tệp minh chứng “%1” chưa có trong kho.").arg(fileName));
    const QString name = QFileInfo(fileName).fileName();
    Transaction tx(m_db);
    m_db
        .prepare(QStringLiteral(
            "INSERT INTO evidence(sha256, file_name, media_type, size, added_on, added_by, "
            "description, task_id, progress_id, meeting_id, commitment_id, shortcoming_id) "
            "VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12)"))
        .bind(1, sha)
        .bind(2, name.isEmpty() ? QStringLiteral("tep") : name)
        .bind(3, mediaType)
        .bind(4, size)
        .bind(5, now.toString(Qt::ISODate))
        .bind(6, addedBy)
        .bind(7, description)
        .bindId(8, t.taskId)
        .bindId(9, t.progressId)
        .bindId(10, t.meetingId)
        .bindId(11, t.commitmentId)
        .bindId(12, t.shortcomingId)
        .exec();
    const qint64 id = m_db.lastInsertId();
    tx.commit();
    return id;
}

qint64 EvidenceStore::addFile(const QString &path, const EvidenceTarget &target,
                              const QString &description, const QString &addedBy, qint64 maxBytes)
{
    const StoredFile f = storeFile(m_dir, path, maxBytes);
    return addStored(f.sha256, f.fileName, f.mediaType, f.bytes.size(), target, description,
                     addedBy);
}

namespace {

const char *const kEvidenceColumns =
    "id, sha256, file_name, media_type, size, added_on, added_by, description, task_id, "
    "progress_id, meeting_id, commitment_id, shortcoming_id";

Evidence readEvidence(const Statement &st)
{
    Evidence e;
    e.id = st.integer(0);
    e.sha256 = st.text(1);
    e.fileName = st.text(2);
    e.mediaType = st.text(3);
    e.size = st.integer(4);
    e.addedOn = st.text(5);
    e.addedBy = st.text(6);
    e.description = st.text(7);
    e.taskId = st.id(8);
    e.progressId = st.id(9);
    e.meetingId = st.id(10);
    e.commitmentId = st.id(11);
    e.shortcomingId = st.id(12);
    return e;
}

} // namespace

QList<Evidence> EvidenceStore::list(const EvidenceTarget &t) const
{
    const auto [column, id] = t.link();
    const QString where = id > 0 ? QStringLiteral("WHERE %1 = ?1").arg(column) : QString();
    Statement st = m_db.prepare(QStringLiteral("SELECT %1 FROM evidence %2 ORDER BY id")
                                    .arg(QLatin1String(kEvidenceColumns), where));
    if (id > 0)
        st.bind(1, id);
    QList<Evidence> out;
    while (st.step())
        out << readEvidence(st);
    return out;
}

std::optional<Evidence> EvidenceStore::find(qint64 id) const
{
    Statement st = m_db.prepare(QStringLiteral("SELECT %1 FROM evidence WHERE id = ?1")
                                    .arg(QLatin1String(kEvidenceColumns)));
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    return readEvidence(st);
}

void EvidenceStore::setDescription(qint64 evidenceId, const QString &description)
{
    m_db.prepare(QStringLiteral("UPDATE evidence SET description = ?1 WHERE id = ?2"))
        .bind(1, description.trimmed())
        .bind(2, evidenceId)
        .exec();
}

void EvidenceStore::detach(qint64 evidenceId)
{
    Statement st = m_db.prepare(QStringLiteral("SELECT sha256 FROM evidence WHERE id = ?1"));
    st.bind(1, evidenceId);
    if (!st.step())
        return;
    const QString sha = st.text(0);
    Transaction tx(m_db);
    m_db.prepare(QStringLiteral("DELETE FROM evidence WHERE id = ?1")).bind(1, evidenceId).exec();
    const bool stillLinked =
        m_db.prepare(QStringLiteral("SELECT 1 FROM evidence WHERE sha256 = ?1"))
            .bind(1, sha)
            .step();
    tx.commit();
    if (!stillLinked)
        QFile::remove(pathFor(sha)); // after the commit: a crash before leaves an orphan only
}

QList<EvidenceProblem> EvidenceStore::verify() const
{
    QList<EvidenceProblem> problems;
    Statement st = m_db.prepare(QStringLiteral(
        "SELECT sha256, min(file_name) FROM evidence GROUP BY sha256 ORDER BY sha256"));
    while (st.step()) {
        const QString sha = st.text(0);
        QFile f(pathFor(sha));
        if (!f.open(QIODevice::ReadOnly)) {
            problems << EvidenceProblem{sha, st.text(1), true};
            continue;
        }
        QCryptographicHash h(QCryptographicHash::Sha256);
        h.addData(&f);
        if (QString::fromLatin1(h.result().toHex()) != sha)
            problems << EvidenceProblem{sha, st.text(1), false};
    }
    return problems;
}

int EvidenceStore::sweep() const
{
    QSet<QString> linked;
    Statement st = m_db.prepare(QStringLiteral("SELECT DISTINCT sha256 FROM evidence"));
    while (st.step())
        linked.insert(st.text(0));
    int removed = 0;
    QDirIterator it(m_dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (!linked.contains(QFileInfo(path).fileName()) && QFile::remove(path))
            ++removed;
    }
    return removed;
}

} // namespace sochibo::storage
