"""Recheck (复核) before unsealing: which sheets are rechecked, and the 5% rule.

The default list is the top 10 of each group in full and a random 15% of the other entries
(rounded half-up, at least one when there are others), drawn with a recorded seed so anyone can
redo the draw. A second person re-enters or confirms every value of those sheets; when more than
5% of the values on the list differ from what was stored, the whole event is rechecked.
"""

from __future__ import annotations

import random
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from judge_app.core.errors import InvalidValue

TOP, RANDOM, FULL = "top", "random", "full"
REASON_LABELS = {TOP: "前列全查", RANDOM: "随机抽查", FULL: "全面复核"}
HUNDRED = Decimal(100)


@dataclass(frozen=True)
class RecheckRules:
    top_n: int = 10  # ranks 1..top_n of each group are always rechecked
    percent: Decimal = Decimal(15)  # share of the other entries drawn at random
    limit: Decimal = Decimal(5)  # more than this % of values differing → whole event

    def __post_init__(self) -> None:
        if isinstance(self.top_n, bool) or not isinstance(self.top_n, int) or self.top_n < 0:
            raise InvalidValue(f"复核前列名次应为不小于 0 的整数，输入的是 {self.top_n!r} / top_n must be ≥ 0")
        for value, what in ((self.percent, "抽查比例"), (self.limit, "差错上限")):
            if not isinstance(value, Decimal) or not Decimal(0) <= value <= HUNDRED:
                raise InvalidValue(f"{what}应为 0 到 100 之间的百分数，输入的是 {value!r} / percent out of range")


def sample_size(others: int, percent: Decimal) -> int:
    """How many of ``others`` entries are drawn: percent rounded half-up, at least 1 if any."""
    if others <= 0 or percent <= 0:
        return 0
    size = int((percent * others / HUNDRED).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    return min(others, max(size, 1))


def draw_recheck(ranks: Iterable[tuple[str, int | None]], seed: int,
                 rules: RecheckRules = RecheckRules()) -> dict[str, str]:
    """code → why (TOP or RANDOM) for the recheck list.

    ``ranks`` holds (code, rank in its group) of every entry that has scores (rank None when it
    is not ranked yet). The random part is a seeded shuffle of the other codes in sorted order,
    so the same seed and entries give the same list.
    """
    chosen: dict[str, str] = {}
    others: list[str] = []
    for code, rank in ranks:
        if rank is not None and rank <= rules.top_n:
            chosen[code] = TOP
        else:
            others.append(code)
    others.sort()
    rng = random.Random(seed)
    for i in range(len(others) - 1, 0, -1):  # Fisher–Yates on rng.random(), stable across Pythons
        j = int(rng.random() * (i + 1))
        others[i], others[j] = others[j], others[i]
    for code in others[: sample_size(len(others), rules.percent)]:
        chosen[code] = RANDOM
    return dict(sorted(chosen.items()))


@dataclass(frozen=True)
class Verdict:
    """Where the recheck of one event stands."""

    expected: int  # values on the list
    checked: int  # values re-entered or confirmed
    differing: int  # values found different (and not found right after all)
    limit: Decimal

    @property
    def rate(self) -> Decimal:
        """Differing values as a percentage of the values on the list (0 when the list is empty)."""
        return Decimal(0) if not self.expected else self.differing * HUNDRED / self.expected

    @property
    def whole_event(self) -> bool:
        """More than ``limit`` % of the list differs. Known as soon as it happens: more checking
        can only add differences, never remove values from the list."""
        return self.differing * HUNDRED > self.limit * self.expected

    @property
    def done(self) -> bool:
        return self.checked >= self.expected


def verdict(expected: int, checked: int, differing: int, limit: Decimal = RecheckRules.limit) -> Verdict:
    if not 0 <= differing <= checked <= expected:
        raise InvalidValue(f"复核计数不一致：应查 {expected}，已查 {checked}，不符 {differing} / inconsistent counts")
    return Verdict(expected, checked, differing, limit)
