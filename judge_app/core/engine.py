"""Whole-event computation: every entry's scores, ranking per group, awards, review data."""

from __future__ import annotations

from typing import Any, Sequence

from judge_app.core.awards import assign_awards
from judge_app.core.compute import compute_entry, max_votes
from judge_app.core.entries import EventInputs
from judge_app.core.ranking import rank_rows
from judge_app.core.results import EntryResult, EventResult, GroupResult, Issue, JudgeBias
from judge_app.core.review import judge_bias, spread_flags
from judge_app.core.scheme import Event
from judge_app.core.standard import standardise


def group_names(event: Event, rows: Sequence[EntryResult]) -> list[str]:
    """The event's groups in scheme order, then any other group found on entries."""
    names = list(event.groups)
    for row in rows:
        if row.entry.group not in names:
            names.append(row.entry.group)
    return names or [""]


def rank_group(
    event: Event,
    group: str,
    rows: Sequence[EntryResult],
    inputs: EventInputs,
    keys: dict[str, tuple[Any, ...]] | None = None,
) -> GroupResult:
    """Rank and award one group's computed rows (``keys``: see :func:`rank_rows`)."""
    ranked = rank_rows(event, rows, inputs.playoffs, keys)
    awarded, warnings = assign_awards(event, ranked)
    return GroupResult(event.id, group, tuple(awarded), tuple(warnings))


def compute_event(event: Event, inputs: EventInputs) -> EventResult:
    """Compute, rank and award every group of an event from its recorded inputs."""
    top_votes = max_votes(event, inputs)
    rows: list[EntryResult] = []
    issues: list[Issue] = []
    for entry in inputs.entries:
        row, found = compute_entry(event, entry, inputs, top_votes)
        rows.append(row)
        issues.extend(found)
    return event_result(event, inputs, rows, issues)


def event_result(
    event: Event,
    inputs: EventInputs,
    rows: Sequence[EntryResult],
    issues: Sequence[Issue],
    bias: Sequence[JudgeBias] | None = None,
) -> EventResult:
    """The event's result from its computed (unranked) rows: groups ranked and awarded, the
    review data (``bias``: :func:`judge_bias` of the rows, when the caller has it) and standard
    scores."""
    by_group: dict[str, list[EntryResult]] = {}
    for row in rows:
        by_group.setdefault(row.entry.group, []).append(row)
    groups = tuple(
        rank_group(event, name, by_group.get(name, []), inputs)
        for name in group_names(event, rows)
        if name in by_group or not rows
    )
    result = EventResult(
        event=event.id,
        groups=groups,
        issues=tuple(issues),
        bias=tuple(judge_bias(event, rows) if bias is None else bias),
        flags=tuple(spread_flags(event, rows)),
    )
    return standardise(event, result)
