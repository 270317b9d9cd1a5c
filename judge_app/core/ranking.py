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
from judge_app.core.results import CriterionResult, EntryResult
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


def _criterion_reader(event: Event, criterion_id: str) -> Callable[[EntryResult], Decimal | None]:
    """A function giving a row's rounded value on one criterion (None when it has none).

    The criterion's section and position are looked up once, not once per row.
    """
    section, _ = event.criterion(criterion_id)
    section_id = section.id
    position = [c.id for c in section.criteria].index(criterion_id)
    decimals, rounding = event.decimals, event.rounding

    def read(row: EntryResult) -> Decimal | None:
        result = row.section(section_id)
        if result is None:
            return None
        criteria = result.criteria
        if position < len(criteria) and criteria[position].criterion == criterion_id:
            found: CriterionResult | None = criteria[position]
        else:
            found = result.criterion(criterion_id)
        if found is None or found.value is None:
            return None
        return quantize(found.value, decimals, rounding)

    return read


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
                lambda r, p, read=_criterion_reader(event, cid): _higher(read(r)),
            )
            for cid in ids
        ]
    if tie.kind is TieBreakKind.TIME:
        return [("用时短者列前", lambda r, p: (r.entry.time_s is None, r.entry.time_s or 0))]
    return [("加赛成绩高者列前", lambda r, p: _higher(p.get(r.code)))]


def tie_break_chain(event: Event) -> list[tuple[str, KeyFn]]:
    """Every (label, key function) of the event's chain, in order."""
    return [part for tie in event.tie_breaks for part in tie_break_parts(event, tie)]


def rank_key(row: EntryResult, playoffs: dict[str, Decimal], chain: list[tuple[str, KeyFn]]) -> tuple[Any, ...]:
    """The sort key of a ranked row: minus its total, then each link of the chain (best first)."""
    return (-row.total,) + tuple(fn(row, playoffs) for _, fn in chain)  # type: ignore[operator]


def rank_rows(
    event: Event,
    rows: Sequence[EntryResult],
    playoffs: dict[str, Decimal],
    keys: dict[str, tuple[Any, ...]] | None = None,
) -> list[EntryResult]:
    """Order and rank one event-group: by total, then the chain; unranked entries last.

    ``keys``, when given, caches :func:`rank_key` by entry code: a key found there is used as is
    (the caller keeps it current, as :class:`judge_app.core.live.LiveEvent` does), a missing one is
    computed and stored. A row whose rank and tie note do not change is returned as it came.
    """
    parts = tie_break_chain(event)
    ok = Status.OK
    keyed: list[tuple[tuple[Any, ...], str, int, EntryResult]] = []
    others: list[EntryResult] = []
    for row in rows:
        entry = row.entry
        if entry.status is not ok or row.total is None:
            others.append(row)
            continue
        code = entry.code
        k = None if keys is None else keys.get(code)
        if k is None:
            k = rank_key(row, playoffs, parts)
            if keys is not None:
                keys[code] = k
        keyed.append((k, code, len(keyed), row))  # position: equal (key, code) keep their order
    keyed.sort()
    ordered = [item[0] for item in keyed]
    ranks = competition_ranks(ordered)
    last = len(ordered) - 1
    result: list[EntryResult] = []
    before = ""  # why this row and the one above, of the same total, are in this order
    for index, item in enumerate(keyed):
        row, rank = item[3], ranks[index]
        after = ""
        if index < last and ordered[index + 1][0] == item[0][0]:
            after = _pair_note(item[0], ordered[index + 1], parts)
        note = "；".join(dict.fromkeys(n for n in (before, after) if n)) if before or after else ""
        before = after
        result.append(row if row.rank == rank and row.tie_note == note else replace(row, rank=rank, tie_note=note))
    others.sort(key=lambda r: (_STATUS_ORDER[r.entry.status], r.entry.code))
    result.extend(r if r.rank is None else replace(r, rank=None) for r in others)
    return result


def tie_note(
    above: tuple[Any, ...] | None, key: tuple[Any, ...], below: tuple[Any, ...] | None, parts: list[tuple[str, Any]]
) -> str:
    """The tie note :func:`rank_rows` gives a row of sort ``key`` between the keys ``above`` and
    ``below`` it (None at the top or bottom)."""
    before = _pair_note(above, key, parts) if above is not None else ""
    after = _pair_note(key, below, parts) if below is not None else ""
    return "；".join(dict.fromkeys(n for n in (before, after) if n)) if before or after else ""


def _pair_note(upper: tuple[Any, ...], lower: tuple[Any, ...], parts: list[tuple[str, Any]]) -> str:
    """Why two neighbours with the same total are in this order, in words ('' for other totals)."""
    if upper[0] != lower[0]:
        return ""
    if upper == lower:
        return "并列"
    for position, (label, _) in enumerate(parts, start=1):
        if upper[position] != lower[position]:
            return f"总分相同，{label}"
    return ""
