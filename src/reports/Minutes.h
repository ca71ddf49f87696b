#pragma once
#include "DocumentModel.h"
#include "ReportBuilder.h"

namespace sochibo::reports::minutes {

/// What the minutes are of, as their subject line says it: "Sinh hoạt chi bộ thường kỳ tháng 10
/// năm 2026", "Sinh hoạt chuyên đề “…” (quý IV năm 2026)", "Họp Chi ủy tháng 10 năm 2026".
QString title(const core::Meeting &meeting, const QList<core::ThematicTopic> &topics);

/// The blocks of one part of the minutes of \a in.meeting (the template's inserts
/// "minutes-opening", "minutes-attendance", "minutes-agenda", "minutes-course",
/// "minutes-conclusions", "minutes-closing"); empty for another name. What the records do not
/// hold (the time, the place, the chair, what was said) is a dotted line for the hand.
QList<Block> part(const QString &what, const ReportInputs &in);

/// "14:00" → "14 giờ 00 phút"; empty or unreadable: a dotted line to fill in.
QString clockPhrase(const QString &hhmm);

} // namespace sochibo::reports::minutes
