#include "CandidateTableModel.h"

#include "gui/common/FormParts.h"
#include "text/DocumentWording.h"

namespace sochibo::gui {

CandidateTableModel::CandidateTableModel(Saver save, QObject *parent)
    : RecordGridModel({tr("Full name"), tr("Attended the Party introduction class"),
                       tr("Admission date"), tr("Note")},
                      {FullName, ClassOn, AdmittedOn, Note}, std::move(save), parent)
{
}

QString CandidateTableModel::cell(int row, int column) const
{
    const core::Candidate &c = records().at(row);
    switch (Column(column)) {
    case FullName:
        return c.fullName;
    case ClassOn:
        return text::shortDate(c.classOn);
    case AdmittedOn:
        return text::shortDate(c.admittedOn);
    case Note:
        return c.note;
    case ColumnCount:
        break;
    }
    return {};
}

bool CandidateTableModel::edit(int row, int column, const QString &typed)
{
    core::Candidate after = records().at(row);
    const QString text = typed.simplified();
    if (column == ClassOn || column == AdmittedOn) {
        bool ok = false;
        const QDate d = parseDate(text, &ok);
        if (!ok) {
            emit refused(
                tr("“%1” is not a date: write day/month/year, for example 12/09/2026.").arg(text));
            return false;
        }
        (column == ClassOn ? after.classOn : after.admittedOn) = d;
    } else if (column == FullName) {
        after.fullName = text; // the book refuses an empty one
    } else {
        after.note = text;
    }
    return save(row, after);
}

} // namespace sochibo::gui
