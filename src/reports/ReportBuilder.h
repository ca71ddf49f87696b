#pragma once
#include "DocumentModel.h"
#include "DocumentStyle.h"
#include "ReportTemplate.h"

#include "core/Cell.h"
#include "core/Figures.h"
#include "core/Meeting.h"
#include "core/Member.h"
#include "core/MemberReview.h"
#include "core/Period.h"
#include "core/Review.h"
#include "core/Task.h"

#include <QDate>
#include <QHash>
#include <QMap>
#include <optional>

namespace sochibo::reports {

/// What a document is written as: our PDF, or a Word file (DocxWriter) from the same model.
enum class OutputFormat { Pdf, Docx };

struct ReportRequest
{
    /// "remediation-plan", "thematic-plan", "self-review", "monthly-progress", "task-table",
    /// "commitment"
    QString kind;
    /// Review year (plan, self-review), year of the sessions (thematic), year of the
    /// commitments; for the period documents, set from the period.
    int year = 0;
    QDate date;     ///< date of the document
    int number = 0; ///< 0: the register's number of this document, or the next free one
    /// A document already in the register reprints with its own number and date; true asks
    /// for a new version instead ("Ban hành lại / bản mới": the next free number, \a date).
    bool newVersion = false;
    OutputFormat format = OutputFormat::Pdf;
    bool pdfA = false;
    bool qtWriter = false;   ///< render with QPdfWriter instead of our writer (tests, bench)
    QString period;          ///< monthly-progress: "2026-04" or "2026-Q2"
    QDate from, to;          ///< task-table
    qint64 memberId = 0;     ///< commitment of one member…
    bool allMembers = false; ///< …or every commitment of the year, one per page
    QString signer;          ///< "secretary" or "deputy"; empty: the document's usual signer
    QString groupBy;         ///< monthly-progress tables: "source" (default) or "member"
    QDate today;             ///< judges "overdue" in the period documents (default: the date)
    qint64 meetingId = 0;    ///< minutes: the meeting
};

struct BuiltReport
{
    Document document;
    QList<Document> more; ///< further documents of the same PDF (commitment forms of --all)
    ReportTemplate form;
    int number = 0;
    QString symbol;       ///< "06-KH/CB"
    QStringList warnings; ///< records that contradict what the document proposes
    /// The register's entry this document reprints (its number and date), when it was issued.
    std::optional<core::IssuedDocument> reprintOf;
};

struct RenderResult
{
    int pages = 0;
    QStringList warnings;
    QString symbol;
};

/// Everything a document reads from the book, loaded before it is laid out: the reports never
/// query storage (reportdata::ReportService loads it; tests may fill it by hand). What a kind
/// of document does not read is left empty.
struct ReportInputs
{
    ReportRequest request; ///< as asked, with the year of its period (ReportBuilder::effectiveYear)
    ReportTemplate form;   ///< the template of the kind for the year
    bool hasCell = false;
    core::Cell cell;
    QList<core::Member> members; ///< every member, archived too, in roster order
    /// The prose the user wrote for this report and year, by key (ReportBuilder::proseKey).
    QHash<QString, QString> prose;
    /// The recipients the cell set for this kind of document (cell settings), one a line; null:
    /// the template's. A year's own list (prose "recipients") comes first.
    QString kindRecipients;
    /// The documents the report cites as its grounds ("Căn cứ …"): core::groundsOf.
    QList<core::ReceivedDocument> grounds;
    int nextNumber = 0; ///< the register's next free number for the form's kind and date
    /// The register's entries made by this report (IssuedDocument::report == form.report): the
    /// one with the document's subject line is the same document, issued before.
    QList<core::IssuedDocument> issued;

    // the year's documents
    QList<core::Shortcoming> shortcomings;
    QList<core::ThematicTopic> topics;
    QList<core::ReviewCriterion> criteria;
    std::optional<core::ReviewYear> reviewYear;
    QList<core::Indicator> indicators;
    /// The annex of the self-review: the year's tasks (task_rules::belongsToYear) and their
    /// files as of the document's moment (core::AsOf::forYear).
    QList<core::Task> yearTasks;
    QHash<qint64, int> yearEvidence;
    /// The year's figures as known on the document's date (ReportBuilder::needsYearFigures).
    std::optional<core::YearFigures> yearFigures;

    // a period's documents
    std::optional<core::PeriodProgress> progress;

    // the commitment forms: the one asked for, or every one of the year
    QList<core::Commitment> commitments;
    QList<qint64> membersAtDate; ///< in the cell on the document's date (within the year)
    /// The cell's levels of the year before, of the members whose forms are printed (a member
    /// rated then cites that review: core::citesPreviousReview).
    QHash<qint64, core::QualityRating> previousRatings;

