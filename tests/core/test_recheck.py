"""Recheck (复核) rules: the list drawn (top N in full, a seeded random share of the others) and
the 5% rule."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from judge_app.core.errors import InvalidValue
from judge_app.core.recheck import RANDOM, TOP, RecheckRules, draw_recheck, sample_size, verdict


def test_top_ten_in_full_and_fifteen_percent_of_the_others() -> None:
    ranks = [(f"A{i:02d}", i) for i in range(1, 31)]  # 30 ranked: 10 top, 20 others → 3 drawn
    chosen = draw_recheck(ranks, seed=7)
    assert [c for c, why in chosen.items() if why == TOP] == [f"A{i:02d}" for i in range(1, 11)]
    drawn = [c for c, why in chosen.items() if why == RANDOM]
    assert len(drawn) == 3 and all(int(c[1:]) > 10 for c in drawn)


def test_same_seed_same_list_other_seed_may_differ() -> None:
    ranks = [(f"B{i:03d}", None) for i in range(200)]
    first = draw_recheck(ranks, seed=123)
    assert draw_recheck(list(reversed(ranks)), seed=123) == first  # input order does not matter
    assert any(draw_recheck(ranks, seed=s) != first for s in range(1, 5))


def test_tied_ranks_inside_the_top_are_all_rechecked() -> None:
    ranks = [("X1", 1), ("X2", 2), ("X3", 2), ("X4", 4)]
    chosen = draw_recheck(ranks, seed=1, rules=RecheckRules(top_n=2, percent=Decimal(0)))
    assert chosen == {"X1": TOP, "X2": TOP, "X3": TOP}


@pytest.mark.parametrize(("others", "percent", "size"), [
    (0, Decimal(15), 0), (1, Decimal(15), 1), (3, Decimal(15), 1), (10, Decimal(15), 2),  # 1.5 → 2 half-up
    (20, Decimal(15), 3), (7, Decimal(0), 0), (4, Decimal(100), 4),
])
def test_sample_size_is_rounded_half_up_and_at_least_one(others: int, percent: Decimal, size: int) -> None:
    assert sample_size(others, percent) == size


def test_more_than_five_percent_different_means_the_whole_event() -> None:
    assert not verdict(40, 40, 2).whole_event  # exactly 5%: not more than 5%
    assert verdict(40, 40, 3).whole_event
    early = verdict(40, 3, 3)  # known before the list is done: 3 of 40 already exceeds 5%
    assert early.whole_event and not early.done
    assert verdict(40, 3, 3).rate == Decimal("7.5")


def test_inconsistent_counts_and_bad_rules_are_refused() -> None:
    with pytest.raises(InvalidValue):
        verdict(10, 11, 0)
    with pytest.raises(InvalidValue):
        RecheckRules(percent=Decimal(150))
    with pytest.raises(InvalidValue):
        RecheckRules(top_n=-1)


@given(st.lists(st.one_of(st.none(), st.integers(1, 40)), max_size=60), st.integers(0, 2**63 - 1))
def test_every_top_entry_and_exactly_the_sample_of_others(ranks: list[int | None], seed: int) -> None:
    pairs = [(f"E{i:03d}", r) for i, r in enumerate(ranks)]
    chosen = draw_recheck(pairs, seed)
    top = {c for c, r in pairs if r is not None and r <= 10}
    assert {c for c, why in chosen.items() if why == TOP} == top
    others = len(pairs) - len(top)
    assert sum(1 for why in chosen.values() if why == RANDOM) == sample_size(others, Decimal(15))
