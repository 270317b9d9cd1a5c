"""Commands for rounds, seasons and standard scores: advance, combined, standings, standard.

Codes only, like ``rank``: names stay sealed until the secretary unseals them.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any, Sequence

import click

from judge_app.app import rounds as ops_rounds
from judge_app.app.contest_file import open_contest
from judge_app.cli.login import ACTOR
from judge_app.cli.people import options
from judge_app.core.decimals import fmt
from judge_app.core.ranking import competition_ranks
from judge_app.core.results import EntryResult, EventResult
from judge_app.textwidth import display_width, ljust

CONTEST = click.argument("contest", type=click.Path(dir_okay=False, path_type=Path))
FORMAT = click.option("--format", "form", type=click.Choice(["table", "json"]), default="table")


def report(what: Callable[[Callable[..., Any]], Any]) -> Callable[[Callable[..., Any]], Any]:
    """A command printing one result as a table or JSON: CONTEST ``what`` --format --as."""
    return options(click.command(), CONTEST, what, FORMAT, ACTOR)


def _table(title: str, heads: Sequence[str], body: Sequence[Sequence[str]], notes: Sequence[str] = ()) -> str:
    """A plain-text table aligned for CJK terminals, with '! ' notes below."""
    widths = [max(display_width(str(row[i])) for row in [heads, *body]) for i in range(len(heads))]
    lines = [f"== {title} =="]
    for row in [heads, *body]:
        lines.append("  ".join(ljust(str(cell), widths[i]) for i, cell in enumerate(row)).rstrip())
    lines.extend(f"! {note}" for note in notes)
    return "\n".join(lines)


def _rank(row: EntryResult) -> str:
    return "" if row.rank is None else f"{row.rank}{'*' if row.provisional else ''}"


def _dumps(payload: Any) -> str:
    return json.dumps(payload, ensure_ascii=False, indent=1)


def register(group: click.Group) -> None:
    group.add_command(advance)
    group.add_command(combined)
    group.add_command(standings)
    group.add_command(standard)


@click.command()
@CONTEST
@click.option("--event", required=True, help="本轮赛项 / the round advanced from")
@click.option("--enrol", is_flag=True, help="把晋级选手报名到下一轮（需本轮全部锁定）/ enrol them in the next round")
@click.option("--to", "target", default="", help="下一轮赛项（默认晋级规则的 to）/ the next round")
@FORMAT
@ACTOR
def advance(contest: Path, event: str, enrol: bool, target: str, form: str, actor: str | None) -> None:
    """晋级名单 / who advances from a round (top N or score line, per group); --enrol enrols them."""
    with open_contest(contest, actor) as db:
        enrolled = ops_rounds.enrol_advancing(db, event, to=target) if enrol else None
        ev, result = (enrolled.event, enrolled.advanced) if enrolled else ops_rounds.advance_event(db, event)
    rule = ev.advance
    assert rule is not None
    if form == "json":
        click.echo(
            _dumps(
                {
                    "event": ev.name,
                    "rule": {"top": rule.top, "line": fmt(rule.line) or None, "to": rule.to or None},
                    **({"enrolled": _enrolled_dict(enrolled)} if enrolled else {}),
                    "groups": [
                        {
                            "group": g.group,
                            "advancing": [_brief(r) for r in g.advancing],
                            "not_advancing": [_brief(r) for r in g.staying],
                            "warnings": [w.message for w in g.warnings],
                        }
                        for g in result.groups
                    ],
                }
            )
        )
        return
    parts = [f"前 {rule.top} 名" if rule.top else "", f"总分 ≥ {fmt(rule.line)}" if rule.line is not None else ""]
    body = [
        [g.group, _rank(r), r.code, fmt(r.total), "晋级" if goes else "", r.status.label]
        for g in result.groups
        for goes, rows in ((True, g.advancing), (False, g.staying))
        for r in rows
    ]
    target = f"，晋级至 {rule.to}" if rule.to else ""
    notes = [f"晋级规则 / rule: {'且'.join(p for p in parts if p)}（各组分别）{target}"]
    notes += [w.message for g in result.groups for w in g.warnings]
    notes.append(f"晋级 {len(result.advancing)} 名 / advancing")
    if enrolled:
        notes.append(_enrolled_line(enrolled))
    click.echo(_table(f"{ev.name} 晋级名单", ["组别", "名次", "编号", "总分", "晋级", "备注"], body, notes))


def _enrolled_dict(enrolled: ops_rounds.Enrolment) -> dict[str, Any]:
    counts = enrolled.counts
    return {"to": enrolled.target.id, "added": counts.added, "updated": counts.updated, "unchanged": counts.unchanged}


def _enrolled_line(enrolled: ops_rounds.Enrolment) -> str:
    counts = enrolled.counts
    already = f"，{counts.unchanged} 名已在名单中（不重复报名）" if counts.unchanged else ""
    updated = f"，更新 {counts.updated} 名" if counts.updated else ""
    return (
        f"已报名至 “{enrolled.target.name}”：新增 {counts.added} 名{updated}{already}；检录号待下一轮抽签"
        f" / enrolled in {enrolled.target.id}: {counts.added} added, {counts.unchanged} already there"
    )


def _brief(row: EntryResult) -> dict[str, Any]:
    return {"rank": row.rank, "code": row.code, "total": fmt(row.total) or None, "provisional": row.provisional}


@report(click.option("--event", required=True, help="决赛等带入前轮成绩的赛项 / a round carrying earlier rounds"))
def combined(contest: Path, event: str, form: str, actor: str | None) -> None:
    """决赛综合成绩 / a round's result with the weighted parts of earlier rounds."""
    with open_contest(contest, actor) as db:
        ev, found = ops_rounds.round_result(db, event)
    rows = _rows(found.result)
    if form == "json":
        items = []
        for group, r in rows:
            b = found.breakdown.get(r.code)
            items.append(
                {
                    "group": group,
                    **_brief(r),
                    "own_total": fmt(b.own_total) if b else None,
                    "carried": {p.event: fmt(p.total) or None for p in b.parts} if b else {},
                    "award": r.award,
                    "standard_score": fmt(r.standard_score) or None,
                    "note": "；".join(x for x in (r.status.label, r.tie_note) if x),
                }
            )
        click.echo(_dumps({"event": ev.name, "own_weight": fmt(ev.own_weight), "rows": items,
                           "issues": _notes(found.result)}))
        return
    heads = ["组别", "名次", "编号", f"本轮({fmt(ev.own_weight)}%)"]
    heads += [f"{c.event}({fmt(c.weight)}%)" for c in ev.carry] + ["综合成绩", "奖项", "备注"]
    body = []
    for group, r in rows:
        b = found.breakdown.get(r.code)
        carried = [fmt(p.total) if p.total is not None else "—" for p in b.parts] if b else ["" for _ in ev.carry]
        own = fmt(b.own_total) if b else ""
        note = "；".join(x for x in (r.status.label, r.tie_note) if x)
        body.append([group, _rank(r), r.code, own, *carried, fmt(r.total), r.award or "", note])
    click.echo(_table(f"{ev.name} 综合成绩", heads, body, _notes(found.result)))


