"""compute_event_fast, the app's ranking path, equals the reference compute_event in every field
(totals, section and criterion results, ranks, ties, awards, issues, flags, bias, standard scores),
down to each Decimal's digits and exponent (the reprs are compared too)."""

from __future__ import annotations

from hypothesis import given, settings, strategies as st

from judge_app.core import fast_engine
from judge_app.core.engine import compute_event
from judge_app.core.entries import EventInputs
from judge_app.core.fast_engine import compute_event_fast, fallback_reason
from judge_app.core.scheme import Event
from tests.core.builders import D, entry, event_from, score_entry, two_sections
from tests.core.strategies import event_specs, random_inputs


def assert_same(event: Event, inputs: EventInputs) -> None:
    expected = compute_event(event, inputs)
    found = compute_event_fast(event, inputs)
    assert found == expected
    assert repr(found) == repr(expected)  # 9 stays 9, 9.0 stays 9.0: the same exponents


@settings(max_examples=200, deadline=None)
@given(event_specs(), st.randoms(use_true_random=False), st.booleans())
def test_fast_path_equals_compute_event(spec, rnd, complete):
    """Every rule (mean, trimmed, trimmed:2, median), kind (judgement, measurement, deduction),
    weights, 1 or 2 decimals, half-up / half-even, tie-break chains, play-offs, statuses,
    penalties, overtime, groups, awards and pass marks; complete, missing and disagreeing values."""
    event = event_from(dict(spec, standard={"point": 700, "spread": 20}) if rnd.random() < 0.2 else spec)
    inputs = random_inputs(event, rnd, complete=complete)
    assert_same(event, inputs)


@settings(max_examples=100, deadline=None)
@given(event_specs(extras=True), st.randoms(use_true_random=False), st.booleans())
def test_what_the_fast_path_does_not_cover_is_the_reference(spec, rnd, complete):
    """Votes, the judge-total level and judgement without a panel: the reference computes the
    event, so the result is still equal."""
    event = event_from(spec)
    assert_same(event, random_inputs(event, rnd, complete=complete, extras=True))


def test_an_event_with_a_vote_section_is_computed_by_the_reference(monkeypatch):
    event = event_from({"sections": [
        {"id": "v", "name": "公众投票", "max": 10, "weight": 50, "kind": "vote"},
        {"id": "p", "name": "实操", "max": 10, "weight": 50, "judges": ["J1", "J2", "J3"],
         "criteria": [{"id": "c", "name": "c", "max": 10, "step": "0.5"}]},
    ]})
    inputs = EventInputs(entries=[entry("A"), entry("B")], votes={"A": D(30), "B": D(10)})
    for code in ("A", "B"):
        for judge in ("J1", "J2", "J3"):
            inputs.add_score(code, "c", judge, D(8))
    assert fallback_reason(event) == "vote section v"
    calls = []
    monkeypatch.setattr(fast_engine, "compute_event", lambda ev, inp: calls.append(ev) or compute_event(ev, inp))
    assert compute_event_fast(event, inputs) == compute_event(event, inputs)
    assert calls == [event]


def test_a_usual_event_is_not_computed_by_the_reference(monkeypatch):
    """Complete trimmed-mean values go through the fast path: neither compute_event nor the
    reference criterion_result runs for them (the deduction and measurement still do)."""
    event = two_sections()
    inputs = EventInputs(entries=[entry(f"C{i}") for i in range(4)])
    for i in range(4):
        score_entry(inputs, f"C{i}", str(80 - i), ["50", "51", "49.5", "50", "52"], ["25", "24", "26", "25", "25"], "1")
    expected = compute_event(event, inputs)
    judged = []
    real = fast_engine.criterion_result
    monkeypatch.setattr(fast_engine, "compute_event", None)
    monkeypatch.setattr(fast_engine, "criterion_result",
                        lambda ev, sec, crit, *a: judged.append(crit.kind.value) or real(ev, sec, crit, *a))
    assert compute_event_fast(event, inputs) == expected
    assert fallback_reason(event) == "" and "judgement" not in judged and judged


def test_exponents_follow_the_values_entered():
    """27/3 is 9 and 27.0/3 is 9.0 in the reference: the fast path keeps each."""
    event = two_sections(rule="mean", judges=3)
    inputs = EventInputs(entries=[entry("A"), entry("B")])
    score_entry(inputs, "A", "80", ["9", "9", "9"], ["8.50", "9.5", "9"], "1")
    score_entry(inputs, "B", "80.0", ["9.0", "9", "9"], ["8.5", "9.50", "9.0"], "1.0")
    assert_same(event, inputs)
    found = compute_event_fast(event, inputs).group("").row("B").section("practical").criterion("P1")
    assert found is not None and str(found.value) == "9.0"


def _recused_inputs() -> EventInputs:
    # two_sections: P1/P2 over J1–J5; J3 recused from A, so four judges' values count
    inputs = EventInputs(entries=[entry("A"), entry("B")], recused={"A": frozenset({"J3"})})
    for code in ("A", "B"):
        inputs.add_score(code, "T1", "J0", D(80))
        for judge, p1 in zip(("J1", "J2", "J4", "J5"), (50, 52, 54, 56)):
            inputs.add_score(code, "P1", judge, D(p1))
            inputs.add_score(code, "P2", judge, D(25))
        inputs.add_score(code, "P3", "J1", D(0))
    inputs.add_score("B", "P1", "J3", D(53))  # B has the whole panel
    inputs.add_score("B", "P2", "J3", D(25))
    return inputs


def test_recusals_are_the_references_smaller_panels():
    event, inputs = two_sections(), _recused_inputs()
    assert_same(event, inputs)
    found = {r.code: r for g in compute_event_fast(event, inputs).groups for r in g.rows}
    assert not found["A"].provisional  # complete without the recused judge


def test_the_live_ranking_keeps_a_recused_judge_out():
    from judge_app.core.live import LiveEvent

    event, inputs = two_sections(), _recused_inputs()
    live = LiveEvent(event, inputs)
    live.set_score("A", "P1", "J1", D(51))
    inputs.add_score("A", "P1", "J1", D(51))
    assert live.result() == compute_event(event, inputs)
