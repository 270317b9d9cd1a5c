"""Awards and titles per event and group (domain rule 7).

Boundaries are cumulative positions; an entry gets the first award whose boundary is ≥ its rank,
so entries sharing a rank share the award. An ineligible entry (below a pass mark) keeps its rank,
gets nothing, and moves nobody up.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import ROUND_HALF_UP, Decimal
from typing import Callable, Sequence

from judge_app.core.decimals import fmt
from judge_app.core.results import EntryResult, Issue, SectionResult
from judge_app.core.review import is_conflict
from judge_app.core.scheme import AwardRules, AwardTier, Event

UNBOUNDED = 10**9


def tier_boundaries(tiers: Sequence[AwardTier], ranked_count: int) -> list[int]:
    """Cumulative last rank of each award for ``ranked_count`` ranked entries.

    Percentages are of ranked entries, each size rounded half-up and at least 1.
    """
    boundaries: list[int] = []
    previous = 0
    for tier in tiers:
        if tier.count is not None:
            bound = previous + tier.count
        elif tier.percent is not None:
            size = (tier.percent * ranked_count / 100).quantize(Decimal(1), rounding=ROUND_HALF_UP)
            bound = previous + max(int(size), 1)
        elif tier.rank_to is not None:
            bound = tier.rank_to
        else:
            bound = UNBOUNDED
        boundaries.append(bound)
        previous = bound
    return boundaries


#: why an entry whose scores are still coming in has no award yet (not 未达合格线: it may yet pass)
NOT_YET_SCORED = "尚未评完，合格线待定"


def _fails(row: EntryResult, event: Event, pass_mark: Decimal | None, marks: tuple[tuple[str, Decimal], ...]) -> str:
    """The reason ``row`` misses a pass condition, or '' when it meets them all. Below a mark
    because a value is in conflict, the conflict is the reason, and because scores are still
    missing, :data:`NOT_YET_SCORED` (the pass mark may yet be met either way)."""
    if pass_mark is not None and (row.total is None or row.total < pass_mark):
        return _pending(event, row.sections) or (NOT_YET_SCORED if row.provisional else f"总分未达合格线 {fmt(pass_mark)}")
    for section_id, mark in marks:
        result = row.section(section_id)
        if result is None or result.score is None or result.score < mark:
            pending = _pending(event, (result,) if result else ())
            if pending:
                return pending
            if result is None or result.score is None or not result.complete:
                return NOT_YET_SCORED
            return f"{event.section(section_id).name}未达合格线 {fmt(mark)}"
    return ""


def _pending(event: Event, sections: Sequence[SectionResult]) -> str:
    """'“c”录入不一致，待裁判长确定' for the conflicts among ``sections`` ('' when none)."""
    names = [event.criterion(c.criterion)[1].name for s in sections for c in s.criteria if is_conflict(event, c)]
    return "、".join(f"“{n}”" for n in names) + "录入不一致，待裁判长确定" if names else ""


def assign_awards(event: Event, rows: Sequence[EntryResult]) -> tuple[list[EntryResult], list[Issue]]:
    """Give awards and titles to ranked rows; warn when a shared rank straddles a boundary.

    A row whose award, titles and eligibility do not change is returned as it came.
    """
    ranked_count = sum(1 for r in rows if r.rank is not None)
    bounds = tier_boundaries(event.awards.tiers, ranked_count)
    award = award_giver(event, bounds)
    out = [award(row) for row in rows]
    return out, boundary_tie_warnings(event, out, bounds)


def award_giver(event: Event, bounds: list[int]) -> Callable[[EntryResult], EntryResult]:
    """A function giving one row its award, titles and eligibility for its rank, with the tier
    ``bounds`` of its group (:func:`tier_boundaries`); a row they leave unchanged comes back as is."""
    rules: AwardRules = event.awards
    tiers = list(zip(rules.tiers, bounds))
    checks = rules.pass_mark is not None or bool(rules.section_pass_marks)

    def award_row(row: EntryResult) -> EntryResult:
        rank = row.rank
        if rank is None:
            same = row.award is None and row.titles == ()  # no rank, no award; eligibility untouched
            return row if same else replace(row, award=None, titles=())
        reason = _fails(row, event, rules.pass_mark, rules.section_pass_marks) if checks else ""
        award = None
        if not reason:
            for tier, bound in tiers:
                if bound >= rank:
                    if tier.min_total is None or (row.total is not None and row.total >= tier.min_total):
                        award = tier.name
                    break
        titles = (
            tuple(
                t.name
                for t in rules.titles
                if not reason
                and t.rank_from <= rank <= t.rank_to
                and not _fails(row, event, t.pass_mark, t.section_pass_marks)
            )
            if rules.titles
            else ()
        )
        eligible = not reason
        if row.award == award and row.titles == titles and row.eligible is eligible and row.ineligible_reason == reason:
            return row  # nothing changes: no copy
        return replace(row, award=award, titles=titles, eligible=eligible, ineligible_reason=reason)

    return award_row


def boundary_tie_warnings(event: Event, rows: Sequence[EntryResult], bounds: list[int]) -> list[Issue]:
    """A warning for each shared rank whose places run across an award boundary."""
    by_rank: dict[int, list[str]] = {}
    for row in rows:
        if row.rank is not None:
            by_rank.setdefault(row.rank, []).append(row.entry.code)
    warnings: list[Issue] = []
    for rank, codes in sorted(by_rank.items()):
        if len(codes) < 2:
            continue  # a rank held alone straddles nothing
        last_place = rank + len(codes) - 1
        for tier, bound in zip(event.awards.tiers, bounds):
            if rank <= bound < last_place:
                warnings.append(
                    Issue(
                        "warning",
                        f"{'、'.join(codes)} 并列第 {rank} 名，跨越“{tier.name}”名额界线（第 {bound} 名）："
                        f"均获{tier.name}，该奖项超出名额 {last_place - bound} 名，请裁判长确认或安排加赛",
                    )
                )
    return warnings
