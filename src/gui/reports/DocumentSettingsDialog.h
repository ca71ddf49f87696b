#pragma once
#include "core/Review.h"
#include "storage/Database.h"

#include <QDialog>
#include <QHash>
#include <QMap>
#include <QString>
#include <QStringList>

class QWidget;

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QTableView;

namespace sochibo::storage {
class Database;
}

namespace sochibo::gui {

class ReceivedDocumentTableModel;

/// What the cell cites and whom it sends its documents to (Báo cáo ▸ Căn cứ và nơi nhận…,
/// Tệp ▸ Căn cứ và nơi nhận của văn bản…):
/// - the register of documents received from the superior committees (sổ văn bản đến):
///   kind, number, date, issuer, subject; a new register starts with the built-in grounds
///   (core::builtInGrounds) for the user to correct;
/// - for the document kind chosen at the top: which entries it cites for the year (the ticks;
///   without ticks the register's entries marked for the kind, core::groundsOf), and its
///   "Nơi nhận" lines (empty: the template's).
class DocumentSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    struct State
    {
        QList<core::ReceivedDocument> documents; ///< the register in order (id 0: new)
        /// kind → the register rows (indexes into documents) it cites for the year, for the
        /// kinds whose picks were set; a kind not in the map keeps its defaults
        QMap<QString, QList<int>> picks;
        /// kind → recipients, one a line; null: the template's
        QMap<QString, QString> recipients;
    };

    /// The register, every kind's picks of \a year and recipients, as stored.
    static State load(const storage::Database &db, int year);
    /// Stores \a state (one transaction is the caller's): the register as it is in \a state
    /// (entries not in it removed, new ones added), each kind's picks of \a year (a kind
    /// without picks in it: none) and recipients.
    static void apply(const storage::Database &db, int year, const State &state);

    /// \a state: the register, the picks of the year and the recipients as stored; \a kind
    /// the document kind shown first.
    DocumentSettingsDialog(const State &state, const QString &kind, int year,
                           QWidget *parent = nullptr);
    /// The edited register, picks and recipients; problems() empty.
    State state() const;
    QString problems() const;
    void accept() override;

    QComboBox *kindBox() const { return m_kind; }
    QTableView *register_() const { return m_table; }
    ReceivedDocumentTableModel *registerModel() const { return m_model; }
    QPlainTextEdit *recipientsBox() const { return m_recipients; }
    /// Adds an empty row to the register and starts editing its kind.
    void addRow();

private:
    void showKind();
    void keepKind();
    /// The rows the chosen document cites now: its picks, else the rows marked for its kind.
    QList<int> citedRows(const QString &kind) const;

    int m_year;
    QString m_current;
    QMap<QString, QList<int>> m_picks;
    QMap<QString, QString> m_lines; ///< kind → recipients as edited (null: the form's)
    QMap<QString, QStringList> m_defaultRecipients; ///< kind → the template's lines
    QComboBox *m_kind;
    QTableView *m_table;
    ReceivedDocumentTableModel *m_model;
    QPlainTextEdit *m_recipients;
    QLabel *m_groundsNote, *m_problems;
};

} // namespace sochibo::gui
