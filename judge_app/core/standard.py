"""Standardised scores: compare entrants across events (choosing 工匠 across trades).

Modelled on the WorldSkills scale, which puts the median mark of each skill at 700 points. Per
event, over the ranked entries' totals T (all groups together):

    median m  = middle total, or the mean of the two middle totals;
    spread d  = mean absolute deviation from the median, Σ|T − m| / n;
    standard  = point + (total − m) × spread / d        (point 700, spread 20 by default)

so the median entrant gets exactly ``point`` and one mean deviation is worth ``spread`` points.
Everything is exact (integer arithmetic), rounded once with the event's decimals and rounding
policy. When every total is equal (d = 0) everyone gets ``point`` and a warning says so.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from typing import Callable, Sequence

from judge_app.core.decimals import Rounding, fmt, round_ratio
from judge_app.core.results import EventResult, Issue
from judge_app.core.scheme import Event, StandardScale


def standard_scorer(
    totals: Sequence[Decimal], scale: StandardScale, decimals: int, rounding: Rounding = Rounding.HALF_UP
) -> Callable[[Decimal], Decimal]:
    """A function giving the rounded standard score of a total, for one event's ranked totals.

    With every total scaled to an integer T (×10^q) and M2 = twice the scaled median:
    standard = point + (2T − M2) × n × spread / Σ|2T_i − M2|, over one common integer denominator.
    """
    places = max(0, *(-t.as_tuple().exponent for t in totals))  # type: ignore[operator]
    scaled = sorted(int(t.scaleb(places)) for t in totals)
    n, middle = len(scaled), len(scaled) // 2
    twice_median = 2 * scaled[middle] if n % 2 else scaled[middle - 1] + scaled[middle]
    spread_sum = sum(abs(2 * t - twice_median) for t in scaled)  # = 2n × mean deviation (scaled)
    point_num, point_den = scale.point.as_integer_ratio()
    spread_num, spread_den = scale.spread.as_integer_ratio()
    if spread_sum == 0:
        return lambda total: round_ratio(point_num, point_den, decimals, rounding)
    denominator = point_den * spread_sum * spread_den
    base = point_num * spread_sum * spread_den
    factor = n * spread_num * point_den

    def score(total: Decimal) -> Decimal:
        offset = 2 * int(total.scaleb(places)) - twice_median
        return round_ratio(base + offset * factor, denominator, decimals, rounding)

    return score


def standardise(event: Event, result: EventResult) -> EventResult:
    """Fill ``standard_score`` of every ranked row when the event asks for it (``standard``)."""
    scale = event.standard
    if scale is None:
        return result
    ranked = [row.total for row in result.rows if row.rank is not None and row.total is not None]
    if not ranked:
        return result
    score = standard_scorer(ranked, scale, event.decimals, event.rounding)
    groups = tuple(
        replace(
            group,
            rows=tuple(
                replace(row, standard_score=score(row.total))
                if row.rank is not None and row.total is not None
                else row
                for row in group.rows
            ),
        )
        for group in result.groups
    )
    issues = result.issues
    if len(set(ranked)) == 1 and len(ranked) > 1:
        issues += (
            Issue("warning", f"所有总分相同，标准分均为 {fmt(scale.point)} / all totals equal: no spread to scale"),
        )
    return replace(result, groups=groups, issues=issues)
