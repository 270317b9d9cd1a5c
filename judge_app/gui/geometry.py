"""Window size and place that fit the screen the window is on, remembered per screen.

At 150 % scaling a 1920×1080 laptop screen is 1280×720 logical pixels, and a 1366×768 one
minus the taskbar is about 1366×728: a fixed 1366×768 window would put its title bar or its
status bar (who is logged in, 正在保存…) off screen. So a window takes its preferred size only
where that fits with its frame, is maximised where it does not, and gets back the size and place
it had the last time on the same screen (if that still fits).
"""

from __future__ import annotations

from judge_app.gui.qt import QRect, QSize, QWidget, Qt

#: room the window manager's frame and title bar take (they are not known before the first show)
FRAME = QSize(16, 40)


def fits(available: QRect, wanted: QSize) -> bool:
    """Whether a window of ``wanted`` client size fits into ``available`` with its frame."""
    return wanted.width() + FRAME.width() <= available.width() and wanted.height() + FRAME.height() <= available.height()


def place(window: QWidget, wanted: QSize, saved: bytes | None = None) -> None:
    """Size and place ``window`` before it is first shown: the saved geometry if it still lies
    on the screen, else ``wanted`` centred where it fits, else maximised."""
    screen = window.screen()
    available = screen.availableGeometry()
    if saved and window.restoreGeometry(saved) and available.contains(window.frameGeometry()):
        return
    if fits(available, wanted):
        window.resize(wanted)
        frame = QRect(0, 0, wanted.width() + FRAME.width(), wanted.height() + FRAME.height())
        frame.moveCenter(available.center())
        window.move(frame.topLeft())
    else:
        window.resize(available.size() - FRAME)
        window.move(available.topLeft())
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)


def screen_name(window: QWidget) -> str:
    """The name the geometry of ``window`` is remembered under (its screen and that screen's size)."""
    screen = window.screen()
    size = screen.availableGeometry().size()
    return f"{screen.name() or 'screen'}-{size.width()}x{size.height()}"
