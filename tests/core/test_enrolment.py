"""Enrolment of advancing entrants in the next round: same person, no code, tied at the cut go on."""

from __future__ import annotations

from decimal import Decimal

import pytest

from judge_app.core.engine import compute_event
from judge_app.core.enrolment import enrolment, next_round
from judge_app.core.entries import Entry, EventInputs, Status
from judge_app.core.errors import ImportRefused, SchemeError
from judge_app.core.rounds import advancement
from judge_app.core.scheme_json import FORMAT, contest_from_dict

from .test_rounds import one_section


def rounds(final_groups: list[str] | None = None, to: str = "决赛"):
    final = one_section("决赛", **({"groups": final_groups} if final_groups else {}))
    data = {"format": FORMAT, "contest": {"name": "t"},
            "events": [one_section("初赛", advance={"top": 2, **({"to": to} if to else {})}), final]}
    return contest_from_dict(data)


def advanced(contest, people):
    """Advancement of 初赛 from (code, value, entry fields) rows."""
    ev = contest.event("初赛")
    inputs = EventInputs()
    for code, value, fields in people:
        inputs.entries.append(Entry(code, ev.id, **fields))
        inputs.add_score(code, "c", "J1", Decimal(value))
    return advancement(ev, compute_event(ev, inputs))


PEOPLE = [
    ("P1", "90", {"name": "张三", "unit": "一厂", "id_number": "11010519491231002X", "group": "A", "time_s": 300,
                  "note": "初赛备注", "members": ("甲", "乙")}),
    ("P2", "80", {"name": "李四", "unit": "二厂", "group": "A"}),
    ("P3", "80", {"name": "王五", "unit": "三厂", "group": "A"}),
    ("P4", "70", {"name": "赵六", "unit": "四厂", "group": "A"}),
]


def test_everyone_tied_at_the_cut_is_enrolled_as_the_same_person_without_a_code():
    contest = rounds()
    entries = enrolment(advanced(contest, PEOPLE), contest.event("决赛"))
    # top 2 of 90, 80, 80, 70: the two sharing 2nd place both go on
    assert [e.name for e in entries] == ["张三", "李四", "王五"]
    first = entries[0]
    assert (first.code, first.event, first.group, first.unit, first.id_number, first.members) == (
        "", "决赛", "A", "一厂", "11010519491231002X", ("甲", "乙"))
    assert (first.status, first.time_s, first.note) == (Status.OK, None, "")


def test_a_group_the_next_round_lacks_refuses_everyone():
    contest = rounds(final_groups=["B"])
    with pytest.raises(ImportRefused) as caught:
        enrolment(advanced(contest, PEOPLE), contest.event("决赛"))
    assert len(caught.value.problems) == 3 and "组别 “A”" in caught.value.problems[0]


def test_an_entrant_known_only_by_code_cannot_be_enrolled():
    contest = rounds()
    anonymous = [("P1", "90", {}), ("P2", "85", {"name": "李四"})]
    with pytest.raises(ImportRefused) as caught:
        enrolment(advanced(contest, anonymous), contest.event("决赛"))
    assert [p.split(":")[0] for p in caught.value.problems] == ["P1"]


def test_next_round_is_the_option_else_the_rule_else_an_error():
    with_to, without = rounds(), rounds(to="")
    assert next_round(with_to.event("初赛"), "") == "决赛"
    assert next_round(with_to.event("初赛"), "复赛") == "复赛"
    with pytest.raises(SchemeError, match="下一轮"):
        next_round(without.event("初赛"), "")
    with pytest.raises(SchemeError, match="本身"):
        next_round(with_to.event("初赛"), "初赛")
