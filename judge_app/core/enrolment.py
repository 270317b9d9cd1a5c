"""Enrolment: the entrants who advance from a round become the next round's entries.

The same person goes on (name, unit, ID number, group, team, members ...); what belongs to one
round stays behind: the code (the next round draws its own lots), status, time and note.
"""

from __future__ import annotations

from dataclasses import replace

from judge_app.core.entries import Entry, Status
from judge_app.core.errors import ImportRefused, SchemeError
from judge_app.core.rounds import AdvanceResult
from judge_app.core.scheme import Event


def next_round(source: Event, target: str) -> str:
    """The event the advancing entrants are enrolled in: ``target`` if given, else ``advance.to``."""
    chosen = target or (source.advance.to if source.advance else "")
    if not chosen:
        raise SchemeError(
            f"赛项 “{source.name}” 的晋级规则没有写明下一轮 (advance.to)，请指定下一轮赛项"
            " / name the next round (advance.to or --to)"
        )
    if chosen == source.id:
        raise SchemeError(f"下一轮不能是 “{source.name}” 本身 / the next round must be another event")
    return chosen


def enrolment(advanced: AdvanceResult, target: Event) -> list[Entry]:
    """The next round's entries for everyone advancing, in advancement order, codes left blank.

    Raises ImportRefused when an entrant could not be recognised in the next round (no name and
    no ID number) or belongs to a group the next round does not have.
    """
    problems: list[str] = []
    entries: list[Entry] = []
    for row in advanced.advancing:
        entry = row.entry
        if not (entry.name.strip() or entry.id_number.strip()):
            problems.append(f"{entry.code}: 没有姓名或身份证号，下一轮无法认出此人 / no name or ID number")
        elif target.groups and entry.group not in target.groups:
            problems.append(
                f"{entry.code}: 组别 “{entry.group}” 不在 “{target.name}” 的组别"
                f" ({'、'.join(target.groups)}) 中 / group not in the next round"
            )
        entries.append(replace(entry, code="", event=target.id, status=Status.OK, time_s=None, note=""))
    if problems:
        raise ImportRefused("晋级选手未报名，没有做任何改动 / nobody enrolled, nothing was changed", problems)
    return entries
