"""LiveEvent moves an edited entry in its group's sorted order (bisect) and re-ranks only near
it: after every edit the group equals a full recompute (compute_event), ties, notes, awards,
titles, pass marks and boundary warnings included."""

from __future__ import annotations

import random

from hypothesis import given, settings, strategies as st

from judge_app.core import live as live_module
from judge_app.core.engine import compute_event
from judge_app.core.entries import Entry, EventInputs, Status
from judge_app.core.live import LiveEvent
from judge_app.core.scheme import CriterionKind, Event
from tests.core.builders import D, event_from
from tests.core.strategies import event_specs, random_value


def crowded_inputs(event: Event, rnd: random.Random) -> EventInputs:
    """15–60 entries in the event's groups, few distinct values (many equal totals), a few
    absent or withdrawn, a few play-offs."""
    groups = list(event.groups) or [""]
    statuses = [Status.OK] * 12 + [Status.ABSENT, Status.WITHDRAWN]
    inputs = EventInputs(entries=[
        Entry(code=f"C{i:02d}", event=event.id, group=rnd.choice(groups), status=rnd.choice(statuses),
              time_s=rnd.choice([None, 280, 300, 330]))
        for i in range(rnd.randint(15, 60))
    ])
    for e in inputs.entries:
        for section in event.sections:
            for crit in section.criteria:
                judges = section.judges or ("M0",)
                if crit.kind is not CriterionKind.JUDGEMENT:
                    judges = judges[:1]
                value = random_value(rnd, crit, 1)
                for judge in judges:
                    inputs.add_score(e.code, crit.id, judge, value if rnd.random() < 0.7 else random_value(rnd, crit, 1))
    for e in rnd.sample(inputs.entries, 3):
        inputs.playoffs[e.code] = rnd.choice([D(1), D(2)])
    return inputs


def _edit(event: Event, inputs: EventInputs, rnd: random.Random) -> tuple[str, str, str, D | None]:
    code = rnd.choice(inputs.entries).code
    section = rnd.choice([s for s in event.sections if s.criteria])
    crit = rnd.choice(section.criteria)
    judge = rnd.choice(list(section.judges or ("M0",)))
    value = None if rnd.random() < 0.05 else random_value(rnd, crit, rnd.choice([1, 2, 40]))
    return code, crit.id, judge, value


@settings(max_examples=60, deadline=None)
@given(event_specs(), st.randoms(use_true_random=False), st.integers(5, 40))
def test_every_edit_leaves_the_group_as_a_full_recompute(spec, rnd, n_edits):
    event = event_from(spec)
    inputs = crowded_inputs(event, rnd)
    live = LiveEvent(event, inputs)
    for _ in range(n_edits):
        code, crit, judge, value = _edit(event, inputs, rnd)
        group = live.set_score(code, crit, judge, value)
        if value is None:
            inputs.scores.get(code, {}).get(crit, {}).pop(judge, None)
        else:
            inputs.add_score(code, crit, judge, value)
        expected = compute_event(event, inputs)
        assert group == expected.group(next(e.group for e in inputs.entries if e.code == code))
    assert live.result() == compute_event(event, inputs)


def test_an_edit_of_a_ranked_entry_does_not_re_rank_the_group(monkeypatch):
    event = event_from({
        "sections": [{"id": "s", "name": "实操", "max": 10, "weight": 100, "rule": "trimmed",
                      "judges": ["J1", "J2", "J3"], "criteria": [{"id": "c", "name": "c", "max": 10, "step": "0.5"}]}],
        "awards": {"tiers": [{"name": "一等奖", "count": 1}, {"name": "二等奖", "count": 2}]},
    })
    inputs = EventInputs(entries=[Entry(code=f"A{i}", event=event.id) for i in range(6)])
    for i in range(6):
        for judge in ("J1", "J2", "J3"):
            inputs.add_score(f"A{i}", "c", judge, D(i))
    live = LiveEvent(event, inputs)
    monkeypatch.setattr(live_module, "rank_group", None)  # a whole-group re-rank would fail now
    for judge in ("J1", "J2", "J3"):
        group = live.set_score("A0", "c", judge, D(9))
        inputs.add_score("A0", "c", judge, D(9))
    assert [(r.code, r.rank, r.award) for r in group.rows[:3]] == [("A0", 1, "一等奖"), ("A5", 2, "二等奖"), ("A4", 3, "二等奖")]
    assert live.result() == compute_event(event, inputs)
