"""Votes of a 工匠 selection (公众投票): ``votes import|set|void|list``. Codes only; role checks and the
audit are the store's (scorer, chief judge or organiser, while the vote section is open)."""

from __future__ import annotations

from pathlib import Path

import click

from judge_app.app import votes as ops_votes
from judge_app.app.contest_file import open_contest
from judge_app.cli.people import ACTOR, CONTEST, EVENT, ON_EVENT, table
from judge_app.core.decimals import fmt
from judge_app.core.scheme import SectionKind


def register(group: click.Group) -> None:
    group.add_command(votes)


@click.group()
def votes() -> None:
    """公众投票的票数 / a vote section's votes (工匠评选)."""


@votes.command("import")
@CONTEST
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--event", default=None, help="赛项（文件无“赛项”列时）/ event, when the file has no event column")
@ACTOR
def votes_import(contest: Path, file: Path, event: str | None, actor: str | None) -> None:
    """导入票数（编号或候选人编号、票数，可选 作废票数、作废原因、赛项），全部或全不 / load a votes file, all or nothing."""
    with open_contest(contest, actor) as db:
        count = ops_votes.import_votes(db, file, event=event)
    click.echo(f"已导入 {count} 名候选人的票数 / votes imported: {count}")


@votes.command("set")
@CONTEST
@EVENT
@click.argument("code")
@click.argument("count")
@ACTOR
def votes_set(contest: Path, event: str, code: str, count: str, actor: str | None) -> None:
    """登记一名候选人的票数（已作废的票仍作废）/ record a candidate's votes (votes voided stay voided)."""
    with open_contest(contest, actor) as db:
        ops_votes.set_votes(db, event, code, count)
    click.echo(f"{code}：票数 {count} / votes recorded")


@votes.command("void")
@CONTEST
@EVENT
@click.argument("code")
@click.argument("count")
@click.option("--reason", required=True, help="作废原因（必填，记入审计日志）/ why, required")
@ACTOR
def votes_void(contest: Path, event: str, code: str, count: str, reason: str, actor: str | None) -> None:
    """作废刷票：COUNT 为该候选人作废的票数合计（0 = 全部恢复）/ void rigged votes: COUNT is the total voided."""
    with open_contest(contest, actor) as db:
        ops_votes.void_votes(db, event, code, count, reason=reason)
    click.echo(f"{code}：作废 {count} 票 / votes voided: {count}")


@votes.command("list")
@ON_EVENT
def votes_list(contest: Path, event: str, actor: str | None) -> None:
    """票数表：票数、作废、计票、原因和投票模块得分 / the votes, voided, counted and the vote section's score."""
    with open_contest(contest, actor) as db:
        ev, rows = ops_votes.vote_sheet(db, event)
    section = next(s for s in ev.sections if s.kind is SectionKind.VOTE)
    body = [[r.code, "" if r.votes is None else str(r.votes), str(r.voided) if r.voided else "",
             "" if r.counted is None else str(r.counted), fmt(r.score) if r.score is not None else "", r.reason]
            for r in rows]
    click.echo(f"== {ev.name} ==")
    click.echo(table(["编号", "票数", "作废", "计票", f"{section.name}得分", "作废原因"], body))