@report(click.option("--season", required=True, help="年度/赛季编号 / season id"))
def standings(contest: Path, season: str, form: str, actor: str | None) -> None:
    """年度累计排名 / a season's standings from its periodic assessments (四比一创)."""
    with open_contest(contest, actor) as db:
        found = ops_rounds.season_standings(db, season)
    periods = found.season.sections
    rows = _rows(found.result)
    if form == "json":
        items = [
            {
                "group": group,
                **_brief(r),
                "periods": {p.id: _period(r, p.id) or None for p in periods},
                "award": r.award,
                "titles": list(r.titles),
                "veto": found.veto_text(r),
                "note": found.notes.get(r.code, ""),
            }
            for group, r in rows
        ]
        issues = [i.message for i in found.result.issues]
        click.echo(_dumps({"season": found.season.name, "rows": items, "issues": issues}))
        return
    heads = ["组别", "名次", "编号", *[p.name for p in periods], "年度成绩", "奖项", "称号", "一票否决", "备注"]
    body = [
        [group, _rank(r), r.code, *[_period(r, p.id) or "—" for p in periods], fmt(r.total), r.award or "",
         "、".join(r.titles), found.veto_text(r), found.notes.get(r.code, "")]
        for group, r in rows
    ]
    click.echo(_table(f"{found.season.name} 累计排名", heads, body, _notes(found.result)))


def _rows(result: EventResult) -> list[tuple[str, EntryResult]]:
    """(group, row) of every row of ``result``, group by group."""
    return [(g.group, r) for g in result.groups for r in g.rows]


def _notes(result: EventResult) -> list[str]:
    """The issues of ``result`` and the warnings of its groups, as printed under a table."""
    return [i.message for i in result.issues] + [w.message for g in result.groups for w in g.warnings]


def _period(row: EntryResult, period: str) -> str:
    """A season row's total in one period ('' when missing)."""
    found = row.section(period)
    return fmt(found.score) if found else ""


@report(click.option("--event", "events", multiple=True, help="赛项（可多次；默认所有声明标准分的赛项）/ events"))
def standard(contest: Path, events: tuple[str, ...], form: str, actor: str | None) -> None:
    """跨赛项标准分 / standard scores compared across events (e.g. choosing 工匠 across trades)."""
    with open_contest(contest, actor) as db:
        results = ops_rounds.standard_scores(db, list(events) or None)
    rows = [
        (ev, r) for ev, result in results for r in result.rows if r.standard_score is not None
    ]
    rows.sort(key=lambda item: (-item[1].standard_score, item[0].id, item[1].code))  # type: ignore[operator]
    overall = competition_ranks([r.standard_score for _, r in rows])
    if form == "json":
        items = [
            {"overall": o, "event": ev.name, **_brief(r), "standard_score": fmt(r.standard_score)}
            for o, (ev, r) in zip(overall, rows)
        ]
        click.echo(_dumps({"rows": items}))
        return
    body = [[str(o), ev.name, r.code, _rank(r), fmt(r.total), fmt(r.standard_score)] for o, (ev, r) in zip(overall, rows)]
    notes = [
        f"{ev.name}: 中位数 → {fmt(ev.standard.point)}，平均偏差 → {fmt(ev.standard.spread)} 分"  # type: ignore[union-attr]
        for ev, _ in results
    ] + [i.message for _, result in results for i in result.issues if "标准分" in i.message]
    click.echo(_table("标准分 / standard scores", ["总序", "赛项", "编号", "赛项名次", "总分", "标准分"], body, notes))
