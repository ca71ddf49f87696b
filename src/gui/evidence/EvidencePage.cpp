#include "EvidencePage.h"

#include "core/Meeting.h"
#include "core/Task.h"
#include "core/UserError.h"
#include "evidence/PdfInspect.h"
#include "gui/common/BackgroundJob.h"
#include "gui/common/BookSession.h"
#include "gui/common/Prompts.h"
#include "gui/common/RecordTableModel.h"
#include "gui/common/RecordsPage.h"
#include "gui/common/SaveDocument.h"
#include "gui/evidence/CaptionDialog.h"
#include "gui/evidence/EvidenceTableModel.h"
#include "storage/Database.h"
#include "storage/EvidenceStore.h"
#include "storage/Files.h"
#include "storage/MeetingRepository.h"
#include "storage/StorageError.h"
#include "storage/TaskRepository.h"
#include "text/DocumentWording.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHash>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMap>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStringList>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>
#include <QWidget>

#include <atomic>

namespace sochibo::gui {

using namespace sochibo::core;
using namespace sochibo::storage;

namespace {

/// A file name safe to write in a folder: no path, no characters Windows refuses.
QString safeFileName(const QString &name)
{
    QString base = QFileInfo(name).fileName();
    static const QString bad = QStringLiteral("\\\\/:*?\"<>|");
    for (QChar &c : base)
        if (bad.contains(c) || c.unicode() < 32)
            c = QLatin1Char('_');
    base = base.trimmed();
    while (base.startsWith(QLatin1Char('.')))
        base.remove(0, 1);
    return base.isEmpty() ? QStringLiteral("minh-chung") : base;
}

} // namespace

EvidencePage::EvidencePage(Prompts prompts, QWidget *parent)
    : RecordsPage(QStringLiteral("evidence"), tr("Evidence"), new EvidenceTableModel, parent),
      m_prompts(std::move(prompts)), m_image(new QLabel(this)), m_info(new QLabel(this)),
      m_pageLabel(new QLabel(this)), m_prevPage(new QPushButton(tr("◀ Previous page"), this)),
      m_nextPage(new QPushButton(tr("Next page ▶"), this))
{
    const auto button = [this](const QString &text, auto slot) {
        auto *b = new QPushButton(text, this);
        connect(b, &QPushButton::clicked, this, slot);
        addToolbarWidget(b);
    };
    button(tr("Open"), &EvidencePage::openCurrent);
    button(tr("Save a copy…"), &EvidencePage::saveCopy);
    button(tr("Edit description…"), &EvidencePage::editCaption);
    button(tr("Remove…"), &EvidencePage::detachCurrent);
    button(tr("Verify integrity"), &EvidencePage::verify);
    connect(m_view, &QAbstractItemView::activated, this, &EvidencePage::openCurrent);

    // The preview pane beside the table.
    auto *panel = new QWidget(this);
    panel->setFixedWidth(330);
    auto *side = new QVBoxLayout(panel);
    side->setContentsMargins(0, 0, 0, 0);
    m_image->setAlignment(Qt::AlignCenter);
    m_image->setMinimumHeight(330);
    m_image->setFrameShape(QFrame::StyledPanel);
    m_image->setWordWrap(true);
    side->addWidget(m_image);
    auto *pages = new QHBoxLayout;
    pages->addWidget(m_prevPage);
    pages->addWidget(m_pageLabel, 1, Qt::AlignCenter);
    pages->addWidget(m_nextPage);
    side->addLayout(pages);
    m_info->setWordWrap(true);
    m_info->setTextFormat(Qt::PlainText);
    m_info->setTextInteractionFlags(Qt::TextSelectableByMouse);
    side->addWidget(m_info);
    side->addStretch(1);
    placeBesideTable(panel);
    connect(m_prevPage, &QPushButton::clicked, this, [this] { showPreviewPage(m_page - 1); });
    connect(m_nextPage, &QPushButton::clicked, this, [this] { showPreviewPage(m_page + 1); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &EvidencePage::showPreview);
    showPreview();
}

QString EvidencePage::previewPlaceholder() const
{
    return m_image->text();
}

QString EvidencePage::previewInfo() const
{
    return m_info->text();
}

void EvidencePage::setPreviewImage(const QImage &image, const QString &placeholder)
{
    m_previewImage = image;
    if (image.isNull()) {
        m_image->setPixmap(QPixmap());
        m_image->setText(placeholder);
    } else {
        m_image->setText(QString());
        m_image->setPixmap(QPixmap::fromImage(image));
    }
    m_pageLabel->setText(m_pages > 1 ? tr("Page %1/%2").arg(m_page + 1).arg(m_pages) : QString());
    m_prevPage->setEnabled(m_pages > 1 && m_page > 0);
    m_nextPage->setEnabled(m_pages > 1 && m_page + 1 < m_pages);
}

void EvidencePage::showPreview()
{
    m_previewId = currentId();
    m_page = 0;
    m_pages = 0;
    if (!m_session->db() || m_previewId == 0) {
        m_info->setText(tr("Choose a file to preview it."));
        setPreviewImage({}, tr("(no file selected)"));
        return;
    }
    const EvidenceStore store(*m_session->db());
    const auto e = store.find(m_previewId);
    if (!e)
        return;
    const EvidenceFacts facts = store.facts(m_previewId);
    m_pages = facts.pages;
    QStringList info = {e->fileName,
                        tr("%1, %2").arg(mediaTypeLabel(e->mediaType), sizeText(e->size))};
    if (m_pages > 0)
        info << tr("%1 pages").arg(m_pages);
    const QDateTime added = QDateTime::fromString(e->addedOn, Qt::ISODate);
    info << tr("Attached on %1%2")
                .arg(added.toString(QStringLiteral("dd/MM/yyyy")),
                     e->addedBy.isEmpty() ? QString() : tr(" (%1)").arg(e->addedBy));
    if (facts.takenOn.isValid()) {
        const QDateTime &taken = facts.takenOn;
        info << tr("Photo taken on %1").arg(taken.toString(QStringLiteral("dd/MM/yyyy HH:mm")));
        if (taken.date().daysTo(added.date()) > 31)
            info << tr("Note: the photo was taken more than a month before it was attached.");
    }
    if (!facts.signatures.isEmpty())
        info << tr("Digital signatures:") << facts.signatures.split(QLatin1Char('\n'));
    m_info->setText(info.join(QLatin1Char('\n')));
    QImage thumb;
    thumb.loadFromData(facts.preview, "PNG");
    const QString note = facts.inspected ? facts.previewNote : tr("Reading the file…");
    setPreviewImage(thumb.isNull() ? QImage() : thumb.scaledToWidth(std::min(thumb.width(), 320)),
                    note.isEmpty() ? tr("(no preview)") : note);
}

void EvidencePage::showPreviewPage(int page)
{
    if (!m_session->db() || m_previewId == 0 || page < 0 || page >= m_pages)
        return;
    const auto e = EvidenceStore(*m_session->db()).find(m_previewId);
    if (!e)
        return;
    m_page = page;
    setPreviewImage({}, tr("Drawing page %1…").arg(page + 1));
    // Poppler renders in a worker thread from the stored file; the answer is dropped if the
    // user moved on meanwhile.
    const QString path = EvidenceStore(*m_session->db()).pathFor(e->sha256);
    const qint64 id = m_previewId;
    jobs::run(
        this,
        [path, page] {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) ? evidence::renderPdfPage(f.readAll(), page, 320)
                                               : QImage();
        },
        [this, page, id](const QImage &image) {
            if (m_previewId != id || m_page != page)
                return;
            setPreviewImage(image, tr("This page could not be drawn."));
            emit previewRendered(page);
        });
}

void EvidencePage::reload()
{
    const Database &db = *m_session->db();
    const EvidenceStore store(db);
    QMap<qint64, QString> tasks;
    for (const Task &t : TaskRepository(db).list())
        tasks.insert(t.id, t.title);
    QMap<qint64, QString> meetings;
    for (const Meeting &m : MeetingRepository(db).list())
        meetings.insert(m.id, text::shortDate(m.heldOn));
    const QHash<qint64, QDateTime> takenOn = store.photoDates(); // photos: their EXIF date
    QList<EvidenceLine> lines;
    for (const Evidence &e : store.list()) {
        QString target;
        if (e.taskId)
            target = tr("Task: %1").arg(tasks.value(e.taskId));
        else if (e.progressId)
            target = tr("Monthly report");
        else if (e.meetingId)
            target = tr("Meeting %1").arg(meetings.value(e.meetingId));
        else if (e.commitmentId)
            target = tr("Commitment");
        else if (e.shortcomingId)
            target = tr("Shortcomings");
        lines << EvidenceLine{e, target, takenOn.value(e.id)};
    }
    static_cast<EvidenceTableModel *>(m_model)->setEvidence(lines); // keeps the row in view
    fitColumns();
    if (!m_view->currentIndex().isValid() && m_proxy->rowCount() > 0) // a preview from the start
        m_view->setCurrentIndex(m_proxy->index(0, 0));
    showPreview();
}

int EvidencePage::verify()
{
    if (!m_session->db())
        return 0;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const QList<EvidenceProblem> problems = EvidenceStore(*m_session->db()).verify();
    QApplication::restoreOverrideCursor();
    if (problems.isEmpty()) {
        m_prompts.inform(tr("Every evidence file is intact (%1 files).").arg(m_model->rowCount()));
        return 0;
    }
    QStringList lines;
    for (const EvidenceProblem &p : problems)
        lines << p.describe();
    m_prompts.inform(
        tr("%1 problems found:\n%2").arg(problems.size()).arg(lines.join(QLatin1Char('\n'))));
    return int(problems.size());
}

std::optional<Evidence> EvidencePage::selectedEvidence() const
{
    const auto e =
        m_session->db() ? EvidenceStore(*m_session->db()).find(currentId()) : std::nullopt;
    if (m_session->db() && !e)
        m_prompts.inform(tr("Choose an evidence file."));
    return e;
}

bool EvidencePage::saveCopy()
{
    if (!m_session->db())
        return false;
    const auto e = selectedEvidence();
    if (!e)
        return false;
    const QString path = m_prompts.saveFileName(safeFileName(e->fileName));
    if (path.isEmpty() || !acceptOutputPath(m_prompts, path, m_session->db()->path()))
        return false;
    const QByteArray bytes = EvidenceStore(*m_session->db()).read(e->sha256);
    if (bytes.size() != e->size) {
        m_prompts.inform(tr("Could not write “%1”.").arg(path));
        return false;
    }
    try {
        storage::files::writeAtomically(path, bytes, QStringLiteral("“%1”").arg(path));
    } catch (const StorageError &error) {
        m_prompts.inform(error.message());
        return false;
    }
    return true;
}

bool EvidencePage::editCaption()
{
    if (!m_session->db())
        return false;
    const auto e = selectedEvidence();
    if (!e)
        return false;
    CaptionDialog dialog(e->fileName, e->description, this);
    if (!m_prompts.runDialog(dialog) || dialog.caption() == e->description)
        return false;
    try {
        EvidenceStore(*m_session->db()).setDescription(e->id, dialog.caption());
    } catch (const StorageError &err) {
        m_prompts.inform(err.message());
        return false;
    }
    emit changed();
    return true;
}

bool EvidencePage::detachCurrent()
{
    if (!m_session->db())
        return false;
    const auto e = selectedEvidence();
    if (!e || !m_prompts.confirm(tr("Remove “%1” from the book? This cannot be undone; the file "
                                    "itself is deleted only when nothing else uses it.")
                                     .arg(e->fileName)))
        return false;
    try {
        EvidenceStore(*m_session->db()).detach(e->id);
    } catch (const StorageError &err) {
        m_prompts.inform(err.message());
        return false;
    }
    emit changed();
    return true;
}

bool EvidencePage::openCurrent()
{
    if (!m_session->db())
        return false;
    const auto e = selectedEvidence();
    if (!e)
        return false;
    // A private copy: the store's files are never handed to other programs to modify.
    const QString dir = QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
                            .filePath(QStringLiteral("sochibo-open"));
    storage::files::makeOwnerOnlyDirs(dir);
    const QString path = QDir(dir).filePath(safeFileName(e->fileName));
    const QByteArray bytes = EvidenceStore(*m_session->db()).read(e->sha256);
    try {
        if (bytes.size() != e->size)
            throw StorageError(StorageError::Kind::Io, {});
        storage::files::writeAtomically(path, bytes, QStringLiteral("“%1”").arg(path));
    } catch (const StorageError &) {
        m_prompts.inform(tr("Could not open “%1”.").arg(e->fileName));
        return false;
    }
    return QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

TableExport EvidencePage::exportTable() const
{
    return {{shownAsSheet(tr("Evidence"))}, QStringLiteral("minh-chung")};
}

} // namespace sochibo::gui
