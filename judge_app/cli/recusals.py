"""Judges' recusal (回避): ``recusal add|list|remove JUDGE CODE --reason R``. A judge of the
entry's unit is recused without a command (``judges add ... --unit``); role checks and the audit
are the store's (chief judge or organiser)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import click

from judge_app.app import recusals as ops_recusals
from judge_app.app.contest_file import open_contest
from judge_app.cli.people import ACTOR, CONTEST, table

EVENT = click.option("--event", default=None, help="赛项（编号或名称；编号只在一个赛项中时可省）/ event")
REASON = click.option("--reason", required=True, help="理由（必填，记入审计日志）/ reason, required")


def register(group: click.Group) -> None:
    group.add_command(recusal)


@click.group()
def recusal() -> None:
    """裁判回避（同单位或有关联的选手不由其评分）/ judges' recusal."""


def _one_recusal(command: Callable[..., None]) -> Callable[..., None]:
    """The contest, JUDGE, CODE, --event, --reason and who acts: what add and remove take."""
    for option in reversed((CONTEST, click.argument("judge"), click.argument("code"), EVENT, REASON, ACTOR)):
        command = option(command)
    return command


@recusal.command("add")
@_one_recusal
def recusal_add(contest: Path, judge: str, code: str, event: str | None, reason: str, actor: str | None) -> None:
    """登记裁判 JUDGE 回避选手 CODE（有关联：亲属、师徒、同事…）/ recuse JUDGE from entry CODE."""
    with open_contest(contest, actor) as db:
        found = ops_recusals.add_recusal(db, judge, code, event=event, reason=reason)
    click.echo(f"已登记回避 / recused: 裁判 {found.judge} 不为 {found.event} {found.code} 评分（{found.reason}）")


@recusal.command("remove")
@_one_recusal
def recusal_remove(contest: Path, judge: str, code: str, event: str | None, reason: str, actor: str | None) -> None:
    """撤销一条登记的回避 / take back a recusal marked by hand."""
    with open_contest(contest, actor) as db:
        ops_recusals.remove_recusal(db, judge, code, event=event, reason=reason)
    click.echo(f"已撤销回避 / recusal removed: 裁判 {judge}，{code}")


@recusal.command("list")
@CONTEST
@click.option("--judge", default=None, help="只列此裁判 / this judge only")
@click.option("--event", default=None, help="赛项 / event (default: all)")
@ACTOR
def recusal_list(contest: Path, judge: str | None, event: str | None, actor: str | None) -> None:
    """列出回避（封存期间只显示编号）/ list the recusals (codes only while sealed)."""
    with open_contest(contest, actor) as db:
        found = ops_recusals.list_recusals(db, judge=judge, event=event)
    if not found:
        click.echo("没有回避 / no recusals")
        return
    click.echo(table(["裁判", "赛项", "编号", "类别", "理由"], [[r.judge, r.event, r.code, r.kind, r.reason] for r in found]))
