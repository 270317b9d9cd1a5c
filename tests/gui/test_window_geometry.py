"""The main window fits the screen it opens on: 1366×768 where that fits with its frame,
maximised on a 1366×768 laptop or at 150 % scaling (1920×1080 → 1280×720 logical), never with its
title bar or status bar off screen; and it comes back where it was on the same screen."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from judge_app.gui.geometry import FRAME, fits
from judge_app.gui.qt import QRect, QSize

SHOW = """
import sys
from judge_app.gui.launch import ensure_app
from judge_app.gui.main_window import MainWindow
app = ensure_app()
window = MainWindow()
window.show()
app.processEvents()
avail = window.screen().availableGeometry()
frame = window.frameGeometry()
bar = window.statusBar().geometry()
print("GEOMETRY", avail.width(), avail.height(), frame.x(), frame.y(), frame.width(), frame.height(),
      int(window.isMaximized()), int(avail.contains(frame)), int(bar.bottom() < window.height()))
window.close()
"""


def _show_on(tmp_path: Path, width: int, height: int, dpr: float = 1) -> list[int]:
    config = tmp_path / f"screen-{width}x{height}.json"
    config.write_text(json.dumps({"screens": [{"name": "S", "x": 0, "y": 0, "width": width, "height": height,
                                               "logicalDpi": 96, "dpr": dpr}]}))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}", JUDGE_APP_HOME=str(tmp_path / "home"))
    done = subprocess.run([sys.executable, "-c", SHOW], capture_output=True, text=True, env=env, timeout=120)
    line = next((ln for ln in done.stdout.splitlines() if ln.startswith("GEOMETRY")), "")
    assert line, done.stderr[-2000:]
    return [int(v) for v in line.split()[1:]]


@pytest.mark.parametrize(("width", "height"), [(1280, 720), (1366, 728), (1024, 600)])
def test_a_small_screen_gets_the_window_maximised_and_whole(tmp_path, width, height):
    aw, ah, _x, _y, fw, fh, maximised, inside, bar_inside = _show_on(tmp_path, width, height)
    assert (aw, ah) == (width, height)
    assert maximised and inside and bar_inside
    assert fw <= width and fh <= height


def test_a_large_screen_gets_the_designed_size_centred(tmp_path):
    aw, ah, x, y, fw, fh, maximised, inside, _bar = _show_on(tmp_path, 1920, 1080)
    assert not maximised and inside
    assert 1366 <= fw <= 1366 + FRAME.width() and 768 <= fh <= 768 + FRAME.height()  # the client area is 1366×768
    assert abs((x + fw / 2) - aw / 2) <= 10 and abs((y + fh / 2) - ah / 2) <= 25


def test_fits_leaves_room_for_the_frame():
    assert fits(QRect(0, 0, 1920, 1080), QSize(1366, 768))
    assert not fits(QRect(0, 0, 1366, 768), QSize(1366, 768))
    assert not fits(QRect(0, 0, 1280, 720), QSize(1366, 768))


def test_the_window_comes_back_where_it_was(window, qtbot):
    from judge_app.gui.geometry import screen_name
    from judge_app.gui.main_window import MainWindow

    window.resize(1100, 650)
    window.move(40, 30)
    qtbot.wait(50)
    window.close()
    again = MainWindow()
    qtbot.addWidget(again)
    again.show()
    qtbot.waitUntil(again.isVisible)
    assert (again.width(), again.height()) == (1100, 650)
    assert again.settings.geometry("main", screen_name(again))
    again.close()
