"""``judge-app export`` (PDF / xlsx / CSV / JSON) and ``judge-app verify-sheet``."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from judge_app.app import reports as ops_reports
from judge_app.app.contest_file import has_seal_passphrase
from judge_app.cli.passphrase import PASSPHRASE, ask
from judge_app.cli.login import ACTOR


def _contest_arg():
    return click.argument("contest", type=click.Path(dir_okay=False, path_type=Path))


@click.command("export")
@_contest_arg()
@click.option("--format", "fmt", type=click.Choice(ops_reports.FORMATS), default="pdf",
              show_default=True, help="文件格式 / file format")
@click.option("--kind", type=click.Choice(ops_reports.EXPORT_KINDS), default="results", show_default=True,
              help="报表: 成绩汇总表 results, 获奖名单 awards, 评分表 marksheet, 抽签记录表 draw, "
                   "成绩单 transcript, 单位奖牌榜 medals, 成绩分布图 histogram, 表彰名单 commendation, "
                   "年度成绩表 season")
@click.option("--event", default=None, help="只导出此赛项 / only this event")
@click.option("--season", default=None, help="--kind season：只导出此年度（默认全部）/ only this season")
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="输出目录 / output folder")
@ACTOR
@PASSPHRASE
def export_command(contest: Path, fmt: str, kind: str, event: str | None, season: str | None, out_dir: Path,
                   actor: str | None, passphrase: str | None) -> None:
    """导出报表和数据 / export sheets (PDF) and data (xlsx, CSV with BOM, JSON with detail); the
    抽签记录表 (--kind draw) of a sealed second draw with the secretary's --passphrase."""
    if kind == "draw" and passphrase is None:
        passphrase = ask("加密裁判口令（第二次抽签已加密时）/ the secretary's passphrase (for a sealed second draw)") or None
    result = ops_reports.export(contest, fmt, out_dir, kind=kind, event=event, season=season, actor=actor,
                                passphrase=passphrase)
    for path in result.files:
        click.echo(f"已导出 / written: {path}")
    for event_name, group, fp in result.fingerprints:
        click.echo(f"校验码 / fingerprint {fp}: {event_name} {group}".rstrip())
    for warning in result.warnings:
        click.echo(f"警告 / warning: {warning.message}", err=True)


@click.command("verify-sheet")
@_contest_arg()
@click.argument("fingerprint")
@ACTOR
@PASSPHRASE
def verify_sheet_command(contest: Path, fingerprint: str, actor: str | None, passphrase: str | None) -> None:
    """核对纸质成绩表的校验码（须登录：有姓名的表只对能看姓名的人相符）；公示后印出的表还核对封印
    / check a printed sheet's fingerprint against the current data (a sheet with names matches only
    for those who may see them); one printed after publication also carries the sealed audit head."""
    if passphrase is None and has_seal_passphrase(contest):
        passphrase = ask("封印口令（直接回车则不核对封印）/ seal passphrase (Enter: do not check the seals)") or None
    matches = ops_reports.verify_sheet(contest, fingerprint, actor=actor, passphrase=passphrase)
    if not matches:
        click.echo(f"不一致 / NO MATCH: 当前数据中没有校验码为 {fingerprint.strip()} 的成绩表；"
                   "纸质表印出后成绩已改动，文件被旧副本替换或审计日志被改写，或不是本比赛的表"
                   " / the data changed since printing, the file was rolled back or its log rewritten", err=True)
        sys.exit(2)
    for match in matches:
        where = f"{match.event} {match.group}".rstrip()
        sealed = "" if match.seal is None else (f"，封印 #{match.seal.id}（审计日志第 {match.seal.seq} 条）"
                                               f" / sealed at audit entry {match.seal.seq}")
        click.echo(f"一致 / MATCH: 校验码 {match.fingerprint} 与当前数据相符：{where}{sealed}")
    problems = matches[0].problems
    for problem in problems:
        click.echo(f"  - {problem}", err=True)
    if problems:
        click.echo("但封印有问题：文件在印出之后可能被改写 / but the seals show a problem", err=True)
        sys.exit(2)


def register(group: click.Group) -> None:
    group.add_command(export_command)
    group.add_command(verify_sheet_command)