    // the members' review forms and the ratings summary
    QList<core::Member> reviewed; ///< whose forms are asked for, roster order
    QHash<qint64, core::MemberReview> reviews;
    QHash<qint64, core::MemberYear> memberYears;
    QHash<qint64, core::Commitment> previousCommitments; ///< of the year before
    QList<core::MemberReview> yearReviews;               ///< every review of the year
    QList<qint64> membersAtYearEnd;
    QHash<qint64, core::QualityRating> ratings; ///< the cell's decided levels of the year

    // the annual party-building summary: the year before's figures, next year's indicators
    std::optional<core::YearFigures> previousYearFigures;
    QList<core::Indicator> nextIndicators;

    // the term report: each year of the term (ReportRequest from–to), oldest first
    QList<core::YearFigures> termFigures;
    QMap<int, QList<core::Indicator>> termIndicators;

    // the minutes of a meeting: membersAtDate and topics above are of its day and year
    std::optional<core::Meeting> meeting;
    QList<qint64> probationaryAtDate; ///< of membersAtDate, probationary on the day
    QList<core::Task> meetingTasks;   ///< the tasks its conclusions were turned into
};

/// Lays out the cell's documents from their inputs and a template, and renders them. Pure:
/// no storage; a document the inputs cannot give throws core::UserError (Kind::Input).
class ReportBuilder
{
public:
    static QStringList kinds();
    /// Kinds that compile a period (a month, a quarter, a range of days).
    static bool isPeriodKind(const QString &kind);
    /// The yearly documents, which print the year's figures (not the period, commitment,
    /// member-review and ratings documents).
    static bool needsYearFigures(const QString &kind);
    /// The minutes: printed from one meeting (ReportRequest::meetingId), not from a year.
    static bool needsMeeting(const QString &kind);
    /// The term report: a range of years (ReportRequest::from–to, default the cell's term).
    static bool isTermKind(const QString &kind);
    /// Where a prose section of \a request is kept: per year, and per period for the period
    /// documents ("proposals@2026-04").
    static QString proseKey(const ReportRequest &request, const QString &key);
    /// The year the period, the range or the year field of \a request stands for.
    static int effectiveYear(const ReportRequest &request);
    /// Vietnamese name of a report kind for menus.
    static QString displayName(const QString &kind);

    static BuiltReport build(const ReportInputs &inputs);
    /// The cell's document style: its margins variant, report font and line spacing.
    static DocumentStyle style(const core::Cell &cell);
    /// The PDF of \a report (and its further documents); \a request gives PDF/A and the
    /// writer.
    static QByteArray renderPdf(const BuiltReport &report, const DocumentStyle &style,
                                const ReportRequest &request, RenderResult *result = nullptr);

    /// The Word file of \a report (and its further documents), each document a section.
    static QByteArray renderDocx(const BuiltReport &report, const DocumentStyle &style);
    /// The format \a name asks for ("pdf", "docx"), else the one of \a path's extension;
    /// nullopt when neither says.
    static std::optional<OutputFormat> formatFor(const QString &path, const QString &name = {});

    /// The number a document prints: the one asked for, else the register's own for a document
    /// issued before (a reprint, unless a new version is asked for), else the next free one.
    struct Numbering
    {
        int number = 0;
        QString symbol; ///< "06-KH/CB"; empty for a document without a number
        std::optional<core::IssuedDocument> reprintOf;
    };
    static Numbering numbering(const ReportInputs &inputs);
    /// The entry of \a issued that is the document of \a inputs already issued (same report,
    /// same subject line — which carries its year or period), or none.
    static std::optional<core::IssuedDocument> issuedBefore(const ReportInputs &inputs);

    /// The figures placeholders ({{fig.name}}) of a year, formatted: the one place figures
    /// are formatted; blank ("……") where the records cannot give the figure.
    /// The file name the window proposes for a document, Vietnamese without diacritics:
    /// "bao-cao-kiem-diem-2026.pdf", "ke-hoach-khac-phuc-2025.docx", "bao-cao-quy-IV-2026.pdf".
    static QString suggestedFileName(const ReportRequest &request, bool word);
    /// What a template placeholder stands for, as the text editor shows it ("số kỳ sinh hoạt
    /// thường kỳ" for "fig.regularMeetings"); \a key without the braces. Empty when unknown.
    static QString placeholderLabel(const QString &key);
    static QMap<QString, QString> formatFigures(const core::YearFigures &f);
};

} // namespace sochibo::reports
