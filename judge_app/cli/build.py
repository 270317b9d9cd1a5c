"""``judge-app selftest``: the self-test of judge_app.startup.selftest, from the command line."""

from __future__ import annotations

import sys
from pathlib import Path

import click


def register(group: click.Group) -> None:
    group.add_command(selftest)


@click.command()
@click.option("--screenshot", type=click.Path(dir_okay=False, path_type=Path),
              help="保存主窗口截图 (PNG) / save the main window as PNG")
@click.option("--no-gui", is_flag=True, help="跳过窗口检查 / skip the window check")
def selftest(screenshot: Path | None, no_gui: bool) -> None:
    """自检：演示比赛、排名、PDF、审计链、主窗口 / self-test of this installation."""
    from judge_app.startup.selftest import main

    args = (["--screenshot", str(screenshot)] if screenshot else []) + (["--no-gui"] if no_gui else [])
    sys.exit(main(args))
