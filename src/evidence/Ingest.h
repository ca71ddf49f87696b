#pragma once

#include "storage/Database.h"

#include <QByteArray>
#include <QDateTime>
#include <QImage>

namespace sochibo::evidence {

/// What ingestion learns from an evidence file's bytes.
struct FileFacts
{
    QString text;     ///< PDF text (NFC), for search
    QImage thumbnail; ///< the PDF's first page or the picture; null when there is none
    QString note;     ///< why there is no preview (locked PDF, damaged file, unknown kind)
    int pages = 0;
    QDateTime takenOn;      ///< a photo's EXIF "DateTimeOriginal" (invalid when absent)
    QStringList signatures; ///< a PDF's digital signatures, one a line (PdfFacts::signatures)
};

/// Reads \a bytes: PDFs through Poppler, pictures through Qt's image readers (turned upright
/// as their EXIF says), anything else opaque. Never throws; bounded in time and memory.
FileFacts inspectBytes(const QByteArray &bytes, int thumbWidth = 160);

/// The date a JPEG photo was taken, from its EXIF block (DateTimeOriginal, else DateTime);
/// invalid when there is none or it cannot be read.
/// False when a PNG's chunk list runs past the end of the file. A chunk whose length claims
/// more bytes than the file has makes libpng allocate that much (up to 2 GB for a text chunk,
/// found by FuzzPdfIngest) before it notices the file is short; such a file is damaged.
bool pngChunksFit(const QByteArray &png);
QDateTime exifDateTaken(const QByteArray &jpeg);

/// Records \a facts (computed off the GUI thread, say) in evidence row \a evidenceId.
void recordFacts(const storage::Database &db, qint64 evidenceId, const FileFacts &facts);

/// Inspects evidence row \a evidenceId (its bytes from the store) and records the text,
/// thumbnail (PNG), page count, photo date and note in it; the search index follows.
void ingestEvidence(const storage::Database &db, qint64 evidenceId);

/// Ingests every evidence row not inspected yet (files attached before ingestion existed,
/// or by an import). Returns how many.
int ingestPending(const storage::Database &db);

} // namespace sochibo::evidence
