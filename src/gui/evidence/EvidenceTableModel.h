#pragma once
#include "core/Review.h"
#include "gui/common/RecordTableModel.h"

#include <QDateTime>

namespace sochibo::gui {

/// What the evidence list shows of one file beyond its row in the store.
struct EvidenceLine
{
    core::Evidence evidence;
    QString attachedTo; ///< "Nhiệm vụ: …", "Sinh hoạt 05/11/2026", …
    QDateTime takenOn;  ///< a photo's own date (EXIF); invalid for others
};

/// Minh chứng: one row per evidence file, its hash in the tooltip.
class EvidenceTableModel : public RecordTableModel
{
    Q_OBJECT
public:
    enum Column { File, AttachedTo, Size, AddedOn, TakenOn, AddedBy, Description, ColumnCount };
    explicit EvidenceTableModel(QObject *parent = nullptr);
    void setEvidence(const QList<EvidenceLine> &files);
};

/// A file's size as people read it: "850 B", "12 KB", "3,4 MB".
QString sizeText(qint64 bytes);
/// What kind of file a media type is, in words: "Tệp PDF", "Ảnh JPEG", "Văn bản Word".
QString mediaTypeLabel(const QString &mediaType);

} // namespace sochibo::gui
