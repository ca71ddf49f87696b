#include "ReportPage.h"

#include "core/Member.h"
#include "core/Period.h"
#include "core/TaskRules.h"
#include "gui/common/BackgroundJob.h"
#include "gui/common/BookSession.h"
#include "gui/common/Committer.h"
#include "gui/common/FormParts.h"
#include "gui/common/Prompts.h"
#include "gui/common/SaveDocument.h"
#include "gui/reports/DocumentSettingsDialog.h"
#include "gui/reports/ProseDialog.h"
#include "reportdata/ReportService.h"
#include "reports/ReportTemplate.h"
#include "storage/Backup.h"
#include "storage/CellRepository.h"
#include "storage/Database.h"
#include "storage/MeetingRepository.h"
#include "storage/MemberRepository.h"
#include "storage/Progress.h"
#include "storage/ReviewRepository.h"
#include "storage/Statistics.h"
#include "storage/StorageError.h"
#include "storage/TaskRepository.h"
#include "text/DocumentWording.h"
#include "ui_ReportPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QFile>
#include <QListWidget>
#include <QMap>
#include <QPainter>
#include <QPointer>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>

#include <poppler-qt6.h>

namespace sochibo::gui {

using namespace sochibo::core;
using namespace sochibo::storage;

struct ReportPage::Request : reports::ReportRequest
{
};

ReportPage::ReportPage(Prompts prompts, Committer commit, QWidget *parent)
    : QWidget(parent), m_prompts(std::move(prompts)), m_commit(std::move(commit))
{
    Ui::ReportPage ui; // the page's layout: ui/reports/ReportPage.ui
    ui.setupUi(this);
    styleHeading(ui.heading);
    m_kind = ui.kind;
    m_year = ui.year;
    m_number = ui.number;
    m_newVersion = ui.newVersion;
    m_date = ui.date;
    m_period = ui.period;
    m_member = ui.member;
    m_signer = ui.signer;
    m_group = ui.group;
    m_from = ui.from;
    m_to = ui.to;
    m_form = ui.form;
    m_zoom = ui.zoom;
    m_status = ui.status;
    m_page = ui.page;
    m_thumbs = ui.thumbs;
    m_scroll = ui.scroll;
    m_save = ui.save;
    m_print = ui.print;
    m_issue = ui.issue;
    for (const QString &k : reports::ReportBuilder::kinds())
        if (!reports::ReportBuilder::needsMeeting(k)) // the minutes: from the meeting's page
            m_kind->addItem(reports::ReportBuilder::displayName(k), k);
    for (int m = 1; m <= 12; ++m)
        m_period->addItem(tr("Month %1").arg(m),
                          QStringLiteral("%1").arg(m, 2, 10, QLatin1Char('0')));
    for (int q = 1; q <= 4; ++q)
        m_period->addItem(tr("Quarter %1").arg(text::romanNumeral(q)),
                          QStringLiteral("Q%1").arg(q));
    m_signer->addItem(tr("as the template says"), QString());
    m_signer->addItem(tr("Secretary"), QStringLiteral("secretary"));
    m_signer->addItem(tr("Deputy secretary"), QStringLiteral("deputy"));
    m_group->addItem(tr("by shortcoming, topic"), QStringLiteral("source"));
    m_group->addItem(tr("by member"), QStringLiteral("member"));
    m_zoom->addItem(tr("Fit width"), 0.0);
    for (int percent : {75, 100, 125, 150})
        m_zoom->addItem(QStringLiteral("%1%").arg(percent), percent / 100.0);
    connect(m_zoom, &QComboBox::currentIndexChanged, this,
            [this] { showPage(m_thumbs->currentRow()); });
    connect(ui.prose, &QPushButton::clicked, this, &ReportPage::editProse);
    connect(ui.grounds, &QPushButton::clicked, this, &ReportPage::editGroundsAndRecipients);
    connect(ui.previewButton, &QPushButton::clicked, this, &ReportPage::preview);
    connect(m_save, &QPushButton::clicked, this, [this] { saveAs(false); });
    m_saveWord = ui.saveWord;
    m_openSaved = ui.openSaved;
    connect(m_saveWord, &QPushButton::clicked, this, [this] { saveAs(true); });
    connect(m_openSaved, &QPushButton::clicked, this, &ReportPage::openSaved);
    connect(m_print, &QPushButton::clicked, this, &ReportPage::print);
    connect(m_issue, &QPushButton::clicked, this, &ReportPage::issue);
    connect(m_thumbs, &QListWidget::currentRowChanged, this, &ReportPage::showPage);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ReportPage::kindChanged);
    connect(m_year, &QSpinBox::valueChanged, this, &ReportPage::proposeNumber);
    connect(m_date, &QDateEdit::dateChanged, this, &ReportPage::proposeNumber);
    connect(m_newVersion, &QCheckBox::toggled, this, &ReportPage::proposeNumber);
}

