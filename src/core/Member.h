#pragma once
#include "Enums.h"

#include <QDate>
#include <QList>
#include <QString>

namespace sochibo::core {

struct MembershipEvent
{
    qint64 id = 0;
    qint64 memberId = 0;
    EventKind kind = EventKind::Admitted;
    QDate date;
    DisciplineForm discipline = DisciplineForm::None;
    QString note;

    /// "Nghỉ hưu 30/06/2026"
    QString describe() const;

    bool entersCell() const
    {
        return kind == EventKind::Admitted || kind == EventKind::TransferredIn;
    }
    /// Retirement moves a school member's party work to their residence cell, so it counts as
    /// leaving, like a transfer out.
    bool leavesCell() const
    {
        return kind == EventKind::TransferredOut || kind == EventKind::Retired ||
               kind == EventKind::Died || kind == EventKind::Expelled;
    }
};

struct Member
{
    qint64 id = 0;
    QString fullName;
    Gender gender = Gender::Female;
    QDate birthDate;
    Job job = Job::Teacher;
    Education education = Education::Bachelor;
    MembershipKind kind = MembershipKind::Full;
    QDate admittedOn;
    QDate fullOn;
    Role role = Role::None;
    QString phone;
    QString notes;
    bool archived = false;

    /// Problems that stop the member being saved, in Vietnamese; empty when valid.
    QStringList validate() const;
};

struct Candidate
{
    qint64 id = 0;
    QString fullName;
    QDate classOn;    ///< attended the party-orientation class
    QDate admittedOn; ///< admitted to the party
    QString note;
};

} // namespace sochibo::core
