#include "Minutes.h"

#include "text/DocumentWording.h"

#include <QRegularExpression>
#include <cmath>

namespace sochibo::reports::minutes {

using namespace sochibo::core;
using text::twoDigits;

namespace {

const QString kDots = QStringLiteral("…………………");

QString monthYear(const QDate &d)
{
    return QStringLiteral("tháng %1 năm %2").arg(d.month()).arg(d.year());
}

QString upperFirst(const QString &s)
{
    return s.isEmpty() ? s : s.at(0).toUpper() + s.mid(1);
}

bool isCommittee(const Meeting &m)
{
    return m.kind == MeetingKind::Committee;
}

const Member *memberOf(const ReportInputs &in, qint64 id)
{
    for (const Member &m : in.members)
        if (m.id == id)
            return &m;
    return nullptr;
}

/// "Trần Văn Khải"; a dotted line when nobody is named.
QString nameOf(const ReportInputs &in, qint64 id)
{
    const Member *m = memberOf(in, id);
    return m ? m->fullName : kDots;
}

/// "đồng chí Trần Văn Khải – Bí thư Chi bộ"; a dotted line when nobody is named.
QString comrade(const ReportInputs &in, qint64 id, bool withPost)
{
    if (const Member *found = memberOf(in, id)) {
        const Member &m = *found;
        if (!withPost || m.role == Role::None)
            return QStringLiteral("đồng chí %1").arg(m.fullName);
        const QString post = m.role == Role::CommitteeMember
                                 ? QStringLiteral("Chi ủy viên")
                                 : label(m.role) + QStringLiteral(" Chi bộ");
        return QStringLiteral("đồng chí %1 – %2").arg(m.fullName, post);
    }
    return kDots;
}

QString names(const ReportInputs &in, const QList<qint64> &ids)
{
    QStringList out;
    for (qint64 id : ids)
        out << comrade(in, id, false);
    return out.join(QStringLiteral(", "));
}

/// Three dotted lines where the records hold nothing: written by hand on the printed page.
QList<Block> handLines()
{
    const Block line = Block::paragraph(kDots + kDots + kDots + kDots);
    return {line, line, line};
}

Block bullet(const QString &markup)
{
    Block b = Block::paragraph(markup);
    b.kind = BlockKind::Bullet;
    b.label = QStringLiteral("-");
    return b;
}

Block numbered(int n, const QString &markup)
{
    Block b = Block::paragraph(markup);
    b.label = QString::number(n) + QLatin1Char('.');
    return b;
}

/// "Vắng có lý do: 02 đồng chí (đồng chí A, đồng chí B)." — "không" when none.
QString countLine(const QString &what, const ReportInputs &in, const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return QStringLiteral("%1: không.").arg(what);
    return QStringLiteral("%1: %2 đồng chí (%3).").arg(what, twoDigits(ids.size()), names(in, ids));
}

QList<Block> opening(const ReportInputs &in)
{
    const Meeting &m = *in.meeting;
    const QString place = m.place.trimmed().isEmpty() ? kDots : m.place.trimmed();
    const QString who =
        isCommittee(m) ? QStringLiteral("Chi ủy %1").arg(in.cell.name) : in.cell.name;
    const QString what = text::lowerFirst(title(m, in.topics));
    return {Block::paragraph(
        QStringLiteral("Vào hồi %1, %2, tại %3, %4 tiến hành %5.")
            .arg(clockPhrase(m.startTime), text::datePhrase(m.heldOn), place, who, what))};
}

QList<Block> attendance(const ReportInputs &in)
{
    const Meeting &m = *in.meeting;
    QList<qint64> present, excused, unexcused, exempt;
    for (const Attendance &a : m.attendance) {
        switch (a.status) {
        case AttendanceStatus::Present:
            present << a.memberId;
            break;
        case AttendanceStatus::Excused:
            excused << a.memberId;
            break;
        case AttendanceStatus::Unexcused:
            unexcused << a.memberId;
            break;
        case AttendanceStatus::Exempt:
            exempt << a.memberId;
            break;
        }
    }
    QList<Block> out;
    if (isCommittee(m)) {
        out << bullet(QStringLiteral("Tổng số chi ủy viên: %1 đồng chí.")
                          .arg(twoDigits(m.attendance.size())));
    } else {
        // Those in the cell on the day (core::MembershipTimeline), full and probationary.
        const qsizetype total = in.membersAtDate.size();
        const qsizetype probationary = in.probationaryAtDate.size();
        out << bullet(
            QStringLiteral("Tổng số đảng viên của Chi bộ: %1 đồng chí (chính thức: %2; dự bị: %3).")
                .arg(twoDigits(total), twoDigits(total - probationary),
                     probationary ? twoDigits(probationary) : QStringLiteral("không")));
    }
    if (!exempt.isEmpty())
        out << bullet(countLine(QStringLiteral("Miễn sinh hoạt"), in, exempt));
    out << bullet(QStringLiteral("Có mặt: %1 đồng chí%2.")
                      .arg(twoDigits(present.size()),
                           m.expectedCount() > 0
                               ? QStringLiteral(" (trên tổng số %1 đồng chí phải dự)")
                                     .arg(twoDigits(m.expectedCount()))
                               : QString()));
    out << bullet(countLine(QStringLiteral("Vắng có lý do"), in, excused));
    out << bullet(countLine(QStringLiteral("Vắng không có lý do"), in, unexcused));
    const QStringList guests = m.guests.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const auto guest = [](QString g) {
        g = g.trimmed();
        return g.startsWith(QStringLiteral("Đồng chí")) ? text::lowerFirst(g) : g;
    };
    if (guests.size() == 1) {
        out << bullet(QStringLiteral("Khách mời: %1.").arg(guest(guests.first())));
    } else if (!guests.isEmpty()) {
        out << bullet(QStringLiteral("Khách mời:"));
        for (qsizetype i = 0; i < guests.size(); ++i) {
            Block b = bullet(guest(guests.at(i)) +
                             (i + 1 < guests.size() ? QLatin1Char(';') : QLatin1Char('.')));
            b.label = QStringLiteral("+");
            out << b;
        }
    }
    out << bullet(QStringLiteral("Chủ trì: %1.").arg(comrade(in, m.chairId, true)));
    out << bullet(QStringLiteral("Thư ký: %1.").arg(comrade(in, m.secretaryId, true)));
    return out;
}

QList<Block> agenda(const ReportInputs &in)
{
    static const QRegularExpression split(QStringLiteral("\\s*[;\\n]\\s*"));
    QList<Block> out;
    const QStringList items = in.meeting->agenda.split(split, Qt::SkipEmptyParts);
    if (items.isEmpty()) {
        out << bullet(kDots + kDots);
        return out;
    }
    for (const QString &item : items)
        out << bullet(upperFirst(item.trimmed()) + (item.trimmed().endsWith(QLatin1Char('.'))
                                                        ? QString()
                                                        : QStringLiteral(";")));
    QString last = plainText(out.last().runs);
    if (last.endsWith(QLatin1Char(';')))
        out.last().runs = parseMarkup(last.chopped(1) + QLatin1Char('.'));
    return out;
}

QList<Block> course(const ReportInputs &in)
{
    const Meeting &m = *in.meeting;
    QList<Block> out;
    for (const QString &p : m.minutes.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        out << Block::paragraph(p.trimmed());
    if (!m.speakers.isEmpty()) {
        out << Block::paragraph(QStringLiteral("Ý kiến phát biểu:"));
        for (const Speaker &s : m.speakers)
            out << bullet(
                QStringLiteral("Đồng chí %1: %2").arg(nameOf(in, s.memberId), s.summary.trimmed()));
    }
    return out.isEmpty() ? handLines() : out;
}

QList<Block> conclusions(const ReportInputs &in)
{
    const Meeting &m = *in.meeting;
    QList<Block> out;
    int n = 0;
    for (const Conclusion &c : m.conclusions) {
        QString text = c.text.trimmed();
        if (!text.endsWith(QLatin1Char('.')) && !text.endsWith(QLatin1Char(';')))
            text += QLatin1Char('.');
        out << numbered(++n, text);
        // Who does what by when: the tasks the conclusion was turned into.
        for (const Task &t : in.meetingTasks) {
            if (t.conclusionId != c.id)
                continue;
            QString line = QStringLiteral("Phân công: %1")
                               .arg(t.ownerId ? comrade(in, t.ownerId, false)
                                              : QStringLiteral("(chưa phân công)"));
            if (t.title.trimmed() != c.text.trimmed())
                line += QStringLiteral(" — %1").arg(text::lowerFirst(t.title.trimmed()));
            if (t.dueOn.isValid())
                line += QStringLiteral("; thời hạn: %1").arg(text::shortDate(t.dueOn));
            out << bullet(line + QLatin1Char('.'));
        }
        if (c.hasVote()) {
            const double share = 100.0 * c.votesFor / c.votesTotal;
            out << bullet(QStringLiteral("Biểu quyết: %1/%2 đồng chí tán thành (%3%).")
                              .arg(twoDigits(c.votesFor), twoDigits(c.votesTotal))
                              .arg(QString::number(share, 'f', share == std::floor(share) ? 0 : 1)
                                       .replace(QLatin1Char('.'), QLatin1Char(','))));
        }
    }
    return out.isEmpty() ? handLines() : out;
}

QList<Block> closing(const ReportInputs &in)
{
    const Meeting &m = *in.meeting;
    QList<Block> out;
    if (m.quality != MeetingQuality::None)
        out << Block::paragraph(
            QStringLiteral("%1 tự đánh giá chất lượng buổi sinh hoạt: %2.")
                .arg(isCommittee(m) ? QStringLiteral("Chi ủy") : QStringLiteral("Chi bộ"),
                     label(m.quality)));
    out << Block::paragraph(
        QStringLiteral("Cuộc họp kết thúc vào hồi %1 cùng ngày. Biên bản đã được thông qua trước "
                       "%2; các đồng chí dự họp nhất trí với nội dung biên bản.")
            .arg(clockPhrase(m.endTime),
                 isCommittee(m) ? QStringLiteral("Chi ủy") : QStringLiteral("Chi bộ")));
    return out;
}

} // namespace

QString clockPhrase(const QString &hhmm)
{
    static const QRegularExpression re(
        QStringLiteral("^\\s*(\\d{1,2})\\s*[:hg]\\s*(\\d{2})?\\s*$"));
    const QRegularExpressionMatch match = re.match(hhmm);
    if (!match.hasMatch() || match.captured(1).toInt() > 23)
        return QStringLiteral("…… giờ …… phút");
    return QStringLiteral("%1 giờ %2 phút")
        .arg(twoDigits(match.captured(1).toInt()),
             match.captured(2).isEmpty() ? QStringLiteral("00") : match.captured(2));
}

QString title(const Meeting &m, const QList<ThematicTopic> &topics)
{
    switch (m.kind) {
    case MeetingKind::Committee:
        return QStringLiteral("Họp Chi ủy %1").arg(monthYear(m.heldOn));
    case MeetingKind::Thematic:
        for (const ThematicTopic &t : topics)
            if (t.meetingId == m.id && m.id != 0)
                return QStringLiteral("Sinh hoạt chuyên đề “%1”").arg(t.title.trimmed());
        return QStringLiteral("Sinh hoạt chuyên đề %1").arg(monthYear(m.heldOn));
    case MeetingKind::Regular:
        break;
    }
    return QStringLiteral("Sinh hoạt chi bộ thường kỳ %1").arg(monthYear(m.heldOn));
}

QList<Block> part(const QString &what, const ReportInputs &in)
{
    if (!in.meeting)
        return {};
    if (what == QLatin1String("minutes-opening"))
        return opening(in);
    if (what == QLatin1String("minutes-attendance"))
        return attendance(in);
    if (what == QLatin1String("minutes-agenda"))
        return agenda(in);
    if (what == QLatin1String("minutes-course"))
        return course(in);
    if (what == QLatin1String("minutes-conclusions"))
        return conclusions(in);
    if (what == QLatin1String("minutes-closing"))
        return closing(in);
    return {};
}

} // namespace sochibo::reports::minutes
