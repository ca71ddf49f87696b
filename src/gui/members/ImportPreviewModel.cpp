#include "ImportPreviewModel.h"

#include "core/Enums.h"
#include "text/DocumentWording.h"

#include <QColor>

namespace sochibo::gui {

namespace {

QString shown(const QDate &d)
{
    return d.isValid() ? text::shortDate(d) : QString();
}

} // namespace

ImportPreviewModel::ImportPreviewModel(QObject *parent) : QAbstractTableModel(parent) {}

void ImportPreviewModel::setRows(const QList<sheets::ImportRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int ImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ImportPreviewModel::problems(const sheets::ImportRow &r) const
{
    QStringList out;
    for (const QString &e : r.errors)
        out << tr("Error: %1").arg(e);
    out << r.warnings;
    return out.join(QLatin1Char('\n'));
}

QString ImportPreviewModel::text(const sheets::ImportRow &r, int column) const
{
    const core::Member &m = r.member;
    switch (Column(column)) {
    case Take:
        return {};
    case SheetRow:
        return QString::number(r.sheetRow);
    case FullName:
        return m.fullName;
    case Problems:
        return problems(r);
    default:
        break;
    }
    if (r.notAMember) // a note under the table: its text and why it is left out
        return {};
    switch (Column(column)) {
    case Gender:
        return core::uiLabel(m.gender);
    case Born:
        return shown(m.birthDate);
    case PartyPost:
        return m.role == core::Role::None ? QString() : core::uiLabel(m.role);
    case Job:
        return core::uiLabel(m.job);
    case Education:
        return core::uiLabel(m.education);
    case Kind:
        return core::uiLabel(m.kind);
    case Admitted:
        return shown(m.admittedOn);
    case FullMember:
        return shown(m.fullOn);
    default:
        return {};
    }
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const sheets::ImportRow &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return text(r, index.column());
    case Qt::CheckStateRole:
        return index.column() == Take ? QVariant(r.skip ? Qt::Unchecked : Qt::Checked) : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == Take)
            return r.errors.isEmpty() ? tr("Tick to import this row")
                                      : tr("This row has an error and cannot be imported");
        if (index.column() == Problems && !text(r, Problems).isEmpty())
            return text(r, Problems);
        return {};
    case Qt::BackgroundRole:
        if (!r.errors.isEmpty())
            return QColor(0xf8, 0xd7, 0xd7);
        if (!r.warnings.isEmpty())
            return QColor(0xfd, 0xf0, 0xc8);
        return {};
    default:
        return {};
    }
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Take:
        return tr("Import");
    case SheetRow:
        return tr("Row");
    case FullName:
        return tr("Full name");
    case Problems:
        return tr("Problems");
    case Gender:
        return tr("Gender");
    case Born:
        return tr("Born");
    case PartyPost:
        return tr("Party post");
    case Job:
        return tr("Job");
    case Education:
        return tr("Education");
    case Kind:
        return tr("Kind");
    case Admitted:
        return tr("Admitted");
    case FullMember:
        return tr("Full member");
    case ColumnCount:
        break;
    }
    return {};
}

Qt::ItemFlags ImportPreviewModel::flags(const QModelIndex &index) const
{
    if (!index.isValid()) // the table itself: no drops, no edits
        return Qt::NoItemFlags;
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() == Take && m_rows.at(index.row()).errors.isEmpty())
        f |= Qt::ItemIsUserCheckable;
    return f;
}

bool ImportPreviewModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || !(flags(index) & Qt::ItemIsUserCheckable))
        return false;
    const bool skip = value.toInt() != Qt::Checked;
    sheets::ImportRow &r = m_rows[index.row()];
    if (r.skip != skip) {
        r.skip = skip;
        emit dataChanged(index, index, {Qt::CheckStateRole});
    }
    return true;
}

} // namespace sochibo::gui
