"""Whether one entered value is acceptable for its criterion (range and step)."""

from __future__ import annotations

from decimal import Decimal

from judge_app.core.decimals import fmt, is_multiple, to_decimal
from judge_app.core.errors import ScoreError
from judge_app.core.scheme import Criterion, CriterionKind


def check_value(criterion: Criterion, value: object) -> Decimal:
    """Return ``value`` as Decimal if it fits the criterion, else raise ScoreError saying why.

    For a deduction criterion the value is the number of points deducted (0 … max).
    """
    number = to_decimal(value, f"“{criterion.name}”", signed=False)
    what = "扣分" if criterion.kind is CriterionKind.DEDUCTION else "得分"
    if number < 0 or number > criterion.max:
        raise ScoreError(
            f"“{criterion.name}”{what}应在 0 到 {fmt(criterion.max)} 之间，输入的是 {fmt(number)}"
            f" / must be between 0 and {fmt(criterion.max)}"
        )
    if not is_multiple(number, criterion.step):
        raise ScoreError(
            f"“{criterion.name}”{what}须为 {fmt(criterion.step)} 的整数倍，输入的是 {fmt(number)}"
            f" / must be a multiple of {fmt(criterion.step)}"
        )
    return number
