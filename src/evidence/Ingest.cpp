#include "Ingest.h"

#include "PdfInspect.h"
#include "storage/EvidenceStore.h"
#include "storage/Statement.h"

#include <QBuffer>
#include <QImageReader>

namespace sochibo::evidence {

namespace {

/// A bounds-checked reader over the TIFF structure inside an EXIF block.
class Tiff
{
public:
    Tiff(const QByteArray &data, qsizetype start, qsizetype size)
        : m_data(data), m_start(start), m_size(std::min(size, data.size() - start))
    {
    }
    bool readHeader()
    {
        if (m_size < 8)
            return false;
        if (m_data.mid(m_start, 2) == "II")
            m_little = true;
        else if (m_data.mid(m_start, 2) == "MM")
            m_little = false;
        else
            return false;
        return u16(2) == 42;
    }
    quint32 firstIfd() const { return u32(4); }
    /// The value offset/inline value of \a tag in the IFD at \a ifd, or 0. Offsets come from
    /// the file: every bound is checked in 64 bits so that none can wrap around.
    quint32 find(quint32 ifd, quint16 tag, quint32 *count = nullptr) const
    {
        if (qint64(ifd) + 2 > m_size)
            return 0;
        const int entries = u16(ifd);
        for (int i = 0; i < entries && i < 512; ++i) {
            const qint64 at = qint64(ifd) + 2 + 12 * qint64(i);
            if (at + 12 > m_size)
                return 0;
            if (u16(at) == tag) {
                if (count)
                    *count = u32(at + 4);
                return u32(at + 8);
            }
        }
        return 0;
    }
    QByteArray ascii(quint32 offset, quint32 count) const
    {
        if (count == 0 || count > 64 || qint64(offset) + qint64(count) > m_size)
            return {};
        return m_data.mid(m_start + offset, count);
    }

private:
    quint8 byte(qint64 at) const { return quint8(m_data.at(m_start + at)); }
    quint16 u16(qint64 at) const
    {
        if (at < 0 || at + 2 > m_size)
            return 0;
        return m_little ? quint16(byte(at) | byte(at + 1) << 8)
                        : quint16(byte(at) << 8 | byte(at + 1));
    }
    quint32 u32(qint64 at) const
    {
        if (at < 0 || at + 4 > m_size)
            return 0;
        return m_little ? quint32(u16(at)) | quint32(u16(at + 2)) << 16
                        : quint32(u16(at)) << 16 | quint32(u16(at + 2));
    }
    const QByteArray &m_data;
    qsizetype m_start;
    qsizetype m_size;
    bool m_little = true;
};

QDateTime exifDate(const QByteArray &value)
{
    // "2026:10:14 08:31:05" (the string ends with a NUL)
    const QDateTime t = QDateTime::fromString(QString::fromLatin1(value.left(19)),
                                              QStringLiteral("yyyy:MM:dd HH:mm:ss"));
    return t.isValid() && t.date().year() > 1900 ? t : QDateTime();
}

} // namespace

QDateTime exifDateTaken(const QByteArray &b)
{
    if (b.size() < 4 || quint8(b[0]) != 0xFF || quint8(b[1]) != 0xD8)
        return {};
    qsizetype pos = 2;
    while (pos + 4 <= b.size() && quint8(b[pos]) == 0xFF) {
        const quint8 marker = quint8(b[pos + 1]);
        if (marker == 0xDA || marker == 0xD9) // image data or end: no EXIF before them
            return {};
        const int length = quint8(b[pos + 2]) << 8 | quint8(b[pos + 3]);
        if (length < 2)
            return {};
        if (marker == 0xE1 && length >= 16 && b.mid(pos + 4, 6) == QByteArray("Exif\0\0", 6)) {
            Tiff tiff(b, pos + 10, length - 8);
            if (!tiff.readHeader())
                return {};
            const quint32 ifd0 = tiff.firstIfd();
            quint32 count = 0;
            if (const quint32 exifIfd = tiff.find(ifd0, 0x8769)) {
                const quint32 at = tiff.find(exifIfd, 0x9003, &count); // DateTimeOriginal
                const QDateTime t = exifDate(tiff.ascii(at, count));
                if (t.isValid())
                    return t;
            }
            const quint32 at = tiff.find(ifd0, 0x0132, &count); // DateTime
            return exifDate(tiff.ascii(at, count));
        }
        pos += 2 + length;
    }
    return {};
}

bool pngChunksFit(const QByteArray &bytes)
{
    qint64 at = 8; // after the signature
    const qint64 size = bytes.size();
    while (at + 8 <= size) {
        const auto *p = reinterpret_cast<const uchar *>(bytes.constData() + at);
        const qint64 length = (qint64(p[0]) << 24) | (p[1] << 16) | (p[2] << 8) | p[3];
        const qint64 next = at + 12 + length; // length, type, data, CRC
        if (next > size)
            return false;
        if (bytes.mid(at + 4, 4) == "IEND")
            return true;
        at = next;
    }
    return false;
}

FileFacts inspectBytes(const QByteArray &bytes, int thumbWidth)
{
    FileFacts facts;
    if (bytes.startsWith("%PDF") || bytes.left(1024).contains("%PDF-")) {
        const PdfFacts pdf = inspectPdf(bytes, thumbWidth);
        facts.text = pdf.text;
        facts.thumbnail = pdf.thumbnail;
        facts.pages = pdf.pages;
        facts.note = pdf.problem;
        facts.signatures = pdf.signatures;
        return facts;
    }
    if (bytes.startsWith("\x89PNG\r\n\x1a\n") && !pngChunksFit(bytes)) {
        facts.note = QStringLiteral("Tệp ảnh bị hỏng: không xem trước được.");
        return facts;
    }
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    if (!reader.canRead()) {
        facts.note = bytes.startsWith(QByteArray("\0\0\0", 3)) && bytes.mid(4, 8).contains("ftyp")
                         ? QStringLiteral("Ảnh HEIC: chưa xem trước được trên máy này, tệp "
                                          "vẫn được lưu nguyên vẹn.")
                         : QStringLiteral("Không có bản xem trước cho loại tệp này; mở bằng "
                                          "chương trình của máy để xem.");
        return facts;
    }
    facts.takenOn = exifDateTaken(bytes);
    const QSize size = reader.size();
    if (size.isValid()) {
        if (qint64(size.width()) * size.height() > 200'000'000LL) {
            facts.note = QStringLiteral("Ảnh quá lớn để xem trước.");
            return facts;
        }
        reader.setScaledSize(size.scaled(thumbWidth, 2 * thumbWidth, Qt::KeepAspectRatio));
    }
    QImage image = reader.read();
    if (image.isNull()) {
        facts.note = QStringLiteral("Tệp ảnh bị hỏng: không xem trước được.");
        return facts;
    }
    if (image.width() > thumbWidth || image.height() > 2 * thumbWidth)
        image =
            image.scaled(thumbWidth, 2 * thumbWidth, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    facts.thumbnail = image;
    return facts;
}

void recordFacts(const storage::Database &db, qint64 evidenceId, const FileFacts &facts)
{
    QByteArray png;
    if (!facts.thumbnail.isNull()) {
        QBuffer out(&png);
        out.open(QIODevice::WriteOnly);
        facts.thumbnail.save(&out, "PNG");
    }
    storage::Statement st = db.prepare(QStringLiteral(
        "UPDATE evidence SET content_text = ?1, preview = ?2, preview_note = ?3, pages = ?4, "
        "taken_on = ?5, signatures = ?7, inspected = 1 WHERE id = ?6"));
    st.bind(1, facts.text).bindBlob(2, png).bind(3, facts.note).bind(4, qint64(facts.pages));
    if (facts.takenOn.isValid())
        st.bind(5, facts.takenOn.toString(Qt::ISODate));
    else
        st.bindNull(5);
    st.bind(6, evidenceId).bind(7, facts.signatures.join(QLatin1Char('\n')));
    st.exec();
}

void ingestEvidence(const storage::Database &db, qint64 evidenceId)
{
    const storage::EvidenceStore store(db);
    const auto e = store.find(evidenceId);
    if (!e)
        return;
    recordFacts(db, evidenceId, inspectBytes(store.read(e->sha256)));
}

int ingestPending(const storage::Database &db)
{
    QList<qint64> ids;
    storage::Statement st =
        db.prepare(QStringLiteral("SELECT id FROM evidence WHERE inspected = 0 ORDER BY id"));
    while (st.step())
        ids << st.integer(0);
    for (qint64 id : ids)
        ingestEvidence(db, id);
    return int(ids.size());
}

} // namespace sochibo::evidence
