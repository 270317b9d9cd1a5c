"""LiveEvent after any sequence of edits is compute_event on the final inputs."""

from __future__ import annotations

import copy
import random
from decimal import Decimal

import pytest
from hypothesis import given, settings, strategies as st

from judge_app.core.engine import compute_event
from judge_app.core.entries import EventInputs
from judge_app.core.errors import NotFound
from judge_app.core.live import LiveEvent
from judge_app.core.scheme import Event, SectionKind
from tests.core.builders import D, entry, event_from, score_entry, two_sections
from tests.core.strategies import event_specs, random_inputs, random_value


def _random_edit(event: Event, inputs: EventInputs, rnd: random.Random) -> tuple[str, tuple]:
    """One edit a scorer could make: a value, a cleared value, a play-off, a vote count."""
    code = rnd.choice(inputs.entries).code
    roll = rnd.random()
    if roll < 0.08:
        return "set_playoff", (code, rnd.choice([None, D(1), D(2), D("2.5")]))
    if roll < 0.16 and any(s.kind is SectionKind.VOTE for s in event.sections):
        return "set_votes", (code, rnd.choice([None, D(0), D(rnd.randint(1, 40))]))
    scored = [s for s in event.sections if s.criteria]
    if not scored:
        return "set_playoff", (code, D(1))
    section = rnd.choice(scored)
    crit = rnd.choice(section.criteria)
    judges = list(section.judges or ("M0", "M1", "M2")) + ["stranger"]
    existing = inputs.scores.get(code, {}).get(crit.id, {})
    if existing and rnd.random() < 0.25:
        return "set_score", (code, crit.id, rnd.choice(sorted(existing)), None)  # clear a value
    return "set_score", (code, crit.id, rnd.choice(judges), random_value(rnd, crit, rnd.choice([1, 3, 40])))


def _apply(inputs: EventInputs, kind: str, args: tuple) -> None:
    """The same edit on plain inputs, for compute_event."""
    if kind == "set_score":
        code, crit, judge, value = args
        if value is None:
            inputs.scores.get(code, {}).get(crit, {}).pop(judge, None)
        else:
            inputs.add_score(code, crit, judge, value)
    else:
        code, value = args
        target = inputs.playoffs if kind == "set_playoff" else inputs.votes
        if value is None:
            target.pop(code, None)
        else:
            target[code] = value


@settings(max_examples=70, deadline=None)
@given(event_specs(extras=True), st.randoms(use_true_random=False), st.integers(1, 25))
def test_live_event_after_random_edits_equals_compute_event(spec, rnd, n_edits):
    event = event_from(spec)
    inputs = random_inputs(event, rnd, complete=rnd.random() < 0.5, extras=True)
    mirror = copy.deepcopy(inputs)
    live = LiveEvent(event, inputs)
    assert live.result() == compute_event(event, mirror)
    for _ in range(n_edits):
        kind, args = _random_edit(event, mirror, rnd)
        group = getattr(live, kind)(*args)
        _apply(mirror, kind, args)
        expected = compute_event(event, mirror)
        code = args[0]
        assert group == expected.group(next(e.group for e in mirror.entries if e.code == code))
        if rnd.random() < 0.3:
            assert live.result() == expected
    expected = compute_event(event, mirror)
    assert live.result() == expected  # ranks, totals, sections, criteria, awards, issues, flags, bias
    for group in expected.groups:
        assert live.group(group.group) == group
    assert compute_event(event, live.inputs) == expected
    assert compute_event(event, inputs) == compute_event(event, copy.deepcopy(inputs))  # caller's inputs untouched


def _usual(n: int = 6) -> tuple[Event, EventInputs]:
    event = two_sections(awards={"tiers": [{"name": "一等奖", "count": 1}, {"name": "二等奖", "count": 2}]})
    inputs = EventInputs(entries=[entry(f"C{i}", time_s=300 + i) for i in range(n)])
    for i in range(n):
        score_entry(inputs, f"C{i}", str(80 - i), ["50"] * 5, ["25"] * 5, "1")
    return event, inputs


