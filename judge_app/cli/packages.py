"""CLI of judge kits and score packages: ``kit make|open``, ``package export``, ``merge``, ``watch``,
``arrivals`` (several laptops, no network)."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from judge_app.app import packages as ops_packages
from judge_app.app.contest_file import open_contest
from judge_app.cli.login import ACTOR
from judge_app.textwidth import display_width, ljust

_FILE = click.Path(dir_okay=False, path_type=Path)


def register(group: click.Group) -> None:
    group.add_command(kit)
    group.add_command(package)
    group.add_command(merge)
    group.add_command(watch)
    group.add_command(arrivals)


@click.group()
def kit() -> None:
    """评委包 / judge kits."""


@kit.command("make")
@click.argument("contest", type=_FILE)
@click.option("--judge", "-j", "judges", required=True, multiple=True,
              help="裁判编号（可给多次，此时 --out 须为文件夹）/ judge id (repeat for several: --out is a folder)")
@click.option("--out", "-o", required=True, type=click.Path(path_type=Path), help="评委包文件或文件夹 / kit file or folder")
@ACTOR
def kit_make(contest: Path, judges: tuple[str, ...], out: Path, actor: str | None) -> None:
    """为裁判制作评委包 / make judges' kits (each contains the judge's secret key: hand it over in person)."""
    with open_contest(contest, actor) as db:
        paths = ops_packages.make_kits(db, judges, out) if len(judges) > 1 else [ops_packages.make_kit(db, judges[0], out)]
    for path in paths:
        click.echo(f"评委包已写入 / kit written: {path}")


@kit.command("open")
@click.argument("kit_file", type=_FILE)
@click.argument("local", type=_FILE)
@click.option("--new-pin", "new_pin", default=None,
              help="裁判在本机的 PIN（4–8 位数字；此后本机命令须 --as 该裁判并给 PIN）/ the judge's PIN on this laptop")
def kit_open(kit_file: Path, local: Path, new_pin: str | None) -> None:
    """用评委包在本机建立评分文件 / create this laptop's contest file (judge mode) from a kit."""
    judge = ops_packages.open_kit(kit_file, local, pin=new_pin)
    click.echo(f"已建立裁判 {judge} 的评分文件 / judge file created: {local}")


@click.group()
def package() -> None:
    """成绩包 / score packages."""


@package.command("export")
@click.argument("local", type=_FILE)
@click.option("--out", "-o", "out_dir", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="U 盘或共享文件夹 / USB stick or shared folder")
@ACTOR
def package_export(local: Path, out_dir: Path, actor: str | None) -> None:
    """导出本机全部分数为签名成绩包 / export every score of this laptop as a signed package."""
    with open_contest(local, actor) as db:
        path = ops_packages.export_package(db, out_dir)
    click.echo(f"成绩包已写入 / package written: {path}")


@click.command()
@click.argument("contest", type=_FILE)
@click.argument("packages", nargs=-1, required=True, type=_FILE)
@ACTOR
def merge(contest: Path, packages: tuple[Path, ...], actor: str | None) -> None:
    """导入成绩包（可重复、任意顺序）/ merge score packages (any order, repeats are harmless)."""
    with open_contest(contest, actor) as db:
        outcomes = ops_packages.merge_packages(db, packages)
    for o in outcomes:
        click.echo(f"{o.file}: {'已导入 / merged' if o.merged else '已拒绝 / refused'}: {o.message}",
                   err=not o.merged)
    if not all(o.merged for o in outcomes):
        sys.exit(5)


@click.command()
@click.argument("contest", type=_FILE)
@click.argument("folder", type=click.Path(file_okay=False, path_type=Path))
@click.option("--once", is_flag=True, help="看两次（间隔 --interval）后退出 / two polls, then stop")
@click.option("--interval", default=2.0, show_default=True, type=click.FloatRange(min=0.05), help="秒 / seconds")
@ACTOR
def watch(contest: Path, folder: Path, once: bool, interval: float, actor: str | None) -> None:
    """监视文件夹，自动导入新成绩包 / watch a folder and merge new packages as they appear (Ctrl+C stops)."""
    click.echo(f"正在监视 / watching {folder} …")
    try:
        with open_contest(contest, actor) as db:
            ops_packages.watch(db, folder, polls=2 if once else None, interval=interval,
                               report=lambda r: click.echo(r.line()))
    except KeyboardInterrupt:
        click.echo("已停止 / stopped")


@click.command()
@click.argument("contest", type=_FILE)
@ACTOR
def arrivals(contest: Path, actor: str | None) -> None:
    """成绩包到达情况：每个模块各裁判已交/缺 / arrival board per event and section."""
    with open_contest(contest, actor) as db:
        board, conflicts = ops_packages.arrivals(db)
    heads = ["赛项", "模块", "裁判", "成绩包", "最近导出", "分数", "缺"]
    rows = [
        [a.event, a.section, a.judge, str(a.packages) if a.arrived else "未到",
         a.last_exported[:19].replace("T", " "), f"{a.scores}/{a.expected}",
         "、".join(a.missing) if a.missing else "—"]
        for a in board
    ]
    widths = [max(display_width(r[i]) for r in [heads, *rows]) for i in range(len(heads))]
    for row in [heads, *rows]:
        click.echo("  ".join(ljust(cell, widths[i]) for i, cell in enumerate(row)).rstrip())
    for conflict in conflicts:
        click.echo(f"! 冲突 / conflict: {conflict.describe()}")
