"""Where the app keeps its things on this computer: settings, the contest files the user creates,
logs. Qt-free, so the CLI finds the same folders as the desktop app; ``JUDGE_APP_HOME`` puts them
all under one folder (tests, a portable install on a USB stick)."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import platformdirs

APP_NAME = "judge_app"
APP_AUTHOR = "judge_app"
#: Overrides the settings/data folder (tests, portable installs on a USB stick).
ENV_HOME = "JUDGE_APP_HOME"


def _folder(part: str, platform_dir: Callable[[str, str], str]) -> Path:
    override = os.environ.get(ENV_HOME)
    path = Path(override) / part if override else Path(platform_dir(APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path


def config_dir() -> Path:
    """The settings (judge_app.ini)."""
    return _folder("config", platformdirs.user_config_dir)


def data_dir() -> Path:
    """Default folder for contest files the user creates (the demo, new contests)."""
    return _folder("data", platformdirs.user_data_dir)


def log_dir() -> Path:
    """The log file and the crash dump (judge_app.startup.logs), inside the data folder."""
    path = data_dir() / "logs"
    path.mkdir(exist_ok=True)
    return path
