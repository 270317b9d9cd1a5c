"""Every test's Qt runs offscreen on one 1920×1080 screen (the offscreen plugin's own is 800×800,
smaller than the 1366×768 the windows are designed for), whichever test makes the first
QApplication. The app's settings, contest files and logs go to a folder of the test run, never
the user's (GUI tests give each test its own)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

SCREEN = Path(__file__).parent / "data" / "screen_1920x1080.json"

if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={SCREEN}"

os.environ.setdefault("JUDGE_APP_HOME", tempfile.mkdtemp(prefix="judge_app_tests_"))
