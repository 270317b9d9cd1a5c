"""Ranking: tie-break chain, competition ranks, unranked entries, provisional marks."""

from judge_app.core.entries import EventInputs
from tests.core.builders import D, entry, run, score_entry, two_sections


def _ranks(result):
    return [(r.code, r.rank) for r in result.rows]


def test_tie_broken_by_heaviest_section():
    event = two_sections(theory_weight=30)
    inputs = EventInputs(entries=[entry("A"), entry("B")])
    # A: theory 90, practical 80 → 27 + 56 = 83.00 ; B: theory 76 (22.8), practical 86 (60.2) → 83.00
    score_entry(inputs, "A", "90", ["50"] * 5, ["20"] * 5, deduction="0")
    score_entry(inputs, "B", "76", ["50"] * 5, ["26"] * 5, deduction="0")
    result = run(event, inputs)
    a, b = result.group("").row("A"), result.group("").row("B")
    assert a.total == b.total == D("83.00")
    assert _ranks(result) == [("B", 1), ("A", 2)]
    assert "实际操作" in b.tie_note


def test_tie_broken_by_key_criterion_then_time():
    event = two_sections()
    inputs = EventInputs(entries=[entry("A", time_s=100), entry("B", time_s=90), entry("C", time_s=80)])
    score_entry(inputs, "A", "80", ["40"] * 5, ["30"] * 5, deduction="0")  # P2 30
    score_entry(inputs, "B", "80", ["45"] * 5, ["25"] * 5, deduction="0")  # P2 25, same section
    score_entry(inputs, "C", "80", ["45"] * 5, ["25"] * 5, deduction="0")  # same as B, faster
    result = run(event, inputs)
    assert _ranks(result) == [("A", 1), ("C", 2), ("B", 3)]
    assert "质量" in result.group("").row("A").tie_note
    assert "用时" in result.group("").row("B").tie_note


def test_playoff_breaks_what_the_chain_cannot():
    event = two_sections()
    inputs = EventInputs(entries=[entry("A"), entry("B")])
    for code in "AB":
        score_entry(inputs, code, "80", ["40"] * 5, ["30"] * 5)
    assert _ranks(run(event, inputs)) == [("A", 1), ("B", 1)]
    inputs.playoffs["B"] = D(9)
    inputs.playoffs["A"] = D(7)
    assert _ranks(run(event, inputs)) == [("B", 1), ("A", 2)]


def test_shared_rank_skips_next():
    event = two_sections()
    inputs = EventInputs(entries=[entry(c) for c in "ABCD"])
    score_entry(inputs, "A", "90", ["50"] * 5, ["30"] * 5)
    score_entry(inputs, "B", "80", ["40"] * 5, ["30"] * 5)
    score_entry(inputs, "C", "80", ["40"] * 5, ["30"] * 5)
    score_entry(inputs, "D", "70", ["40"] * 5, ["30"] * 5)
    assert [r.rank for r in run(event, inputs).rows] == [1, 2, 2, 4]


def test_unranked_listed_last_with_reason_and_no_scores():
    event = two_sections()
    inputs = EventInputs(entries=[entry("A", status="缺考"), entry("B"), entry("C", status="disqualified")])
    score_entry(inputs, "B", "60", ["40"] * 5, ["20"] * 5)
    score_entry(inputs, "C", "99", ["60"] * 5, ["30"] * 5)
    rows = run(event, inputs).rows
    assert [(r.code, r.rank, r.status.label) for r in rows] == [("B", 1, ""), ("A", None, "缺考"), ("C", None, "取消资格")]
    assert rows[1].total is None and rows[1].sections == ()


def test_missing_score_is_ranked_provisionally():
    event = two_sections()
    inputs = EventInputs(entries=[entry("A"), entry("B")])
    score_entry(inputs, "A", "80", ["40"] * 5, ["30"] * 5)
    score_entry(inputs, "B", "80", ["40"] * 4, ["30"] * 5)  # one judge missing on P1
    rows = {r.code: r for r in run(event, inputs).rows}
    assert rows["A"].provisional is False
    assert rows["B"].provisional is True and rows["B"].rank is not None


def test_too_few_values_for_trimmed_is_an_issue_for_the_chief_judge():
    event = two_sections()
    inputs = EventInputs(entries=[entry("A")])
    score_entry(inputs, "A", "80", ["40"] * 2, ["30"] * 5)
    result = run(event, inputs)
    assert any(i.level == "error" and i.code == "A" and i.criterion == "P1" for i in result.issues)
    assert result.rows[0].provisional


def test_measurement_double_entry_disagreement_is_reported():
    event = two_sections()
    inputs = EventInputs(entries=[entry("A")])
    score_entry(inputs, "A", "80", ["40"] * 5, ["30"] * 5)
    inputs.add_score("A", "T1", "J9", D("85"))
    result = run(event, inputs)
    assert any("不一致" in i.message for i in result.issues)
    assert result.rows[0].provisional


def test_a_measurement_disagreement_is_a_flagged_conflict_not_a_failed_pass_mark():
    """One judge 15, four 16 blanked the value silently; the note blamed the pass mark (issue 16 item 8)."""
    event = two_sections(awards={"tiers": [{"name": "一等奖", "count": 1}], "section_pass_marks": {"theory": 60}})
    inputs = EventInputs(entries=[entry("A")])
    score_entry(inputs, "A", "75", ["40"] * 5, ["20"] * 5)
    for judge in ("J1", "J2", "J3", "J4"):
        inputs.add_score("A", "T1", judge, D("76"))
    result = run(event, inputs)
    row = result.rows[0]
    theory = row.section("theory").criterion("T1")
    assert theory.value is None and theory.flagged and theory.spread == D(1)
    conflicts = [f for f in result.flags if f.criterion == "T1"]
    assert len(conflicts) == 1 and conflicts[0].level == "error" and conflicts[0].code == "A"
    assert "不一致" in conflicts[0].message and "J0 75" in conflicts[0].message and "J4 76" in conflicts[0].message
    assert row.provisional and row.award is None
    assert "录入不一致" in row.ineligible_reason and "合格线" not in row.ineligible_reason
    for judge in ("J1", "J2", "J3", "J4"):  # the chief judge settles it: every entry agrees
        inputs.add_score("A", "T1", judge, D("75"))
    settled = run(event, inputs)
    assert not settled.flags and settled.rows[0].award == "一等奖" and not settled.rows[0].provisional


def test_spread_flag_and_judge_bias():
    event = two_sections()
    inputs = EventInputs(entries=[entry("A")])
    score_entry(inputs, "A", "80", ["40", "40", "40", "40", "55"], ["20", "21", "20", "20", "20"])
    result = run(event, inputs)
    flagged = {(f.code, f.criterion) for f in result.flags}
    assert flagged == {("A", "P1")}  # 15 > 20% of 60 = 12; P2 spread 1 ≤ 6
    bias = {b.judge: b.mean_deviation for b in result.bias}
    assert bias["J5"] > 0 > bias["J1"]
