#pragma once

namespace sochibo::gui {

class MainWindow;

/// The menu bar of \a window and its shortcuts (Tệp, Sửa, Xem, Trợ giúp; Ctrl+F, Ctrl+L,
/// Ctrl+P…), each wired to what the window, its book or the page in view does.
void buildMainMenus(MainWindow &window);

} // namespace sochibo::gui
