"""Standardised scores: compare entrants across events (choosing 工匠 across trades).

Modelled on the WorldSkills scale, which puts the median mark of each skill at 700 points. Per
event, over the ranked entries' totals T (all groups together):

    median m  = middle total, or the mean of the two middle totals;
    spread d  = mean absolute deviation from the median, Σ|T − m| / n;
    standard  = point + (total − m) × spread / d        (point 700, spread 20 by default)

so the median entrant gets exactly ``point`` and one mean deviation is worth ``spread`` points.
Everything is exact (fractions), rounded once with the event's decimals and rounding policy.
When every total is equal (d = 0) everyone gets ``point`` and a warning says so.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from fractions import Fraction
from typing import Sequence

from judge_app.core.decimals import fmt, round_fraction
from judge_app.core.results import EventResult, Issue
from judge_app.core.scheme import Event, StandardScale


def median(values: Sequence[Fraction]) -> Fraction:
    """The exact median (mean of the two middle values for an even count)."""
    ordered = sorted(values)
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2


def scale_for(totals: Sequence[Decimal], scale: StandardScale) -> tuple[Fraction, Fraction]:
    """(median, mean absolute deviation from it) of an event's totals; totals must not be empty."""
    exact = [Fraction(t) for t in totals]
    mid = median(exact)
    return mid, sum(abs(t - mid) for t in exact) / len(exact)


def standard_value(total: Decimal, mid: Fraction, deviation: Fraction, scale: StandardScale) -> Fraction:
    """The exact standard score of one total."""
    if deviation == 0:
        return Fraction(scale.point)
    return Fraction(scale.point) + (Fraction(total) - mid) * Fraction(scale.spread) / deviation


def standardise(event: Event, result: EventResult) -> EventResult:
    """Fill ``standard_score`` of every ranked row when the event asks for it (``standard``)."""
    scale = event.standard
    if scale is None:
        return result
    ranked = [row.total for row in result.rows if row.rank is not None and row.total is not None]
    if not ranked:
        return result
    mid, deviation = scale_for(ranked, scale)
    groups = tuple(
        replace(
            group,
            rows=tuple(
                replace(
                    row,
                    standard_score=round_fraction(
                        standard_value(row.total, mid, deviation, scale), event.decimals, event.rounding
                    ),
                )
                if row.rank is not None and row.total is not None
                else row
                for row in group.rows
            ),
        )
        for group in result.groups
    )
    issues = result.issues
    if deviation == 0 and len(ranked) > 1:
        issues += (
            Issue("warning", f"所有总分相同，标准分均为 {fmt(scale.point)} / all totals equal: no spread to scale"),
        )
    return replace(result, groups=groups, issues=issues)
