#pragma once
#include "SheetReader.h"
#include "core/Member.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QStringList>

namespace sochibo::sheets {

/// What a column of a member list holds.
enum class MemberField {
    Ignore,
    Sequence,     ///< "STT": read past
    FullName,     ///< "Họ và tên"
    FamilyMiddle, ///< "Họ đệm" (with "Tên" beside it)
    GivenName,    ///< "Tên"
    BirthDate,    ///< "Ngày sinh", "Năm sinh"
    Gender,       ///< "Giới tính": Nam / Nữ
    Female,       ///< "Nữ": a mark (x, 1) for women
    Post,         ///< "Chức vụ": the post at school and/or in the party cell
    PartyRole,    ///< "Chức vụ Đảng"
    Job,          ///< "Công việc"
    Education,    ///< "Trình độ chuyên môn"
    Kind,         ///< "Loại đảng viên": chính thức / dự bị
    AdmittedOn,   ///< "Ngày vào Đảng"
    FullOn,       ///< "Ngày chính thức"
    CardNumber,   ///< "Số thẻ đảng viên": kept in the notes
    Phone,        ///< "Điện thoại"
    Notes,        ///< "Ghi chú"
    Archived,     ///< "Đã chuyển vào lưu trữ"
};

/// Every field, in the order the mapping lists them.
QList<MemberField> allMemberFields();
/// The field's code for `--map` ("name", "birth", …).
QString fieldCode(MemberField f);
/// The field of a code; Ignore with *ok false when it is none.
MemberField fieldFromCode(const QString &code, bool *ok);
/// The field in words, in Vietnamese ("Ngày vào Đảng").
QString fieldLabel(MemberField f);
/// The field a column heading names, case, diacritics and punctuation ignored
/// ("HỌ VÀ TÊN", "Ho ten", "Ngày vào Đảng (dự bị)"); Ignore when it names none.
MemberField guessField(const QString &heading);

struct ImportColumn
{
    int index = 0;   ///< 0-based column of the sheet
    QString heading; ///< as the file has it (converted when typed in an old font)
    MemberField field = MemberField::Ignore;
    bool guessed = true; ///< false when the user chose the field
    /// "TCVN3 (ABC)" when the column was typed in an old font and converted; else empty.
    QString convertedFrom;
};

/// One data row of the sheet, read as a member.
struct ImportRow
{
    int sheetRow = 0;  ///< the row's number in the spreadsheet
    QStringList cells; ///< the mapped columns' text as read (converted), in column order
    core::Member member;
    QStringList errors;     ///< the row cannot be imported as it is
    QStringList warnings;   ///< imported, but the user should look
    qint64 duplicateOf = 0; ///< id of an existing member it probably repeats; -1: an earlier row
    bool skip = false;      ///< left out of the import (errors and duplicates start ticked off)
    /// Not a member at all (a signature or a note under the table): only its text is kept.
    bool notAMember = false;
};

struct ImportPlan
{
    QString fileName;
    QString format;   ///< "xlsx", "ods", "csv"
    QString encoding; ///< CSV only
    QStringList sheetNames;
    int sheet = 0;
    int headerRow = 0;           ///< the heading row's number in the sheet; 0 when none was found
    QList<ImportColumn> columns; ///< every non-empty column of the heading row
    QList<ImportRow> rows;
    /// Problems of the whole list (no name column, a field mapped twice): nothing can be
    /// imported until they are fixed.
    QStringList errors;

    int importCount() const;
    int errorRowCount() const;
    /// The columns no field was found for, by heading.
    QStringList unmappedHeadings() const;
    /// True when the plan may be written: no list-wide error and every row that is not skipped
    /// has no error.
    bool canImport() const;
};

/// Reads sheet \a sheetIndex of \a book as a member list: finds the heading row (the first
/// rows may be titles), guesses each column's field from its heading (\a overrides, by
/// column index, win), then reads every row below: names in NFC with single spaces (a name
/// in capitals gets capitals only on its words' first letters), dates in every form offices
/// type them (dd/mm/yyyy, d/m/yy, ddmmyyyy, Excel dates and serial numbers, a year alone for
/// the birth year), posts, degrees and kinds from their Vietnamese words. A row is compared
/// with \a existing members and the rows above it by folded name and birth date.
/// \a today dates the twelve months of probation for a list that gives no kind.
ImportPlan planMemberImport(const Workbook &book, const QString &fileName, int sheetIndex,
                            const QList<core::Member> &existing, const QDate &today,
                            const QMap<int, MemberField> &overrides = {});

/// The column \a spec names in \a plan's sheet: a letter ("C"), a number from 1 ("3") or a
/// heading, case and diacritics ignored ("ngay sinh"); -1 when none.
int columnOf(const ImportPlan &plan, const QString &spec);

/// The plan as a table for the terminal: one line per row with its number, what will be
/// saved and its problems.
QString describePlan(const ImportPlan &plan);

} // namespace sochibo::sheets
