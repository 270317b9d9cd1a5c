"""Judges' recusal (回避): the panel aggregate uses the remaining judges; too few left is an error."""

from judge_app.core.entries import EventInputs
from judge_app.core.live import LiveEvent
from judge_app.core.sheet_rows import entry_remarks
from tests.core.builders import D, entry, event_from, run


def _event(rule: str, judges: str, level: str = "criterion"):
    return event_from({"sections": [{
        "id": "s", "name": "实操", "max": 100, "weight": 100, "rule": rule, "level": level,
        "judges": list(judges),
        "criteria": [{"id": "x", "name": "工艺", "max": 60, "step": "0.5"},
                     {"id": "y", "name": "安全", "max": 40, "step": "0.5"}]}]})


def _inputs(scores: dict[str, dict[str, str]], recused: dict[str, frozenset[str]]) -> EventInputs:
    inputs = EventInputs(entries=[entry("A01")], recused=recused)
    for crit, by_judge in scores.items():
        for judge, value in by_judge.items():
            inputs.add_score("A01", crit, judge, D(value))
    return inputs


def test_trimmed_mean_over_the_four_judges_left():
    # panel ABCDE, C recused: x 50, 52, 48, 58 → drop 48 and 58 → (50+52)/2 = 51
    #                         y 30, 35, 20, 36 → drop 20 and 36 → (30+35)/2 = 32.5 ; total 83.5
    scores = {"x": {"A": "50", "B": "52", "D": "48", "E": "58"}, "y": {"A": "30", "B": "35", "D": "20", "E": "36"}}
    row = run(_event("trimmed", "ABCDE"), _inputs(scores, {"A01": frozenset({"C"})})).rows[0]
    section = row.section("s")
    assert section.criteria[0].value == D(51) and section.criteria[1].value == D("32.5")
    assert row.total == D("83.50") and not row.provisional  # complete without C
    assert section.criteria[0].dropped == ("D", "E")


def test_without_recusal_the_missing_judge_keeps_it_provisional():
    scores = {"x": {"A": "50", "B": "52", "D": "48", "E": "58"}, "y": {"A": "30", "B": "35", "D": "20", "E": "36"}}
    row = run(_event("trimmed", "ABCDE"), _inputs(scores, {})).rows[0]
    assert row.provisional


def test_mean_ignores_a_value_of_a_recused_judge():
    # mean of A and B only: x (40+45)/2 = 42.5, y (30+31)/2 = 30.5 → 73.00; C's 10 / 10 left out
    scores = {"x": {"A": "40", "B": "45", "C": "10"}, "y": {"A": "30", "B": "31", "C": "10"}}
    row = run(_event("mean", "ABC"), _inputs(scores, {"A01": frozenset({"C"})})).rows[0]
    assert row.total == D("73.00") and not row.provisional
    assert [j for j, _ in row.section("s").criteria[0].values] == ["A", "B"]


def test_too_few_judges_left_for_trimmed_is_an_error_not_a_number():
    # panel of 3, trimmed needs 3: with B recused, A and C's values must not make a value
    scores = {"x": {"A": "50", "C": "54"}, "y": {"A": "30", "C": "34"}}
    result = run(_event("trimmed", "ABC"), _inputs(scores, {"A01": frozenset({"B"})}))
    row = result.rows[0]
    assert row.section("s").criteria[0].value is None and row.provisional
    messages = [i.message for i in result.issues if i.level == "error"]
    assert any("回避后评分组只余 2 名裁判（A、C），规则 trimmed 至少需要 3 名" in m for m in messages), messages


def test_judge_total_level_uses_the_remaining_judges_and_checks_the_minimum():
    # judge totals A 80, B 90, D 70, E 85 (C recused) → trimmed drops 70 and 90 → (80+85)/2 = 82.5
    scores = {"x": {"A": "50", "B": "55", "D": "40", "E": "50"}, "y": {"A": "30", "B": "35", "D": "30", "E": "35"}}
    row = run(_event("trimmed", "ABCDE", "judge_total"), _inputs(scores, {"A01": frozenset({"C"})})).rows[0]
    assert row.total == D("82.50") and not row.provisional
    assert [j for j, _ in row.section("s").judge_totals] == ["A", "B", "D", "E"]
    short = run(_event("trimmed", "ABC", "judge_total"),
                _inputs({"x": {"A": "50", "C": "50"}, "y": {"A": "30", "C": "30"}}, {"A01": frozenset({"B"})}))
    assert any("回避后评分组只余 2 名裁判" in i.message for i in short.issues)
    assert short.rows[0].provisional


def test_live_event_gives_the_same_value_as_the_engine():
    event = _event("trimmed", "ABCDE")
    inputs = _inputs({"x": {"A": "50", "B": "52", "D": "48"}, "y": {"A": "30", "B": "35", "D": "20", "E": "36"}},
                     {"A01": frozenset({"C"})})
    live = LiveEvent(event, inputs)
    group = live.set_score("A01", "x", "E", D(58))
    assert group.rows[0].total == D("83.50") and not group.rows[0].provisional


def test_the_sheets_note_who_was_recused():
    event = _event("mean", "ABC")
    inputs = _inputs({}, {"A01": frozenset({"C", "A"})})
    assert entry_remarks(event, inputs, "A01") == ("评委A、C回避",)
    assert entry_remarks(event, _inputs({}, {}), "A01") == ()
