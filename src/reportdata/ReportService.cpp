#include "ReportService.h"

#include "storage/CellRepository.h"
#include "storage/Files.h"
#include "storage/MeetingRepository.h"
#include "storage/MemberRepository.h"
#include "storage/Progress.h"
#include "storage/ReviewRepository.h"
#include "storage/Statistics.h"
#include "storage/TaskRepository.h"


namespace sochibo::reportdata {

using namespace sochibo::core;
using namespace sochibo::storage;
using reports::ReportBuilder;
using reports::ReportInputs;
using reports::ReportRequest;

ReportInputs ReportService::load(const ReportRequest &request) const
{
    return load(request, false);
}

reports::ReportBuilder::Numbering ReportService::numbering(const ReportRequest &request) const
{
    return ReportBuilder::numbering(load(request, true));
}

ReportInputs ReportService::load(const ReportRequest &request, bool numberingOnly) const
{
    ReportInputs in;
    in.request = request;
    ReportRequest &req = in.request;
    req.year = ReportBuilder::effectiveYear(request);
    if (!ReportBuilder::kinds().contains(req.kind))
        return in; // the builder names the unknown kind
    // The minutes are of one meeting: dated its day, of its year.
    if (ReportBuilder::needsMeeting(req.kind)) {
        in.meeting = MeetingRepository(m_db).find(req.meetingId);
        if (in.meeting) { // else the builder names the missing meeting
            req.year = in.meeting->heldOn.year();
            req.date = in.meeting->heldOn;
        }
    }
    QDate date = req.date.isValid() ? req.date : QDate::currentDate();
    // The term report covers whole years: the cell's term unless asked for others.
    if (ReportBuilder::isTermKind(req.kind) && !(req.from.isValid() && req.to.isValid())) {
        const Cell c = CellRepository(m_db).cell();
        const int last = c.termEnd > 0 ? std::min(c.termEnd, date.year()) : date.year();
        const int first = c.termStart > 0 ? c.termStart : last;
        req.from = QDate(first, 1, 1);
        req.to = QDate(last, 12, 31);
    }
    if (ReportBuilder::isTermKind(req.kind))
        req.year = req.to.year();
    QDate today = req.today.isValid() ? req.today : date;
    const QDate yearEnd(req.year, 12, 31);

    CellRepository cells(m_db);
    ReviewRepository reviews(m_db);
    MemberRepository members(m_db);
    in.hasCell = cells.hasCell();
    if (!in.hasCell)
        return in; // the builder says so before anything else
    in.cell = cells.cell();
    in.reviewYear = reviews.year(req.year);
    in.form = reports::ReportTemplate::forYear(
        req.kind, req.year,
        req.kind == QLatin1String("self-review") && in.reviewYear ? in.reviewYear->form
                                                                  : QString());
    if (!in.form.documentKind.isEmpty() && req.number <= 0) {
        in.nextNumber = cells.nextNumber(in.form.documentKind, date);
        for (const IssuedDocument &d : cells.issued())
            if (d.report == in.form.report)
                in.issued << d;
    }

    const auto compilePeriod = [&] {
        if (req.kind == QLatin1String("monthly-progress")) {
            if (const auto period = Period::parse(req.period))
                in.progress = Progress(m_db).compute(*period, today);
        } else if (req.from.isValid() && req.to.isValid() && req.from <= req.to) {
            in.progress = Progress(m_db).compute(Period::range(req.from, req.to), today);
        }
    };
    if (ReportBuilder::isPeriodKind(req.kind))
        compilePeriod();
    // A document already issued is reprinted as it was: its records as of its own date.
    if (const auto before = ReportBuilder::numbering(in).reprintOf) {
        date = today = req.date = req.today = before->issuedOn;
        if (ReportBuilder::isPeriodKind(req.kind) && !numberingOnly)
            compilePeriod();
    }
    if (numberingOnly)
        return in;
    in.members = members.list(true);
    in.prose = cells.proseOf(in.form.report, req.year);
    in.kindRecipients = cells.prose(in.form.report, 0, QStringLiteral("recipients"));
    in.grounds = core::groundsOf(cells.receivedDocuments(), in.form.report,
                                 cells.pickedGrounds(in.form.report, req.year));
    if (ReportBuilder::isPeriodKind(req.kind))
        return in;

    if (ReportBuilder::needsMeeting(req.kind)) {
        if (!in.meeting)
            return in;
        for (const MembershipTimeline &t : members.timelines()) {
            if (!t.inCellOn(date))
                continue;
            in.membersAtDate << t.member().id;
            if (t.probationaryOn(date))
                in.probationaryAtDate << t.member().id;
        }
        in.topics = MeetingRepository(m_db).topics(req.year);
        const TaskRepository tasks(m_db);
        for (const Conclusion &c : std::as_const(in.meeting->conclusions)) {
            TaskFilter fromIt;
            fromIt.conclusionId = c.id;
            in.meetingTasks << tasks.list(fromIt);
        }
        return in;
    }

    if (req.kind == QLatin1String("commitment")) {
        if (req.allMembers) {
            in.commitments = reviews.commitments(req.year);
            in.membersAtDate = members.membersOn(std::min(yearEnd, date));
        } else if (const auto c = reviews.commitment(req.memberId, req.year)) {
            in.commitments << *c;
        }
        for (const Member &m : std::as_const(in.members)) {
            const core::QualityRating level = members.rating(m.id, req.year - 1);
            if (level != core::QualityRating::None)
                in.previousRatings.insert(m.id, level);
        }
        return in;
    }

    if (req.kind == QLatin1String("member-review")) {
        const QList<qint64> inCell = members.membersOn(yearEnd);
        const Statistics stats(m_db);
        for (const Member &m : std::as_const(in.members)) {
            if (!(req.allMembers ? inCell.contains(m.id) : m.id == req.memberId))
                continue;
            in.reviewed << m;
            in.reviews.insert(m.id, reviews.memberReview(m.id, req.year));
            in.memberYears.insert(m.id, stats.memberYear(m.id, req.year, date));
            in.ratings.insert(m.id, members.rating(m.id, req.year));
            if (const auto previous = reviews.commitment(m.id, req.year - 1))
                in.previousCommitments.insert(m.id, *previous);
        }
        return in;
    }

    if (req.kind == QLatin1String("ratings-summary")) {
        in.yearReviews = reviews.memberReviews(req.year);
        in.membersAtYearEnd = members.membersOn(yearEnd);
        for (qint64 id : std::as_const(in.membersAtYearEnd))
            in.ratings.insert(id, members.rating(id, req.year));
        return in;
    }

    // The year's documents: plans and the self-review.
    in.shortcomings = reviews.shortcomings(req.year);
    in.topics = MeetingRepository(m_db).topics(req.year);
    in.criteria = reviews.criteria(req.year);
    in.indicators = cells.indicators(req.year);
    if (req.kind == QLatin1String("self-review")) {
        TaskRepository tasks(m_db);
        TaskFilter filter;
        filter.year = req.year;
        in.yearTasks = tasks.list(filter);
        in.yearEvidence = tasks.evidenceCounts(AsOf::forYear(req.year, req.date).date);
    }
    if (ReportBuilder::needsYearFigures(req.kind))
        in.yearFigures = Statistics(m_db).year(req.year, req.date);
    if (ReportBuilder::isTermKind(req.kind)) {
        const Statistics stats(m_db);
        for (int y = req.from.year(); y <= req.to.year(); ++y) {
            in.termFigures << stats.year(y, std::min(QDate(y, 12, 31), date));
            in.termIndicators.insert(y, cells.indicators(y));
        }
    }
    if (req.kind == QLatin1String("annual-summary")) {
        // the year before as it ended, beside this one
        in.previousYearFigures = Statistics(m_db).year(req.year - 1, QDate(req.year - 1, 12, 31));
        in.nextIndicators = cells.indicators(req.year + 1);
    }
    return in;
}

reports::BuiltReport ReportService::build(const ReportRequest &request) const
{
    return ReportBuilder::build(load(request));
}

reports::DocumentStyle ReportService::style() const
{
    return ReportBuilder::style(CellRepository(m_db).cell());
}

QByteArray ReportService::renderPdf(const ReportRequest &request,
                                    reports::RenderResult *result) const
{
    return ReportBuilder::renderPdf(build(request), style(), request, result);
}

QByteArray ReportService::renderDocx(const ReportRequest &request,
                                     reports::RenderResult *result) const
{
    const reports::BuiltReport built = build(request);
    if (result) {
        result->warnings = built.warnings;
        result->symbol = built.symbol;
    }
    return ReportBuilder::renderDocx(built, style());
}

reports::RenderResult ReportService::renderToFile(const ReportRequest &request,
                                                  const QString &path) const
{
    return renderToFile(build(request), request, path);
}

reports::RenderResult ReportService::renderToFile(const reports::BuiltReport &built,
                                                  const ReportRequest &request,
                                                  const QString &path) const
{
    reports::RenderResult r;
    QByteArray bytes;
    if (request.format == reports::OutputFormat::Docx) {
        bytes = ReportBuilder::renderDocx(built, style());
        r.warnings = built.warnings;
        r.symbol = built.symbol;
    } else {
        bytes = ReportBuilder::renderPdf(built, style(), request, &r);
    }
    // Atomic and owner-only whatever the umask: a report names members.
    files::writeAtomically(path, bytes, QStringLiteral("tệp “%1”").arg(path));
    return r;
}

void ReportService::issue(const reports::BuiltReport &report, const QDate &date) const
{
    IssuedDocument d;
    d.kind = report.form.documentKind;
    d.number = report.number;
    d.issuedOn = date;
    d.subject = report.document.subjectLine;
    d.report = report.form.report;
    CellRepository(m_db).issue(d);
}

} // namespace sochibo::reportdata
