"""What the frozen ``judge_app`` program does with its arguments (build_spec/entry.py calls it).

* no argument, or a contest file          → the desktop app (after the start-up checks);
* ``--selftest [--screenshot F] [--no-gui]`` → the self-test (judge_app.startup.selftest), exit 0 / 1;
* ``--startup-probe FILE`` → open the main window on FILE, print ``READY <peak MiB>`` when usable
  and exit (timed by benchmarks/bench_startup.py);
* a CLI command (``rank``, ``demo`` ...) or ``--help`` / ``--version`` → the CLI (judge_app.cli.main).

A start-up problem (no Qt platform plugin, a missing system library, a read-only folder or a full
disk) is explained on stderr and, on Windows where a double-clicked program has no console, in
a message box; the exit status is then 2.
"""

from __future__ import annotations

import sys
from pathlib import Path

STARTUP_FAILED = 2
TITLE = "judge_app 无法启动 / cannot start"


def is_cli(first: str) -> bool:
    from judge_app.cli.main import main as cli_main

    return first in cli_main.commands or first in ("-h", "--help", "--version")


def tell(lines: list[str]) -> None:
    """Show start-up problems where the user will see them."""
    text = "\n".join(lines)
    if sys.stderr is not None:
        print(f"{TITLE}:\n{text}", file=sys.stderr)
    if sys.platform == "win32":
        import ctypes

        ctypes.windll.user32.MessageBoxW(None, text, TITLE, 0x10)  # MB_ICONERROR


def run_desktop(argv: list[str]) -> int:
    from judge_app.startup.checks import explain_import_error, startup_problems

    files = [Path(a) for a in argv if not a.startswith("-")]
    problems = startup_problems(files)
    if problems:
        tell(problems)
        return STARTUP_FAILED
    try:
        from judge_app.gui.launch import run_gui
    except ImportError as exc:
        tell([explain_import_error(exc)])
        return STARTUP_FAILED
    return run_gui(argv)


def main(argv: list[str]) -> int:
    if argv[:1] == ["--selftest"]:
        from judge_app.startup.selftest import main as selftest

        return selftest(argv[1:])
    if argv[:1] == ["--startup-probe"] and len(argv) == 2:
        from judge_app.gui.selftest_window import startup_probe

        return startup_probe(Path(argv[1]))
    if argv and is_cli(argv[0]):
        from judge_app.cli.main import main as cli_main

        return cli_main.main(argv, prog_name="judge_app", standalone_mode=True)
    return run_desktop(argv)
