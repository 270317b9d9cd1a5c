"""Rules beyond the worked examples: judge-total level, votes, overtime, decimals, rounding policy."""

from judge_app.core.entries import EventInputs, Penalty
from tests.core.builders import D, entry, event_from, run


def _one_section(**section):
    base = {"id": "s", "name": "茶艺表演", "max": 100, "weight": 100, "rule": "trimmed",
            "judges": ["A", "B", "C", "D", "E"],
            "criteria": [{"id": "x", "name": "礼仪", "max": 40, "step": "0.5"},
                         {"id": "y", "name": "冲泡", "max": 60, "step": "0.5"}]}
    base.update(section)
    return base


def test_judge_total_level_differs_from_criterion_level():
    scores = {"x": [10, 40, 20, 30, 25], "y": [60, 10, 50, 40, 35]}
    # criterion level: x trimmed (20+25+30)/3 = 25 ; y trimmed (35+40+50)/3 = 41.666… → 66.67
    # judge-total level: totals 70, 50, 70, 70, 60 → drop 50 and one 70 → (60+70+70)/3 = 66.666… → 66.67
    # make them differ: change judge E's y
    scores["y"][4] = 55  # criterion: y (40+50+55)/3=48.33 → 73.33 ; totals 70,50,70,70,80 → 70
    results = {}
    for level in ("criterion", "judge_total"):
        event = event_from({"sections": [_one_section(level=level)]})
        inputs = EventInputs(entries=[entry("T")])
        for crit, values in scores.items():
            for judge, value in zip("ABCDE", values):
                inputs.add_score("T", crit, judge, D(value))
        results[level] = run(event, inputs).rows[0]
    assert results["criterion"].total == D("73.33")
    assert results["judge_total"].total == D("70.00")
    assert [t for _, t in results["judge_total"].section("s").judge_totals] == [D(70), D(50), D(70), D(70), D(80)]


def test_judge_total_level_with_a_missing_judge_is_provisional():
    event = event_from({"sections": [_one_section(level="judge_total")]})
    inputs = EventInputs(entries=[entry("T")])
    for judge in "ABCD":
        inputs.add_score("T", "x", judge, D(20))
        inputs.add_score("T", "y", judge, D(30))
    inputs.add_score("T", "x", "E", D(20))  # E has no y yet
    row = run(event, inputs).rows[0]
    assert row.provisional and row.total == D("50.00")


def test_vote_section_scales_by_most_votes_and_weights():
    event = event_from({"sections": [
        {"id": "vote", "name": "公众投票", "kind": "vote", "max": 100, "weight": 30},
        {"id": "panel", "name": "评审", "max": 100, "weight": 70, "rule": "mean",
         "criteria": [{"id": "c", "name": "技艺", "max": 100, "step": 1, "kind": "measurement"}]}]})
    inputs = EventInputs(entries=[entry("A"), entry("B")], votes={"A": D(800), "B": D(300)})
    inputs.add_score("A", "c", "J", D(80))
    inputs.add_score("B", "c", "J", D(90))
    rows = {r.code: r for r in run(event, inputs).rows}
    assert rows["A"].section("vote").score == D("100.00")
    assert rows["B"].section("vote").score == D("37.50")
    assert rows["A"].total == D("86.00")  # 30 + 56
    assert rows["B"].total == D("74.25")  # 11.25 + 63


def test_overtime_penalty_per_started_five_minutes_and_manual_penalty():
    event = event_from({"sections": [{"id": "s", "name": "实操", "max": 100, "weight": 100,
                                      "time_penalty": {"limit_min": 180, "per_min": 5, "points": 1},
                                      "criteria": [{"id": "c", "name": "c", "max": 100, "step": 1, "kind": "measurement"}]}]})
    inputs = EventInputs(entries=[entry("A", time_s=180 * 60), entry("B", time_s=180 * 60 + 1), entry("C", time_s=191 * 60)])
    for code in "ABC":
        inputs.add_score(code, "c", "J", D(90))
    inputs.penalties.append(("A", Penalty("s", D(5), "安全违规")))
    rows = {r.code: r.total for r in run(event, inputs).rows}
    assert rows == {"A": D("85.00"), "B": D("89.00"), "C": D("87.00")}


def test_one_decimal_and_half_even_policy_on_section_and_total():
    sec = {"id": "s", "name": "s", "max": 100, "weight": 100, "rule": "mean", "judges": ["A", "B"],
           "criteria": [{"id": "c", "name": "c", "max": 100, "step": "0.05"}]}
    values = ("80.20", "80.30")  # mean 80.25
    for rounding, expected in (("half_up", "80.3"), ("half_even", "80.2")):
        event = event_from({"decimals": 1, "rounding": rounding, "sections": [sec]})
        inputs = EventInputs(entries=[entry("X")])
        for judge, value in zip("AB", values):
            inputs.add_score("X", "c", judge, D(value))
        assert str(run(event, inputs).rows[0].total) == expected


def test_median_rule_and_trimmed_2():
    for rule, expected in (("median", "8.00"), ("trimmed:2", "6.67")):
        event = event_from({"sections": [_one_section(rule=rule, judges=list("ABCDEFG"),
                                                       criteria=[{"id": "x", "name": "x", "max": 100, "step": 1}])]})
        inputs = EventInputs(entries=[entry("T")])
        for judge, value in zip("ABCDEFG", [10, 1, 3, 8, 9, 2, 10]):
            inputs.add_score("T", "x", judge, D(value))
        assert str(run(event, inputs).rows[0].total) == expected


def test_a_step_far_smaller_than_the_max_is_checked_not_crashed() -> None:
    """Found by the template fuzz test: 100 % 1.2279E-223 overflows any Decimal precision."""
    from judge_app.core.decimals import is_multiple

    assert not is_multiple(D(100), D("1.22792199150023E-223"))
    assert is_multiple(D(100), D("1E-200"))
    assert is_multiple(D("8.5"), D("0.5")) and not is_multiple(D("8.3"), D("0.5"))