ReportPage::~ReportPage()
{
    ++m_generation;
}

void ReportPage::bookOpened()
{
    const QDate today = m_session->today();
    m_date->setDate(today);
    // The tracking table: from the start of the year to the end of this month.
    m_from->setDate(QDate(today.year(), 1, 1));
    m_to->setDate(QDate(today.year(), today.month(), today.daysInMonth()));
    fillMembers();
    kindChanged();
}

void ReportPage::fillMembers()
{
    const qint64 chosen = m_member->currentData().toLongLong();
    const QSignalBlocker quiet(m_member);
    m_member->clear();
    m_member->addItem(tr("All members (one form each)"), 0);
    if (const Database *db = m_session->db())
        for (const Member &m : MemberRepository(*db).list())
            m_member->addItem(m.fullName, m.id);
    m_member->setCurrentIndex(qMax(0, m_member->findData(chosen)));
}

void ReportPage::reload()
{
    fillMembers();
    proposeNumber();
}

void ReportPage::clear()
{
    ++m_generation; // a preview still being drawn is dropped
    m_member->clear();
    m_pdf.clear();
    m_images.clear();
    m_thumbs->clear();
    m_page->clear();
    m_status->clear();
    m_pages = 0;
    for (QPushButton *b : {m_save, m_print, m_issue, m_saveWord})
        b->setEnabled(false);
}

void ReportPage::kindChanged()
{
    const QString kind = m_kind->currentData().toString();
    const bool period = kind == QLatin1String("monthly-progress");
    const bool range = kind == QLatin1String("task-table");
    // One member's form, or all of them: the commitment and the year-end review.
    const bool perMember =
        kind == QLatin1String("commitment") || kind == QLatin1String("member-review");
    m_form->setRowVisible(m_year, !range);
    m_form->setRowVisible(m_period, period);
    m_form->setRowVisible(m_group, period);
    m_form->setRowVisible(m_from, range);
    m_form->setRowVisible(m_to, range);
    m_form->setRowVisible(m_member, perMember);
    m_form->setRowVisible(m_signer, !perMember);
    // members' forms, the ratings summary and the tracking table carry no register number
    m_form->setRowVisible(m_number,
                          !range && !perMember && kind != QLatin1String("ratings-summary"));
    defaultYear();
}

void ReportPage::defaultYear()
{
    // The remediation plan answers last year's review; the others are about this year. The
    // monthly summary starts on last month: the one the meeting reviews.
    const QString kind = m_kind->currentData().toString();
    const bool plan = kind == QLatin1String("remediation-plan");
    if (kind == QLatin1String("monthly-progress")) {
        const QDate last = m_session->today().addMonths(-1);
        m_year->setValue(last.year());
        m_period->setCurrentIndex(last.month() - 1);
    } else {
        m_year->setValue(m_session->today().year() - (plan ? 1 : 0));
    }
    proposeNumber();
}

