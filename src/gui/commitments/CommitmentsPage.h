#pragma once
#include "gui/common/BookPage.h"
#include "gui/common/Committer.h"
#include "gui/common/Prompts.h"
#include "storage/Database.h"

#include <QDate>
#include <QString>
#include <QWidget>

class QLabel;
class QSpinBox;
class QTableView;

namespace sochibo::gui {

class CommitmentTableModel;

/// Cam kết: who in the cell has written this year's commitment and who has not.
class CommitmentsPage : public QWidget, public BookPage
{
    Q_OBJECT
public:
    CommitmentsPage(Prompts prompts, Committer commit, QWidget *parent = nullptr);
    void reload() override;
    void clear() override;
    QStringList recordKinds() const override { return {QStringLiteral("commitment")}; }
    RecordRef currentRecord() const override
    {
        return {QStringLiteral("commitment"), currentCommitmentId()};
    }
    bool selectRecord(const QString &kind, qint64 id) override;
    storage::EvidenceTarget evidenceTarget() const override;
    void setYear(int year);
    QTableView *table() const { return m_table; }
    CommitmentTableModel *model() const { return m_model; }
    /// Shows the commitment's year and selects its member's row.
    bool selectCommitment(qint64 id);
    /// The commitment of the selected member for the year shown (0: none written).
    qint64 currentCommitmentId() const;
    QString summary() const;
    /// Opens the commitment of the member on \a row (a new one when there is none).
    bool edit(int row);

private:
    void fill();
    Prompts m_prompts;
    Committer m_commit;
    QSpinBox *m_year;
    QLabel *m_summary;
    QTableView *m_table;
    CommitmentTableModel *m_model;
    QList<qint64> m_memberIds;
};

} // namespace sochibo::gui