def test_an_edit_moves_last_to_first_and_awards_follow():
    event, inputs = _usual()
    live = LiveEvent(event, inputs)
    assert [r.code for r in live.group("").rows][:2] == ["C0", "C1"]
    for judge in ("J1", "J2", "J3", "J4", "J5"):
        group = live.set_score("C5", "P1", judge, D(60))
    assert [(r.code, r.rank, r.award) for r in group.rows[:3]] == [("C5", 1, "一等奖"), ("C0", 2, "二等奖"), ("C1", 3, "二等奖")]
    inputs_now = copy.deepcopy(live.inputs)
    assert live.result() == compute_event(event, inputs_now)


def test_clearing_a_value_makes_the_entry_provisional_and_back():
    event, inputs = _usual(3)
    live = LiveEvent(event, inputs)
    row = live.set_score("C1", "P2", "J3", None).row("C1")
    assert row.provisional
    assert any(i.code == "C1" for i in live.result().issues) is False  # a missing value is no error
    assert live.set_score("C1", "P2", "J3", D(25)).row("C1") == compute_event(event, inputs).group("").row("C1")


def test_errors_and_their_recovery_are_reported_like_compute_event():
    event, inputs = _usual(3)
    live = LiveEvent(event, inputs)
    live.set_score("C0", "T1", "J1", D(70))  # a second entry disagreeing with J0's 80
    assert any(i.code == "C0" and i.criterion == "T1" for i in live.result().issues)
    live.set_score("C0", "T1", "J1", D(80))  # confirmed by a second entry
    inputs.add_score("C0", "T1", "J1", D(80))
    assert not live.result().issues
    assert live.result() == compute_event(event, inputs)


def test_unknown_code_or_criterion_is_refused_without_change():
    event, inputs = _usual(2)
    live = LiveEvent(event, inputs)
    before = live.result()
    with pytest.raises(NotFound):
        live.set_score("NOPE", "P1", "J1", D(1))
    with pytest.raises(NotFound):
        live.set_score("C0", "NOPE", "J1", D(1))
    assert live.result() is before
    with pytest.raises(KeyError):
        live.group("学生组")


def test_duplicate_codes_are_refused():
    event, inputs = _usual(2)
    inputs.entries.append(inputs.entries[0])
    with pytest.raises(ValueError, match="重复"):
        LiveEvent(event, inputs)


def test_entries_before_the_lot_draw_have_no_code_and_no_result():
    """An event not drawn yet (every code empty) raised 编号“”重复 (issue 16 item 4)."""
    event = two_sections()
    inputs = EventInputs(entries=[entry("") for _ in range(3)] + [entry("C9")])
    live = LiveEvent(event, inputs)
    assert live.result() == compute_event(event, inputs)
    assert [(r.code, r.rank, r.award) for r in live.group("").rows] == [("", None, None)] * 3 + [("C9", None, None)]
    with pytest.raises(NotFound):
        live.set_score("", "T1", "J1", D(50))  # nothing to score without a code
    group = live.set_score("C9", "T1", "J1", D(50))
    assert [r.code for r in group.rows][:1] == ["C9"] and group.rows[0].rank == 1
    assert live.result() == compute_event(event, live.inputs)


def test_the_callers_inputs_are_not_changed():
    event, inputs = _usual(2)
    snapshot = copy.deepcopy(inputs)
    live = LiveEvent(event, inputs)
    live.set_score("C0", "P1", "J1", D(1))
    live.set_playoff("C1", D(3))
    assert inputs == snapshot
    assert live.inputs.scores["C0"]["P1"]["J1"] == D(1)


