"""Section scores and totals are exact: both engines (compute_event, the reference, and
compute_event_fast, the app's) agree with Fractions rounded by hand (domain rule 3)."""

from __future__ import annotations

from fractions import Fraction

from hypothesis import given, settings, strategies as st

from judge_app.core.engine import compute_event
from judge_app.core.entries import EventInputs
from judge_app.core.fast_engine import compute_event_fast
from tests.core.builders import D, entry, event_from
from tests.core.strategies import RULES


@settings(max_examples=100, deadline=None)
@given(
    st.sampled_from(RULES),
    st.integers(5, 8),
    st.lists(st.lists(st.integers(0, 20), min_size=8, max_size=8), min_size=1, max_size=6),
    st.sampled_from([1, 2]),
    st.sampled_from(["half_up", "half_even"]),
)
def test_section_scores_equal_exact_rational_rounding(rule, size, marks, decimals, rounding):
    """Reference: Fractions, rounded by hand. Both engines must agree with it (rule 3)."""
    spec = {
        "decimals": decimals,
        "rounding": rounding,
        "sections": [
            {
                "id": "s",
                "name": "s",
                "max": 10 * len(marks),
                "weight": 100,
                "rule": rule,
                "judges": [f"J{j}" for j in range(size)],
                "criteria": [{"id": f"c{i}", "name": f"c{i}", "max": 10, "step": "0.5"} for i in range(len(marks))],
            }
        ],
    }
    event = event_from(spec)
    inputs = EventInputs(entries=[entry("A")])
    exact = Fraction(0)
    for i, values in enumerate(marks):
        halves = sorted(Fraction(v, 2) for v in values[:size])
        for j, v in enumerate(values[:size]):
            inputs.add_score("A", f"c{i}", f"J{j}", D(v) / 2)
        if rule == "mean":
            exact += sum(halves) / size
        elif rule == "median":
            exact += (halves[(size - 1) // 2] + halves[size // 2]) / 2
        else:
            k = 2 if rule == "trimmed:2" else 1
            exact += sum(halves[k : size - k]) / (size - 2 * k)
    scaled = exact * 10**decimals
    down, rest = divmod(scaled, 1)
    up = rest > Fraction(1, 2) or (rest == Fraction(1, 2) and (rounding == "half_up" or down % 2 == 1))
    expected = Fraction(int(down) + up, 10**decimals)
    assert Fraction(compute_event(event, inputs).rows[0].section("s").score) == expected
    assert Fraction(compute_event_fast(event, inputs).rows[0].section("s").score) == expected


# -- worked cases ----------------------------------------------------------------------------


def test_six_judge_means_summing_to_a_half_point_round_up():
    """12.5/6 + 38/6 + 5/6 = 9.25 exactly. Summed as 50-digit quotients at 28 digits it used to
    arrive as 9.249999…, and printed 9.2 instead of 9.3."""
    event = event_from(
        {
            "decimals": 1,
            "sections": [
                {
                    "id": "s",
                    "name": "实操",
                    "max": 30,
                    "weight": 100,
                    "rule": "mean",
                    "judges": [f"J{j}" for j in range(6)],
                    "criteria": [{"id": f"c{i}", "name": f"c{i}", "max": 10, "step": "0.5"} for i in range(3)],
                }
            ],
        }
    )
    inputs = EventInputs(entries=[entry("A")])
    for crit, values in (("c0", "2 2 2 2 2 2.5"), ("c1", "6 6 6 6 7 7"), ("c2", "1 1 1 1 0.5 0.5")):
        for j, value in enumerate(values.split()):
            inputs.add_score("A", crit, f"J{j}", D(value))
    row = compute_event(event, inputs).rows[0]
    assert row.section("s").score == D("9.3")
    assert row.total == D("31.0")  # 9.3 × 100 / 30
    assert compute_event_fast(event, inputs).rows[0] == row


def test_weighted_total_of_thirds_and_sixths_rounds_exactly():
    """Weights 50/150 and 50/300: 0.01/3 + 0.01/6 = 0.005 → 0.01 half-up, 0.00 half-even."""
    for rounding, expected in (("half_up", D("0.01")), ("half_even", D("0.00"))):
        event = event_from(
            {
                "rounding": rounding,
                "sections": [
                    {"id": "a", "name": "a", "max": 150, "weight": 50,
                     "criteria": [{"id": "ca", "name": "ca", "max": 150, "step": "0.01", "kind": "measurement"}]},
                    {"id": "b", "name": "b", "max": 300, "weight": 50,
                     "criteria": [{"id": "cb", "name": "cb", "max": 300, "step": "0.01", "kind": "measurement"}]},
                ],
            }
        )
        inputs = EventInputs(entries=[entry("A")])
        inputs.add_score("A", "ca", "M", D("0.01"))
        inputs.add_score("A", "cb", "M", D("0.01"))
        assert compute_event(event, inputs).rows[0].total == expected
        assert compute_event_fast(event, inputs).rows[0].total == expected
