#include "MemberImport.h"

#include "core/Enums.h"
#include "text/DocumentWording.h"
#include "text/Normalization.h"
#include "text/SearchFold.h"

#include <QRegularExpression>
#include <QSet>
#include <cmath>

namespace sochibo::sheets {

using core::Member;

namespace {

struct FieldInfo
{
    MemberField field;
    const char *code;
    const char *label;
};

const FieldInfo kFields[] = {
    {MemberField::Ignore, "skip", "(bỏ qua)"},
    {MemberField::Sequence, "seq", "Số thứ tự"},
    {MemberField::FullName, "name", "Họ và tên"},
    {MemberField::FamilyMiddle, "family", "Họ và tên đệm"},
    {MemberField::GivenName, "given", "Tên"},
    {MemberField::BirthDate, "birth", "Ngày sinh"},
    {MemberField::Gender, "gender", "Giới tính"},
    {MemberField::Female, "female", "Nữ (đánh dấu)"},
    {MemberField::Post, "post", "Chức vụ"},
    {MemberField::PartyRole, "party-post", "Chức vụ Đảng"},
    {MemberField::Job, "job", "Công việc"},
    {MemberField::Education, "education", "Trình độ chuyên môn"},
    {MemberField::Kind, "kind", "Loại đảng viên"},
    {MemberField::AdmittedOn, "admitted", "Ngày vào Đảng"},
    {MemberField::FullOn, "full", "Ngày chính thức"},
    {MemberField::CardNumber, "card", "Số thẻ đảng viên"},
    {MemberField::Phone, "phone", "Điện thoại"},
    {MemberField::Notes, "notes", "Ghi chú"},
    {MemberField::Archived, "archived", "Đã chuyển vào lưu trữ"},
};

const FieldInfo &info(MemberField f)
{
    for (const FieldInfo &i : kFields)
        if (i.field == f)
            return i;
    return kFields[0];
}

/// Folded words of \a s: no case, no marks, punctuation as spaces. "Ngày vào Đảng (dự bị)" →
/// "ngay vao dang du bi".
QString words(const QString &s)
{
    static const QRegularExpression nonWord(QStringLiteral("[^a-z0-9]+"));
    return text::fold(s).replace(nonWord, QStringLiteral(" ")).trimmed();
}

bool hasWords(const QString &folded, const char *phrase)
{
    const QString p = QLatin1String(phrase);
    return (QLatin1Char(' ') + folded + QLatin1Char(' '))
        .contains(QLatin1Char(' ') + p + QLatin1Char(' '));
}

template <typename... P> bool hasAny(const QString &folded, P... phrases)
{
    return (hasWords(folded, phrases) || ...);
}

bool isText(const QVariant &v)
{
    return v.typeId() == QMetaType::QString;
}

QVariant cellAt(const SheetRow &row, int column)
{
    return column < row.cells.size() ? row.cells.at(column) : QVariant();
}

/// A row of column numbers under the headings ("1 2 3", "(1) (2) (3)"), as forms have.
bool isNumberRow(const SheetRow &row)
{
    static const QRegularExpression number(QStringLiteral("^\\(?\\d{1,2}\\)?$"));
    int n = 0;
    for (const QVariant &v : row.cells) {
        if (!v.isValid())
            continue;
        if (!number.match(cellText(v).trimmed()).hasMatch())
            return false;
        ++n;
    }
    return n >= 2;
}

/// A name typed in capitals ("NGUYỄN VĂN AN") gets capitals on its words' first letters.
QString tidyName(const QString &raw)
{
    QString name = text::nfc(raw).simplified();
    if (name != name.toUpper() || name == name.toLower())
        return name;
    QStringList parts = name.toLower().split(QLatin1Char(' '));
    for (QString &p : parts)
        if (!p.isEmpty())
            p[0] = p.at(0).toUpper();
    return parts.join(QLatin1Char(' '));
}

enum class DateUse { Birth, Event };

/// Reads a date cell; an empty cell gives an invalid date and no problem.
QDate readDate(const QVariant &cell, DateUse use, const QDate &today, QString *problem,
               bool *yearOnly)
{
    *yearOnly = false;
    if (!cell.isValid())
        return {};
    if (cell.typeId() == QMetaType::QDate)
        return cell.toDate();
    QString t = cellText(cell).trimmed();
    if (cell.typeId() == QMetaType::Double) {
        const double v = cell.toDouble();
        if (v == std::floor(v) && v >= 1900 && v <= 2100 && use == DateUse::Birth) {
            *yearOnly = true;
            return QDate(int(v), 1, 1);
        }
        if (v == std::floor(v) && v >= 1 && v < 2958466)
            return QDate(1899, 12, 30).addDays(qint64(v)); // an Excel serial number
        if (v == std::floor(v) && t.size() == 7)
            t.prepend(QLatin1Char('0')); // 1031985: the leading zero of 01031985 lost
    }
    static const QRegularExpression year(QStringLiteral("^(\\d{4})$"));
    static const QRegularExpression spelled(
        QStringLiteral("^\\D*?(\\d{1,2})\\D+(\\d{1,2})\\D+(\\d{4})\\D*$"));
    QDate d = text::parseTypedDate(QString(t).remove(QLatin1Char(' ')), today);
    if (!d.isValid()) {
        const QRegularExpressionMatch m = spelled.match(t); // "ngày 15 tháng 3 năm 1985"
        if (m.hasMatch())
            d = QDate(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
    }
    if (!d.isValid() && use == DateUse::Birth) {
        const QRegularExpressionMatch m = year.match(t);
        if (m.hasMatch() && m.captured(1).toInt() >= 1900) {
            *yearOnly = true;
            d = QDate(m.captured(1).toInt(), 1, 1);
        }
    }
    if (!d.isValid())
        *problem = QStringLiteral("“%1” không phải một ngày").arg(t);
    return d;
}

/// The party post a folded phrase names; false when none.
bool roleOf(const QString &w, core::Role *role)
{
    if (hasAny(w, "pho bi thu", "pbt")) {
        *role = core::Role::DeputySecretary;
        return true;
    }
    if (hasAny(w, "bi thu", "bt")) {
        *role = core::Role::Secretary;
        return true;
    }
    if (hasAny(w, "chi uy vien", "cuv", "uy vien chi uy", "chi uy", "uy vien")) {
        *role = core::Role::CommitteeMember;
        return true;
    }
    return false;
}

bool jobOf(const QString &w, core::Job *job)
{
    if (hasAny(w, "hieu truong", "pho hieu truong", "hieu pho", "giam doc", "pho giam doc",
               "can bo quan ly", "cbql", "phht", "ht")) {
        *job = core::Job::Manager;
        return true;
    }
    if (hasAny(w, "giao vien", "gv", "to truong", "to pho", "giang vien", "tong phu trach",
               "tong phu trach doi", "tptd", "tpt")) {
        *job = core::Job::Teacher;
        return true;
    }
    if (hasAny(w, "nhan vien", "nv", "ke toan", "van thu", "thu quy", "bao ve", "y te", "thu vien",
               "thiet bi", "phuc vu", "cap duong", "cap nuoi", "lao cong", "tap vu")) {
        *job = core::Job::Staff;
        return true;
    }
    return false;
}

struct RowReader
{
    const QMap<MemberField, int> &columns;
    const QDate &today;
    ImportRow &row;
    const SheetRow &source;

    QVariant cell(MemberField f) const
    {
        return columns.contains(f) ? cellAt(source, columns.value(f)) : QVariant();
    }
    QString textOf(MemberField f) const { return cellText(cell(f)).trimmed(); }

    QDate date(MemberField f, DateUse use)
    {
        QString problem;
        bool yearOnly = false;
        const QDate d = readDate(cell(f), use, today, &problem, &yearOnly);
        if (!problem.isEmpty())
            row.errors << QStringLiteral("%1: %2.").arg(fieldLabel(f), problem);
        else if (yearOnly)
            row.warnings << QStringLiteral("%1: chỉ có năm %2, ghi là %3.")
                                .arg(fieldLabel(f))
                                .arg(d.year())
                                .arg(d.toString(QStringLiteral("dd/MM/yyyy")));
        else if (d.isValid() && d > today)
            row.errors << QStringLiteral("%1: %2 chưa tới.")
                              .arg(fieldLabel(f), d.toString(QStringLiteral("dd/MM/yyyy")));
        return d;
    }

    void read()
    {
        Member &m = row.member;
        // Name
        QString name = textOf(MemberField::FullName);
        if (name.isEmpty())
            name = (textOf(MemberField::FamilyMiddle) + QLatin1Char(' ') +
                    textOf(MemberField::GivenName))
                       .trimmed();
        m.fullName = tidyName(name);
        if (m.fullName.isEmpty())
            row.errors << QStringLiteral("Thiếu họ và tên.");

        m.birthDate = date(MemberField::BirthDate, DateUse::Birth);
        m.admittedOn = date(MemberField::AdmittedOn, DateUse::Event);
        m.fullOn = date(MemberField::FullOn, DateUse::Event);

        // Gender: the column, the women's mark, else the middle name.
        const QString gender = words(textOf(MemberField::Gender));
        const QString female = words(textOf(MemberField::Female));
        if (columns.contains(MemberField::Gender) && !gender.isEmpty()) {
            if (hasAny(gender, "nu", "f", "female"))
                m.gender = core::Gender::Female;
            else if (hasAny(gender, "nam", "m", "male"))
                m.gender = core::Gender::Male;
            else
                row.errors << QStringLiteral("Giới tính: “%1” không phải Nam hay Nữ.")
                                  .arg(textOf(MemberField::Gender));
        } else if (columns.contains(MemberField::Female)) {
            m.gender = !female.isEmpty() && female != QLatin1String("0") &&
                               female != QLatin1String("khong")
                           ? core::Gender::Female
                           : core::Gender::Male;
        } else {
            const QString n = words(m.fullName);
            if (hasWords(n, "thi")) {
                m.gender = core::Gender::Female;
            } else {
                m.gender = core::Gender::Male;
                if (!hasWords(n, "van"))
                    row.warnings << QStringLiteral(
                        "Giới tính không có trong danh sách: tạm ghi Nam, hãy xem lại.");
            }
        }

        // Posts: a "Chức vụ" cell may hold both ("Bí thư, Hiệu trưởng").
        QStringList unknown;
        const auto readPost = [&](MemberField f, bool roles, bool jobs) {
            static const QRegularExpression parts(
                QStringLiteral("[,;/+\\n]|\\s-\\s|\\bkiêm\\b|\\bKiêm\\b"));
            for (const QString &part : textOf(f).split(parts, Qt::SkipEmptyParts)) {
                const QString w = words(part);
                if (w.isEmpty() || w == QLatin1String("dang vien"))
                    continue;
                core::Role role;
                core::Job job;
                if (roles && roleOf(w, &role))
                    m.role = role;
                else if (jobs && jobOf(w, &job))
                    m.job = job;
                else
                    unknown << part.trimmed();
            }
        };
        readPost(MemberField::Post, true, true);
        readPost(MemberField::PartyRole, true, false);
        readPost(MemberField::Job, false, true);
        if (!unknown.isEmpty())
            row.warnings << QStringLiteral("Chức vụ “%1” không rõ là công việc nào: ghi vào ghi "
                                           "chú, công việc tạm ghi %2.")
                                .arg(unknown.join(QStringLiteral(", ")),
                                     core::label(m.job).toLower());

        const QString degree = words(textOf(MemberField::Education));
        if (!degree.isEmpty()) {
            if (hasAny(degree, "tien si", "ts", "pgs", "tskh")) {
                m.education = core::Education::Master;
                row.warnings << QStringLiteral(
                    "Trình độ Tiến sĩ: sổ chưa có mức này, ghi là Thạc sĩ (trên đại học).");
            } else if (hasAny(degree, "thac si", "ths", "cao hoc")) {
                m.education = core::Education::Master;
            } else if (hasAny(degree, "dai hoc", "cu nhan", "dh", "dhsp", "ky su", "bac si",
                              "cn")) {
                m.education = core::Education::Bachelor;
            } else if (hasAny(degree, "cao dang", "cd", "cdsp")) {
                m.education = core::Education::College;
            } else {
                m.education = core::Education::Other;
                if (!hasAny(degree, "trung cap", "tc", "so cap", "tcsp"))
                    row.warnings << QStringLiteral("Trình độ “%1” không rõ: ghi là Khác.")
                                        .arg(textOf(MemberField::Education));
            }
        }

        const QString kind = words(textOf(MemberField::Kind));
        if (hasAny(kind, "du bi", "db")) {
            m.kind = core::MembershipKind::Probationary;
        } else if (hasAny(kind, "chinh thuc", "ct")) {
            m.kind = core::MembershipKind::Full;
        } else {
            if (!kind.isEmpty())
                row.warnings << QStringLiteral("Loại đảng viên “%1” không rõ.")
                                    .arg(textOf(MemberField::Kind));
            // Without a kind: probationary while the twelve months have not passed and no
            // full-membership date is given.
            m.kind =
                !m.fullOn.isValid() && m.admittedOn.isValid() && today < m.admittedOn.addYears(1)
                    ? core::MembershipKind::Probationary
                    : core::MembershipKind::Full;
        }
        if (m.kind == core::MembershipKind::Probationary && m.fullOn.isValid())
            row.warnings << QStringLiteral("Ghi là dự bị nhưng có ngày chính thức.");

        QString phone = textOf(MemberField::Phone);
        static const QRegularExpression nineDigits(QStringLiteral("^[1-9]\\d{8}$"));
        if (cell(MemberField::Phone).typeId() == QMetaType::Double &&
            nineDigits.match(phone).hasMatch())
            phone.prepend(QLatin1Char('0')); // the leading zero a number column drops
        m.phone = text::nfc(phone);

        QStringList notes;
        if (!textOf(MemberField::CardNumber).isEmpty())
            notes << QStringLiteral("Số thẻ đảng viên: %1").arg(textOf(MemberField::CardNumber));
        if (!unknown.isEmpty())
            notes << QStringLiteral("Chức vụ: %1").arg(unknown.join(QStringLiteral(", ")));
        if (!textOf(MemberField::Notes).isEmpty())
            notes << textOf(MemberField::Notes);
        m.notes = text::nfc(notes.join(QLatin1Char('\n')));

        const QString archived = words(textOf(MemberField::Archived));
        m.archived = hasAny(archived, "co", "x", "1", "true", "roi");

        if (!m.fullName.isEmpty())
            for (const QString &p : m.validate())
                row.errors << p;
    }
};

QString memberKey(const Member &m)
{
    return words(m.fullName);
}

bool sameBirth(const QDate &a, const QDate &b)
{
    return !a.isValid() || !b.isValid() || a == b;
}

} // namespace

QList<MemberField> allMemberFields()
{
    QList<MemberField> out;
    for (const FieldInfo &i : kFields)
        out << i.field;
    return out;
}

QString fieldCode(MemberField f)
{
    return QString::fromLatin1(info(f).code);
}

MemberField fieldFromCode(const QString &code, bool *ok)
{
    for (const FieldInfo &i : kFields)
        if (code.trimmed().compare(QLatin1String(i.code), Qt::CaseInsensitive) == 0) {
            *ok = true;
            return i.field;
        }
    *ok = false;
    return MemberField::Ignore;
}

QString fieldLabel(MemberField f)
{
    return QString::fromUtf8(info(f).label);
}

MemberField guessField(const QString &heading)
{
    const QString h = words(heading);
    if (h.isEmpty())
        return MemberField::Ignore;
    // What a list has that the book does not keep, named first: "Nơi sinh" is not a birth date.
    if (hasAny(h, "noi sinh", "que quan", "ly luan", "chinh tri", "tin hoc", "ngoai ngu", "dan toc",
               "ton giao", "dia chi", "noi o", "cccd", "cmnd", "email"))
        return MemberField::Ignore;
    if (h == QLatin1String("stt") || h == QLatin1String("tt") || hasAny(h, "so thu tu", "so tt"))
        return MemberField::Sequence;
    if (hasAny(h, "the dang", "the dang vien", "so the"))
        return MemberField::CardNumber;
    if (hasAny(h, "dien thoai", "sdt", "dt", "dtdd"))
        return MemberField::Phone;
    if (hasAny(h, "ghi chu"))
        return MemberField::Notes;
    if (hasAny(h, "luu tru"))
        return MemberField::Archived;
    if (hasAny(h, "loai dang vien", "loai dv", "chinh thuc du bi", "du bi chinh thuc"))
        return MemberField::Kind;
    if (hasAny(h, "chinh thuc", "cong nhan"))
        return MemberField::FullOn;
    if (hasAny(h, "vao dang", "ket nap", "du bi"))
        return MemberField::AdmittedOn;
    if (hasAny(h, "ngay sinh", "nam sinh", "sinh ngay", "sinh nam", "ngay thang nam sinh"))
        return MemberField::BirthDate;
    if (hasAny(h, "gioi tinh", "phai"))
        return MemberField::Gender;
    if (h == QLatin1String("nu"))
        return MemberField::Female;
    if (hasAny(h, "chuc vu dang", "chuc vu trong dang", "chuc vu chi bo", "chuc vu dang uy",
               "chuc vu chi uy"))
        return MemberField::PartyRole;
    if (hasAny(h, "chuc vu", "chuc danh"))
        return MemberField::Post;
    if (hasAny(h, "cong viec", "vi tri viec lam", "vi tri"))
        return MemberField::Job;
    if (hasAny(h, "trinh do", "hoc vi", "van bang", "bang cap"))
        return MemberField::Education;
    if (hasAny(h, "ho va ten", "ho ten", "ten dang vien", "ho va ten dang vien"))
        return MemberField::FullName;
    if (h == QLatin1String("ho") || hasAny(h, "ho dem", "ho va dem", "ho lot", "ho va ten dem"))
        return MemberField::FamilyMiddle;
    if (h == QLatin1String("ten"))
        return MemberField::GivenName;
    return MemberField::Ignore;
}

int ImportPlan::importCount() const
{
    return int(std::count_if(rows.begin(), rows.end(), [](const ImportRow &r) { return !r.skip; }));
}

int ImportPlan::errorRowCount() const
{
    return int(std::count_if(rows.begin(), rows.end(),
                             [](const ImportRow &r) { return !r.errors.isEmpty(); }));
}

QStringList ImportPlan::unmappedHeadings() const
{
    QStringList out;
    for (const ImportColumn &c : columns)
        if (c.field == MemberField::Ignore)
            out << QStringLiteral("%1 (%2)").arg(c.heading, columnName(c.index));
    return out;
}

bool ImportPlan::canImport() const
{
    return errors.isEmpty() && importCount() > 0 &&
           std::all_of(rows.begin(), rows.end(),
                       [](const ImportRow &r) { return r.skip || r.errors.isEmpty(); });
}

ImportPlan planMemberImport(const Workbook &book, const QString &fileName, int sheetIndex,
                            const QList<Member> &existing, const QDate &today,
                            const QMap<int, MemberField> &overrides)
{
    ImportPlan plan;
    plan.fileName = fileName;
    plan.format = book.format;
    plan.encoding = book.encoding;
    for (const ReadSheet &s : book.sheets)
        plan.sheetNames << s.name;
    if (sheetIndex < 0 || sheetIndex >= book.sheets.size()) {
        plan.errors << QStringLiteral("Tệp không có trang thứ %1 (có %2 trang).")
                           .arg(sheetIndex + 1)
                           .arg(book.sheets.size());
        return plan;
    }
    plan.sheet = sheetIndex;
    const ReadSheet &sheet = book.sheets.at(sheetIndex);
    if (sheet.rows.isEmpty()) {
        plan.errors << QStringLiteral("Trang “%1” trống.").arg(sheet.name);
        return plan;
    }

    // The heading row: of the first rows, the one naming the most fields (titles above it).
    int header = 0, best = 0;
    for (int i = 0; i < std::min<qsizetype>(sheet.rows.size(), 20); ++i) {
        QSet<MemberField> named;
        for (const QVariant &v : sheet.rows.at(i).cells)
            if (isText(v) && guessField(v.toString()) != MemberField::Ignore)
                named.insert(guessField(v.toString()));
        if (named.size() > best) {
            best = int(named.size());
            header = i;
        }
    }
    QStringList headings;
    for (const QVariant &v : sheet.rows.at(header).cells)
        headings << cellText(v).simplified();
    int firstData = header + 1;
    // A second heading row under merged headings ("Ngày vào Đảng" over "Dự bị" | "Chính thức"):
    // text only, no name, not the column numbers.
    if (best >= 2 && firstData < sheet.rows.size()) {
        const SheetRow &below = sheet.rows.at(firstData);
        int nameColumn = -1;
        for (int c = 0; c < headings.size(); ++c)
            if (const MemberField f = guessField(headings.at(c)); f == MemberField::FullName ||
                                                                  f == MemberField::FamilyMiddle ||
                                                                  f == MemberField::GivenName)
                nameColumn = c;
        const bool allText =
            std::all_of(below.cells.begin(), below.cells.end(),
                        [](const QVariant &v) { return !v.isValid() || isText(v); });
        if (allText && !isNumberRow(below) && nameColumn >= 0 &&
            !cellAt(below, nameColumn).isValid()) {
            QString carried;
            for (int c = 0; c < std::max<qsizetype>(headings.size(), below.cells.size()); ++c) {
                while (headings.size() <= c)
                    headings << QString();
                if (!headings.at(c).isEmpty())
                    carried = headings.at(c);
                const QString lower = cellText(cellAt(below, c)).simplified();
                if (!lower.isEmpty())
                    headings[c] = (headings.at(c).isEmpty() ? carried : headings.at(c)) +
                                  QLatin1Char(' ') + lower;
            }
            ++firstData;
        }
    }
    if (firstData < sheet.rows.size() && isNumberRow(sheet.rows.at(firstData)))
        ++firstData;
    plan.headerRow = best > 0 ? sheet.rows.at(header).number : 0;

    QMap<MemberField, int> columnOf;
    for (int c = 0; c < headings.size(); ++c) {
        const bool chosen = overrides.contains(c);
        if (headings.at(c).isEmpty() && !chosen)
            continue;
        ImportColumn col;
        col.index = c;
        col.heading = headings.at(c).isEmpty() ? columnName(c) : headings.at(c);
        col.field = chosen ? overrides.value(c) : guessField(headings.at(c));
        col.guessed = !chosen;
        if (sheet.convertedColumns.contains(c))
            col.convertedFrom = text::encodingName(sheet.convertedColumns.value(c));
        plan.columns << col;
    }
    // A column the user mapped that has no heading still counts.
    for (auto it = overrides.cbegin(); it != overrides.cend(); ++it)
        if (it.key() >= headings.size()) {
            ImportColumn col;
            col.index = it.key();
            col.heading = columnName(it.key());
            col.field = it.value();
            col.guessed = false;
            plan.columns << col;
        }
    for (const ImportColumn &c : std::as_const(plan.columns)) {
        if (c.field == MemberField::Ignore)
            continue;
        if (columnOf.contains(c.field)) {
            plan.errors << QStringLiteral("Cột %1 và cột %2 đều là “%3”: hãy chọn lại một cột.")
                               .arg(columnName(columnOf.value(c.field)), columnName(c.index),
                                    fieldLabel(c.field));
            continue;
        }
        columnOf.insert(c.field, c.index);
    }
    if (!columnOf.contains(MemberField::FullName) &&
        !(columnOf.contains(MemberField::FamilyMiddle) &&
          columnOf.contains(MemberField::GivenName)))
        plan.errors << QStringLiteral("Không tìm thấy cột họ và tên (“Họ và tên”, hoặc “Họ đệm” "
                                      "và “Tên”): hãy chọn cột cho trường này.");
    if (!plan.errors.isEmpty())
        return plan;

    QHash<QString, int> seen; // folded name -> index into plan.rows
    for (qsizetype i = firstData; i < sheet.rows.size(); ++i) {
        const SheetRow &source = sheet.rows.at(i);
        ImportRow row;
        row.sheetRow = source.number;
        int filled = 0;
        for (const ImportColumn &c : std::as_const(plan.columns)) {
            const QString t = cellText(cellAt(source, c.index)).trimmed();
            row.cells << t;
            if (!t.isEmpty() && c.field != MemberField::Ignore && c.field != MemberField::Sequence)
                ++filled;
        }
        if (filled == 0)
            continue; // a title, a total, a signature line beside the table
        RowReader{columnOf, today, row, source}.read();
        if (filled == 1 && !row.member.fullName.isEmpty()) {
            // Only a name-like text: a line under the table ("Người lập biểu"), not a member.
            row.errors.clear();
            row.warnings = {QStringLiteral("Dòng chỉ có “%1”, không giống một đảng viên: bỏ qua.")
                                .arg(row.member.fullName)};
            row.skip = true;
            row.notAMember = true;
            plan.rows << row;
            continue;
        }
        const QString key = memberKey(row.member);
        if (!key.isEmpty()) {
            for (const Member &m : existing)
                if (memberKey(m) == key && sameBirth(m.birthDate, row.member.birthDate)) {
                    row.duplicateOf = m.id;
                    row.warnings << QStringLiteral(
                                        "Có lẽ trùng với đảng viên đã có trong sổ: %1%2.")
                                        .arg(m.fullName,
                                             m.birthDate.isValid()
                                                 ? QStringLiteral(" (sinh %1)")
                                                       .arg(m.birthDate.toString(
                                                           QStringLiteral("dd/MM/yyyy")))
                                                 : QString());
                    break;
                }
            if (!row.duplicateOf && seen.contains(key)) {
                const ImportRow &earlier = plan.rows.at(seen.value(key));
                if (sameBirth(earlier.member.birthDate, row.member.birthDate)) {
                    row.duplicateOf = -1;
                    row.warnings
                        << QStringLiteral("Trùng với dòng %1 của bảng.").arg(earlier.sheetRow);
                }
            }
            if (!seen.contains(key))
                seen.insert(key, int(plan.rows.size()));
        }
        row.skip = !row.errors.isEmpty() || row.duplicateOf != 0;
        plan.rows << row;
    }
    if (plan.rows.isEmpty())
        plan.errors << QStringLiteral("Dưới dòng tiêu đề (dòng %1) không có đảng viên nào.")
                           .arg(plan.headerRow);
    return plan;
}

int columnOf(const ImportPlan &plan, const QString &spec)
{
    const QString t = spec.trimmed();
    bool isNumber = false;
    const int n = t.toInt(&isNumber);
    if (isNumber)
        return n >= 1 && n <= kMaxColumns ? n - 1 : -1;
    for (const ImportColumn &c : plan.columns)
        if (words(c.heading) == words(t) && !words(t).isEmpty())
            return c.index;
    const int letters = columnIndex(t);
    return letters < kMaxColumns ? letters : -1;
}

QString describePlan(const ImportPlan &plan)
{
    QString out;
    out += QStringLiteral("Tệp “%1” (%2%3), trang “%4”, dòng tiêu đề %5.\n")
               .arg(plan.fileName, plan.format,
                    plan.encoding.isEmpty() ? QString() : QStringLiteral(", ") + plan.encoding,
                    plan.sheetNames.value(plan.sheet))
               .arg(plan.headerRow);
    out += QStringLiteral("Cột:\n");
    for (const ImportColumn &c : plan.columns)
        out += QStringLiteral("  %1 “%2” → %3%4\n")
                   .arg(columnName(c.index), c.heading, fieldLabel(c.field),
                        c.convertedFrom.isEmpty()
                            ? QString()
                            : QStringLiteral(" (chuyển từ phông %1)").arg(c.convertedFrom));
    for (const QString &e : plan.errors)
        out += QStringLiteral("Lỗi: %1\n").arg(e);
    if (!plan.rows.isEmpty())
        out += QStringLiteral("Dòng  Nhập  Họ và tên                     Ngày sinh   Vào Đảng    "
                              "Chính thức  Vấn đề\n");
    const auto date = [](const QDate &d) {
        return d.isValid() ? d.toString(QStringLiteral("dd/MM/yyyy")) : QStringLiteral("—");
    };
    for (const ImportRow &r : plan.rows) {
        QStringList problems;
        for (const QString &e : r.errors)
            problems << QStringLiteral("LỖI: ") + e;
        problems << r.warnings;
        out += QStringLiteral("%1  %2  %3  %4  %5  %6  %7\n")
                   .arg(r.sheetRow, 4)
                   .arg(r.skip ? QStringLiteral("bỏ  ") : QStringLiteral("có  "))
                   .arg(r.member.fullName.leftJustified(28, QLatin1Char(' '), true))
                   .arg(date(r.member.birthDate).leftJustified(10))
                   .arg(date(r.member.admittedOn).leftJustified(10))
                   .arg(date(r.member.fullOn).leftJustified(10))
                   .arg(problems.join(QStringLiteral(" ")));
    }
    out += QStringLiteral("Sẽ nhập %1 đảng viên; %2 dòng có lỗi; %3 dòng bỏ qua.\n")
               .arg(plan.importCount())
               .arg(plan.errorRowCount())
               .arg(plan.rows.size() - plan.importCount());
    return out;
}

} // namespace sochibo::sheets
