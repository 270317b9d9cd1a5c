"""The log file and the crash dump a venue laptop keeps (judge_app.startup.logs), each checked in
a fresh interpreter: set-up happens once per process and pytest has faulthandler on already."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from judge_app.startup import logs


def run_python(code: str, home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONFAULTHANDLER"}
    env.update(JUDGE_APP_HOME=str(home), PYTHONIOENCODING="utf-8")
    return subprocess.run([sys.executable, "-c", code, *args], env=env, capture_output=True, text=True,
                          encoding="utf-8", timeout=60)


def log_text(home: Path, name: str = logs.LOG_FILE) -> str:
    return (home / "data" / "logs" / name).read_text(encoding="utf-8")


def test_a_logged_error_reaches_the_log_file_in_the_data_folder(tmp_path: Path) -> None:
    done = run_python(
        "import faulthandler, logging\n"
        "from judge_app.startup.logs import setup_logging\n"
        "folder = setup_logging('gui')\n"
        "assert setup_logging('gui') == folder  # once per process\n"
        "logging.getLogger('judge_app.gui.dialogs').error('unexpected error: 王䶮 %s', 42)\n"
        "logging.getLogger('judge_app.store').info('opened')\n"
        "print(folder, faulthandler.is_enabled())\n",
        tmp_path,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == [str(tmp_path / "data" / "logs"), "True"]
    text = log_text(tmp_path)
    assert "ERROR judge_app.gui.dialogs: unexpected error: 王䶮 42" in text
    assert "INFO judge_app.store: opened" in text and " gui started: Python " in text
    assert text.count("started") == 1


def test_faulthandler_dumps_a_hard_crash_into_the_crash_file(tmp_path: Path) -> None:
    done = run_python("from judge_app.startup.logs import setup_logging\nimport faulthandler\n"
                      "setup_logging('gui')\nfaulthandler._sigsegv()\n", tmp_path)
    assert done.returncode != 0
    crash = log_text(tmp_path, logs.CRASH_FILE)
    assert crash.startswith("--- ") and " gui, pid " in crash
    assert "Fatal Python error" in crash and 'File "<string>", line 4' in crash
    assert "Fatal Python error" not in done.stderr  # the windowed program has no stderr to lose it to


def test_an_uncaught_exception_is_logged_and_still_shown(tmp_path: Path) -> None:
    done = run_python("from judge_app.startup.logs import setup_logging\nsetup_logging('cli')\n"
                      "raise RuntimeError('kaputt')\n", tmp_path)
    assert done.returncode == 1 and "RuntimeError: kaputt" in done.stderr
    text = log_text(tmp_path)
    assert "CRITICAL judge_app.startup.logs: uncaught exception" in text and "RuntimeError: kaputt" in text


def test_every_cli_command_keeps_the_log(tmp_path: Path) -> None:
    done = run_python("import sys\nfrom judge_app.cli.main import main\nsys.exit(main())\n", tmp_path,
                      "new", str(tmp_path / "c.judge"), "--name", "测试赛")
    assert done.returncode == 0, done.stderr
    assert " cli started: Python " in log_text(tmp_path)
    assert "--- " in log_text(tmp_path, logs.CRASH_FILE)


def test_the_desktop_app_sets_up_the_log_before_anything_else(monkeypatch: pytest.MonkeyPatch) -> None:
    from judge_app.gui import launch

    class Started(Exception):
        pass

    def setup(program: str) -> None:
        raise Started(program)

    monkeypatch.setattr(launch, "setup_logging", setup)
    monkeypatch.setattr(launch, "ensure_app", lambda argv: pytest.fail("Qt before the log"))
    with pytest.raises(Started, match="gui"):
        launch.run_gui([])


def test_the_log_rotates_at_1_mb_keeping_5(tmp_path: Path) -> None:
    handler = logs.log_handler(tmp_path)
    record = logging.LogRecord("judge_app.x", logging.ERROR, __file__, 1, "x" * 1000, None, None)
    try:
        for _ in range(1100):
            handler.emit(record)
    finally:
        handler.close()
    assert (tmp_path / "judge_app.log.1").stat().st_size <= logs.MAX_BYTES
    assert (handler.maxBytes, handler.backupCount) == (1_000_000, 5)


def test_an_unwritable_folder_leaves_the_app_running_without_a_log(tmp_path: Path) -> None:
    (tmp_path / "data").write_text("a file where the data folder should be", encoding="utf-8")
    done = run_python("from judge_app.startup.logs import setup_logging\nprint(setup_logging('gui'))\n", tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "None"
