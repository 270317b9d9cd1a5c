"""Panel aggregation rules: mean, trimmed (去掉最高分和最低分), median. Results stay exact."""

from __future__ import annotations

from decimal import Decimal
from typing import Sequence

from judge_app.core.decimals import exact_div
from judge_app.core.errors import JudgeAppError
from judge_app.core.scheme import AggregationRule


class TooFewValues(JudgeAppError):
    """The rule needs more values than the panel gave (trimmed:k needs n ≥ 2k+1)."""


def aggregate(values: Sequence[Decimal], rule: AggregationRule) -> tuple[Decimal, tuple[int, ...]]:
    """Return the exact aggregate of ``values`` and the positions the rule dropped.

    >>> aggregate([Decimal("8.5"), Decimal("9.0"), Decimal("7.0"), Decimal("9.5"), Decimal("8.0")],
    ...           AggregationRule("trimmed", 1))[0]
    Decimal('8.5')
    """
    n = len(values)
    if n < rule.min_values:
        raise TooFewValues(
            f"规则 {rule} 至少需要 {rule.min_values} 个分数，现有 {n} 个 / needs {rule.min_values} values"
        )
    order = sorted(range(n), key=lambda i: (values[i], i))
    if rule.name == "trimmed":
        kept = order[rule.k : n - rule.k]
        dropped = tuple(sorted(order[: rule.k] + order[n - rule.k :]))
        return exact_div(sum((values[i] for i in kept), Decimal(0)), len(kept)), dropped
    if rule.name == "median":
        mid = n // 2
        if n % 2:
            return values[order[mid]], ()
        return exact_div(values[order[mid - 1]] + values[order[mid]], 2), ()
    return exact_div(sum(values, Decimal(0)), n), ()