def test_votes_rescale_every_entry_when_the_top_changes():
    event = event_from(
        {
            "sections": [
                {"id": "vote", "name": "投票", "max": 100, "weight": 30, "kind": "vote"},
                {"id": "panel", "name": "评审", "max": 10, "weight": 70, "rule": "mean", "judges": ["A", "B"],
                 "criteria": [{"id": "c", "name": "c", "max": 10, "step": "0.5"}]},
            ]
        }
    )
    inputs = EventInputs(entries=[entry("X"), entry("Y")], votes={"X": D(50), "Y": D(100)})
    for code in "XY":
        for judge in "AB":
            inputs.add_score(code, "c", judge, D(8))
    live = LiveEvent(event, inputs)
    assert live.group().row("X").section("vote").score == D("50.00")
    group = live.set_votes("Y", D(200))  # X's share halves although X's votes did not change
    assert group.row("X").section("vote").score == D("25.00")
    inputs.votes["Y"] = D(200)
    assert live.result() == compute_event(event, inputs)


def test_absent_entries_keep_their_scores_but_stay_unranked():
    event, inputs = _usual(3)
    inputs.entries[1] = entry("C1", status="absent")
    live = LiveEvent(event, inputs)
    group = live.set_score("C1", "P1", "J1", D(60))
    assert group.row("C1").rank is None and group.rows[-1].code == "C1"
    assert live.inputs.scores["C1"]["P1"]["J1"] == Decimal(60)
    assert live.result() == compute_event(event, live.inputs)


def test_a_play_off_result_orders_a_tie():
    event = event_from(
        {
            "tie_breaks": ["playoff"],
            "sections": [
                {"id": "s", "name": "s", "max": 10, "weight": 100, "rule": "mean", "judges": ["A"],
                 "criteria": [{"id": "c", "name": "c", "max": 10, "step": "0.5"}]}
            ],
        }
    )
    inputs = EventInputs(entries=[entry("X"), entry("Y")])
    for code in "XY":
        inputs.add_score(code, "c", "A", D(8))
    live = LiveEvent(event, inputs)
    assert [(r.code, r.rank) for r in live.group().rows] == [("X", 1), ("Y", 1)]
    assert [(r.code, r.rank) for r in live.set_playoff("Y", D(2)).rows] == [("Y", 1), ("X", 2)]
    assert [(r.code, r.rank) for r in live.set_playoff("X", D(3)).rows] == [("X", 1), ("Y", 2)]
    assert [(r.code, r.rank) for r in live.set_playoff("X", None).rows] == [("Y", 1), ("X", 2)]
    assert live.result() == compute_event(event, live.inputs)


def test_falling_below_a_section_pass_mark_stays_ranked_but_loses_award_and_title():
    event = two_sections(
        awards={
            "tiers": [{"name": "一等奖", "count": 1}, {"name": "二等奖", "count": 5}],
            "section_pass_marks": {"theory": 60},
            "titles": [{"name": "技术能手", "rank_from": 1, "rank_to": 3}],
        }
    )
    inputs = _usual(4)[1]
    live = LiveEvent(event, inputs)
    assert live.group().row("C2").titles == ("技术能手",)
    group = live.set_score("C2", "T1", "J0", D(59))
    row = group.row("C2")
    assert (row.rank, row.award, row.titles, row.eligible) == (4, None, (), False)
    assert (group.row("C3").rank, group.row("C3").titles) == (3, ("技术能手",))
    row = live.set_score("C2", "T1", "J0", D(78)).row("C2")
    assert (row.award, row.titles, row.eligible, row.ineligible_reason) == ("二等奖", ("技术能手",), True, "")
    assert live.result() == compute_event(event, live.inputs)


def test_inputs_handed_over_are_kept_not_copied_and_edited_in_place():
    """``own=True`` (the GUI's store side, which reads the inputs for the live event alone): no
    second copy of every score; by default the caller's inputs are left as they were."""
    event, inputs = _usual(3)
    before = copy.deepcopy(inputs)
    assert before.scores["C1"]["P2"]["J3"] != D(20)
    copied = LiveEvent(event, inputs)
    copied.set_score("C1", "P2", "J3", D(20))
    assert copied.inputs is not inputs and inputs == before
    owned = LiveEvent(event, inputs, own=True)
    owned.set_score("C1", "P2", "J3", D(20))
    assert owned.inputs is inputs and inputs.scores["C1"]["P2"]["J3"] == D(20)
    assert owned.result() == compute_event(event, copy.deepcopy(inputs))
