#pragma once
#include "Meeting.h"
#include "Member.h"
#include "Task.h"

#include <QDate>
#include <QString>

namespace sochibo::core {

/// The moment a task is judged at: during a day (a period still running, "today") or at the
/// end of a day (a period that has ended is judged at its close). The one difference: a task
/// due on that day and not done is overdue at the close of the day, not during it.
struct AsOf
{
    QDate date;
    bool endOfDay = false;

    /// During \a day: what the window and `--today` mean.
    static AsOf during(const QDate &day) { return {day, false}; }
    /// At the close of \a day: an ended month, quarter or year.
    static AsOf closeOf(const QDate &day) { return {day, true}; }
    /// A period [from, to] looked at on \a today: at its close once today is past it,
    /// otherwise during today (not before the period's first day).
    static AsOf forPeriod(const QDate &from, const QDate &to, const QDate &today);
    /// A year's document dated \a date: during that day, or at the year's close when the
    /// document is dated after the year (or not dated).
    static AsOf forYear(int year, const QDate &date);
};

/// A task's state at a moment: the one answer every screen, page and command gives.
enum class TaskState {
    Cancelled,
    NotStarted, ///< open, not begun (or begins later), not overdue
    InProgress, ///< open, begun, not overdue
    DoneOnTime,
    DoneLate,
    Overdue, ///< open and past its due date
};

/// The rules of a task's state, of which tasks belong to a year and which are active in a
/// period. docs/architecture.md ("Where each rule lives") lists them; docs/monthly-progress.md
/// says them in words.
namespace task_rules {

/// When a done task was completed: its completion date, else (older records, where the
/// completion date was not asked) its due date, else its start date. Invalid when unknown.
QDate completion(const Task &t);
/// Done, and completed on or before the moment's date.
bool doneBy(const Task &t, const AsOf &at);
/// Completed on or before its due date (a task without a due date cannot be late).
/// Only meaningful for a done task; a done task without a completion date is taken as
/// completed on its due date (on time).
bool onTime(const Task &t);
/// Open at the moment (not done by then, not cancelled) and past its due date.
bool overdue(const Task &t, const AsOf &at);
/// Open, not overdue, and due within 7 days after the moment's date.
bool dueSoon(const Task &t, const AsOf &at);
/// The state at the moment.
TaskState state(const Task &t, const AsOf &at);
/// Lacks who, when or what ("rõ người, rõ việc, rõ thời gian"): Task::clarityGaps().
bool vague(const Task &t);

/// A task of \a year: due in the year, or given (started) in it — a task given in December
/// and due in January belongs to both years; in the first it is carried over.
bool belongsToYear(const Task &t, int year);
/// Of the year, open at the year's close and due after it: carried over to the next year.
bool carriedOver(const Task &t, int year, const AsOf &at);
/// Active in the period [from, to] (the month view, the monthly summary): not cancelled,
/// begun by the period's end, and not completed before the period began.
bool activeIn(const Task &t, const QDate &from, const QDate &to);

/// How well a task was done, as the self-review's annex judges it at the moment: done on
/// time with evidence "Tốt"; done on time without evidence, or late with evidence, "Đạt";
/// done late without evidence "Chưa đạt yêu cầu"; open past its due date "Chưa hoàn thành";
/// open and not yet due, or cancelled: empty (nothing to judge yet). \a evidence: the files
/// attached to it.
QString completionLevel(const Task &t, const AsOf &at, int evidence);

/// The task a meeting's conclusion becomes, as the form proposes it: its text as the title
/// (cut at 120 characters) and description, started on the meeting's day, owned by the member
/// the text names when exactly one fits ("Đ/c Bảo", "đồng chí Phạm Quốc Bảo"; folded, the
/// given name or the full name), due on the date it names after "trước" / "hạn" / "chậm nhất"
/// ("trước 31/12/2026", "hạn 05/12", the meeting's year or the next), else at the end of the
/// following month.
Task fromConclusion(const Conclusion &conclusion, const QDate &heldOn,
                    const QList<Member> &members);

} // namespace task_rules

/// "đúng hạn", "trễ hạn", "quá hạn", "đang thực hiện", "chưa bắt đầu", "đã hủy"
QString label(TaskState state);

} // namespace sochibo::core
