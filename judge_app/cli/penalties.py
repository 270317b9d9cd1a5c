"""Section penalties recorded by hand (违纪 −5): ``penalty add|list|remove``, each with a reason.
Role checks and the audit are the store's (chief judge or organiser, while the section is open)."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import click

from judge_app.app import penalties as ops_penalties
from judge_app.app.contest_file import open_contest
from judge_app.cli.people import ACTOR, CONTEST, EVENT, ON_EVENT, options, table
from judge_app.core.decimals import fmt, to_decimal

SECTION = click.option("--section", required=True, help="模块（编号或名称）/ section")
REASON = click.option("--reason", required=True, help="原因（必填，记入审计日志）/ reason, required")


def register(group: click.Group) -> None:
    group.add_command(penalty)


@click.group()
def penalty() -> None:
    """扣罚分（违纪、安全违规）/ section penalties."""


#: an entry's penalty in one section: CONTEST --event CODE --section POINTS --reason --as
PENALTY = options(CONTEST, EVENT, click.argument("code"), SECTION, click.argument("points"), REASON, ACTOR)


@penalty.command("add")
@PENALTY
def penalty_add(contest: Path, event: str, code: str, section: str, points: str, reason: str,
                actor: str | None) -> None:
    """扣分：从该模块得分中扣去 POINTS 分（如 5）/ deduct POINTS from the entry's section score."""
    number = _change(ops_penalties.add_penalty, contest, actor, event, code, section, points, reason)
    click.echo(f"{code}：扣 {fmt(number)} 分（{reason}）/ penalty recorded")


@penalty.command("remove")
@PENALTY
def penalty_remove(contest: Path, event: str, code: str, section: str, points: str, reason: str,
                   actor: str | None) -> None:
    """撤销一条误记的扣分（该模块最近一条 POINTS 分的扣分）/ take back a penalty recorded in error."""
    number = _change(ops_penalties.remove_penalty, contest, actor, event, code, section, points, reason)
    click.echo(f"{code}：已撤销扣 {fmt(number)} 分 / penalty removed")


def _change(change: Callable[..., object], contest: Path, actor: str | None, event: str, code: str,
            section: str, points: str, reason: str) -> Decimal:
    """Add or remove (``change``) a penalty of ``points``; returns the points as a number."""
    number = to_decimal(points, "扣分")
    with open_contest(contest, actor) as db:
        change(db, event, code, section, number, reason=reason)
    return number


@penalty.command("list")
@ON_EVENT
def penalty_list(contest: Path, event: str, actor: str | None) -> None:
    """赛项的扣分记录 / an event's penalties, in the order recorded."""
    with open_contest(contest, actor) as db:
        ev, found = ops_penalties.penalties_of(db, event)
    names = {s.id: s.name for s in ev.sections}
    click.echo(f"== {ev.name} ==")
    click.echo(table(["编号", "模块", "扣分", "原因"],
                     [[code, names.get(p.section, p.section), fmt(p.points), p.reason] for code, p in found]))
