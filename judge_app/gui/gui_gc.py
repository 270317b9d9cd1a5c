"""Python's cycle collector on the GUI thread only, while store and work threads run.

The collector runs in whichever thread happens to allocate when a threshold is crossed. A
collected cycle holding a Qt widget (a closed window and its pages, say) is then destroyed on
the store thread, and Qt crashes. So, while any :class:`~judge_app.gui.controller.Controller`
has threads, automatic collection is off and a timer on the GUI thread collects by the same
thresholds instead.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import gc

from judge_app.gui.qt import QCoreApplication, QTimer

CHECK_MS = 200

_users = 0
_timer: QTimer | None = None


def collect_by_thresholds() -> None:
    """What automatic collection would do: generation 0, and the older ones when due."""
    counts, thresholds = gc.get_count(), gc.get_threshold()
    for generation in range(3):
        if counts[generation] <= thresholds[generation]:
            return
        gc.collect(generation)


def acquire() -> None:
    """Threads are starting: collect on the GUI thread only (the QApplication must exist)."""
    global _users, _timer
    if _users == 0:
        gc.disable()
        if _timer is None:
            _timer = QTimer(QCoreApplication.instance())
            _timer.setInterval(CHECK_MS)
            _timer.timeout.connect(collect_by_thresholds)
        _timer.start()
    _users += 1


def release() -> None:
    """Threads stopped (joined): collect what is due here, then automatic collection again."""
    global _users
    _users = max(0, _users - 1)
    if _users == 0:
        if _timer is not None:
            _timer.stop()
        gc.collect()
        gc.enable()


def give_back() -> None:
    """After a session's pages and caches are let go (a user switch): collect them here, on the
    GUI thread, and hand the freed heap back to the system where the C library can (glibc's
    malloc_trim; a 2,000-entry event's results are ~100 MiB that would stay in the process)."""
    gc.collect()
    name = ctypes.util.find_library("c")
    try:
        trim = ctypes.CDLL(name).malloc_trim if name else None
    except (OSError, AttributeError):  # not glibc (Windows, macOS): nothing more to do
        trim = None
    if trim is not None:
        trim(0)
