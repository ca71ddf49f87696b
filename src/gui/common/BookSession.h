#pragma once
#include <QDate>
#include <QObject>
#include <QString>

#include <memory>

namespace sochibo::storage {
class Database;
}

namespace sochibo::gui {

struct Prompts;

/// The book open in the window: the one owner of its database connection, the day the window
/// judges "today" by, and whether the book may be written. Pages reach the records only
/// through it (BookPage::session()), so none keeps a connection that was closed — after a
/// restore that failed, say, and a reopening that did not succeed, db() is null and the
/// pages show nothing instead of reading a closed file.
class BookSession : public QObject
{
    Q_OBJECT
public:
    explicit BookSession(QObject *parent = nullptr);
    ~BookSession() override;

    /// The open book; null while none is open.
    const storage::Database *db() const { return m_db.get(); }
    bool isOpen() const { return m_db != nullptr; }
    /// True while the open book can only be read (locked elsewhere, a read-only file).
    bool isReadOnly() const;
    /// Why the book is read-only, in the user's words; empty when it can be written.
    QString readOnlyReason() const { return m_readOnlyReason; }
    /// The open book's file; empty while none is open.
    QString path() const;

    /// The date "overdue" and the year in focus are judged on (default: the computer's).
    QDate today() const { return m_today; }
    void setToday(const QDate &today);

    /// Takes \a db as the open book, letting go of the one before, and tells opened().
    /// \a readOnlyReason: why a read-only connection was opened (shown in the banner).
    void open(std::unique_ptr<storage::Database> db, const QString &readOnlyReason = {});
    /// Lets go of the open book (its file is about to be replaced) and tells closed().
    void close();

signals:
    void opened();
    void closed();
    void todayChanged();

private:
    std::unique_ptr<storage::Database> m_db;
    QString m_readOnlyReason;
    QDate m_today = QDate::currentDate();
};

/// True when \a session's book may be changed; otherwise false, and the user told why
/// (read-only, or no book open).
bool ensureWritable(const BookSession &session, const Prompts &prompts);

} // namespace sochibo::gui
