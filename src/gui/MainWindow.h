#pragma once
#include <QMainWindow>
#include <memory>

class QLabel;
class QTableWidget;

namespace sochibo::storage {
class Database;
}

namespace sochibo::gui {

/// The secretary's workspace. This first version opens a cell's records and shows its
/// members in roster order; the full interface (navigation, editors, reports) is issue 5.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;
    /// Opens \a path; on failure shows the reason and keeps the window usable.
    bool openDatabase(const QString &path);
    bool saveScreenshot(const QString &pngPath);
    QString lastError() const { return m_lastError; }

private:
    void refresh();
    std::unique_ptr<storage::Database> m_db;
    QTableWidget *m_members = nullptr;
    QLabel *m_banner = nullptr;
    QString m_lastError;
};

} // namespace sochibo::gui
