"""Commands for the events of the scheme: ``event add`` (a new event with one section and criterion
to fill in, as the app's 添加赛项 makes it) and ``event groups`` (the groups an event ranks
separately). Both store the scheme through the application layer; organiser only."""

from __future__ import annotations

from pathlib import Path

import click

from judge_app.app import contest as ops_contest
from judge_app.app.contest_file import open_contest
from judge_app.cli.people import ACTOR, CONTEST, EVENT
from judge_app.core.errors import InvalidValue
from judge_app.core.scheme import EntryKind

KINDS = {kind.value: kind for kind in EntryKind} | {kind.label: kind for kind in EntryKind}


def register(group: click.Group) -> None:
    group.add_command(event)


@click.group()
def event() -> None:
    """赛项：添加赛项、设置组别 / events: add one, set its groups."""


def _groups_text(groups: tuple[str, ...]) -> str:
    return "、".join(groups) or "不分组"


@event.command("add")
@CONTEST
@click.option("--id", "event_id", default="", help="赛项编号（默认与名称相同）/ event id (default: the name)")
@click.option("--name", required=True, help="赛项名称 / event name")
@click.option("--group", "groups", multiple=True, help="组别（可多次给出）/ a group, repeatable")
@click.option("--kind", default="individual", help="参赛对象：" + "/".join(k.value for k in EntryKind)
              + " 或 " + "/".join(k.label for k in EntryKind) + " / what competes")
@ACTOR
def add(contest: Path, event_id: str, name: str, groups: tuple[str, ...], kind: str, actor: str | None) -> None:
    """添加赛项（一个模块“实际操作”和一个评分项，之后修改）/ add an event with one section to fill in."""
    found = KINDS.get(kind.strip().lower()) or KINDS.get(kind.strip())
    if found is None:
        raise InvalidValue(f"未知的参赛对象“{kind}” / unknown entry kind")
    with open_contest(contest, actor) as db:
        added = ops_contest.add_event(db, event_id, name, groups=groups, entry_kind=found)
    click.echo(f"已添加赛项 / event added: {added.name} [{added.id}]，组别 {_groups_text(added.groups)}；"
               "请修改模块和评分项 (scheme show / 评分标准页)")


@event.command("groups")
@CONTEST
@EVENT
@click.argument("groups", nargs=-1)
@click.option("--clear", is_flag=True, help="不分组别 / no groups")
@ACTOR
def groups(contest: Path, event: str, groups: tuple[str, ...], clear: bool, actor: str | None) -> None:
    """设置赛项的组别（分别排名），如：职工组 学生组 / set the groups an event ranks separately."""
    if bool(groups) == clear:
        raise InvalidValue("请给出组别或 --clear（二者取一）/ give the groups or --clear, not both")
    with open_contest(contest, actor) as db:
        changed = ops_contest.set_groups(db, event, groups)
    click.echo(f"赛项 {changed.name} 的组别 / groups: {_groups_text(changed.groups)}")