void ReportPage::selectPeriodReport(const QString &period, bool groupByMember)
{
    const auto p = Period::parse(period);
    if (!p)
        return;
    m_kind->setCurrentIndex(m_kind->findData(QStringLiteral("monthly-progress")));
    m_year->setValue(p->from.year());
    m_period->setCurrentIndex(p->isQuarter() ? 12 + (p->from.month() - 1) / 3
                                             : p->from.month() - 1);
    m_group->setCurrentIndex(groupByMember ? 1 : 0);
}

void ReportPage::selectReport(const QString &kind, int year)
{
    m_kind->setCurrentIndex(m_kind->findData(kind));
    m_year->setValue(year);
}

void ReportPage::selectMemberReport(const QString &kind, int year, qint64 memberId)
{
    selectReport(kind, year);
    m_member->setCurrentIndex(qMax(0, m_member->findData(memberId)));
}

ReportPage::Request ReportPage::request() const
{
    Request r;
    r.kind = m_kind->currentData().toString();
    r.year = m_year->value();
    r.date = m_date->date();
    r.number = m_number->value();
    r.newVersion = m_newVersion->isChecked();
    r.today = m_session->today();
    const QString kind = r.kind;
    if (kind == QLatin1String("monthly-progress")) {
        r.period = QStringLiteral("%1-%2").arg(r.year).arg(m_period->currentData().toString());
        r.groupBy = m_group->currentData().toString();
    } else if (kind == QLatin1String("task-table")) {
        r.from = m_from->date();
        r.to = m_to->date();
        r.year = r.from.year();
    } else if (kind == QLatin1String("commitment") || kind == QLatin1String("member-review")) {
        r.memberId = m_member->currentData().toLongLong();
        r.allMembers = r.memberId == 0;
    } else {
        r.signer = m_signer->currentData().toString();
    }
    return r;
}

void ReportPage::proposeNumber()
{
    // "tự động": the register's own number and date for a document issued before (a reprint),
    // else the next free number — as the document will print it (ReportBuilder::numbering),
    // read from the register and the template only: nothing is built for it.
    QString text = tr("automatic");
    if (m_session->db()) {
        try {
            const auto n = reportdata::ReportService(*m_session->db()).numbering(request());
            if (n.reprintOf)
                text =
                    tr("reprint: %1 of %2").arg(n.symbol, text::shortDate(n.reprintOf->issuedOn));
            else if (!n.symbol.isEmpty())
                text = tr("automatic: %1").arg(n.symbol);
        } catch (const StorageError &) {
            // no template for the year: Preview says so
        }
    }
    m_number->setSpecialValueText(text);
}

int ReportPage::renderedPages() const
{
    int n = 0;
    for (const QImage &i : m_images)
        n += i.isNull() ? 0 : 1;
    return n;
}

QString ReportPage::status() const
{
    return m_status->text();
}

QString ReportPage::numberText() const
{
    return m_number->text();
}

