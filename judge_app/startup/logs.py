"""What went wrong on a venue laptop, kept on disk: a rotating log file (judge_app.log, 1 MB × 5)
and, for a crash that kills the process (in Qt, in SQLite), faulthandler's dump (crash.log), both
in the log folder (judge_app.folders.log_dir: the data folder's ``logs``).

The windowed program has no console: without these, an error dialog the user closed or a hard
crash leaves nothing behind. Set up once per process by the desktop app (gui/launch.py) and by
every CLI command (cli/main.py); cheap: no Qt, nothing read.
"""

from __future__ import annotations

import faulthandler
import logging
import os
import platform
import sys
from datetime import datetime
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType
from typing import TextIO

from judge_app import __version__
from judge_app.folders import log_dir

LOG_FILE = "judge_app.log"
CRASH_FILE = "crash.log"
MAX_BYTES = 1_000_000
BACKUPS = 5
FORMAT = "%(asctime)s %(process)d %(levelname)s %(name)s: %(message)s"

log = logging.getLogger(__name__)

_folder: Path | None = None
_crash: TextIO | None = None  # kept open: faulthandler writes to its descriptor when the process dies


def log_handler(folder: Path) -> RotatingFileHandler:
    """INFO and above of judge_app (WARNING and above of the libraries) into ``folder``."""
    handler = RotatingFileHandler(folder / LOG_FILE, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")
    handler.setLevel(logging.INFO)
    handler.setFormatter(logging.Formatter(FORMAT))
    return handler


def open_crash_file(folder: Path, program: str) -> TextIO:
    """crash.log opened for appending (the previous one kept as crash.log.1 beyond MAX_BYTES), with
    a line saying which run a dump below it belongs to."""
    path = folder / CRASH_FILE
    if path.exists() and path.stat().st_size > MAX_BYTES:
        path.replace(path.with_name(CRASH_FILE + ".1"))
    out = path.open("a", encoding="utf-8")
    out.write(f"--- {datetime.now().isoformat(timespec='seconds')} judge_app {__version__} {program}, "
              f"pid {os.getpid()}\n")
    out.flush()
    return out


def _log_uncaught(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if not issubclass(exc_type, KeyboardInterrupt):
        log.critical("uncaught exception", exc_info=(exc_type, exc, tb))
    sys.__excepthook__(exc_type, exc, tb)


def setup_logging(program: str) -> Path | None:
    """Log to the log folder and dump fatal crashes there (``program``: "gui" or "cli"), once per
    process. Returns the folder, or None when it cannot be written (read-only media, no space): the
    app then runs on without a log. faulthandler is left alone when already on (``-X faulthandler``,
    pytest): whoever turned it on chose where the dump goes."""
    global _folder, _crash
    if _folder is not None:
        return _folder
    try:
        folder = log_dir()
        handler = log_handler(folder)
        crash = open_crash_file(folder, program)
    except OSError:
        return None
    logging.getLogger().addHandler(handler)
    logging.getLogger("judge_app").setLevel(logging.INFO)
    if not faulthandler.is_enabled():
        faulthandler.enable(crash)
    if sys.excepthook is sys.__excepthook__:
        sys.excepthook = _log_uncaught
    _folder, _crash = folder, crash
    log.info("judge_app %s %s started: Python %s on %s", __version__, program, platform.python_version(),
             platform.platform())
    return folder
