#include "SyntheticData.h"

#include "storage/CellRepository.h"
#include "storage/EvidenceStore.h"
#include "storage/MeetingRepository.h"
#include "storage/MemberRepository.h"
#include "storage/ReviewRepository.h"
#include "storage/TaskRepository.h"
#include "storage/Transaction.h"

namespace sochibo::demo {

using namespace sochibo::core;
using namespace sochibo::storage;

namespace {

// Name parts combined deterministically; the people are as invented as the demo's.
const char *const kFamily[] = {"Nguyễn", "Trần", "Lê",   "Phạm", "Hoàng",  "Huỳnh", "Phan",
                               "Vũ",     "Võ",   "Đặng", "Bùi",  "Đỗ",     "Hồ",    "Ngô",
                               "Dương",  "Lý",   "Đào",  "Đoàn", "Trương", "Lâm"};
const char *const kMiddleF[] = {"Thị", "Thị Thanh", "Thị Ngọc", "Thị Kim", "Thu", "Mỹ"};
const char *const kMiddleM[] = {"Văn", "Minh", "Quốc", "Đức", "Hữu", "Thanh"};
const char *const kGivenF[] = {"Hương", "Lan",  "Hạnh", "Thảo", "Trang", "Ánh",  "Yến",
                               "Nhung", "Thủy", "Hòa",  "Ngân", "Diệp",  "Uyên", "Oanh"};
const char *const kGivenM[] = {"Khải", "Bảo",  "Sơn",   "Vĩnh",  "Tuấn", "Hiếu",  "Đạt",
                               "Phúc", "Long", "Nghĩa", "Thắng", "Tài",  "Quang", "Khoa"};

template <typename T, std::size_t N> const T &pick(const T (&list)[N], int i)
{
    return list[std::size_t(i) % N];
}

QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

} // namespace

void writeSynthetic(const Database &db, const SyntheticSize &size)
{
    Transaction tx(db);
    db.setActor(QStringLiteral("dữ liệu tổng hợp"));
    CellRepository cells(db);
    MemberRepository members(db);
    TaskRepository tasks(db);
    MeetingRepository meetings(db);
    ReviewRepository reviews(db);
    EvidenceStore evidence(db);

    const int firstYear = size.lastYear - size.years + 1;
    Cell cell;
    cell.name = s("Chi bộ Trường Trung học Thử nghiệm");
    cell.superiorBody = s("Đảng bộ phường Thử nghiệm");
    cell.place = s("Thử nghiệm");
    cell.termStart = size.lastYear - 1;
    cell.termEnd = size.lastYear + 4;
    cells.saveCell(cell);

    // Members: about one in eight leaves over the decade, so generate that many more.
    const int total = size.members + size.members / 8;
    QList<qint64> ids;
    for (int i = 0; i < total; ++i) {
        const bool female = i % 5 < 3;
        Member m;
        m.fullName = QStringLiteral("%1 %2 %3")
                         .arg(s(pick(kFamily, i * 7)),
                              s(female ? pick(kMiddleF, i / 3) : pick(kMiddleM, i / 3)),
                              s(female ? pick(kGivenF, i / 2) : pick(kGivenM, i / 2)));
        m.gender = female ? Gender::Female : Gender::Male;
        m.job = i % 10 == 0 ? Job::Manager : (i % 7 == 0 ? Job::Staff : Job::Teacher);
        m.education = i % 6 == 0 ? Education::Master : Education::Bachelor;
        m.role = i == 0   ? Role::Secretary
                 : i == 1 ? Role::DeputySecretary
                 : i < 5  ? Role::CommitteeMember
                          : Role::None;
        // Admitted between 15 years before the records and their last year.
        const int admittedYear = firstYear - 15 + (i * 37) % (size.years + 15);
        m.admittedOn = QDate(admittedYear, 1 + (i * 5) % 12, 1 + (i * 3) % 28);
        m.birthDate = QDate(admittedYear - 22 - i % 15, 1 + i % 12, 1 + i % 28);
        const QDate full = m.admittedOn.addYears(1);
        const bool probationary = full > QDate(size.lastYear, 12, 31);
        m.fullOn = probationary ? QDate() : full;
        m.kind = probationary ? MembershipKind::Probationary : MembershipKind::Full;
        const qint64 id = members.save(m);
        ids << id;
        MembershipEvent e;
        e.memberId = id;
        e.kind = EventKind::Admitted;
        e.date = m.admittedOn;
        members.saveEvent(e);
        if (!probationary) {
            e.kind = EventKind::MadeFull;
            e.date = full;
            members.saveEvent(e);
        }
        const QDate gone(firstYear + (i / 8) % size.years, 1 + i % 12, 15);
        if (i >= 5 && i % 8 == 3 && gone > m.admittedOn.addYears(2)) {
            e.kind = i % 3 ? EventKind::Retired : EventKind::TransferredOut;
            e.date = gone;
            members.saveEvent(e);
        }
    }

    // A tiny scan shared by much of the evidence: the same bytes are stored once.
    const QByteArray scan = QByteArrayLiteral("%PDF-1.4\n% synthetic evidence\n%%EOF\n");

    for (int year = firstYear; year <= size.lastYear; ++year) {
        const QList<qint64> atEnd = members.membersOn(QDate(year, 12, 31));
        for (int k = 0; k < atEnd.size(); ++k) {
            const QualityRating r = k % 9 == 0    ? QualityRating::Excellent
                                    : k % 13 == 0 ? QualityRating::Completed
                                                  : QualityRating::Good;
            members.setRating(atEnd[k], year, r);
        }
        cells.setCellRating(year, year % 3 ? QualityRating::Good : QualityRating::Excellent);
        reviews.saveYear(ReviewYear{year,
                                    year >= 2025 ? QStringLiteral("self-review-2025")
                                                 : QStringLiteral("self-review-2023"),
                                    QualityRating::Good,
                                    {}});

        QList<qint64> shortcomingIds;
        for (int k = 1; k <= 4; ++k) {
            Shortcoming x;
            x.reviewYear = year;
            x.position = k;
            x.title = QStringLiteral("Hạn chế số %1 năm %2").arg(k).arg(year);
            x.description = s("Việc thực hiện còn chậm, chưa đủ minh chứng; cần khắc phục.");
            x.causes = s("Chưa phân công cụ thể; theo dõi chưa thường xuyên.");
            x.remedies = s("Phân công rõ người, rõ việc.\nRà soát hằng tháng.");
            x.products = s("Sổ theo dõi; biên bản; báo cáo tháng.");
            x.timeframeText = QStringLiteral("Năm %1.").arg(year + 1);
            x.responsibilityText = s("Chi ủy chịu trách nhiệm chung.");
            x.startOn = QDate(year + 1, 2, 1);
            x.endOn = QDate(year + 1, 12, 31);
            x.responsibleMemberIds << ids[k % 5];
            shortcomingIds << reviews.saveShortcoming(x);
        }
        for (int k = 1; k <= 10; ++k) {
            ReviewCriterion rc;
            rc.year = year;
            rc.group = k <= 6 ? 1 : 2;
            rc.position = k;
            rc.title = QStringLiteral("Tiêu chí %1").arg(k);
            rc.maxPoints = k <= 6 ? 5 : 17.5;
            rc.points = k <= 6 ? 4.5 : 16;
            reviews.saveCriterion(rc);
        }

        QList<qint64> topicIds;
        for (int q : {2, 3}) {
            ThematicTopic t;
            t.year = year;
            t.title = QStringLiteral("Chuyên đề quý %1 năm %2").arg(q).arg(year);
            t.focusPoints = s("Thực trạng\nGiải pháp\nPhân công");
            t.plannedQuarter = q;
            t.drafterId = ids[q];
            t.expectedProducts = s("Kết luận chuyên đề.");
            topicIds << meetings.saveTopic(t);
        }

        QList<qint64> conclusionIds;
        for (int month = 1; month <= 12; ++month) {
            Meeting m;
            m.kind = MeetingKind::Regular;
            m.heldOn = QDate(year, month, 5);
            m.startTime = QStringLiteral("14:00");
            m.endTime = QStringLiteral("16:30");
            m.place = s("Phòng họp nhà trường");
            m.chairId = ids[0];
            m.secretaryId = ids[1];
            m.agenda = QStringLiteral("Nhiệm vụ tháng %1/%2").arg(month).arg(year);
            m.minutes = s("Chi bộ thảo luận và kết luận.");
            m.quality = MeetingQuality::Good;
            const QList<qint64> present = members.membersOn(m.heldOn);
            for (int k = 0; k < present.size(); ++k)
                m.attendance << Attendance{present[k], (k + month) % 17 == 0
                                                           ? AttendanceStatus::Excused
                                                           : AttendanceStatus::Present};
            for (int k = 0; k < 4 && k < present.size(); ++k)
                m.speakers << Speaker{0, present[(month * 7 + k * 11) % present.size()],
                                      s("Phát biểu ý kiến.")};
            m.conclusions << Conclusion{0, 0, QStringLiteral("Kết luận tháng %1").arg(month)};
            const Meeting saved = *meetings.find(meetings.save(m));
            for (const Conclusion &c : saved.conclusions)
                conclusionIds << c.id;
        }
        for (int q = 0; q < 4; ++q) {
            Supervision sv;
            sv.heldOn = QDate(year, 3 + q * 3, 10);
            sv.inspection = q == 2;
            sv.subjectMemberId = atEnd[(5 + year + q) % atEnd.size()];
            sv.subjectArea = s("Thực hiện nhiệm vụ đảng viên");
            sv.carriedOutBy = s("Chi ủy");
            sv.findings = s("Thực hiện tốt.");
            sv.conclusion = s("Tiếp tục phát huy.");
            meetings.saveSupervision(sv);
        }

        // Tasks: the year's remedies of last year's shortcomings, conclusions and free ones.
        for (int k = 0; k < size.tasksPerYear; ++k) {
            Task t;
            t.title = QStringLiteral("Nhiệm vụ %1 năm %2").arg(k + 1).arg(year);
            t.ownerId = k % 23 == 7 ? 0 : atEnd[(k * 13) % atEnd.size()];
            t.startOn = QDate(year, 1 + k % 12, 1);
            t.dueOn = k % 19 == 4 ? QDate() : QDate(year, 1 + k % 12, 28);
            t.expectedOutput = k % 11 == 5 ? QString() : s("Báo cáo kết quả");
            const bool late = k % 7 == 3;
            t.status = k % 10 == 9 ? TaskStatus::InProgress : TaskStatus::Done;
            if (t.status == TaskStatus::Done)
                t.completedOn = t.dueOn.isValid() ? t.dueOn.addDays(late ? 5 : -2)
                                                  : QDate(year, 1 + k % 12, 20);
            if (k < 8) {
                t.source = TaskSource::Conclusion;
                t.conclusionId = conclusionIds[k];
            } else if (k < 12) {
                t.source = TaskSource::Shortcoming;
                t.shortcomingId = shortcomingIds[k - 8];
            } else if (k < 14) {
                t.source = TaskSource::Topic;
                t.topicId = topicIds[k - 12];
            }
            if (k % 4 == 0 && t.ownerId)
                t.collaboratorIds << atEnd[(k * 13 + 1) % atEnd.size()];
            const qint64 tid = tasks.save(t);
            if (t.ownerId) {
                ProgressReport r;
                r.taskId = tid;
                r.memberId = t.ownerId;
                r.period = t.startOn.toString(QStringLiteral("yyyy-MM"));
                r.doneText = s("Đã triển khai theo kế hoạch.");
                r.result = s("Đạt tiến độ.");
                r.reportedOn = QDate(year, t.startOn.month(), 27);
                tasks.saveReport(r);
            }
            if (t.status == TaskStatus::Done && k % 3 != 1) {
                EvidenceTarget target;
                target.taskId = tid;
                evidence.add(scan, QStringLiteral("bao-cao-%1-%2.pdf").arg(year).arg(k + 1), target,
                             s("Báo cáo kết quả"), s("Chi ủy"),
                             QDateTime(t.completedOn, QTime(9, 0)));
            }
        }

        // Commitments of every member in the cell in May.
        for (qint64 mid : members.membersOn(QDate(year, 5, 31))) {
            Commitment c;
            c.memberId = mid;
            c.year = year;
            c.shortcomingsText = s("Báo cáo chưa kịp thời.");
            c.measures = s("Lập kế hoạch cá nhân; báo cáo hằng tháng.");
            c.timeframe = QStringLiteral("Năm %1.").arg(year);
            c.targetResult = s("Hoàn thành tốt nhiệm vụ.");
            c.signedOn = QDate(year, 5, 28);
            c.items << CommitmentItem{0, false, c.shortcomingsText, QDate(year, 12, 31), 0};
            c.items << CommitmentItem{0, true, s("Hằng tháng: báo cáo kết quả."),
                                      QDate(year, 12, 31), 0};
            reviews.saveCommitment(c);
        }
        cells.saveIndicator({0, year, s("Kết nạp đảng viên mới"), s("đồng chí"), s("02"), s("02")});
    }
    tx.commit();
}

} // namespace sochibo::demo
