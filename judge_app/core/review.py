"""What the chief judge reviews: spread flags and each judge's bias against the panel."""

from __future__ import annotations

from decimal import Decimal
from typing import Sequence

from judge_app.core.decimals import exact_div, fmt, quantize
from judge_app.core.results import EntryResult, Issue, JudgeBias
from judge_app.core.scheme import CriterionKind, Event


def spread_flags(event: Event, rows: Sequence[EntryResult]) -> list[Issue]:
    """One warning per judgement value set whose max − min is above the event's threshold."""
    flags: list[Issue] = []
    for row in rows:
        for section in row.sections:
            for result in section.criteria:
                if result.flagged and result.spread is not None:
                    crit = event.criterion(result.criterion)[1]
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


def judge_bias(event: Event, rows: Sequence[EntryResult]) -> list[JudgeBias]:
    """Mean of (judge's value − panel mean) over every judgement value of each judge."""
    judgement = {c.id for s in event.sections for c in s.criteria if c.kind is CriterionKind.JUDGEMENT}
    sums: dict[str, Decimal] = {}
    counts: dict[str, int] = {}
    for row in rows:
        for section in row.sections:
            for result in section.criteria:
                if result.criterion not in judgement or len(result.values) < 2:
                    continue
                mean = exact_div(sum((v for _, v in result.values), Decimal(0)), len(result.values))
                for judge, value in result.values:
                    sums[judge] = sums.get(judge, Decimal(0)) + value - mean
                    counts[judge] = counts.get(judge, 0) + 1
    return [
        JudgeBias(judge, quantize(exact_div(sums[judge], counts[judge]), 3), counts[judge])
        for judge in sorted(sums)
    ]
