"""Ranking on the rounded total with the event's tie-break chain; competition ranks 1, 2, 2, 4.

Unranked entries (缺考, 弃赛, 取消资格) are listed last with their reason. Tie-breaks compare the
rounded section scores and criterion values as printed on the sheets, so what is printed explains
every order.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from typing import Any, Callable, Hashable, Sequence

from judge_app.core.decimals import quantize
from judge_app.core.entries import Status
from judge_app.core.results import EntryResult
from judge_app.core.scheme import Event, TieBreak, TieBreakKind

_STATUS_ORDER = {Status.OK: 0, Status.ABSENT: 1, Status.WITHDRAWN: 2, Status.DISQUALIFIED: 3}


def competition_ranks(keys: Sequence[Hashable]) -> list[int]:
    """Ranks for keys already sorted best first: equal keys share a rank, the next one skips."""
    ranks: list[int] = []
    for position, key in enumerate(keys):
        ranks.append(ranks[-1] if position and key == keys[position - 1] else position + 1)
    return ranks


def _higher(value: Decimal | None) -> tuple[int, Decimal]:
    """Sort key for 'higher is better'; a missing value sorts last."""
    return (1, Decimal(0)) if value is None else (0, -value)


def _criterion_value(event: Event, row: EntryResult, criterion_id: str) -> Decimal | None:
    section, _ = event.criterion(criterion_id)
    result = row.section(section.id)
    found = result.criterion(criterion_id) if result else None
    if found is None or found.value is None:
        return None
    return quantize(found.value, event.decimals, event.rounding)


def _section_score(row: EntryResult, section_id: str) -> Decimal | None:
    result = row.section(section_id)
    return result.score if result else None


KeyFn = Callable[[EntryResult, dict[str, Decimal]], Any]


def tie_break_parts(event: Event, tie: TieBreak) -> list[tuple[str, KeyFn]]:
    """(label, key function) pairs for one link of the chain; keys sort best first.

    A key function gets the row and the play-off results (code → value).
    """
    if tie.kind is TieBreakKind.HEAVIEST_SECTION:
        heavy = event.heaviest_section
        return [(f"{heavy.name}得分高者列前", lambda r, p, s=heavy.id: _higher(_section_score(r, s)))]
    if tie.kind is TieBreakKind.SECTION:
        sec = event.section(tie.ref or "")
        return [(f"{sec.name}得分高者列前", lambda r, p, s=sec.id: _higher(_section_score(r, s)))]
    if tie.kind in (TieBreakKind.KEY_CRITERIA, TieBreakKind.CRITERION):
        ids = event.key_criteria if tie.kind is TieBreakKind.KEY_CRITERIA else (tie.ref or "",)
        return [
            (
                f"{event.criterion(cid)[1].name}得分高者列前",
                lambda r, p, c=cid: _higher(_criterion_value(event, r, c)),
            )
            for cid in ids
        ]
    if tie.kind is TieBreakKind.TIME:
        return [("用时短者列前", lambda r, p: (r.entry.time_s is None, r.entry.time_s or 0))]
    return [("加赛成绩高者列前", lambda r, p: _higher(p.get(r.code)))]


def tie_break_label(event: Event) -> str:
    """The chain in words, for the footer of a result sheet."""
    return "；".join(label for tie in event.tie_breaks for label, _ in tie_break_parts(event, tie))


def rank_rows(event: Event, rows: Sequence[EntryResult], playoffs: dict[str, Decimal]) -> list[EntryResult]:
    """Order and rank one event-group: by total, then the chain; unranked entries last."""
    parts = [part for tie in event.tie_breaks for part in tie_break_parts(event, tie)]
    ranked = [r for r in rows if r.status is Status.OK and r.total is not None]
    others = [r for r in rows if not (r.status is Status.OK and r.total is not None)]

    def key(row: EntryResult) -> tuple[Any, ...]:
        return (-row.total,) + tuple(fn(row, playoffs) for _, fn in parts)  # type: ignore[operator]

    keyed = sorted(((key(r), r) for r in ranked), key=lambda kr: (kr[0], kr[1].code))
    keys = [k for k, _ in keyed]
    ranks = competition_ranks(keys)
    result: list[EntryResult] = []
    for index, ((k, row), rank) in enumerate(zip(keyed, ranks)):
        note = _tie_note(keys, index, parts)
        result.append(replace(row, rank=rank, tie_note=note))
    others.sort(key=lambda r: (_STATUS_ORDER[r.status], r.code))
    result.extend(replace(r, rank=None) for r in others)
    return result


def _tie_note(keys: list[tuple[Any, ...]], index: int, parts: list[tuple[str, Any]]) -> str:
    """Why this row is ordered against a neighbour with the same total, in words."""
    notes: list[str] = []
    for other in (index - 1, index + 1):
        if 0 <= other < len(keys) and keys[other][0] == keys[index][0]:
            if keys[other] == keys[index]:
                notes.append("并列")
                continue
            for position, (label, _) in enumerate(parts, start=1):
                if keys[other][position] != keys[index][position]:
                    notes.append(f"总分相同，{label}")
                    break
    return "；".join(dict.fromkeys(notes))
