"""The audit listing as a person reads it: names, units and ID numbers of a sealed event masked
for whoever may not see them yet, shown to the key holders and to everyone after unseal."""

from __future__ import annotations

import pytest

from judge_app.core.entries import Status
from judge_app.core.errors import NotPermitted
from judge_app.core.people import MASK, Role, masker
from judge_app.store import ContestDB
from judge_app.store.audit import AuditQuery

from .sample import finish_recheck, register_organiser


@pytest.fixture
def staffed(contest: ContestDB) -> ContestDB:
    register_organiser(contest)
    for person, role in (("V1", Role.SUPERVISOR), ("S1", Role.SECRETARY), ("J1", Role.JUDGE), ("C1", Role.CHIEF)):
        contest.add_judge(person, f"{role.label}{person}", role=role, pin="1357" if role in (Role.JUDGE, Role.SUPERVISOR) else "13579-aaa-bbb")
    contest.act_as("O0")
    contest.set_status("电工", "C01", Status.ABSENT, reason="王伟（市电力公司）请假")
    return contest


def _reasons(db: ContestDB) -> str:
    return "\n".join(e.reason for e in db.audit_view()[0])


def test_names_are_masked_for_the_supervisor_until_unseal(staffed: ContestDB) -> None:
    staffed.act_as("V1")
    text = _reasons(staffed)
    assert "王伟" not in text and MASK in text
    staffed.act_as("S1")
    assert "王伟（" in _reasons(staffed)  # a key holder sees them
    staffed.act_as("O0")
    for section in ("theory", "practical"):
        staffed.lock_section("电工", section)
    finish_recheck(staffed, "电工")
    staffed.unseal_event("电工")
    staffed.act_as("V1")
    assert "王伟（" in _reasons(staffed)


def test_the_database_filters_newest_first_and_counts(staffed: ContestDB) -> None:
    staffed.act_as("V1")
    every, total = staffed.audit_view()
    assert total == len(every) and [e.seq for e in every] == sorted((e.seq for e in every), reverse=True)
    judges, count = staffed.audit_view(AuditQuery(action="judge"), limit=2)
    assert count == 5 and len(judges) == 2 and all(e.action.startswith("judge.") for e in judges)
    assert staffed.audit_view(AuditQuery(action="jud"))[1] == 0  # a kind, not the start of a word
    assert staffed.audit_view(AuditQuery(event="电工", person="O0"))[1] == 1  # 电工/C01 by O0
    assert "judge" in staffed.audit_kinds() and "entry" in staffed.audit_kinds()


def test_the_longest_name_is_masked_where_two_start_alike() -> None:
    mask = masker(["王伟", "王伟东", "市电力公司"])
    assert mask("王伟东和王伟（市电力公司）") == f"{MASK}和{MASK}（{MASK}）"
    assert mask("") == "" and mask("ok") == "ok"


def test_a_judge_may_not_read_the_log(staffed: ContestDB) -> None:
    staffed.act_as("J1")
    with pytest.raises(NotPermitted):
        staffed.audit_view()
