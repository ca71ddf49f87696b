#include "EvidenceStore.h"

#include "Files.h"
#include "Transaction.h"

#include "text/Normalization.h"

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

QString EvidenceProblem::describe() const
{
    if (missing)
        return QStringLiteral("Thiếu tệp minh chứng “%1” (%2).").arg(fileName, sha256);
    if (!notRegular.isEmpty())
        return QStringLiteral("Tệp minh chứng “%1” trong kho %2, không phải tệp thường (%3).")
            .arg(fileName, notRegular, sha256);
    return QStringLiteral("Tệp minh chứng “%1” đã bị thay đổi (%2).").arg(fileName, sha256);
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
    // Only a regular file counts: a link, FIFO or device in its place is not the evidence.
    return files::kindOf(pathFor(sha), false) == files::Kind::Regular;
}

qint64 EvidenceStore::recordedSize(const QString &sha) const
{
    Statement st = m_db.prepare(QStringLiteral("SELECT max(size) FROM evidence WHERE sha256 = ?1"));
    st.bind(1, sha);
    return st.step() && !st.isNull(0) ? st.integer(0) : -1;
}

QByteArray EvidenceStore::read(const QString &sha) const
{
    const qint64 size = recordedSize(sha);
    if (size < 0)
        return {};
    try {
        // Never more than the recorded size: a swapped-in device cannot fill the memory.
        return files::readRegular(pathFor(sha), size, false);
    } catch (const StorageError &) {
        return {};
    }
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
    if (files::kindOf(path, false) == files::Kind::Regular)
        return true;
    // Owner-only folders, the store and its shard alike (personal data).
    if (!files::makeOwnerOnlyDirs(storeDir) || !files::makeOwnerOnlyDirs(QFileInfo(path).path()))
        throw StorageError(StorageError::Kind::Io,
                           QStringLiteral("Không tạo được thư mục minh chứng “%1”.").arg(storeDir));
    // A link or special file in the way is replaced by the rename, never written through.
    files::writeAtomically(path, bytes,
                           QStringLiteral("tệp minh chứng (%1 byte)").arg(bytes.size()));
    return true;
}

QString EvidenceStore::cleanFileName(const QString &fileName)
{
    return text::withoutControls(QFileInfo(fileName).fileName());
}

StoredFile EvidenceStore::storeFile(const QString &storeDir, const QString &path, qint64 maxBytes)
{
    StoredFile stored;
    try {
        // The user's own file may be reached through a link, but it must be a regular file:
        // a FIFO, a device or a folder is refused before anything is read.
        stored.bytes = files::readRegular(path, maxBytes, true);
    } catch (const StorageError &e) {
        if (e.kind() != StorageError::Kind::Input)
            throw;
        throw StorageError(StorageError::Kind::Input,
                           QStringLiteral("Tệp “%1” lớn hơn giới hạn %2 MB cho một minh chứng.")
                               .arg(QFileInfo(path).fileName())
                               .arg(maxBytes / (1024 * 1024)));
    }
    stored.fileName = cleanFileName(path);
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
    const QString name = cleanFileName(fileName);
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

EvidenceFacts EvidenceStore::facts(qint64 evidenceId) const
{
    Statement st = m_db.prepare(QStringLiteral(
        "SELECT pages, preview, preview_note, taken_on, signatures, inspected FROM evidence "
        "WHERE id = ?1"));
    st.bind(1, evidenceId);
    EvidenceFacts f;
    if (!st.step())
        return f;
    f.pages = int(st.integer(0));
    f.preview = st.blob(1);
    f.previewNote = st.text(2);
    if (!st.isNull(3))
        f.takenOn = QDateTime::fromString(st.text(3), Qt::ISODate);
    f.signatures = st.text(4);
    f.inspected = st.integer(5) != 0;
    return f;
}

QHash<qint64, QDateTime> EvidenceStore::photoDates() const
{
    Statement st = m_db.prepare(
        QStringLiteral("SELECT id, taken_on FROM evidence WHERE taken_on IS NOT NULL"));
    QHash<qint64, QDateTime> out;
    while (st.step())
        out.insert(st.integer(0), QDateTime::fromString(st.text(1), Qt::ISODate));
    return out;
}

QList<std::pair<qint64, QString>> EvidenceStore::uninspected() const
{
    Statement st =
        m_db.prepare(QStringLiteral("SELECT id, sha256 FROM evidence WHERE inspected = 0"));
    QList<std::pair<qint64, QString>> out;
    while (st.step())
        out.append({st.integer(0), st.text(1)});
    return out;
}

qint64 EvidenceStore::distinctFiles() const
{
    return m_db.scalar(QStringLiteral("SELECT count(DISTINCT sha256) FROM evidence")).toLongLong();
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
    Statement st = m_db.prepare(QStringLiteral("SELECT sha256, min(file_name), max(size) FROM "
                                               "evidence GROUP BY sha256 ORDER BY sha256"));
    while (st.step()) {
        const QString sha = st.text(0);
        const files::Kind kind = files::kindOf(pathFor(sha), false);
        if (kind == files::Kind::Missing) {
            problems << EvidenceProblem{sha, st.text(1), true, {}};
            continue;
        }
        // Read as a regular file only, never past its recorded size: a FIFO, a device or a
        // link in the store is a problem to report, not something to wait on.
        EvidenceProblem p{sha, st.text(1), false, {}};
        if (kind != files::Kind::Regular)
            p.notRegular = files::kindWords(kind);
        else if (files::sha256OfRegular(pathFor(sha), st.integer(2), false) == sha)
            continue;
        problems << p;
    }
    return problems;
}

int EvidenceStore::removeStaleParts(const QString &storeDir)
{
    int removed = 0;
    const QFileInfoList shards =
        QDir(storeDir).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks);
    for (const QFileInfo &shard : shards)
        for (const QFileInfo &f : QDir(shard.absoluteFilePath())
                                      .entryInfoList(QDir::Files | QDir::Hidden | QDir::System))
            if (files::isStalePartName(f.fileName()) && QFile::remove(f.absoluteFilePath()))
                ++removed;
    return removed;
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
