"""Where the app keeps its things on this computer: settings, the contest files the user creates,
logs. Qt-free, so the CLI finds the same folders as the desktop app; ``JUDGE_APP_HOME`` puts them
all under one folder (tests, a portable install on a USB stick).

Contest files (and their backups, beside them) go to ``Documents\\judge_app`` by default, or the
folder the user chose last: organisers copy them to a stick in Explorer, and would not find them
in the hidden ``AppData``, which keeps only settings and logs."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import platformdirs

from judge_app.files import FileProblem, write_file

APP_NAME = "judge_app"
APP_AUTHOR = "judge_app"
#: Overrides the settings/data folder (tests, portable installs on a USB stick).
ENV_HOME = "JUDGE_APP_HOME"
#: the file in the config folder that remembers the folder of the contest files chosen last
REMEMBERED = "contests_folder.txt"


def _folder(part: str, platform_dir: Callable[[str, str], str]) -> Path:
    override = os.environ.get(ENV_HOME)
    path = Path(override) / part if override else Path(platform_dir(APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path


def config_dir() -> Path:
    """The settings (judge_app.ini)."""
    return _folder("config", platformdirs.user_config_dir)


def data_dir() -> Path:
    """The app's own data (the log folder); hidden on Windows (AppData), so no contest goes here."""
    return _folder("data", platformdirs.user_data_dir)


def documents_dir() -> Path:
    """The user's Documents folder (the GUI asks Qt's QStandardPaths for it instead)."""
    return Path(platformdirs.user_documents_dir())


def contests_dir(documents: Path | None = None) -> Path:
    """Where new contests and the demo go: the folder the user chose last (:func:`remember_folder`)
    while it exists, else ``<documents>/judge_app`` (``documents``: the Documents folder, by
    default :func:`documents_dir`); under ``JUDGE_APP_HOME``, its ``data`` folder."""
    chosen = remembered_folder()
    if chosen is not None:
        return chosen
    override = os.environ.get(ENV_HOME)
    path = Path(override) / "data" if override else (documents or documents_dir()) / APP_NAME
    path.mkdir(parents=True, exist_ok=True)
    return path


def remembered_folder() -> Path | None:
    """The folder of contest files chosen last, None if none was or it is gone (a stick pulled out)."""
    try:
        text = (config_dir() / REMEMBERED).read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        return None
    return Path(text) if text and Path(text).is_dir() else None


def remember_folder(folder: Path) -> None:
    """Remember ``folder`` as where the user keeps contest files (the next new contest goes there);
    a failure to write it only means the default folder is offered next time."""
    try:
        write_file(config_dir() / REMEMBERED, str(Path(folder).absolute()).encode("utf-8"))
    except (OSError, FileProblem):
        pass


def log_dir() -> Path:
    """The log file and the crash dump (judge_app.startup.logs), inside the data folder."""
    path = data_dir() / "logs"
    path.mkdir(exist_ok=True)
    return path
