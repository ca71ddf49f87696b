#include "EvidenceTableModel.h"

#include "text/DocumentWording.h"

namespace sochibo::gui {

EvidenceTableModel::EvidenceTableModel(QObject *parent)
    : RecordTableModel({tr("File"), tr("Attached to"), tr("Size"), tr("Added on"), tr("Taken on"),
                        tr("Added by"), tr("Description")},
                       parent)
{
    setNameColumns({AddedBy});
    setTextColumns({File, AttachedTo, Description});
}

void EvidenceTableModel::setEvidence(const QList<EvidenceLine> &files)
{
    QList<RecordRow> rows;
    for (const EvidenceLine &line : files) {
        const core::Evidence &e = line.evidence;
        RecordRow r = emptyRow(e.id, ColumnCount);
        const QDateTime added = QDateTime::fromString(e.addedOn, Qt::ISODate);
        r.cells[File] = e.fileName;
        r.cells[AttachedTo] = line.attachedTo;
        r.cells[Size] = sizeText(e.size);
        r.cells[AddedOn] = text::shortDate(added.date());
        r.cells[TakenOn] =
            line.takenOn.isValid() ? text::shortDate(line.takenOn.date()) : QString();
        r.cells[AddedBy] = e.addedBy;
        r.cells[Description] = e.description;
        r.toolTips[File] = tr("SHA-256: %1").arg(e.sha256);
        r.toolTips[AttachedTo] = line.attachedTo;
        r.sortKeys[Size] = e.size;
        r.sortKeys[AddedOn] = e.addedOn;
        if (line.takenOn.isValid())
            r.sortKeys[TakenOn] = line.takenOn.toString(Qt::ISODate);
        rows << r;
    }
    setRows(rows);
}

QString sizeText(qint64 bytes)
{
    if (bytes < 1024)
        return QObject::tr("%1 B").arg(bytes);
    if (bytes < 1024 * 1024)
        return QObject::tr("%1 KB").arg(text::formatDecimal(bytes / 1024.0, 0));
    return QObject::tr("%1 MB").arg(text::formatDecimal(bytes / (1024.0 * 1024.0), 1));
}

QString mediaTypeLabel(const QString &mediaType)
{
    const QString t = mediaType.toLower();
    if (t == QLatin1String("application/pdf"))
        return QObject::tr("PDF file");
    if (t == QLatin1String("image/jpeg"))
        return QObject::tr("JPEG picture");
    if (t == QLatin1String("image/png"))
        return QObject::tr("PNG picture");
    if (t.startsWith(QLatin1String("image/")))
        return QObject::tr("Picture");
    if (t.contains(QLatin1String("wordprocessingml")) || t == QLatin1String("application/msword"))
        return QObject::tr("Word document");
    if (t.contains(QLatin1String("spreadsheetml")) ||
        t == QLatin1String("application/vnd.ms-excel"))
        return QObject::tr("Excel workbook");
    if (t.contains(QLatin1String("opendocument")))
        return QObject::tr("LibreOffice document");
    if (t.startsWith(QLatin1String("text/")))
        return QObject::tr("Text file");
    if (t.startsWith(QLatin1String("video/")))
        return QObject::tr("Video");
    if (t.startsWith(QLatin1String("audio/")))
        return QObject::tr("Sound recording");
    return QObject::tr("File");
}

} // namespace sochibo::gui
