"""Every worked example of shared/domain.md, as a test."""


import pytest

from judge_app.core.aggregate import TooFewValues, aggregate
from judge_app.core.awards import tier_boundaries
from judge_app.core.compute import weighted_total
from judge_app.core.decimals import Rounding, quantize
from judge_app.core.entries import EventInputs
from judge_app.core.results import SectionResult
from judge_app.core.scheme import AggregationRule, AwardTier
from tests.core.builders import D, entry, event_from, run, score_entry, two_sections


def test_half_up_rounding_80_725():
    assert quantize(D("80.725"), 2) == D("80.73")
    assert round(80.725, 2) == 80.72  # why floats are never used


def test_gb_t_8170_option_rounds_half_to_even():
    assert quantize(D("80.725"), 2, Rounding.HALF_EVEN) == D("80.72")
    assert quantize(D("80.735"), 2, Rounding.HALF_EVEN) == D("80.74")
    assert quantize(D("80.7251"), 2, Rounding.HALF_EVEN) == D("80.73")


def test_trimmed_example_from_domain():
    values = [D("8.5"), D("9.0"), D("7.0"), D("9.5"), D("8.0")]
    value, dropped = aggregate(values, AggregationRule.parse("trimmed"))
    assert value == D("8.5")
    assert sorted(values[i] for i in dropped) == [D("7.0"), D("9.5")]


def test_trimmed_k_needs_2k_plus_1_values():
    with pytest.raises(TooFewValues, match="至少需要 5"):
        aggregate([D(1), D(2), D(3), D(4)], AggregationRule.parse("trimmed:2"))
    assert aggregate([D(1), D(2), D(3), D(4), D(10)], AggregationRule.parse("trimmed:2"))[0] == D(3)


def test_median_and_mean():
    assert aggregate([D(1), D(5), D(3)], AggregationRule.parse("median"))[0] == D(3)
    assert aggregate([D(1), D(5), D(3), D(4)], AggregationRule.parse("median"))[0] == D("3.5")
    assert aggregate([D(1), D(2)], AggregationRule.parse("mean"))[0] == D("1.5")


def test_weighted_total_example_80_725_prints_80_73():
    event = two_sections(theory_weight=30)
    sections = (SectionResult("theory", D("86.50")), SectionResult("practical", D("78.25")))
    assert weighted_total(event, sections) == D("80.73")


def test_section_rounded_before_total_mean_of_four_judges():
    """A mean of 4 judges such as 70.375 counts as 70.38 in the total."""
    event = event_from(
        {
            "sections": [
                {
                    "id": "s",
                    "name": "实操",
                    "max": 100,
                    "weight": 100,
                    "rule": "mean",
                    "judges": ["A", "B", "C", "D"],
                    "criteria": [{"id": "c", "name": "c", "max": 100, "step": "0.5"}],
                }
            ]
        }
    )
    inputs = EventInputs(entries=[entry("X")])
    for judge, value in zip("ABCD", ["70", "70.5", "70.5", "70.5"]):
        inputs.add_score("X", "c", judge, D(value))
    row = run(event, inputs).rows[0]
    assert row.section("s").score == D("70.38")
    assert row.total == D("70.38")


def test_deduction_starts_at_max_and_never_below_zero():
    event = two_sections()
    inputs = EventInputs(entries=[entry("A"), entry("B")])
    score_entry(inputs, "A", "80", ["50"] * 5, ["25"] * 5, deduction="1.5")
    score_entry(inputs, "B", "80", ["50"] * 5, ["25"] * 5, deduction="10")
    result = run(event, inputs)
    a, b = result.group("").row("A"), result.group("").row("B")
    assert a.section("practical").criterion("P3").value == D("8.5")
    assert b.section("practical").criterion("P3").value == D(0)
    assert a.section("practical").score == D("83.50")


def test_section_penalty_floors_at_zero():
    from judge_app.core.entries import Penalty

    event = two_sections()
    inputs = EventInputs(entries=[entry("A")])
    score_entry(inputs, "A", "80", ["1"] * 5, ["1"] * 5, deduction="10")
    inputs.penalties.append(("A", Penalty("practical", D(5), "安全违规")))
    row = run(event, inputs).rows[0]
    assert row.section("practical").raw == D(-3)
    assert row.section("practical").score == D("0.00")


def test_award_counts_1_2_3_with_shared_rank_3():
    """Rank 1 → 一等奖, rank ≤ 3 → 二等奖, rank ≤ 6 → 三等奖; two at rank 3 both get 二等奖."""
    tiers = (AwardTier("一等奖", count=1), AwardTier("二等奖", count=2), AwardTier("三等奖", count=3))
    assert tier_boundaries(tiers, 10) == [1, 3, 6]
    event = event_from(
        {
            "sections": [
                {
                    "id": "s",
                    "name": "s",
                    "max": 100,
                    "weight": 100,
                    "criteria": [{"id": "c", "name": "c", "max": 100, "step": 1, "kind": "measurement"}],
                }
            ],
            "tie_breaks": [],
            "awards": {"tiers": [{"name": n, "count": c} for n, c in [("一等奖", 1), ("二等奖", 2), ("三等奖", 3)]]},
        }
    )
    totals = {"A": 99, "B": 98, "C": 97, "D": 97, "E": 96, "F": 95, "G": 94}
    inputs = EventInputs(entries=[entry(code) for code in totals])
    for code, value in totals.items():
        inputs.add_score(code, "c", "J", D(value))
    rows = {r.code: (r.rank, r.award) for r in run(event, inputs).rows}
    assert rows == {
        "A": (1, "一等奖"),
        "B": (2, "二等奖"),
        "C": (3, "二等奖"),
        "D": (3, "二等奖"),
        "E": (5, "三等奖"),
        "F": (6, "三等奖"),
        "G": (7, None),
    }


def test_percent_awards_round_half_up_at_least_one():
    tiers = (AwardTier("一", percent=D(10)), AwardTier("二", percent=D(20)), AwardTier("三", percent=D(30)))
    assert tier_boundaries(tiers, 25) == [3, 8, 16]  # 2.5→3, 5, 7.5→8
    assert tier_boundaries(tiers, 4) == [1, 2, 3]  # 0.4→0 → at least 1; 0.8→1; 1.2→1
