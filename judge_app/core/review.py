"""What the chief judge reviews: spread flags, value conflicts and each judge's bias against the
panel."""

from __future__ import annotations

from decimal import Decimal
from typing import Sequence

from judge_app.core.decimals import exact_div, fmt, quantize
from judge_app.core.results import CriterionResult, EntryResult, Issue, JudgeBias
from judge_app.core.scheme import CriterionKind, Event


def is_conflict(event: Event, result: CriterionResult) -> bool:
    """Whether a measurement or deduction criterion's entries disagree (its value is missing until
    the chief judge settles it)."""
    return result.flagged and event.criterion(result.criterion)[1].kind is not CriterionKind.JUDGEMENT


def spread_flags(event: Event, rows: Sequence[EntryResult]) -> list[Issue]:
    """What the chief judge must look at, per criterion and entry: a warning for a judgement value
    set whose max − min is above the event's threshold, an error for a measurement or deduction
    whose entries disagree (a conflict: no value until it is settled)."""
    flags: list[Issue] = []
    for row in rows:
        for section in row.sections:
            for result in section.criteria:
                if not result.flagged or result.spread is None:
                    continue
                crit = event.criterion(result.criterion)[1]
                if crit.kind is not CriterionKind.JUDGEMENT:
                    flags.append(conflict_issue(event, row.code, result))
                    continue
                limit = event.spread.threshold(crit.max)
                shown = "、".join(f"{judge}:{fmt(value)}" for judge, value in result.values)
                flags.append(
                    Issue(
                        "warning",
                        f"{row.code} “{crit.name}” 分差 {fmt(result.spread)} 超过 {fmt(limit)} ({shown})",
                        row.code,
                        result.criterion,
                    )
                )
    return flags


def conflict_issue(event: Event, code: str, result: CriterionResult) -> Issue:
    """The error the chief judge sees for a measurement or deduction whose entries disagree."""
    crit = event.criterion(result.criterion)[1]
    shown = "、".join(f"{judge} {fmt(value)}" for judge, value in result.values)
    return Issue("error", f"{code} “{crit.name}” 录入不一致（{shown}），须由裁判长确定正确值 / entries disagree",
                 code, crit.id)


def conflicts(flags: Sequence[Issue]) -> list[Issue]:
    """The value conflicts among :func:`spread_flags` (the errors)."""
    return [flag for flag in flags if flag.level == "error"]


def outlier(values: Sequence[tuple[str, Decimal]]) -> str | None:
    """The judge whose value lies farthest from the panel's median (the one a 重评 request is
    most likely for); the first of them on a tie, None with fewer than three values."""
    if len(values) < 3:
        return None
    ordered = sorted(v for _, v in values)
    middle = len(ordered) // 2
    median = ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2
    return max(values, key=lambda pair: abs(pair[1] - median))[0]


def judge_bias(event: Event, rows: Sequence[EntryResult]) -> list[JudgeBias]:
    """Mean of (judge's value − panel mean) over every judgement value of each judge."""
    judgement = {c.id for s in event.sections for c in s.criteria if c.kind is CriterionKind.JUDGEMENT}
    sums = BiasSums()
    for row in rows:
        for section in row.sections:
            for result in section.criteria:
                if result.criterion in judgement and len(result.values) >= 2:
                    sums.add(result.values)
    return sums.result()


class BiasSums:
    """Each judge's running Σ (value − panel mean) and count, value set by value (in the order of
    the rows, sections and criteria, as :func:`judge_bias` reads them)."""

    def __init__(self) -> None:
        self.sums: dict[str, Decimal] = {}
        self.counts: dict[str, int] = {}

    def add(self, values: Sequence[tuple[str, Decimal]], mean: Decimal | None = None) -> None:
        """One panel's (judge, value) pairs; ``mean``: their exact mean when the caller has it."""
        if mean is None:
            mean = exact_div(sum((v for _, v in values), Decimal(0)), len(values))
        sums, counts = self.sums, self.counts
        for judge, value in values:
            sums[judge] = sums.get(judge, _ZERO) + value - mean
            counts[judge] = counts.get(judge, 0) + 1

    def result(self) -> list[JudgeBias]:
        sums, counts = self.sums, self.counts
        return [
            JudgeBias(judge, quantize(exact_div(sums[judge], counts[judge]), 3), counts[judge])
            for judge in sorted(sums)
        ]


_ZERO = Decimal(0)
