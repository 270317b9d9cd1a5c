"""Every test's Qt runs offscreen on one 1920×1080 screen (the offscreen plugin's own is 800×800,
smaller than the 1366×768 the windows are designed for), whichever test makes the first
QApplication."""

from __future__ import annotations

import os
from pathlib import Path

SCREEN = Path(__file__).parent / "data" / "screen_1920x1080.json"

if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={SCREEN}"