bool ReportPage::preview()
{
    if (!m_session->db())
        return false;
    const int generation = ++m_generation;
    m_thumbs->clear();
    m_images.clear();
    m_page->clear();
    reports::RenderResult result;
    try {
        m_pdf = reportdata::ReportService(*m_session->db()).renderPdf(request(), &result);
    } catch (const StorageError &e) {
        m_pdf.clear();
        m_pages = 0;
        m_status->setText(e.message());
        for (QPushButton *b : {m_save, m_print, m_issue, m_saveWord})
            b->setEnabled(false);
        return false;
    }
    m_pages = result.pages;
    QString status = result.symbol.isEmpty()
                         ? tr("%1 pages (unnumbered document).").arg(result.pages)
                         : tr("%1 pages, number %2.").arg(result.pages).arg(result.symbol);
    for (const QString &w : result.warnings)
        status += QStringLiteral("\n") + tr("Note: %1").arg(w);
    m_status->setText(status);
    for (QPushButton *b : {m_save, m_print, m_issue, m_saveWord})
        b->setEnabled(true);
    m_issue->setEnabled(!result.symbol.isEmpty());
    m_images = QList<QImage>(m_pages);
    for (int i = 0; i < m_pages; ++i)
        m_thumbs->addItem(tr("Page %1").arg(i + 1));

    // Pages are rasterised by Poppler in a worker thread from its own copy of the bytes; the
    // images come back through the event loop. A newer preview makes older results void.
    const QByteArray bytes = m_pdf;
    QPointer<ReportPage> self(this);
    // Each page is handed over as soon as it is drawn; the job itself reports nothing more.
    const auto draw = [bytes, generation, self] {
        std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(bytes);
        if (!doc)
            return;
        doc->setRenderHint(Poppler::Document::Antialiasing);
        doc->setRenderHint(Poppler::Document::TextAntialiasing);
        for (int i = 0; i < doc->numPages(); ++i) {
            const std::unique_ptr<Poppler::Page> page = doc->page(i);
            const QImage image = page ? page->renderToImage(144, 144) : QImage();
            QMetaObject::invokeMethod(
                qApp,
                [self, generation, i, image] {
                    if (!self || self->m_generation != generation || i >= self->m_images.size())
                        return;
                    self->m_images[i] = image;
                    if (QListWidgetItem *item = self->m_thumbs->item(i))
                        item->setIcon(QIcon(QPixmap::fromImage(
                            image.scaled(96, 136, Qt::KeepAspectRatio, Qt::SmoothTransformation))));
                    if (i == 0)
                        self->m_thumbs->setCurrentRow(0);
                    emit self->pagesRendered(self->renderedPages());
                },
                Qt::QueuedConnection);
        }
    };
    jobs::run(this, draw, [] {});
    return true;
}

void ReportPage::showPage(int index)
{
    if (index < 0 || index >= m_images.size() || m_images[index].isNull())
        return;
    // Images are rendered at 144 dpi; 100 % shows the page at 96 dpi, the screen's nominal size.
    const double zoom = m_zoom->currentData().toDouble();
    const QImage &image = m_images[index];
    const int width = zoom > 0 ? int(image.width() * zoom * 96.0 / 144.0)
                               : qMax(200, m_scroll->viewport()->width() - 24);
    m_page->setPixmap(QPixmap::fromImage(image.scaledToWidth(width, Qt::SmoothTransformation)));
}

bool ReportPage::saveAs(bool word)
{
    if (!m_session->db())
        return false;
    const Request r = request();
    reports::RenderResult result;
    const QString path = saveDocumentAs(m_prompts, *m_session->db(), r, word, &result);
    if (path.isEmpty())
        return false;
    m_status->setText(reports::ReportBuilder::formatFor(path) == reports::OutputFormat::Docx
                          ? tr("Saved the Word file “%1”.").arg(path)
                          : tr("Saved “%1” (%2 pages).").arg(path).arg(result.pages));
    m_lastSaved = path;
    m_openSaved->setEnabled(true);
    markMemberFormsPrinted(r);
    return true;
}

bool ReportPage::openSaved()
{
    if (m_lastSaved.isEmpty() || !QFile::exists(m_lastSaved))
        return false;
    if (m_prompts.openFile(m_lastSaved))
        return true;
    m_prompts.inform(tr("This computer has no program that opens “%1” (for a .docx file: Word or "
                        "LibreOffice Writer).")
                         .arg(m_lastSaved));
    return false;
}

bool ReportPage::issue()
{
    if (!m_session->db())
        return false;
    const Request r = request();
    try {
        const reportdata::ReportService service(*m_session->db());
        const reports::BuiltReport built = service.build(r);
        if (built.reprintOf) {
            m_prompts.inform(tr("This document is in the register already: number %1 of %2. A "
                                "reprint keeps that number and date; tick “Issue a new version” "
                                "to issue it again with a new number.")
                                 .arg(built.symbol, text::shortDate(built.reprintOf->issuedOn)));
            return false;
        }
        if (!m_prompts.confirm(tr("Issue document number %1 dated %2? The number will be recorded "
                                  "in the outgoing register.")
                                   .arg(built.symbol, text::shortDate(r.date))))
            return false;
        service.issue(built, r.date);
        m_status->setText(tr("Recorded in the register: %1.").arg(built.symbol));
        m_number->setValue(0);
        proposeNumber(); // the next one
    } catch (const StorageError &e) {
        m_prompts.inform(e.message());
        return false;
    }
    return true;
}

