"""Standardised scores: the event median maps to the common point, spread scaled (WorldSkills-like)."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, localcontext
from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st

from judge_app.core.engine import compute_event
from judge_app.core.entries import Entry, EventInputs, Status
from judge_app.core.live import LiveEvent
from judge_app.core.scheme_json import FORMAT, contest_from_dict

D = Decimal


def event(standard: object = True, **extra: object):
    spec = {
        "id": "E",
        "name": "E",
        "standard_score": standard,
        "sections": [{"id": "s", "max": 100, "weight": 100,
                      "criteria": [{"id": "c", "max": 100, "step": "0.01", "kind": "measurement"}]}],
    }
    spec.update(extra)
    return contest_from_dict({"format": FORMAT, "contest": {"name": "t"}, "events": [spec]}).events[0]


def inputs_for(totals: list[str], absent: tuple[str, ...] = ()) -> EventInputs:
    inputs = EventInputs()
    for i, total in enumerate(totals):
        inputs.entries.append(Entry(f"C{i}", "E"))
        inputs.add_score(f"C{i}", "c", "J1", D(total))
    inputs.entries.extend(Entry(code, "E", status=Status.ABSENT) for code in absent)
    return inputs


def standards(ev, totals: list[str], **kw) -> dict[str, Decimal | None]:
    return {r.code: r.standard_score for r in compute_event(ev, inputs_for(totals, **kw)).rows}


def test_worked_example_odd_count():
    # totals 60 70 80 90 100: median 80; mean |deviation| = (20+10+0+10+20)/5 = 12
    # 100 → 700 + 20×20/12 = 733.333… → 733.33; 90 → 700 + 10×20/12 = 716.67; 80 → 700.00
    got = standards(event(), ["60", "70", "80", "90", "100"], absent=("X",))
    assert got == {"C0": D("666.67"), "C1": D("683.33"), "C2": D("700.00"), "C3": D("716.67"), "C4": D("733.33"),
                   "X": None}


def test_worked_example_even_count_and_own_scale():
    # totals 70 80: median 75, mean deviation 5; point 500, spread 100 → 80 gives 500 + 5×100/5 = 600
    got = standards(event({"point": 500, "spread": 100}, decimals=1), ["70", "80"])
    assert got == {"C0": D("400.0"), "C1": D("600.0")}


def test_rounding_policy_of_the_event_applies():
    # totals 0 1 2 3 (median 1.5, deviation 1) on point 700 spread 0.25: 3 → 700.375
    half_up = standards(event({"point": 700, "spread": "0.25"}), ["0", "1", "2", "3"])
    half_even = standards(event({"point": 700, "spread": "0.25"}, rounding="half_even"), ["0", "1", "2", "3"])
    assert (half_up["C3"], half_even["C3"]) == (D("700.38"), D("700.38"))  # 700.375: 7 odd → up in both
    assert (half_up["C0"], half_even["C0"]) == (D("699.63"), D("699.62"))  # 699.625: half-up vs to even


def test_equal_totals_all_get_the_point_with_a_warning():
    result = compute_event(event(), inputs_for(["85", "85", "85"]))
    assert {r.standard_score for r in result.rows} == {D("700.00")}
    assert any("所有总分相同" in i.message for i in result.issues)


def test_not_declared_means_no_standard_score():
    assert set(standards(event(None), ["60", "90"]).values()) == {None}


def test_live_event_fills_the_same_standard_scores():
    ev = event()
    inputs = inputs_for(["61.5", "70", "93.25"])
    live = LiveEvent(ev, inputs)
    assert live.result() == compute_event(ev, inputs)
    assert live.result().rows[0].standard_score is not None


totals_strategy = st.lists(st.integers(min_value=0, max_value=10000), min_size=1, max_size=25).map(
    lambda xs: [format(D(x) / 100, "f") for x in xs]
)


@settings(max_examples=120, deadline=None)
@given(totals=totals_strategy)
def test_standard_score_is_monotone_in_the_total(totals):
    ev = event()
    rows = [r for r in compute_event(ev, inputs_for(totals)).rows]
    pairs = sorted((r.total, r.standard_score) for r in rows)
    for (t1, s1), (t2, s2) in zip(pairs, pairs[1:]):
        assert s1 <= s2 and (t1 != t2 or s1 == s2)


@settings(max_examples=120, deadline=None)
@given(totals=totals_strategy)
def test_the_median_maps_to_the_point(totals):
    rows = sorted(compute_event(event(), inputs_for(totals)).rows, key=lambda r: r.total)
    n = len(rows)
    if n % 2:  # whoever holds the median total is printed at the point exactly
        assert rows[n // 2].standard_score == D("700.00")
    else:  # the two middle totals lie symmetrically around the point (up to one rounding step)
        low, high = rows[n // 2 - 1].standard_score, rows[n // 2].standard_score
        assert low <= 700 <= high and abs(low + high - 1400) <= D("0.01")


@settings(max_examples=80, deadline=None)
@given(totals=totals_strategy, shift=st.integers(min_value=-20, max_value=20))
def test_shifting_every_total_keeps_the_standard_scores(totals, shift):
    ev = event()
    base = [D(t) + 30 for t in totals if D(t) <= 50]
    if not base:
        return
    moved = [b + shift for b in base]
    a = sorted(r.standard_score for r in compute_event(ev, inputs_for([str(b) for b in base])).rows)
    b = sorted(r.standard_score for r in compute_event(ev, inputs_for([str(m) for m in moved])).rows)
    assert a == b


@settings(max_examples=120, deadline=None)
@given(totals=totals_strategy, point=st.integers(0, 1000), spread=st.integers(1, 400).map(lambda x: D(x) / 4))
def test_standard_score_equals_the_definition_computed_with_fractions(totals, point, spread):
    ev = event({"point": point, "spread": str(spread)})
    exact = sorted(Fraction(D(t)) for t in totals)
    n = len(exact)
    mid = exact[n // 2] if n % 2 else (exact[n // 2 - 1] + exact[n // 2]) / 2
    deviation = sum(abs(t - mid) for t in exact) / n
    for row in compute_event(ev, inputs_for(totals)).rows:
        value = Fraction(point) + ((Fraction(row.total) - mid) * Fraction(spread) / deviation if deviation else 0)
        with localcontext() as ctx:
            ctx.prec = 80
            expected = (D(value.numerator) / D(value.denominator)).quantize(D("0.01"), rounding=ROUND_HALF_UP)
        assert row.standard_score == expected
