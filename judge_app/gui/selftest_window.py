"""The GUI step of the self-test (judge_app.startup.selftest): open the main window on a contest file,
wait until the contest is loaded, check the bundled Chinese font is the one in use and can draw
Chinese, and optionally save the window as a PNG to look at. Also the start-up probe that
benchmarks/bench_startup.py times (``judge_app --startup-probe FILE``).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from judge_app.gui.fonts import ui_families
from judge_app.gui.qt import QApplication, QFontDatabase

#: Characters of the demo contest and the menus that must come from a bundled font.
CHINESE_SAMPLE = "职工技能竞赛现场评分成绩汇总"
LOAD_TIMEOUT_S = 30.0


def wait_until(condition, timeout: float) -> bool:
    """Process Qt events until ``condition()`` is true or ``timeout`` seconds have passed."""
    app = QApplication.instance()
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            return False
        app.processEvents()
        time.sleep(0.01)
    return True


def pump(seconds: float) -> None:
    """Process Qt events for ``seconds``."""
    wait_until(lambda: False, seconds)


def check_main_window(contest: Path, screenshot: Path | None = None) -> str:
    """Open the main window on ``contest``; raise RuntimeError naming what is wrong."""
    from judge_app.gui.launch import open_main_window

    window = open_main_window(contest)
    try:
        if not wait_until(lambda: window.controller.snapshot is not None, LOAD_TIMEOUT_S):
            raise RuntimeError(f"主窗口 {LOAD_TIMEOUT_S:.0f} 秒内未打开比赛文件 / contest not loaded")
        pump(0.3)  # let the pages lay out and paint
        if not window.isVisible():
            raise RuntimeError("主窗口未显示 / main window not shown")
        family = window.fontInfo().family()
        if family not in ui_families(QFontDatabase.families()):
            raise RuntimeError(f"界面字体是 {family}，不是中文界面字体 / no Chinese UI font in use")
        metrics = window.fontMetrics()
        missing = [ch for ch in CHINESE_SAMPLE if not metrics.inFontUcs4(ord(ch))]
        if missing:
            raise RuntimeError(f"字体缺少汉字 / font lacks: {''.join(missing)}")
        if screenshot is not None and not window.grab().save(str(screenshot), "PNG"):
            raise RuntimeError(f"无法保存截图 / cannot save screenshot {screenshot}")
        return f"主窗口已打开比赛 / main window opened the contest, font {family}"
    finally:
        window.close()
        window.deleteLater()
        pump(0.1)


def resident_mib() -> float | None:
    """Peak resident memory of this process in MiB (None where the OS does not say)."""
    try:
        import resource
    except ImportError:  # Windows
        return None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def startup_probe(contest: Path) -> int:
    """Open the main window on ``contest``, wait until it is usable, print ``READY <MiB>``."""
    from judge_app.gui.launch import open_main_window

    window = open_main_window(contest)
    if not wait_until(lambda: window.controller.snapshot is not None, LOAD_TIMEOUT_S):
        print("NOT LOADED", flush=True)
        return 1
    QApplication.instance().processEvents()  # the first paint with the contest shown
    print(f"READY {resident_mib() or 0:.0f}", flush=True)
    return 0