bool ReportPage::editProse()
{
    if (!m_session->db())
        return false;
    const Request r = request();
    QString preferred;
    if (r.kind == QLatin1String("self-review"))
        if (const auto y = ReviewRepository(*m_session->db()).year(r.year))
            preferred = y->form;
    const reports::ReportTemplate form =
        reports::ReportTemplate::forYear(r.kind, r.year, preferred);
    const CellRepository cells(*m_session->db());
    const int year = reports::ReportBuilder::effectiveYear(r);
    QMap<QString, QString> before; // key -> stored text (null: the template's)
    for (const auto &[key, text] : form.proseSections())
        before.insert(key,
                      cells.prose(form.report, year, reports::ReportBuilder::proseKey(r, key)));
    ProseDialog dialog(form, before, this);
    dialog.setWindowTitle(tr("Text of %1 for %2").arg(m_kind->currentText()).arg(r.year));
    if (!m_prompts.runDialog(dialog))
        return false;
    const QMap<QString, QString> after = dialog.texts();
    if (after == before)
        return false;
    const auto apply = [this, report = form.report, year, r](const QMap<QString, QString> &m) {
        CellRepository cells(*m_session->db());
        for (auto it = m.constBegin(); it != m.constEnd(); ++it)
            cells.setProse(report, year, reports::ReportBuilder::proseKey(r, it.key()), it.value());
    };
    const bool done = m_commit(
        tr("Edit text of %1 for %2").arg(m_kind->currentText()).arg(r.year),
        [apply, after] { apply(after); }, [apply, before] { apply(before); });
    if (done && m_pages > 0)
        preview();
    return done;
}

bool ReportPage::editGroundsAndRecipients()
{
    if (!m_session->db())
        return false;
    const Request r = request();
    const int year = reports::ReportBuilder::effectiveYear(r);
    const DocumentSettingsDialog::State before =
        DocumentSettingsDialog::load(*m_session->db(), year);
    DocumentSettingsDialog dialog(before, r.kind, year, this);
    if (!m_prompts.runDialog(dialog))
        return false;
    const DocumentSettingsDialog::State after = dialog.state();
    const storage::Database *db = m_session->db();
    const bool done = m_commit(
        tr("Edit grounds and recipients"),
        [db, year, after] { DocumentSettingsDialog::apply(*db, year, after); },
        [db, year, before] { DocumentSettingsDialog::apply(*db, year, before); });
    if (done && m_pages > 0)
        preview();
    return done;
}

void ReportPage::print()
{
    if (m_pdf.isEmpty())
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setFullPage(true); // the document has its own margins: print at actual size
    QPrintDialog dialog(&printer, this);
    if (!m_prompts.runDialog(dialog))
        return;
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(m_pdf);
    if (!doc)
        return;
    QPainter painter(&printer);
    const int dpi = qMin(printer.resolution(), 600);
    for (int i = 0; i < doc->numPages(); ++i) {
        if (i > 0)
            printer.newPage();
        const QImage image = doc->page(i)->renderToImage(dpi, dpi);
        painter.drawImage(printer.paperRect(QPrinter::DevicePixel), image);
    }
    markMemberFormsPrinted(request());
}

void ReportPage::markMemberFormsPrinted(const Request &r)
{
    // The members' review tab shows which forms have gone out on paper.
    if (r.kind != QLatin1String("member-review") || !m_session->db() ||
        m_session->db()->isReadOnly())
        return;
    QList<qint64> ids{r.memberId};
    if (r.allMembers)
        ids = MemberRepository(*m_session->db()).membersOn(QDate(r.year, 12, 31));
    try {
        ReviewRepository(*m_session->db()).markPrinted(ids, r.year, m_session->today());
        emit recordsChanged();
    } catch (const StorageError &) {
        // the file is saved; the mark is only a convenience
    }
}

} // namespace sochibo::gui
