"""一票否决 of a season (四比一创): ``veto add|list|remove``, each with a reason. Role checks and the
audit are the store's (organiser or chief judge); the season sheet is ``export --kind season``."""

from __future__ import annotations

from pathlib import Path

import click

from judge_app.app import seasons as ops_seasons
from judge_app.app.contest_file import open_contest
from judge_app.cli.penalties import REASON
from judge_app.cli.people import ACTOR, CONTEST, table
from judge_app.core.veto import VETO_KINDS

SEASON = click.option("--season", required=True, help="年度（编号或名称）/ season")


def register(group: click.Group) -> None:
    group.add_command(veto)


@click.group()
def veto() -> None:
    """一票否决（安全事故等）/ vetoes of a season's entries."""


@veto.command("add")
@CONTEST
@click.argument("code")
@SEASON
@click.option("--period", required=True, help="发生在哪一期（赛项编号或名称）/ the period it happened in")
@click.option("--kind", default=None,
              help="否决事项：年度规则列出的一项（默认清单 " + "、".join(VETO_KINDS) + "；不填为第一项）/ a listed veto kind")
@REASON
@ACTOR
def veto_add(contest: Path, code: str, season: str, period: str, kind: str | None, reason: str,
             actor: str | None) -> None:
    """一票否决：该项目不得评年度奖项和称号（保留成绩和名次）/ veto an entry from the season's awards."""
    with open_contest(contest, actor) as db:
        found = ops_seasons.add_veto(db, season, code, period, kind, reason=reason)
    click.echo(f"{code}：一票否决（{found.kind}：{found.reason}）/ veto recorded")


@veto.command("remove")
@CONTEST
@click.argument("code")
@SEASON
@REASON
@ACTOR
def veto_remove(contest: Path, code: str, season: str, reason: str, actor: str | None) -> None:
    """撤销该项目最近一条一票否决（误记或复议撤销）/ take back the latest veto of an entry."""
    with open_contest(contest, actor) as db:
        found = ops_seasons.remove_veto(db, season, code, reason=reason)
    click.echo(f"{code}：已撤销一票否决（{found.kind}）/ veto removed")


@veto.command("list")
@CONTEST
@SEASON
@ACTOR
def veto_list(contest: Path, season: str, actor: str | None) -> None:
    """年度的一票否决记录 / a season's vetoes, in the order recorded."""
    with open_contest(contest, actor) as db:
        found, vetoes, names = ops_seasons.vetoes_of(db, season)
    click.echo(f"== {found.name} ==")
    click.echo(table(["编号", "期", "事项", "原因", "登记人", "时间"],
                     [[v.code, names.get(v.period, v.period), v.kind, v.reason, v.actor, v.created_at] for v in vetoes]))
