"""Property tests of the ranking and award rules (hypothesis)."""

from decimal import Decimal
from fractions import Fraction
import math

from hypothesis import given, settings, strategies as st

from judge_app.core.aggregate import aggregate
from judge_app.core.awards import tier_boundaries
from judge_app.core.decimals import quantize
from judge_app.core.entries import EventInputs
from judge_app.core.scheme import AggregationRule
from tests.core.builders import entry, event_from, run

halves = st.integers(min_value=0, max_value=200).map(lambda n: Decimal(n) / 2)


def _event(counts, tie_breaks):
    return event_from(
        {
            "tie_breaks": tie_breaks,
            "sections": [
                {"id": "a", "name": "a", "max": 100, "weight": 40,
                 "criteria": [{"id": "ca", "name": "ca", "max": 100, "step": "0.5", "kind": "measurement"}]},
                {"id": "b", "name": "b", "max": 100, "weight": 60,
                 "criteria": [{"id": "cb", "name": "cb", "max": 100, "step": "0.5", "kind": "measurement"}]},
            ],
            "awards": {"tiers": [{"name": f"T{i}", "count": c} for i, c in enumerate(counts)]},
        }
    )


contest_rows = st.lists(st.tuples(halves, halves, st.integers(0, 3)), min_size=1, max_size=25)
award_counts = st.lists(st.integers(1, 4), min_size=1, max_size=3)


def _inputs(rows, order):
    inputs = EventInputs(entries=[entry(f"C{i:02d}", time_s=rows[i][2]) for i in order])
    for i in order:
        inputs.add_score(f"C{i:02d}", "ca", "J", rows[i][0])
        inputs.add_score(f"C{i:02d}", "cb", "J", rows[i][1])
    return inputs


@settings(max_examples=60, deadline=None)
@given(contest_rows, award_counts, st.randoms(use_true_random=False))
def test_ranks_and_awards_invariant_under_row_order(rows, counts, rnd):
    event = _event(counts, ["heaviest_section", "time"])
    order = list(range(len(rows)))
    first = {r.code: (r.rank, r.award) for r in run(event, _inputs(rows, order)).rows}
    rnd.shuffle(order)
    second = {r.code: (r.rank, r.award) for r in run(event, _inputs(rows, order)).rows}
    assert first == second


@settings(max_examples=60, deadline=None)
@given(contest_rows)
def test_ranks_agree_with_printed_totals_and_skip_after_ties(rows):
    event = _event([1], [])  # no tie-breaks: only the printed total decides
    result = run(event, _inputs(rows, range(len(rows)))).rows
    for row in result:
        better = sum(1 for other in result if other.total > row.total)
        assert row.rank == better + 1
    for a in result:
        for b in result:
            if a.total > b.total:
                assert a.rank < b.rank
            if a.total == b.total:
                assert a.rank == b.rank


@settings(max_examples=60, deadline=None)
@given(contest_rows, award_counts)
def test_awards_never_exceed_counts_except_by_boundary_ties(rows, counts):
    event = _event(counts, [])
    result = run(event, _inputs(rows, range(len(rows))))
    ranked = [r for r in result.rows if r.rank is not None]
    bounds = tier_boundaries(event.awards.tiers, len(ranked))
    for index, bound in enumerate(bounds):
        names = {t.name for t in event.awards.tiers[: index + 1]}
        awarded = sum(1 for r in ranked if r.award in names)
        straddling = [r for r in ranked if r.rank <= bound < r.rank + sum(1 for o in ranked if o.rank == r.rank) - 1]
        overflow = max((sum(1 for o in ranked if o.rank == r.rank) - 1 for r in straddling), default=0)
        assert awarded <= bound + overflow
        if not straddling:
            assert awarded == min(bound, len(ranked))
    assert bool(result.groups[0].warnings) == any(
        r.rank <= b < r.rank + sum(1 for o in ranked if o.rank == r.rank) - 1 for r in ranked for b in bounds
    )


@given(st.lists(halves, min_size=3, max_size=9), st.integers(1, 4))
def test_trimmed_mean_between_min_and_max(values, k):
    if len(values) < 2 * k + 1:
        return
    value, dropped = aggregate(values, AggregationRule("trimmed", k))
    assert min(values) <= value <= max(values)
    assert len(dropped) == 2 * k


@given(st.fractions(min_value=0, max_value=1000, max_denominator=10_000), st.integers(0, 3))
def test_half_up_equals_exact_rational_rounding(value, places):
    exact = Fraction(value)
    scale = 10**places
    expected = Fraction(math.floor(exact * scale + Fraction(1, 2)), scale)
    as_decimal = Decimal(exact.numerator) / Decimal(exact.denominator)
    assert Fraction(quantize(as_decimal, places)) == expected
