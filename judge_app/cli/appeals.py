"""Commands for appeals (申诉): ``end-event`` starts the deadline; ``appeal register|decide|list``."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import click

from judge_app.app import appeals as ops_appeals
from judge_app.app.contest_file import open_contest
from judge_app.cli.people import ACTOR, CONTEST, EVENT, table
from judge_app.core.appeal_window import AppealWindow
from judge_app.core.decimals import fmt
from judge_app.local_time import local_time
from judge_app.store.appeals_store import Appeal


def register(group: click.Group) -> None:
    group.add_command(end_event)
    group.add_command(appeal)


def _window_line(event: str, window: AppealWindow) -> str:
    hours = fmt(window.hours)
    if window.ended_at is None or window.deadline is None:
        return f"{event}：比赛结束时间未登记（申诉时限 {hours} 小时）/ end not recorded"
    return (f"{event}：比赛结束 {local_time(window.ended_at.isoformat())}，申诉截止 {local_time(window.deadline.isoformat())}"
            f"（时限 {hours} 小时）/ deadline")


def _appeal_dict(a: Appeal) -> dict[str, object]:
    return {"id": a.id, "event": a.event, "code": a.code, "text": a.text, "received_at": a.received_at,
            "late_reason": a.late_reason, "state": a.state, "decision": a.decision, "changes": a.changes,
            "decided_at": a.decided_at, "decided_by": a.decided_by, "registered_by": a.actor}


def _late_mark(a: Appeal, window: AppealWindow) -> str:
    """（逾期受理） when accepted late with a reason; （逾期） when the end recorded afterwards makes
    it late."""
    if a.late_reason:
        return "（逾期受理）"
    return "（逾期）" if window.is_late(datetime.fromisoformat(a.received_at)) else ""


@click.command("end-event")
@CONTEST
@EVENT
@click.option("--at", default=None, metavar="'2026-12-02 14:00'", help="结束时间（默认现在，本机时间）/ when it ended")
@click.option("--reason", default="", help="更改已登记的结束时间时必填 / required to change a recorded end")
@ACTOR
def end_event(contest: Path, event: str, at: str | None, reason: str, actor: str | None) -> None:
    """登记比赛结束时间（申诉时限由此起算）/ record when an event ended (starts the appeal deadline)."""
    with open_contest(contest, actor) as db:
        window = ops_appeals.end_event(db, event, at=at, reason=reason)
    click.echo(_window_line(event, window))


@click.group()
def appeal() -> None:
    """申诉登记 / the appeals register."""


@appeal.command("register")
@CONTEST
@EVENT
@click.argument("code")
@click.argument("text")
@click.option("--received-at", default=None, metavar="'2026-12-02 15:10'", help="收到时间（默认现在）/ when received")
@click.option("--late-reason", default="", help="逾期申诉由仲裁组同意受理的理由 / why a late appeal is accepted")
@ACTOR
def appeal_register(contest: Path, event: str, code: str, text: str, received_at: str | None, late_reason: str,
                    actor: str | None) -> None:
    """登记书面申诉（逾期须 --late-reason）/ register a written appeal about entry CODE."""
    with open_contest(contest, actor) as db:
        a = ops_appeals.register_appeal(db, event, code, text, received_at=received_at, late_reason=late_reason)
    late = f"（逾期受理：{a.late_reason}）" if a.late_reason else ""
    click.echo(f"申诉 {a.id} 已登记：{a.code} {local_time(a.received_at)}{late} / appeal {a.id} registered")


@appeal.command("decide")
@CONTEST
@click.argument("number", type=int)
@click.option("--upheld/--rejected", required=True, help="申诉成立 / 不成立")
@click.option("--decision", required=True, help="仲裁组意见 / the arbitration group's decision")
@click.option("--changes", default="", help="申诉成立后的处理结果（成立时必填）/ resulting changes")
@ACTOR
def appeal_decide(contest: Path, number: int, upheld: bool, decision: str, changes: str, actor: str | None) -> None:
    """记录仲裁组裁决 / record the decision on appeal NUMBER."""
    with open_contest(contest, actor) as db:
        a = ops_appeals.decide_appeal(db, number, upheld=upheld, decision=decision, changes=changes)
    click.echo(f"申诉 {a.id}：{a.state_label} / {a.state}")


@appeal.command("list")
@CONTEST
@click.option("--event", default=None, help="赛项（默认全部）/ event (default: all)")
@click.option("--format", "form", type=click.Choice(["table", "json"]), default="table")
@ACTOR
def appeal_list(contest: Path, event: str | None, form: str, actor: str | None) -> None:
    """申诉登记表 / list the appeals with the appeal deadline of each event."""
    with open_contest(contest, actor) as db:
        appeals, windows = ops_appeals.appeals_of(db, event)
    if form == "json":
        payload = {"deadlines": {e: {"ended_at": w.ended_at and w.ended_at.isoformat(),
                                     "deadline": w.deadline and w.deadline.isoformat(), "hours": fmt(w.hours)}
                                 for e, w in windows.items()},
                   "appeals": [_appeal_dict(a) for a in appeals]}
        click.echo(json.dumps(payload, ensure_ascii=False, indent=1))
        return
    for name, window in windows.items():
        click.echo(_window_line(name, window))
    rows = [[str(a.id), a.event, a.code, local_time(a.received_at) + _late_mark(a, windows[a.event]),
             a.state_label, a.text, a.decision, a.changes] for a in appeals]
    click.echo(table(["编号", "赛项", "选手", "收到时间", "状态", "申诉内容", "仲裁组意见", "处理结果"], rows))
    click.echo(f"共 {len(appeals)} 件申诉 / {len(appeals)} appeals")
