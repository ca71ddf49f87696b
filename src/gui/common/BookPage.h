#pragma once
#include "reports/Spreadsheet.h"
#include "storage/EvidenceStore.h"

#include <QList>
#include <QString>
#include <QStringList>

class QSpinBox;

namespace sochibo::gui {

class BookSession;

/// A record as the search, the history and the navigation name it: its kind ("member",
/// "task", "meeting", "evidence", "topic", "shortcoming", "commitment") and id.
struct RecordRef
{
    QString kind;
    qint64 id = 0;
    bool isValid() const { return !kind.isEmpty() && id > 0; }
};

/// What "Xuất Excel…" writes for a page: its sheets and the file name proposed (no extension).
struct TableExport
{
    QList<reports::Sheet> sheets;
    QString fileName;
};

/// What every page of the window answers, so that the window routes by asking the page in
/// view instead of knowing each one: reload and clear, the selected record (history,
/// evidence), selecting a record (search, overview links), adding one (Ctrl+N) and the
/// table it exports. A page is reloaded only while it is in view: after an edit the others
/// are marked stale and reload when they are shown next.
class BookPage
{
public:
    virtual ~BookPage();

    /// The book the page shows; set once by the window.
    void setSession(const BookSession *session) { m_session = session ? session : noBook(); }
    const BookSession *session() const { return m_session; }

    /// Reads the page's records again from the open book. Called only while a book is open.
    virtual void reload() = 0;
    /// The book was closed: the page forgets every row it showed.
    virtual void clear() = 0;

    /// The kinds of record this page shows and selectRecord() can select.
    virtual QStringList recordKinds() const { return {}; }
    /// The record selected on the page (invalid when none).
    virtual RecordRef currentRecord() const { return {}; }
    /// Selects record \a id of \a kind (one of recordKinds()); false when it is not shown.
    virtual bool selectRecord(const QString &kind, qint64 id);
    /// Where evidence attached now goes (a drop, a paste, Ctrl+Shift+A); empty when the page
    /// has nothing selected that takes evidence.
    virtual storage::EvidenceTarget evidenceTarget() const { return {}; }
    /// True when Ctrl+N on this page adds its kind of record (addRecord()); on the others it
    /// adds a member, the commonest addition.
    virtual bool addsRecords() const { return false; }
    /// Ctrl+N on this page: adds its kind of record; false when cancelled or refused.
    virtual bool addRecord() { return false; }
    /// The page's table for "Xuất Excel…" (no sheets: the page has none).
    virtual TableExport exportTable() const { return {}; }

    /// True when the records changed since the page last read them.
    bool isStale() const { return m_stale; }
    void setStale(bool stale) { m_stale = stale; }

protected:
    /// The first time the page is read, \a year (the year it shows) starts as the session's;
    /// after that it is the user's choice.
    void startOnThisYear(QSpinBox *year);
    /// Never null: until the window gives the page its session, one with no book open.
    const BookSession *m_session = noBook();

private:
    static const BookSession *noBook();
    bool m_stale = true;
    bool m_started = false;
};

} // namespace sochibo::gui
