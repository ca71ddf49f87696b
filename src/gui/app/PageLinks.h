#pragma once

namespace sochibo::gui {

class MainWindow;

/// What one page of \a w asks of another, wired once: an overview link opens the record or
/// the filtered list, a conclusion becomes a task on the Tasks page, "print" opens the Reports
/// page on the right document, a change refreshes the window, an export or a status line goes
/// to the window.
void linkPages(MainWindow &w);

} // namespace sochibo::gui
